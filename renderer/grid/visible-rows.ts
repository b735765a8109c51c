// 表八 and 表九 list every subject the book knows under their groups, most of them empty in a
// given year: the clerk may hide the rows with no amount (the 合计 row always shows).
import type { RowDef } from '../../shared/tables/types'
import type { TableId } from '../../shared/tables/ids'

export const HIDES_EMPTY_ROWS: ReadonlySet<TableId> = new Set<TableId>(['t8', 't9'])

/** The rows to show: all, or (hiding) those with an amount in some cell, plus totals. */
export function visibleRows(table: TableId, rows: readonly RowDef[], hideEmpty: boolean, value: (ref: string) => unknown): readonly RowDef[] {
  if (!hideEmpty || !HIDES_EMPTY_ROWS.has(table)) return rows
  return rows.filter((r) => r.kind === 'total' || Object.values(r.cells).some((c) => {
    if (!c) return false
    const v = value(c.ref)
    return typeof v === 'bigint' && v !== 0n
  }))
}
