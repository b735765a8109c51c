// The document functions behind the IPC handlers (electron/ipc/deps.ts `Documents`) and the
// CLI: open any file the app reads, save the native file, export the official workbook, roll a
// year forward. No Electron here, so the CLI runs them under plain Node.
import { basename, extname } from 'node:path'
import type { OpenedBook } from '../../shared/ipc-contract'
import type { BudgetBook } from '../../shared/model/book'
import { rollForward } from '../../shared/rollover/roll-forward'
import type { PrintHtml } from '../document/pdf'
import { readWorkbookFile } from '../xlsx/read-any'
import { writeFileAtomic, type AtomicOptions, type AtomicResult } from './atomic'
import { readRegularFile } from './bounded-read'
import { NATIVE_EXTENSION, readNative, writeNative } from './native'

export { writeNative }

/** A file of a kind the app does not read. The message is for the clerk. */
export class UnsupportedFileError extends Error {}

/** A published disclosure workbook is well under 1 MB; the zip guard then bounds what it inflates to. */
export const MAX_WORKBOOK_BYTES = 64 * 1024 * 1024

export async function readAny(path: string): Promise<OpenedBook> {
  const ext = extname(path).toLowerCase()
  if (ext === NATIVE_EXTENSION) return { path, source: path, book: await readNative(path), report: null }
  if (ext === '.xlsx') {
    const { book, report } = await readWorkbookFile(await readRegularFile(path, MAX_WORKBOOK_BYTES), basename(path))
    // A workbook is not the book's home: saving asks where to put the .ysb.
    return { path: null, source: path, book, report }
  }
  const what = ext === '.xls' || ext === '.et' ? `旧格式的工作簿（${ext}），请先在 Excel 或 WPS 中另存为 .xlsx` : `“${ext || '无扩展名'}”类型的文件`
  throw new UnsupportedFileError(`无法打开${what}。可以打开的文件：预算书（.ysb）和 Excel 公开表（.xlsx）`)
}

/**
 * Writes the official workbook atomically (a half-written .xlsx never replaces a good one).
 * No `name.xlsx.bak` is left beside a workbook that is about to be published, unless asked
 * for with `backup: true`.
 */
export async function exportXlsx(path: string, book: BudgetBook, options: AtomicOptions = {}): Promise<AtomicResult> {
  // The writers load on first use: a CLI `check` only reads (see electron/cli/run.ts).
  const { exportWorkbook } = await import('../xlsx/export')
  return writeFileAtomic(path, await exportWorkbook(book), { ...options, backup: options.backup ?? false })
}

/**
 * Writes the whole disclosure document, .docx or (by the extension) .pdf. A PDF is printed by
 * `print` (the app's own Chromium) or, without one, by a Chromium found on the system.
 */
export async function exportDocument(path: string, book: BudgetBook, print?: PrintHtml): Promise<void> {
  // Loaded here, not above: docx, ECharts and resvg are most of what a CLI start would load,
  // and only the document needs them (every `check` and `export` starts a process).
  const [{ documentBytes }, { withCliPrinter }] = await Promise.all([import('../document/write'), import('../document/pdf-cli')])
  const bytes = !/\.pdf$/i.test(path)
    ? await documentBytes(book, 'docx')
    : print
      ? await documentBytes(book, 'pdf', print)
      : await withCliPrinter((found) => documentBytes(book, 'pdf', found))
  await writeFileAtomic(path, bytes)
}

/** Writes the fill-in workbook (填报表) atomically. */
export async function exportTemplate(path: string, book: BudgetBook, unitId: string | null, keepAmounts: boolean): Promise<void> {
  const { writeTemplate } = await import('../xlsx/template')
  await writeFileAtomic(path, await writeTemplate(book, { unitId, keepAmounts }))
}

export function rollForwardOpened(opened: OpenedBook, keepAmounts: boolean): BudgetBook {
  // A published workbook's own printed headlines (where a 尾差 makes them differ) travel on the book (asPublished), also through a .ysb.
  return rollForward(opened.book, { keepAmounts })
}
