// Tables printing two row blocks side by side: 表一 and 表四 (income lines on the left, the
// expenditure classes on the right) and 表九 (国有资本经营 income on the left, its expenditure
// tree on the right). A spec declares the columns of each block once (`TableDef.sideBySide`);
// every row it lays out pairs a left block row with a right one (`RowDef.halves`). From that
// alone the export leaves out each block's empty rows separately and pairs what remains (an
// income row has nothing to do with the expenditure row beside it), the styles follow each
// block row's level, and the grid, the edits, the reader and the comparison find a block row by
// its own id.
import type { RowDef, SideBySide } from './types'

/**
 * Two independent blocks (表九): row i pairs left row i with right row i. The paired row is
 * `${left}|${right}`, or the one id when both halves are the same table row (表一/四, see splitRows).
 */
export function pairBlocks(left: readonly RowDef[], right: readonly RowDef[]): RowDef[] {
  const rows: RowDef[] = []
  for (let i = 0; i < Math.max(left.length, right.length); i++) {
    const a = left[i]
    const b = right[i]
    rows.push({
      id: a && b && a.id === b.id ? a.id : `${a?.id ?? '-'}|${b?.id ?? '-'}`,
      kind: b?.kind ?? a?.kind ?? 'item',
      printAlways: a?.printAlways === true || b?.printAlways === true,
      text: { ...a?.text, ...b?.text },
      cells: { ...a?.cells, ...b?.cells },
      textKeys: { ...a?.textKeys, ...b?.textKeys },
      halves: { ...(a ? { left: a } : {}), ...(b ? { right: b } : {}) },
    })
  }
  return rows
}

/**
 * Rows that carry both blocks already (表一/四 print the income line and the class on one row,
 * footers 合计/结转/总计 on both sides): each row's halves are its own cells of each block, under
 * the row's id, so pairing the blocks again gives the same rows.
 */
export function splitRows(rows: readonly RowDef[], sides: SideBySide): RowDef[] {
  const half = (row: RowDef, cols: readonly string[]): RowDef => {
    const h: RowDef = { id: row.id, kind: row.kind, text: {}, cells: {}, ...(row.printAlways ? { printAlways: true } : {}) }
    for (const col of cols) {
      if (row.text[col] !== undefined) h.text[col] = row.text[col]
      if (row.cells[col] !== undefined) h.cells[col] = row.cells[col]
      if (row.textKeys?.[col] !== undefined) (h.textKeys ??= {})[col] = row.textKeys[col]
    }
    return h
  }
  return rows.map((row) => ({ ...row, halves: { left: half(row, sides.left), right: half(row, sides.right) } }))
}

/** The rows of each block again, in order (empty when `rows` are not paired). */
export function blocksOf(rows: readonly RowDef[]): { left: RowDef[]; right: RowDef[] } {
  const left: RowDef[] = []
  const right: RowDef[] = []
  for (const row of rows) {
    if (row.halves?.left) left.push(row.halves.left)
    if (row.halves?.right) right.push(row.halves.right)
  }
  return { left, right }
}

/** The table rows a grid row shows: its halves, or the row itself when it pairs none. */
export function blockRowsOf(row: RowDef): RowDef[] {
  const h = row.halves
  if (!h) return [row]
  return [h.left, h.right].filter((x): x is RowDef => x !== undefined)
}

/** The block column `col` belongs to (undefined: a table of one block). */
export function blockOf(sides: SideBySide | undefined, col: string): 'left' | 'right' | undefined {
  if (!sides) return undefined
  return sides.left.includes(col) ? 'left' : 'right'
}

/** The half of a paired row in the block of column `col` (undefined: that block has no row here, or not paired). */
export function halfAt(sides: SideBySide | undefined, row: RowDef, col: string): RowDef | undefined {
  const block = blockOf(sides, col)
  return block ? row.halves?.[block] : undefined
}

/** The id of the block row under column `col` of grid row `rowId` (the grid row's own id for a table of one block). */
export function blockRowId(sides: SideBySide | undefined, rowId: string, col: string): string {
  const block = blockOf(sides, col)
  if (!block || !rowId.includes('|')) return rowId
  const [left = '-', right = '-'] = rowId.split('|')
  return block === 'left' ? left : right
}

/** The cell at (table row `rowId`, `col`) among laid-out rows, a block row found by its own id. */
export function cellAt(rows: readonly RowDef[], rowId: string, col: string): RowDef['cells'][string] {
  for (const row of rows) {
    for (const r of row.id === rowId ? [row] : blockRowsOf(row)) if (r.id === rowId && r.cells[col]) return r.cells[col]
  }
  return undefined
}
