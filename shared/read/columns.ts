// Header rows and column roles. Columns are found by their header texts (any spacing, any
// year), never by fixed position, except as a last resort when a table prints no usable header.
import type { GridCell } from '../workbook/grid'
import { cellText, splitOrdinal, textKey } from './text'
import { headerText } from '../tables/headers'
import type { TableSet } from '../tables/table-set'

/** A header text as compared: textKey with any year turned into 'N' ('2026年预算数' → 'N预算数'). */
export function headerKey(value: GridCell | undefined): string {
  return textKey(value).replace(/\d{4}年?/g, 'N')
}

// Whole header texts files of other departments print instead of (or above) the specs' own.
const OTHER_HEADERS = [
  '收入', '支出', '金额', '支出科目编码', '功能分类科目编码', '功能分类科目名称', '编码', '名称', '类', '款', '项', '本年支出',
  'N预算数', '预算数', 'N', '部门经济科目名称', '政府经济科目名称', '经济科目名称', '国有资本经营预算收入',
  'N财政拨款', '财政拨款', '财政拨款合计', '本年预算', '预算金额', '科目', '功能分类科目', '经济分类科目',
  '一般公共预算拨款', '政府性基金预算拨款', '国有资本经营预算拨款', '上年结转结余', '年终结转',
]
// Every header text a table of the set prints, and every spelling its columns declare other departments
// print instead (ColumnDef.read.also: 财政专户, 国有资本 …), in headerKey form (any year): a row made only
// of these is a header. Without the declared spellings a header printing one of them was taken for
// data and the table read by position, whatever order its columns were in. Built once per set.
const VOCABULARIES = new WeakMap<TableSet, ReadonlySet<string>>()

export function headerVocabulary(set: TableSet): ReadonlySet<string> {
  let words = VOCABULARIES.get(set)
  if (!words) {
    words = new Set([
      ...set.published.flatMap((def) => def.header.map((h) => headerKey(headerText(h.text, 2000)))),
      ...set.published.flatMap((def) => def.columns.flatMap((c) => (c.read?.also ?? []).map((t) => headerKey(t)))),
      ...OTHER_HEADERS.map((t) => headerKey(t)),
    ])
    VOCABULARIES.set(set, words)
  }
  return words
}
// What a row of column numbers may print before its 1 2 3 …: a 栏次 label, 甲 乙 丙 over text columns.
const COLUMN_NUMBER_LABELS = new Set(['栏次', '行次', '甲', '乙', '丙', '丁'])
// Words a data row may consist of alone (the bare 合计 row of an empty table), so a header needs more.
const DATA_WORDS = new Set(['合计', '小计'])
// Words too common to prove on their own that a row inside the data repeats the header.
const WEAK = new Set(['合计', '小计', '项目', '金额', 'N'])

function isHeaderWord(key: string, vocabulary: ReadonlySet<string>): boolean {
  return vocabulary.has(key) || /(预算数|科目编码|科目名称|预算拨款|收入预算|经济分类科目)$/.test(key)
}

function isNumeric(value: GridCell): boolean {
  if (typeof value === 'number') return true
  return /^[-+(]?[\d,，.]+\)?$/.test(textKey(value)) && /\d/.test(textKey(value))
}

/**
 * 'header' when every text of the row is a header word of the set's (see headerVocabulary) (and one is more than 合计/项目, so a bare
 * 合计 data row of an empty table is not mistaken for one); 'colnums' for the '1 2 3 …' row of
 * 表十二/十三; null for anything else.
 */
export function classifyHeaderRow(cells: readonly GridCell[], vocabulary: ReadonlySet<string>): 'header' | 'colnums' | null {
  const present = cells.filter((c) => cellText(c) !== '')
  if (present.length === 0) return null
  // Many files lead the numbers with 栏次 or label their text columns 甲, 乙 (the 栏次 row of
  // financial statements); without this the row was read as the first data row.
  const lead = present.findIndex((c) => !COLUMN_NUMBER_LABELS.has(textKey(c)))
  const numbers = lead < 0 ? [] : present.slice(lead)
  if (isColumnNumbering(numbers.map(textKey))) return 'colnums'
  if (present.some(isNumeric)) return null
  const keys = present.map(headerKey)
  if (splitOrdinal(textKey(present[0])).seq !== '') return null
  if (!keys.every((k) => isHeaderWord(k, vocabulary))) return null
  return keys.some((k) => !DATA_WORDS.has(k)) ? 'header' : null
}

/**
 * 1 2 3 … n in any order (n ≥ 3): a file that moved columns together with their numbers prints
 * them out of order (1 2 4 3 …), and that row is still no data. A data row never qualifies: it
 * has a name, or amounts that are not exactly the numbers 1 … n once each.
 */
function isColumnNumbering(keys: readonly string[]): boolean {
  if (keys.length < 3 || !keys.every((k) => /^[1-9]\d*$/.test(k))) return false
  const seen = new Set(keys.map(Number))
  return seen.size === keys.length && [...seen].every((n) => n <= keys.length)
}

/** The header keys of a row joined, to recognise the same header row printed again. */
export function headerSignature(cells: readonly GridCell[]): string {
  return cells.map(headerKey).filter((k) => k !== '').join('|')
}

/**
 * A header row seen again inside the data (after 续表 or a page break of a conversion): a row of
 * header words that repeats a header row of the table, or names at least two distinctive columns.
 */
export function isRepeatedHeader(cells: readonly GridCell[], signatures: ReadonlySet<string>, vocabulary: ReadonlySet<string>): boolean {
  if (classifyHeaderRow(cells, vocabulary) === null) return false
  if (signatures.has(headerSignature(cells))) return true
  return new Set(cells.map(headerKey).filter((k) => k !== '' && !WEAK.has(k))).size >= 2
}

export interface RoleSpec<R extends string> {
  role: R
  /** Column offset in the standard layout, used only when the header cannot be read. */
  pos: number
  /** A column matches when one of its header texts contains (or, with exact, equals) one of these. */
  match: readonly string[]
  exact?: boolean
  /** Only columns right of / left of the column of another role (resolved earlier in the list). */
  after?: R
  before?: R
  /** Take any column with a header text in the allowed range (the 'N年' amount of 表一). */
  anyText?: boolean
}

export type ColumnMap<R extends string> = Partial<Record<R, number>>

/** Per column, the header keys of all header rows (merged group headers sit on their master column only). */
export function headerColumns(headerRows: ReadonlyArray<readonly GridCell[]>): string[][] {
  const width = Math.max(0, ...headerRows.map((r) => r.length))
  const cols: string[][] = Array.from({ length: width }, () => [])
  for (const row of headerRows) {
    row.forEach((cell, c) => {
      const key = headerKey(cell)
      if (key !== '') cols[c]?.push(key)
    })
  }
  return cols
}

/**
 * Resolve roles to columns in the order given: each takes the leftmost free column that matches.
 * When the header is missing or unrecognisable (fewer than half the roles found), fall back to the
 * standard column order starting at `firstCol`, and say so through `positional`.
 */
export function mapColumns<R extends string>(
  headerRows: ReadonlyArray<readonly GridCell[]>,
  specs: ReadonlyArray<RoleSpec<R>>,
  firstCol: number,
): { map: ColumnMap<R>; positional: boolean } {
  const cols = headerColumns(headerRows)
  const map: ColumnMap<R> = {}
  const used = new Set<number>()
  for (const spec of specs) {
    const lo = spec.after !== undefined ? (map[spec.after] ?? -1) + 1 : 0
    const hi = spec.before !== undefined ? (map[spec.before] ?? cols.length) : cols.length
    for (let c = lo; c < hi; c++) {
      const keys = cols[c] ?? []
      if (used.has(c) || keys.length === 0) continue
      const hit = spec.anyText || keys.some((k) => spec.match.some((m) => (spec.exact ? k === m : k.includes(m))))
      if (hit) {
        map[spec.role] = c
        used.add(c)
        break
      }
    }
  }
  const found = Object.keys(map).length
  if (found * 2 >= specs.length && found > 0) return { map, positional: false }
  const fallback: ColumnMap<R> = {}
  for (const spec of specs) fallback[spec.role] = firstCol + spec.pos
  return { map: fallback, positional: true }
}
