// 表八 and 表九 list every subject the book knows under their groups, most of them empty in a
// given year: the clerk may hide the rows with no amount (the 合计 row always shows). A table
// says so in its spec (entry.hidesEmpty).
import type { RowDef, TableDef } from '../../shared/tables/types'

/** The rows to show: all, or (hiding, where the table allows it) those with an amount in some cell, plus totals. */
export function visibleRows(def: TableDef, rows: readonly RowDef[], hideEmpty: boolean, value: (ref: string) => unknown): readonly RowDef[] {
  if (!hideEmpty || !def.entry?.hidesEmpty) return rows
  return rows.filter((r) => r.kind === 'total' || Object.values(r.cells).some((c) => {
    if (!c) return false
    const v = value(c.ref)
    return typeof v === 'bigint' && v !== 0n
  }))
}
