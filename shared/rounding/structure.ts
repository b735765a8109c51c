// The input cells of a book, arranged as the tables arrange them: blocks of inputs that are
// printed together (the subject lines of 表二/三/五/八/九 and 表一/四; 表六's items; 表七's and
// 表九's revenue lines; 表十; 表十一; 表十二's and 表十三's projects). Each block is a row tree
// (合计 → 类 → 款 → 项, 部门 → 单位 → 项目 …) times a few columns (the 13 part × source
// combinations of a 项, the sources of a project …).
//
// Which column combinations each row prints is NOT written down here: it is read off the
// table definitions, by expanding every published cell into the inputs it adds up and
// recognising it as "row node N, columns K" (every input under N in the columns K). A cell
// that does not have that shape is kept aside and checked on the result instead.
import { FISCAL_SOURCES, SOURCES, type BudgetBook, type T10Item } from '../model/book'
import type { Fen } from '../model/money'
import type { Derivation } from '../engine/derivation'
import { isInputKey } from '../model/keys'
import { Expander, type Expansion } from './expand'

export interface TreeNode {
  id: string
  parent: TreeNode | null
  children: TreeNode[]
  depth: number
  /** Rows holding inputs: the input key per column (undefined where the row has none). */
  inputs: (string | undefined)[] | null
  /** Inputs below this node, per column. */
  count: number[]
  /** True value per column, in 分. */
  truth: Fen[]
  /** Column combinations printed for this node as one figure (masks of two or more columns). */
  sets: Set<number>
  /** Windows (in steps of 0.01 万元) imposed by a relation with a block printed earlier. */
  forced: Map<number, { lo: bigint | null; hi: bigint | null }>
  /** Grand totals wanted for this node below the top of its tree: set → rounded true value in steps. */
  soft: Map<number, bigint>
  /** Masks (relative to the floors) for which this node's subtree was found to have no solution. */
  bad: Set<number>
  /** Printed value per column, in steps; filled in by the solver. */
  printed: bigint[] | null
}

export interface Block {
  id: string
  /** Blocks are solved in this order; relations make later blocks follow earlier ones. */
  order: number
  columns: readonly string[]
  root: TreeNode
}

export interface Place {
  block: Block
  leaf: TreeNode
  col: number
}

/** A printed figure recognised as "node × columns" of one block. */
export interface Located {
  block: Block
  node: TreeNode
  set: number
}

export interface Model {
  blocks: Block[]
  place: Map<string, Place>
  truth: Map<string, Fen>
  expander: Expander
  /** Published refs that are not node × columns of one block (verified on the result only). */
  extras: string[]
}

const SUB_COLUMNS = [...SOURCES.map((s) => `b|${s}`), ...SOURCES.map((s) => `p|${s}`), ...FISCAL_SOURCES.map((s) => `c|${s}`)]
const T10_PATH: Record<T10Item, string[]> = {
  abroad: ['abroad'],
  reception: ['reception'],
  vehiclePurchase: ['vehicle', 'vehiclePurchase'],
  vehicleOps: ['vehicle', 'vehicleOps'],
}
const BLOCK_ORDER = ['sub', 'econ', 'rev7', 'rev9', 'prj:current', 'prj:carry', 't10', 't11']

interface Placement {
  block: string
  columns: readonly string[]
  path: string[]
  col: string
}

const subjectPath = (code: string): string[] => [`c:${code.slice(0, 3)}`, `k:${code.slice(0, 5)}`, `x:${code}`]

/** 表六 prints each item under 人员经费 or 公用经费: read which from the layout, as the table decides it. */
function econColumns(d: Derivation): Map<string, string> {
  const out = new Map<string, string>()
  for (const row of d.layouts.get('t6') ?? []) {
    for (const [col, cell] of Object.entries(row.cells)) {
      const f = cell?.formula
      if (f && f.plus.length === 1 && !f.minus?.length && isInputKey(f.plus[0]!)) out.set(f.plus[0]!, col)
    }
  }
  return out
}

function placer(book: BudgetBook, d: Derivation): (key: string) => Placement | null {
  const projects = new Map(book.projects.map((p) => [p.id, p]))
  const econ = new Map(book.econ.map((e) => [e.id, e]))
  const econCol = econColumns(d)
  const econColumnList = [...new Set(econCol.values())]
  if (econColumnList.length === 0) econColumnList.push('amount')
  return (key) => {
    const [kind, a = '', b = '', c = ''] = key.split('|')
    switch (kind) {
      case 'sub':
        return { block: 'sub', columns: SUB_COLUMNS, path: subjectPath(a), col: `${b}|${c}` }
      case 'econ': {
        const line = econ.get(a)
        if (!line) return null
        return { block: 'econ', columns: econColumnList, path: [`k:${line.deptClass}`, `e:${a}`], col: econCol.get(key) ?? econColumnList[0]! }
      }
      case 'rev7':
      case 'rev9':
        return { block: kind, columns: ['amount'], path: subjectPath(a), col: 'amount' }
      case 't10': {
        const path = T10_PATH[a as T10Item]
        return path ? { block: 't10', columns: FISCAL_SOURCES, path, col: b } : null
      }
      case 't11':
        return { block: 't11', columns: FISCAL_SOURCES, path: [`u:${a}`], col: b }
      case 'prj': {
        const p = projects.get(a)
        if (!p) return null
        const current = p.kind === 'current'
        return { block: current ? 'prj:current' : 'prj:carry', columns: current ? SOURCES : FISCAL_SOURCES, path: [`u:${p.unitId}`, `p:${a}`], col: b }
      }
      default:
        return null
    }
  }
}

function newNode(id: string, parent: TreeNode | null, ncols: number): TreeNode {
  return {
    id,
    parent,
    children: [],
    depth: parent ? parent.depth + 1 : 0,
    inputs: null,
    count: new Array<number>(ncols).fill(0),
    truth: new Array<Fen>(ncols).fill(0n),
    sets: new Set(),
    forced: new Map(),
    soft: new Map(),
    bad: new Set(),
    printed: null,
  }
}

export function commonAncestor(a: TreeNode, b: TreeNode): TreeNode {
  let x = a
  let y = b
  while (x.depth > y.depth) x = x.parent!
  while (y.depth > x.depth) y = y.parent!
  while (x !== y) {
    x = x.parent!
    y = y.parent!
  }
  return x
}

/**
 * Where an expansion's inputs sit: their one block, the lowest node above all of them and the
 * set of columns (bit mask) — or null when it is not a plain sum of inputs of one block.
 */
function spanOf(model: Model, e: Expansion): { block: Block; node: TreeNode; set: number } | null {
  let block: Block | null = null
  let node: TreeNode | null = null
  let set = 0
  for (const [key, coef] of e) {
    const p = model.place.get(key)
    if (coef !== 1 || !p || (block && p.block !== block)) return null
    block = p.block
    node = node ? commonAncestor(node, p.leaf) : p.leaf
    set |= 1 << p.col
  }
  return block && node ? { block, node, set } : null
}

/** The block, node and columns an expansion adds up, if it is exactly "every input under node in those columns". */
export function locate(model: Model, e: Expansion): Located | null {
  const span = spanOf(model, e)
  if (!span) return null
  const { block, set } = span
  let { node } = span
  // A node that is its parent's only child prints the same inputs as the parent; the parent
  // is where its values are decided, so the figure belongs there.
  while (node.parent && node.parent.children.length === 1) node = node.parent
  let n = 0
  for (let c = 0; c < block.columns.length; c++) if (set & (1 << c)) n += node.count[c]!
  return n === e.size ? { block, node, set } : null
}

/** The one block all inputs of an expansion belong to, or null. */
export function blockOf(model: Model, e: Expansion): Block | null {
  let block: Block | null = null
  for (const key of e.keys()) {
    const p = model.place.get(key)
    if (!p || (block && p.block !== block)) return null
    block = p.block
  }
  return block
}

export function buildModel(book: BudgetBook, d: Derivation): Model {
  const place = placer(book, d)
  const blocks = new Map<string, Block>()
  const nodes = new Map<string, TreeNode>()
  const placed = new Map<string, Place>()
  const truth = new Map<string, Fen>()
  for (const key of d.locations.keys()) {
    if (!isInputKey(key)) continue
    const value = d.value(key)
    truth.set(key, typeof value === 'bigint' ? value : 0n)
    const p = place(key)
    if (!p) continue
    const col = p.columns.indexOf(p.col)
    if (col < 0) continue
    let block = blocks.get(p.block)
    if (!block) {
      block = { id: p.block, order: BLOCK_ORDER.indexOf(p.block), columns: p.columns, root: newNode('', null, p.columns.length) }
      blocks.set(p.block, block)
    }
    let node = block.root
    let id = p.block
    for (const step of p.path) {
      id += `/${step}`
      let child = nodes.get(id)
      if (!child) {
        child = newNode(step, node, p.columns.length)
        nodes.set(id, child)
        node.children.push(child)
      }
      node = child
    }
    node.inputs ??= new Array<string | undefined>(p.columns.length).fill(undefined)
    node.inputs[col] = key
    placed.set(key, { block, leaf: node, col })
    const v = truth.get(key)!
    for (let n: TreeNode | null = node; n; n = n.parent) {
      n.count[col]!++
      n.truth[col]! += v
    }
  }
  const model: Model = {
    blocks: [...blocks.values()].sort((a, b) => a.order - b.order),
    place: placed,
    truth,
    expander: new Expander(d.layouts),
    extras: [],
  }
  const seen = new Set<string>()
  for (const def of d.tables.published) {
    for (const row of d.layouts.get(def.id) ?? []) {
      for (const cell of Object.values(row.cells)) {
        if (!cell || isInputKey(cell.ref) || seen.has(cell.ref)) continue
        seen.add(cell.ref)
        const e = model.expander.expand(cell.ref)
        if (e.size === 0) continue
        const at = locate(model, e)
        if (!at) model.extras.push(cell.ref)
        else if (at.set & (at.set - 1)) at.node.sets.add(at.set)
      }
    }
  }
  // Figures that add up part of a node's children: group those children and try again.
  const extras = model.extras
  model.extras = []
  for (const ref of extras) {
    const e = model.expander.expand(ref)
    const at = locate(model, e) ?? groupChildren(model, e)
    if (!at) model.extras.push(ref)
    else if (at.set & (at.set - 1)) at.node.sets.add(at.set)
  }
  return model
}

/**
 * A printed figure that adds up some, not all, of a node's children (表一 and 表四 list the 30
 * function classes only, so a 项 under another class code is in 表三 合计 but not in 表一's
 * 本年支出合计): group those children under a virtual node, so the figure is a node again.
 */
function groupChildren(model: Model, e: Expansion): Located | null {
  const span = spanOf(model, e)
  if (!span || span.node.children.length < 3) return null
  const { block, node, set } = span
  const under = new Map<TreeNode, number>()
  for (const key of e.keys()) {
    let n = model.place.get(key)!.leaf
    while (n.parent !== node) n = n.parent!
    under.set(n, (under.get(n) ?? 0) + 1)
  }
  const full = (n: TreeNode): number => [...Array(block!.columns.length).keys()].reduce((a, c) => (set & (1 << c) ? a + n.count[c]! : a), 0)
  for (const [child, n] of under) if (n !== full(child)) return null
  const members = node.children.filter((c) => under.has(c))
  if (members.length < 2 || members.length === node.children.length) return null
  const group = newNode(`g:${node.children.length}`, node, block.columns.length)
  group.children = members
  for (const m of members) {
    m.parent = group
    for (let c = 0; c < block.columns.length; c++) {
      group.count[c]! += m.count[c]!
      group.truth[c]! += m.truth[c]!
    }
    for (const n of walkTree(m)) n.depth++
  }
  const at = node.children.indexOf(members[0]!)
  node.children = node.children.filter((c) => !under.has(c))
  node.children.splice(at, 0, group)
  return { block, node: group, set }
}

/** Pre-order walk of a tree. */
export function* walkTree(node: TreeNode): Generator<TreeNode> {
  yield node
  for (const c of node.children) yield* walkTree(c)
}
