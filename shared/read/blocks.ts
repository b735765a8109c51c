// A table printing two blocks side by side (表一, 表四, 表九) is read as two blocks, each like a
// table of its own: the sheet rows printing something in a block's columns, in order. The blocks'
// columns come from the table's spec (`sideBySide`, see blockColumns), the sheet column of each
// from the header.
import type { ColumnMap } from './columns'
import type { TableReader } from './context'
import type { SheetRow } from './locate'
import { blockColumns } from './spec-columns'

export function readBlocks(reader: TableReader, map: ColumnMap<string>, rows: readonly SheetRow[] = reader.table.dataRows): { left: SheetRow[]; right: SheetRow[] } {
  if (!reader.def.sideBySide) throw new Error(`${reader.short} does not print two blocks side by side`)
  const [left, right] = [0, 1].map((b) => blockColumns(reader.def, b).map((c) => map[c.id]))
  return { left: rows.filter((row) => reader.anyFilled(row, left!)), right: rows.filter((row) => reader.anyFilled(row, right!)) }
}
