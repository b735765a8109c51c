// Rows of a subject-tree table: a 合计 row, then every 类, its 款 and their 项 in code order.
// A 项 cell is declared by the table; 款, 类 and 合计 cells are sums of the rows below.
import type { BudgetBook } from '../model/book'
import type { TableId } from './ids'
import type { CellDef, RowDef, TextKey } from './types'
import { rowId, sumCell, tagged } from './cell-ids'
import { subjectTree, type Namer, type TreeNode } from './subject-tree'
import { textKey } from '../model/keys'

export type LeafCell = (code: string, col: string) => CellDef | undefined

/**
 * A leaf builder laying a 项 row's cells out at once (asked column by column, for one code after
 * another): a total then reads the very strings its row's other cells show, and nothing is
 * looked up once per column. A 项 row's cells depend on its code alone (`make` must not read the
 * book), so they are made once per code and kept under `name` (one name per table and leaf kind):
 * every build of any book shows the same objects for the same code.
 */
export function leafRows(name: string, make: (code: string) => Partial<Record<string, CellDef>>): LeafCell {
  let byCode = LEAVES.get(name)
  if (!byCode || byCode.size > MAX_LEAVES) LEAVES.set(name, (byCode = new Map()))
  let last: string | undefined
  let cells: Partial<Record<string, CellDef>> = {}
  return (code, col) => {
    if (code !== last) {
      last = code
      let hit = byCode.get(code)
      if (!hit) byCode.set(code, (hit = tagged(make(code))))
      cells = hit
    }
    return cells[col]
  }
}
const LEAVES = new Map<string, Map<string, Partial<Record<string, CellDef>>>>()
/** Bound each kind's kept leaves (codes come from files, though mostly from the national catalog). */
const MAX_LEAVES = 100_000

const KIND = { 类: 'class', 款: 'kuan', 项: 'item' } as const
const EXPLAIN = { 类: '= 本类下各款之和', 款: '= 本款下各项之和' } as const

export function rowIdOfSubject(code: string): string {
  return rowId('s:', code)
}

export function treeRows(
  book: BudgetBook,
  table: TableId,
  moneyCols: readonly string[],
  leaf: LeafCell,
  options: {
    codes?: readonly string[]
    codeCol?: string
    nameCol?: string
    totalId?: string
    namer?: Namer
    /** The text key of a 类, 款 or 项 row's name (default: a function subject's). */
    nameKey?: (code: string) => TextKey
  } = {},
): RowDef[] {
  const codeCol = options.codeCol ?? 'code'
  const nameCol = options.nameCol ?? 'name'
  const totalId = options.totalId ?? 'total'
  const tree = subjectTree(book, options.codes, options.namer)
  const rows: RowDef[] = []
  const total: RowDef = { id: totalId, kind: 'total', text: { [nameCol]: '合计' }, cells: {}, printAlways: true }
  rows.push(total)
  // Pre-order for printing; each subtotal refers to the refs its children actually hold
  // (a 项 cell may be an input key rather than a cell of this table).
  const visit = (node: TreeNode): RowDef => {
    const id = rowIdOfSubject(node.code)
    // Every level's name is editable: a 类 or 款 the catalog lacks is named by the clerk.
    const textKeys = options.nameKey ? { [nameCol]: options.nameKey(node.code) } : subjectNameKeys(nameCol, node.code)
    const text = codeCol === 'code' && nameCol === 'name' ? { code: node.code, name: node.name } : { [codeCol]: node.code, [nameCol]: node.name }
    const row: RowDef = { id, kind: KIND[node.level], text, textKeys, cells: {} }
    rows.push(row)
    if (node.level === '项') {
      for (const col of moneyCols) {
        const def = leaf(node.code, col)
        if (def) row.cells[col] = def
      }
      return row
    }
    const children = node.children.map(visit)
    for (const col of moneyCols) {
      row.cells[col] = sumCell(table, id, col, refsOf(children, col), EXPLAIN[node.level])
    }
    return row
  }
  const classes = tree.map(visit)
  for (const col of moneyCols) {
    total.cells[col] = sumCell(table, totalId, col, refsOf(classes, col), '= 各类之和')
  }
  return rows
}

/** A function subject's name key under column `nameCol`: one object per column and code, shared by every build. */
function subjectNameKeys(nameCol: string, code: string): RowDef['textKeys'] {
  let byCode = NAME_KEYS.get(nameCol)
  if (!byCode || byCode.size > MAX_LEAVES) NAME_KEYS.set(nameCol, (byCode = new Map()))
  let keys = byCode.get(code)
  if (!keys) byCode.set(code, (keys = { [nameCol]: textKey.subjectName(code) }))
  return keys
}
const NAME_KEYS = new Map<string, Map<string, RowDef['textKeys']>>()

export function refsOf(rows: readonly RowDef[], col: string): string[] {
  const refs: string[] = []
  for (const r of rows) {
    const ref = r.cells[col]?.ref
    if (ref) refs.push(ref)
  }
  return refs
}
