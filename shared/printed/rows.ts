// Which rows of a layout print: all but the empty ones. A table of two blocks side by side
// (表一, 表四, 表九) drops each block's empty rows separately and pairs what remains, so an
// income row never keeps an empty expenditure row in print (or the reverse).
import type { Fen } from '../model/money'
import type { RowDef, TableDef } from '../tables/types'
import { blocksOf, pairBlocks } from '../tables/side-by-side'

const isPrinted = (row: RowDef, printed: (ref: string) => Fen): boolean =>
  row.printAlways === true || Object.values(row.cells).some((cell) => cell !== undefined && printed(cell.ref) !== 0n)

export function printedRows(def: Pick<TableDef, 'sideBySide'>, rows: readonly RowDef[], printed: (ref: string) => Fen): RowDef[] {
  const keep = (row: RowDef): boolean => isPrinted(row, printed)
  if (!def.sideBySide) return rows.filter(keep)
  const { left, right } = blocksOf(rows)
  return pairBlocks(left.filter(keep), right.filter(keep))
}
