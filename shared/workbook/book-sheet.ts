// The book travels inside the exported workbook, in a very-hidden sheet `__book__`, so that
// opening the exported .xlsx gives back the exact book (amounts in 元, 项 codes the tables do
// not print, unit types …) rather than what can be re-read from rounded tables.
//
// Layout: A1 a note for the curious, A2 a JSON header, A3 … the book's JSON in chunks of at
// most 32,000 characters (Excel's cell limit is 32,767). The header carries the fingerprint of
// every visible table, so a workbook edited outside the app is recognised.
import type { GridBook, GridCell } from './grid'
import type { CellSpec, SheetSpec } from './sheet-model'
import { STYLES } from './styles'

export const BOOK_SHEET = '__book__'
export const EMBED_FORMAT = 'budget-tables/embedded-book'
export const EMBED_VERSION = 1
const CHUNK = 32_000
const NOTE = '本工作表由“预算公开表”软件写入，保存完整的预算数据，用于再次打开本文件。请勿修改。'

export interface EmbedHeader {
  format: typeof EMBED_FORMAT
  formatVersion: typeof EMBED_VERSION
  app: string
  chunks: number
  /** The visible sheets the fingerprint covers, in order, and its SHA-256. */
  fingerprint: { sheets: string[]; sha256: string }
}

/** Splits `text` into pieces of at most `size` UTF-16 units without cutting a surrogate pair. */
export function chunkText(text: string, size = CHUNK): string[] {
  const out: string[] = []
  for (let i = 0; i < text.length; ) {
    let end = Math.min(text.length, i + size)
    const code = text.charCodeAt(end - 1)
    if (end < text.length && code >= 0xd800 && code <= 0xdbff) end--
    out.push(text.slice(i, end))
    i = end
  }
  return out.length ? out : ['']
}

/** JSON that survives a trip through XML: U+FFFE/U+FFFF (legal in JSON strings, not in XML) become escapes. */
export function xmlSafeJson(value: unknown): string {
  return JSON.stringify(value).replace(/[\ufffe\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16)}`)
}

export function bookSheet(bookJson: string, header: Omit<EmbedHeader, 'chunks' | 'format' | 'formatVersion'>): SheetSpec {
  const chunks = chunkText(bookJson)
  const head: EmbedHeader = { format: EMBED_FORMAT, formatVersion: EMBED_VERSION, chunks: chunks.length, ...header }
  const cells: CellSpec[] = [
    { row: 0, col: 0, value: NOTE, style: STYLES.hidden },
    { row: 1, col: 0, value: JSON.stringify(head), style: STYLES.hidden },
    ...chunks.map((text, i) => ({ row: 2 + i, col: 0, value: text, style: STYLES.hidden })),
  ]
  return { name: BOOK_SHEET, state: 'veryHidden', columnWidths: [100], rowHeights: new Map(), cells, merges: [] }
}

export type Embedded =
  | { kind: 'none' }
  | { kind: 'damaged'; reason: string }
  | { kind: 'ok'; header: EmbedHeader; json: string }

const text = (cell: GridCell | undefined): string => (typeof cell === 'string' ? cell : '')

/** The embedded book's header and JSON text, if the workbook has a usable `__book__` sheet. */
export function readEmbedded(grid: GridBook): Embedded {
  const sheet = grid.sheets.find((s) => s.name === BOOK_SHEET)
  if (!sheet) return { kind: 'none' }
  let header: EmbedHeader
  try {
    header = JSON.parse(text(sheet.rows[1]?.[0])) as EmbedHeader
  } catch {
    return { kind: 'damaged', reason: '内嵌数据的标头无法解析' }
  }
  if (header?.format !== EMBED_FORMAT) return { kind: 'damaged', reason: '内嵌数据的格式不可识别' }
  if (header.formatVersion !== EMBED_VERSION) return { kind: 'damaged', reason: `内嵌数据的版本 ${String(header.formatVersion)} 不受本版软件支持` }
  if (!Number.isInteger(header.chunks) || header.chunks < 1 || header.chunks > sheet.rows.length - 2) {
    return { kind: 'damaged', reason: '内嵌数据不完整' }
  }
  if (!Array.isArray(header.fingerprint?.sheets) || typeof header.fingerprint.sha256 !== 'string') {
    return { kind: 'damaged', reason: '内嵌数据缺少表格指纹' }
  }
  let json = ''
  for (let i = 0; i < header.chunks; i++) json += text(sheet.rows[2 + i]?.[0])
  return { kind: 'ok', header, json }
}
