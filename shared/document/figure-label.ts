// Where a figure of the text is printed, in words, for the pane's hover: "表五 合计 · 合计".
import type { FigureRef } from '../explanation/types'
import type { RowDef } from '../tables/types'
import type { TableId } from '../tables/ids'
import { TABLE_SHORT } from '../tables/ids'
import { headerText, tableDef } from '../tables'

/** The header text over column `col` of `table`: the lowest header cell covering it. */
export function columnName(table: TableId, col: string, year: number): string {
  const def = tableDef(table)
  const index = def.columns.findIndex((c) => c.id === col)
  if (index < 0) return col
  const covering = def.header.filter((h) => h.col <= index && index < h.col + (h.colSpan ?? 1)).sort((a, b) => b.row - a.row)
  return covering[0] ? headerText(covering[0].text, year) : col
}

/** A row's name: its text cells joined (code and name), or its id. */
export function rowName(rows: readonly RowDef[] | undefined, row: string): string {
  const def = rows?.find((r) => r.id === row)
  const text = def ? Object.values(def.text).filter((t): t is string => !!t && t.trim() !== '') : []
  return text.length ? text.join(' ') : row
}

export function figureLabel(ref: FigureRef, layouts: ReadonlyMap<TableId, readonly RowDef[]>, year: number): string {
  return `${TABLE_SHORT[ref.table]} ${rowName(layouts.get(ref.table), ref.row)} · ${columnName(ref.table, ref.col, year)}${ref.prior ? '（上年数）' : ''}`
}
