// Where a figure of the text is printed, in words, for the pane's hover: "表五 合计 · 合计".
import type { FigureRef } from '../explanation/types'
import type { RowDef } from '../tables/types'
import type { TableId } from '../tables/ids'
import { headersOver } from '../tables/headers'
import { shortName, type TableSet } from '../tables/table-set'

/** The header text over column `col` of `table` of the set: the lowest header cell covering it. */
export function columnName(tables: TableSet, table: TableId, col: string, year: number): string {
  if (!tables.has(table)) return col
  const def = tables.def(table)
  const index = def.columns.findIndex((c) => c.id === col)
  return index < 0 ? col : (headersOver(def, index, year).pop() ?? col)
}

/** A row's name: its text cells joined (code and name), or its id. */
export function rowName(rows: readonly RowDef[] | undefined, row: string): string {
  const def = rows?.find((r) => r.id === row)
  const text = def ? Object.values(def.text).filter((t): t is string => !!t && t.trim() !== '') : []
  return text.length ? text.join(' ') : row
}

/** Where `ref` is printed, named by the set the layouts were built from (its short names and headers). */
export function figureLabel(ref: FigureRef, tables: TableSet, layouts: ReadonlyMap<TableId, readonly RowDef[]>, year: number): string {
  return `${shortName(tables, ref.table)} ${rowName(layouts.get(ref.table), ref.row)} · ${columnName(tables, ref.table, ref.col, year)}${ref.prior ? '（上年数）' : ''}`
}
