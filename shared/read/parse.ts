// From a loaded grid to the printed tables: locate the tables, read each family, fill meta and
// collect notes. Pure: no file access and no spreadsheet library.
import type { PublishedDisclosure, PublishedMeta, PublishedTables } from '../import/published'
import type { ReportNote } from '../import/report'
import { isStandardId, type PublishedTableId } from '../tables/ids'
import { cellAddress, type GridBook, type GridSheet } from '../workbook/grid'
import { TableReader } from './context'
import { emptyTable } from './empty'
import { WorkbookReadError } from './errors'
import { readT10, readT11, readT6 } from './list-tables'
import type { LocatedTable } from './locate'
import { locateTables } from './locate'
import { readT12, readT13 } from './project-tables'
import { readT2, readExpenditureTree, readT7, readT9 } from './subject-tables'
import { readT1, readT4 } from './summary-tables'
import { cellText, textKey } from './text'
import { readSetTable } from './set-tables'
import { STANDARD_TABLES, type TableSet } from '../tables'
import { shortName } from '../tables/table-set'
import { saysNoData } from './titles'

/**
 * The published workbook read through `tableSet`: its tables found by their titles, their headers
 * by the set's header words, each table's columns by its spec (the reader's entry point, so the
 * standard set is the default here and nowhere below).
 */
export function parsePublishedGrid(book: GridBook, tableSet: TableSet = STANDARD_TABLES): PublishedDisclosure & { notes: ReportNote[] } {
  const { tables: located, duplicates } = locateTables(book, tableSet)
  const short = (id: string): string => shortName(tableSet, id)
  const truncated = book.sheets.filter((s) => s.truncated)
  if (located.length === 0) throw new WorkbookReadError(notFoundMessage(truncated))
  const notes: ReportNote[] = truncated.map((s) => ({
    severity: 'warning' as const,
    message: `工作表"${s.name}"有 ${s.rowCount} 行，超过上限，只读取了前 ${s.rows.length} 行`,
  }))
  for (const d of duplicates) {
    notes.push({ table: d.id, severity: 'warning', message: `${short(d.id)}在工作表"${d.sheet}"第 ${d.row + 1} 行又出现了一次，只读取了第一次出现的那张` })
  }
  const byId = new Map(located.map((t) => [t.id, t] as const))
  const meta = readMeta(located, byId.get('t1') ?? located[0], notes, short)
  const found: PublishedDisclosure['found'] = {}
  const readers = new Map<PublishedTableId, TableReader>()
  // Every table the set prints is looked for (a set without one of the 13 does not print it: read
  // as empty, nothing to report); the 13 have their own row readers, a set's added tables are read below.
  for (const def of tableSet.published) {
    const table = byId.get(def.id)
    found[def.id] = table !== undefined
    if (!table) notes.push({ table: def.id, severity: 'warning', message: `工作簿中没有${short(def.id)}，按空表读取` })
    else if (isStandardId(def.id)) readers.set(def.id, new TableReader(table, notes, def))
    // A 注 printed under a table ("注：本单位无政府性基金预算收支") is text, not figures: said, not silently dropped (clerk9 #8).
    // 本表无数据 is read (the table prints it again when empty), a note of rounding 尾差 is what the
    // import report itself says; any other the 情况说明 must carry if it still holds.
    const kept = table?.notes.filter((n) => !saysNoData(n) && !/尾差|四舍五入/.test(n)) ?? []
    if (kept.length) notes.push({ table: def.id, severity: 'info', message: `${short(def.id)}下的${kept.length > 1 ? ` ${kept.length} 条` : ''}注未读入（${kept.map((n) => `“${n.length > 40 ? `${n.slice(0, 40)}……` : n}”`).join('、')}）；导出的表格不带注，需要时请写入情况说明` })
  }
  const read = <K extends PublishedTableId>(id: K, fn: (r: TableReader) => PublishedTables[K]): PublishedTables[K] => {
    const reader = readers.get(id)
    return reader ? fn(reader) : emptyTable(id)
  }
  const t11 = read('t11', readT11)
  const unitNames = new Set([meta.department, ...t11.rows.filter((r) => r.level === 'unit').map((r) => r.unit)].map(textKey))
  const tables: PublishedTables = {
    t1: read('t1', readT1), t2: read('t2', readT2), t3: read('t3', readExpenditureTree), t4: read('t4', readT4),
    t5: read('t5', readExpenditureTree), t6: read('t6', readT6), t7: read('t7', readT7), t8: read('t8', readExpenditureTree),
    t9: read('t9', readT9), t10: read('t10', readT10), t11,
    t12: read('t12', (r) => readT12(r, unitNames)), t13: read('t13', (r) => readT13(r, unitNames)),
  }
  notes.push(...uncachedNotes(book, located, short))
  // A title alone is weak evidence ("2026年收入总表" may head a payroll): some table must also
  // have a budget table's header or subject codes, or the file is refused, not read as empty.
  if (![...readers.values()].some(looksLikeBudgetTable)) {
    const first = located[0]!
    throw new WorkbookReadError(`${NOT_FOUND}；工作表"${first.sheet}"第 ${first.titleRow + 1} 行的标题下面不是预算公开表的表头和科目`)
  }
  // Tables the set adds beyond the standard 13 are read from their own spec.
  const own = tableSet.published.filter((def) => !isStandardId(def.id))
  const extra = own.flatMap((def) => {
    const table = byId.get(def.id)
    return table ? [readSetTable(new TableReader(table, notes, def), meta.year)] : []
  })
  return { meta, tables, found, notes, ...(own.length ? { extra } : {}) }
}

export const NOT_FOUND = '未找到预算公开表（例如"2026年预算收支总表"），请确认选择的是部门或单位预算公开的工作簿'

function notFoundMessage(truncated: readonly GridSheet[]): string {
  const first = truncated[0]
  if (!first) return NOT_FOUND
  return `${NOT_FOUND}；工作表"${first.name}"有 ${first.rowCount} 行，只查看了前 ${first.rows.length} 行`
}

/** A 功能/经济/收入 subject code at the start of a row: 3, 5 or 7 digits. */
const SUBJECT_CODE = /^\s*[123]\d{2}(?:\d{2}){0,2}(?!\d)/

/** The table's header was recognised, it says 本表无数据, or its rows start with subject codes. */
function looksLikeBudgetTable(reader: TableReader): boolean {
  const { table } = reader
  if (reader.headerKnown || table.noDataNote) return true
  return table.dataRows.some((row) => {
    const first = row.cells.find((c) => cellText(c) !== '')
    return first !== undefined && SUBJECT_CODE.test(cellText(first))
  })
}

function readMeta(located: readonly LocatedTable[], primary: LocatedTable | undefined, notes: ReportNote[], short: (id: string) => string): PublishedMeta {
  const ordered = primary ? [primary, ...located] : [...located]
  const named = ordered.find((t) => t.nameLine !== null && t.nameLine.name !== '')
  const department = named?.nameLine?.name ?? ''
  const nameLabel = named?.nameLine?.label ?? '部门名称'
  if (!named) notes.push({ severity: 'warning', message: '表中没有"部门名称："或"单位名称："一行，部门名称留空' })
  let year = ordered.find((t) => t.year !== null)?.year ?? null
  if (year === null) {
    year = new Date().getFullYear()
    notes.push({ severity: 'warning', message: `表的标题中没有年份，按 ${year} 年读取` })
  }
  for (const t of located) {
    const table = short(t.id)
    if (t.year !== null && t.year !== year) {
      notes.push({ table: t.id, severity: 'warning', message: `${table}标题的年份是 ${t.year} 年，与其他表的 ${year} 年不同` })
    }
    const name = t.nameLine?.name ?? ''
    if (name !== '' && textKey(name) !== textKey(department)) {
      notes.push({ table: t.id, severity: 'warning', message: `${table}的${t.nameLine?.label ?? '部门名称'}是"${name}"，与其他表的"${department}"不同` })
    }
    if (t.unit === '元') notes.push({ table: t.id, severity: 'info', message: `${table}以元为单位，金额已换算为万元` })
  }
  const yuanTables = located.filter((t) => t.unit === '元').map((t) => t.id)
  return { department, nameLabel, year, ...(yuanTables.length ? { yuanTables } : {}) }
}

/** Formula cells inside a table's rows that carry no saved result: read as empty, so each is named. */
function uncachedNotes(book: GridBook, located: readonly LocatedTable[], short: (id: string) => string): ReportNote[] {
  const notes: ReportNote[] = []
  for (const table of located) {
    const sheet = book.sheets.find((s) => s.name === table.sheet)
    if (!sheet?.uncachedFormulas) continue
    const rows = new Set(table.dataRows.map((row) => row.r))
    for (const [r, c] of sheet.uncachedFormulas) {
      if (!rows.has(r)) continue
      const cell = `${sheet.name}!${cellAddress(r, c)}`
      notes.push({
        table: table.id, severity: 'warning', cell,
        message: `${short(table.id)}（工作表"${sheet.name}"单元格 ${cellAddress(r, c)}）是公式，但文件中没有保存它的计算结果，已按空白读取。请在 Excel 或 WPS 中打开这个文件并保存后再导入`,
      })
    }
  }
  return notes
}
