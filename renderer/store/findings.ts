// Findings of the checks, indexed the way the UI needs them: a mark per grid cell (for the
// red/amber corner and the tooltip) and the count of open problems per table.
import type { Finding, FindingCell } from '../../shared/checks/checks'
import type { TableId } from '../../shared/tables/ids'
import type { RowDef } from '../../shared/tables/types'
import { blockRowsOf } from '../../shared/tables/side-by-side'
import type { CellMark } from '../grid/columns'

export interface FindingIndex {
  marks: Map<string, CellMark>
  counts: Partial<Record<TableId, number>>
  /** Of those, the errors: a table with hints only (C8 …) is not flagged like one with errors. */
  errorCounts: Partial<Record<TableId, number>>
}

export const markKey = (table: TableId, row: string, col: string): string => `${table}|${row}|${col}`

/**
 * A table printing two blocks side by side (表一, 表四, 表九) pairs a row of each block in one
 * grid row (表九's 'inc|total' carries 'inc' and 'total'); findings name the block row. Per
 * table, each block row's id → the grid row showing it, where the two differ.
 */
export function rowAliases(layouts: ReadonlyMap<TableId, readonly RowDef[]>): Map<TableId, Map<string, string>> {
  const aliases = new Map<TableId, Map<string, string>>()
  for (const [table, rows] of layouts) {
    for (const row of rows) {
      for (const half of blockRowsOf(row)) {
        if (half.id === row.id) continue
        let own = aliases.get(table)
        if (!own) aliases.set(table, (own = new Map()))
        if (!own.has(half.id)) own.set(half.id, row.id)
      }
    }
  }
  return aliases
}

/** The grid row that shows a finding's cell. */
export function gridRowOf(cell: FindingCell, aliases: ReadonlyMap<TableId, ReadonlyMap<string, string>>): string {
  return aliases.get(cell.table)?.get(cell.row) ?? cell.row
}

export function indexFindings(findings: readonly Finding[], layouts: ReadonlyMap<TableId, readonly RowDef[]>): FindingIndex {
  const aliases = rowAliases(layouts)
  const marks = new Map<string, CellMark>()
  const counts: Partial<Record<TableId, number>> = {}
  const errorCounts: Partial<Record<TableId, number>> = {}
  for (const f of findings) {
    const tables = new Set<TableId>()
    for (const cell of f.cells) {
      tables.add(cell.table)
      const key = markKey(cell.table, gridRowOf(cell, aliases), cell.col)
      const mark = marks.get(key)
      if (!mark) marks.set(key, { severity: f.severity, messages: [f.message] })
      else {
        if (f.severity === 'error') mark.severity = 'error'
        if (!mark.messages.includes(f.message)) mark.messages.push(f.message)
      }
    }
    for (const t of tables) {
      counts[t] = (counts[t] ?? 0) + 1
      if (f.severity === 'error') errorCounts[t] = (errorCounts[t] ?? 0) + 1
    }
  }
  return { marks, counts, errorCounts }
}

/** Cells whose mark differs between two indexes (to refresh only those). */
export function changedMarks(a: ReadonlyMap<string, CellMark>, b: ReadonlyMap<string, CellMark>): string[] {
  const out: string[] = []
  for (const [k, m] of a) {
    const n = b.get(k)
    if (!n || n.severity !== m.severity || n.messages.join('\n') !== m.messages.join('\n')) out.push(k)
  }
  for (const k of b.keys()) if (!a.has(k)) out.push(k)
  return out
}
