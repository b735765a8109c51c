// Derived cells are named `${table}!${row}!${column}`: keyed by subject code or row id,
// never by a sheet address, so inserting a row never renames a cell.
import type { TableId } from './ids'

export function cellId(table: TableId, row: string, col: string): string {
  return `${table}!${row}!${col}`
}

export function parseCellId(id: string): { table: TableId; row: string; col: string } | null {
  const parts = id.split('!')
  if (parts.length !== 3) return null
  return { table: parts[0] as TableId, row: parts[1]!, col: parts[2]! }
}
