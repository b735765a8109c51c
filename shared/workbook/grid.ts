// A workbook as plain data: every sheet a 2-D array of cell values (0-based rows and columns).
// Readers work on this shape only, so they are testable without any spreadsheet library.

/** A cell's value: text, a number, or null for an empty cell (and for the non-master cells of a merge). */
export type GridCell = string | number | null

export interface GridSheet {
  name: string
  /** rows[r][c] is the cell at row r + 1, column c + 1 of the sheet; rows may be ragged or empty. */
  rows: GridCell[][]
  /** How many rows the sheet really has (may exceed rows.length when it was truncated). */
  rowCount: number
  /** True when rows were cut at the loader's row cap. */
  truncated: boolean
  /** A1 addresses of the cells holding a formula, when the loader was asked for them. */
  formulaCells?: string[]
  /** Formula cells the file saved no result for (read as empty), as [row, col], 0-based. */
  uncachedFormulas?: Array<[number, number]>
}

export interface GridBook {
  sheets: GridSheet[]
}

export { cellAddress, columnLetter } from '../util/cell-address'
