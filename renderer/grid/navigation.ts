// Where Tab, Shift+Tab, Enter and Shift+Enter go, as in Excel's data entry: from one cell a
// clerk can type into to the next one, never onto a 科目名称 (a name changes only by F2 or a
// double click) nor onto a 款/类/合计 row, whose figures are computed and refuse typing.

export type EntryStep = 'down' | 'up' | 'right' | 'left'

export interface CellAt {
  row: number
  col: number
}

/**
 * The next cell that takes a typed amount from `from`, or null if there is none that way.
 * down/up keep the column; right/left read the table row by row (past the last money
 * column of a row comes the first one of the next row that has any).
 */
export function nextEntryCell(rowCount: number, colCount: number, takesEntry: (row: number, col: number) => boolean, from: CellAt, step: EntryStep): CellAt | null {
  if (step === 'down' || step === 'up') {
    const d = step === 'down' ? 1 : -1
    for (let r = from.row + d; r >= 0 && r < rowCount; r += d) if (takesEntry(r, from.col)) return { row: r, col: from.col }
    return null
  }
  const d = step === 'right' ? 1 : -1
  for (let r = from.row, c = from.col + d; r >= 0 && r < rowCount; r += d, c = d > 0 ? 0 : colCount - 1) {
    for (; c >= 0 && c < colCount; c += d) if (takesEntry(r, c)) return { row: r, col: c }
  }
  return null
}
