// Reading a published budget-disclosure workbook (last year's file, made by another tool or by a
// PDF-to-Excel conversion) into the printed tables. Bad input only ever raises WorkbookReadError,
// whose message the clerk sees as is.
import type { PublishedDisclosure } from '../../shared/import/published'
import { DEFAULT_MAX_ROWS, loadGrid } from './exceljs-adapter'
import type { GridBook } from '../../shared/workbook/grid'
import { WorkbookReadError } from '../../shared/read/errors'
import { parsePublishedGrid } from '../../shared/read/parse'
import { STANDARD_TABLES, type TableSet } from '../../shared/tables'
import { ZipGuardError } from './zip-guard'

export { WorkbookReadError }

/** A disclosure workbook is well under 1 MB; anything this big is something else and would only exhaust memory. */
export const MAX_FILE_BYTES = 50 * 1024 * 1024
/** Rows read per sheet. All 13 tables stacked on one sheet take a few hundred rows; the cap keeps a runaway sheet from hanging the app. */
export const MAX_ROWS_PER_SHEET = DEFAULT_MAX_ROWS

const CORRUPT = '文件已损坏或不是有效的 Excel 工作簿（.xlsx）'

export async function readPublishedWorkbook(data: Buffer | ArrayBuffer, fileName: string, tables: TableSet = STANDARD_TABLES): Promise<PublishedDisclosure> {
  return parseWorkbookGrid(await loadWorkbookGrid(data, fileName), tables)
}

/** The grid of any .xlsx, through the zip guard; WorkbookReadError (one Chinese sentence) when it cannot be read. */
export async function loadWorkbookGrid(data: Buffer | ArrayBuffer, fileName: string): Promise<GridBook> {
  const bytes = data instanceof ArrayBuffer ? new Uint8Array(data) : new Uint8Array(data.buffer, data.byteOffset, data.byteLength)
  checkContainer(bytes, fileName)
  try {
    // Formula cells are listed: a fill-in workbook's locked 合计 must still be formulas (shared/template/read-back).
    return await loadGrid(bytes, { maxRows: MAX_ROWS_PER_SHEET, formulas: true })
  } catch (cause) {
    throw new WorkbookReadError(cause instanceof ZipGuardError ? cause.message : CORRUPT, { cause })
  }
}

/** The printed tables of a loaded workbook, read through `tables` (the standard 13 unless a caller has another set). */
export function parseWorkbookGrid(book: GridBook, tables: TableSet = STANDARD_TABLES): PublishedDisclosure {
  try {
    return parsePublishedGrid(book, tables)
  } catch (cause) {
    if (cause instanceof WorkbookReadError) throw cause
    // A reader bug must not reach the clerk as a stack trace; the cause keeps it for the log.
    throw new WorkbookReadError('无法读取这个工作簿中的预算公开表，请检查文件内容是否完整', { cause })
  }
}

/** Tell the common wrong files apart before unzipping, so the message says what to do. */
function checkContainer(bytes: Uint8Array, fileName: string): void {
  if (bytes.byteLength > MAX_FILE_BYTES) {
    throw new WorkbookReadError(`文件过大（超过 ${MAX_FILE_BYTES / 1024 / 1024} MB），不像是预算公开表工作簿`)
  }
  const starts = (...sig: number[]) => sig.every((b, i) => bytes[i] === b)
  // A zip: loadGrid's zip guard refuses truncated zips, lying directories and zip bombs.
  if (starts(0x50, 0x4b, 0x03, 0x04)) return
  if (starts(0xd0, 0xcf, 0x11, 0xe0)) {
    // An OLE container: an old .xls / WPS .et, or an .xlsx encrypted with an opening password.
    const encrypted = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(Buffer.from('EncryptionInfo', 'utf16le'))
    if (encrypted) throw new WorkbookReadError('这个工作簿设置了打开密码，请先在 Excel 或 WPS 中取消密码后再导入')
    const ext = /\.et$/i.test(fileName) ? '.et' : '.xls'
    throw new WorkbookReadError(`这是旧格式的工作簿（${ext}），请先在 Excel 或 WPS 中另存为 .xlsx 后再导入`)
  }
  if (starts(0x25, 0x50, 0x44, 0x46)) throw new WorkbookReadError('这是 PDF 文件，请先转换为 Excel 工作簿（.xlsx）后再导入')
  throw new WorkbookReadError(CORRUPT)
}
