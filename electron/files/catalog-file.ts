// Reading a 功能分类 catalog file as a 财政局 distributes it (.xlsx, or .csv / .txt of code and
// name) into catalog entries. The rows are read by the pure shared reader; this file only turns
// bytes into rows. Every failure is an Error whose message the clerk sees as is.
import { basename, extname } from 'node:path'
import { readCatalogRows, type CatalogEntry, type CatalogRead } from '../../shared/catalog/catalog-rows'
import { loadGrid } from '../xlsx/exceljs-adapter'
import { ZipGuardError } from '../xlsx/zip-guard'
import { FileRefusedError, readRegularFile } from './bounded-read'
import { decodeText, NotTextError, splitDelimited } from './csv-text'

/** The full catalog is about 1,500 rows, a few hundred KB at most; anything this big is something else. */
export const MAX_CATALOG_BYTES = 20 * 1024 * 1024

const PREFIX = '无法读取科目目录：'
const EXAMPLE = '每行应为科目编码和科目名称，例如“2010101,行政运行”'

export const CATALOG_EXTENSIONS = ['xlsx', 'csv', 'txt'] as const

/** Throws an Error with a Chinese message (or the file system's own error, which the caller words). */
export async function readCatalogFile(path: string): Promise<CatalogRead> {
  const name = basename(path)
  const ext = extname(path).toLowerCase()
  if (ext === '.xls' || ext === '.et') throw new Error(`${PREFIX}这是旧格式的工作簿（${ext}），请先在 Excel 或 WPS 中另存为 .xlsx 或 .csv`)
  if (ext !== '.xlsx' && ext !== '.csv' && ext !== '.txt') {
    throw new Error(`${PREFIX}不支持“${ext || '无扩展名'}”类型的文件，请选择 Excel 工作簿（.xlsx）或 CSV 文件（.csv）`)
  }
  // Only a regular file, its size checked on the open handle before it is read into memory.
  let bytes: Buffer
  try {
    bytes = await readRegularFile(path, MAX_CATALOG_BYTES)
  } catch (error) {
    if (error instanceof FileRefusedError) throw new Error(`${PREFIX}${error.message}`, { cause: error })
    throw error
  }
  const read = ext === '.xlsx' ? await readWorkbook(bytes) : readText(bytes)
  if (read.entries.length === 0) {
    const why = read.skipped[0] ? `；${read.skipped[0]}` : ''
    throw new Error(`${PREFIX}“${name}”中没有找到支出功能分类科目（${EXAMPLE}）${why}`)
  }
  return read
}

function readText(bytes: Buffer): CatalogRead {
  try {
    return readCatalogRows(splitDelimited(decodeText(bytes)))
  } catch (error) {
    if (error instanceof NotTextError) throw new Error(PREFIX + error.message, { cause: error })
    throw error
  }
}

/** Every sheet in order; a code repeated on a later sheet is ignored, as within one sheet. */
async function readWorkbook(bytes: Buffer): Promise<CatalogRead> {
  const corrupt = `${PREFIX}文件已损坏或不是有效的 Excel 工作簿（.xlsx）`
  // loadGrid unzips through the zip guard, which refuses non-zips, truncated zips and zip bombs.
  let grid
  try {
    grid = await loadGrid(bytes)
  } catch (error) {
    throw new Error(error instanceof ZipGuardError ? PREFIX + error.message : corrupt, { cause: error })
  }
  const entries: CatalogEntry[] = []
  const skipped: string[] = []
  const seen = new Set<string>()
  const sheets = grid.sheets.filter((s) => s.rows.some((r) => r.length > 0))
  for (const sheet of sheets) {
    const read = readCatalogRows(sheet.rows)
    for (const e of read.entries) {
      if (seen.has(e.code)) continue
      seen.add(e.code)
      entries.push(e)
    }
    // Row numbers are the sheet's own; name the sheet when there is more than one.
    skipped.push(...read.skipped.map((s) => (sheets.length > 1 ? `工作表“${sheet.name}”${s}` : s)))
  }
  return { entries, skipped }
}
