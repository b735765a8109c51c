// A printed total as an Excel formula over the cells it adds on the same sheet, so a clerk who
// corrects a detail figure in Excel or WPS sees the totals follow. The printed model already
// says which totals are local to their table (a cell depending on another table stays a plain
// value: the workbook cannot know how that table's figure came about).
import { cellAddress, columnLetter } from './grid'

/** The formula text (no leading '='): Σ plus − Σ minus over sheet cells (0-based), or null when it adds nothing. */
export function excelFormula(plus: readonly { row: number; col: number }[], minus: readonly { row: number; col: number }[]): string | null {
  if (plus.length === 0 && minus.length === 0) return null
  let text = plus.length === 0 ? '0' : plus.length === 1 ? cellAddress(plus[0]!.row, plus[0]!.col) : `SUM(${ranges(plus).join(',')})`
  for (const r of ranges(minus)) text += r.includes(':') ? `-SUM(${r})` : `-${r}`
  return text
}

/**
 * Compresses cells into A1 ranges: runs of consecutive rows in one column (a unit's projects,
 * the 30 classes of 表一) or consecutive columns in one row (a project's sources).
 */
export function ranges(cells: readonly { row: number; col: number }[]): string[] {
  // Totals mostly list their cells in order already: sorting is skipped then (a stable sort
  // would keep that order anyway).
  const byCol = inOrder(cells, byColumn) ? cells : [...cells].sort(byColumn)
  const runs: Run[] = []
  for (const c of byCol) {
    const last = runs[runs.length - 1]
    if (last && last.cols === 1 && last.col === c.col && last.row + last.rows === c.row) last.rows++
    else runs.push({ row: c.row, col: c.col, rows: 1, cols: 1 })
  }
  // Single cells side by side in one row join into a horizontal run (the runs are this call's own to change).
  const merged: Run[] = []
  for (const r of inOrder(runs, byRow) ? runs : [...runs].sort(byRow)) {
    const last = merged[merged.length - 1]
    if (last && r.rows === 1 && last.rows === 1 && last.row === r.row && last.col + last.cols === r.col) last.cols++
    else merged.push(r)
  }
  return merged.map((r) =>
    r.rows === 1 && r.cols === 1
      ? cellAddress(r.row, r.col)
      : `${columnLetter(r.col)}${r.row + 1}:${columnLetter(r.col + r.cols - 1)}${r.row + r.rows - 1 + 1}`,
  )
}

interface Run {
  row: number
  col: number
  rows: number
  cols: number
}

type At = { row: number; col: number }
const byColumn = (a: At, b: At): number => a.col - b.col || a.row - b.row
const byRow = (a: At, b: At): number => a.row - b.row || a.col - b.col

function inOrder<T>(xs: readonly T[], compare: (a: T, b: T) => number): boolean {
  for (let i = 1; i < xs.length; i++) if (compare(xs[i - 1]!, xs[i]!) > 0) return false
  return true
}
