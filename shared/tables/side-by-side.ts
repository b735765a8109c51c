// A table printing two independent row blocks side by side (表九: income on the left, the
// 国有资本经营 expenditure tree on the right): grid row i carries left row i and right row i.
// Each paired row keeps its halves, so the export can drop empty rows from each block on its
// own and pair what remains (an income row has nothing to do with the expenditure row beside it).
import type { RowDef } from './types'

export function sideBySide(left: readonly RowDef[], right: readonly RowDef[]): RowDef[] {
  const rows: RowDef[] = []
  for (let i = 0; i < Math.max(left.length, right.length); i++) {
    const a = left[i]
    const b = right[i]
    rows.push({
      id: `${a?.id ?? '-'}|${b?.id ?? '-'}`,
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

/** The half of a paired row that shows column `col` (undefined: neither, or not a paired row). */
export function halfShowing(row: RowDef, col: string): RowDef | undefined {
  const h = row.halves
  if (!h) return undefined
  return [h.left, h.right].find((half) => half !== undefined && (col in half.text || col in half.cells))
}
