// The rectangular selection (shift+arrow, shift+click): an anchor and the focused cell, in
// display indices. AG Grid Community has no range selection, so the grid's owner keeps it.

export interface CellPos {
  row: number
  col: number
}

export interface Rect {
  top: number
  left: number
  bottom: number
  right: number
}

export function rectOf(anchor: CellPos, focus: CellPos): Rect {
  return {
    top: Math.min(anchor.row, focus.row),
    bottom: Math.max(anchor.row, focus.row),
    left: Math.min(anchor.col, focus.col),
    right: Math.max(anchor.col, focus.col),
  }
}

export function contains(rect: Rect | null, row: number, col: number): boolean {
  return !!rect && row >= rect.top && row <= rect.bottom && col >= rect.left && col <= rect.right
}

export function isSingle(rect: Rect): boolean {
  return rect.top === rect.bottom && rect.left === rect.right
}

export function cellsIn(rect: Rect): number {
  return (rect.bottom - rect.top + 1) * (rect.right - rect.left + 1)
}

/** Rows covered by either rectangle (to refresh their highlight). */
export function rowsTouched(a: Rect | null, b: Rect | null): number[] {
  const rows = new Set<number>()
  for (const r of [a, b]) if (r) for (let i = r.top; i <= r.bottom; i++) rows.add(i)
  return [...rows]
}
