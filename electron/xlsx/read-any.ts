// Reading any .xlsx: a workbook this app exported carries its exact book in the very-hidden
// `__book__` sheet; if the visible tables are still what was exported, that book is the answer
// and nothing is lost. A workbook edited outside the app, or made by another tool, is read from
// its tables like any published disclosure, with a report of what was found.
import type { BudgetBook } from '../../shared/model/book'
import type { ImportReport, ReportNote } from '../../shared/import/report'
import { bookFromPublished } from '../../shared/import/from-published'
import { validateBook } from '../../shared/model/validate'
import type { GridBook } from '../../shared/workbook/grid'
import { loadWorkbookGrid, parseWorkbookGrid } from './read-published'
import { readEmbedded } from '../../shared/workbook/book-sheet'
import { fingerprint } from './export/fingerprint'
import { readBack } from '../../shared/template/read-back'
import { WorkbookReadError } from '../../shared/read/errors'

export const EDITED_OUTSIDE_NOTE = '工作簿中的表格在本软件之外被修改过，已按表格中的数字读取'

export interface ReadWorkbookResult {
  book: BudgetBook
  /** null when the embedded book was used unchanged: nothing to report. */
  report: ImportReport | null
}

/** The embedded book if it is usable and the tables are unchanged; else notes saying why not. */
function embeddedBook(grid: GridBook): { book: BudgetBook } | { notes: ReportNote[] } {
  const embedded = readEmbedded(grid)
  if (embedded.kind === 'none') return { notes: [] }
  const unusable = (why: string): { notes: ReportNote[] } => ({
    notes: [{ severity: 'warning', message: `工作簿中保存的预算数据无法使用（${why}），已按表格中的数字读取` }],
  })
  if (embedded.kind === 'damaged') return unusable(embedded.reason)
  let parsed: unknown
  try {
    parsed = JSON.parse(embedded.json)
  } catch {
    return unusable('数据不完整或已损坏')
  }
  const valid = validateBook(parsed)
  if (!valid.ok) return unusable(valid.problems.slice(0, 3).join('；'))
  const { sheets, sha256 } = embedded.header.fingerprint
  if (fingerprint(sheets, grid.sheets) !== sha256) return { notes: [{ severity: 'warning', message: EDITED_OUTSIDE_NOTE }] }
  return { book: valid.book }
}

/**
 * A fill-in workbook (下发的填报表) opens as the book it was issued from with the amounts typed
 * into it; one with errors (text in amount cells, changed locked cells) is refused, by cell.
 */
function templateBook(grid: GridBook, fileName: string): ReadWorkbookResult | null {
  const read = readBack(grid)
  if (read.kind === 'not-template') return null
  const where = (f: { sheet?: string; cell?: string }): string => (f.sheet ? `工作表“${f.sheet}”${f.cell ? ` ${f.cell}` : ''}：` : '')
  if (!read.book) {
    const errors = read.findings.filter((f) => f.severity === 'error')
    const shown = errors.slice(0, 3).map((f) => where(f) + f.message).join('；')
    throw new WorkbookReadError(`填报表有 ${errors.length} 处问题，未能读取：${shown}${errors.length > 3 ? '……' : ''}`)
  }
  const notes: ReportNote[] = read.findings.map((f) => ({ severity: f.severity, message: where(f) + f.message }))
  return { book: read.book, report: notes.length ? { source: fileName, differences: [], notes } : null }
}

/** Throws WorkbookReadError (a Chinese message for the clerk) when the file cannot be read at all. */
export async function readWorkbookFile(data: Buffer, fileName: string): Promise<ReadWorkbookResult> {
  // Loaded once, through the zip guard: the fill-in workbook, the embedded book and the printed tables all come from this grid.
  const grid = await loadWorkbookGrid(data, fileName)
  const template = templateBook(grid, fileName)
  if (template) return template
  const found = embeddedBook(grid)
  if ('book' in found) return { book: found.book, report: null }
  const { book, report } = bookFromPublished(parseWorkbookGrid(grid), fileName)
  return { book, report: { ...report, notes: [...found.notes, ...report.notes] } }
}
