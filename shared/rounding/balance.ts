// 舍位平衡: print a book kept in 元 (or with amounts finer than 0.01 万元) so that
//   (1) every published table adds up exactly and the relations between tables hold on the
//       printed figures, (2) grand totals print as their true value rounded, and (3) every
//       printed figure is within 0.01 万元 of its true value.
//
// The rounding is decided ONCE, on the input cells: each prints the floor or the ceiling of
// its value in steps of 0.01 万元, and every derived figure of the 13 tables is recomputed from
// those by the same formulas, so all tables show one consistent set of numbers and (1) holds
// by construction. Choosing floor or ceiling well is what gives (2) and (3):
//
// • Inputs are grouped in blocks, each a row tree times columns (structure.ts). For each
//   node, the column combinations that a table prints as one figure are read off the tables.
// • A block is rounded top-down. Its top node is decided first by trying every floor/ceiling
//   choice of its columns (≤ 2^13): every printed combination within one step, and the grand
//   totals pinned to their rounded true values in order of importance (grand-totals.ts).
//   Then each node hands its printed values down to its children: column sums exact, each
//   child's printed combinations within one step (split.ts). For a single tree with one
//   column this is the classic largest-remainder rounding, which always succeeds; with the
//   crossing combinations of the subject lines (表二 groups 基本+项目 per source, 表三 groups
//   sources per part, 表四 adds 上年结转 per source) no theorem guarantees a solution, so the
//   split is searched (min-conflicts, then exhaustively with a budget). A child whose own
//   subtree then has no solution is remembered as a dead end for that mask and its parent's
//   split is solved again; a top node whose tree has none gives way to the next candidate.
// • Blocks are linked by the relations between independently typed figures (C1–C7: 表六 合计 =
//   表五 基本支出, Σ projects = 项目支出 per source …). When a relation holds for the true figures,
//   the block solved later is forced to print exactly what the earlier one printed, and the
//   later block's printed combinations and grand totals are carried into the earlier block's
//   top node (表十二 合计 becomes Σ 项目支出 of the subject lines), so both can be met. If a
//   later block still cannot be solved, the subject lines' next top-node candidate is tried.
// • Finally the printed book is derived and checked by verify.ts, independently of all this;
//   anything not met is reported, never hidden.
import type { BudgetBook } from '../model/book'
import { roundToWanCents, type Fen } from '../model/money'
import { Derivation, type CellLocation } from '../engine/derivation'
import { readAmounts } from '../engine/inputs'
import { writeAmounts } from './write'
import { declareChecks, type CheckGroup } from '../checks/checks'
import type { TableSet } from '../tables'
import type { Expansion } from './expand'
import { buildModel, blockOf, locate, walkTree, type Block, type Located, type Model, type TreeNode } from './structure'
import { rankRoot, solveSplit, type RootCandidate, type SplitRow, type Window } from './split'
import { GRAND_TOTALS } from './grand-totals'
import { verifyPrinted, type PrintIssue } from './verify'
import { ceilDiv, floorDiv, isWholeStep, popcount, splitStep, STEP } from './units'
import { seededRandom } from '../util/seeded-random'

export interface PrintAdjustment {
  /** Engine ref: an input key for `adjustments`, a derived cell for `totals`. */
  ref: string
  /** Where the cell shows: published tables first, the entry sheet (支出明细) last. */
  locations: CellLocation[]
  trueValue: Fen
  /** The true value rounded half away from zero: what printing this cell on its own would show. */
  roundedValue: Fen
  printedValue: Fen
  /** printed − rounded: the 舍位平衡 adjustment (±0.01 万元). */
  adjustment: Fen
}

export interface BalanceResult {
  /** False when every amount already is a whole 0.01 万元: the book prints as it is. */
  needed: boolean
  /** The same book with every amount a whole 0.01 万元, in the book's own unit. */
  printed: BudgetBook
  /** Input cells whose printed value differs from plain rounding of their true value. */
  adjustments: PrintAdjustment[]
  /** Printed totals (derived cells) that differ from plain rounding of their true value. */
  totals: PrintAdjustment[]
  /** What verifyPrinted found on the result; empty of errors unless something could not be met. */
  issues: PrintIssue[]
  /** The printed value of any engine ref (input or derived), in 分. */
  value: (ref: string) => Fen | undefined
  /** The derivation of the printed book. */
  derivation: Derivation
  /** The derivation of the true book. */
  truth: Derivation
}

type Op = '=' | '<=' | '>='
const LINK_OPS: Partial<Record<string, Op>> = { C1: '=', C2: '=', C3: '=', C4: '=', C5: '=', C6: '<=', C7: '>=' }
const flip = (op: Op): Op => (op === '<=' ? '>=' : op === '>=' ? '<=' : '=')

interface Side {
  e: Expansion
  block: Block | null
  at: Located | null
}

interface Link {
  op: Op
  left: Side
  right: Side
}

interface PinSpec {
  set: number
  /** The rounded true value, in steps. */
  steps: bigint
  rank: number
}

const bigintOr = (v: unknown): Fen | undefined => (typeof v === 'bigint' ? v : undefined)

function* bits(mask: number): Generator<number> {
  for (let c = 0; mask >> c; c++) if ((mask >> c) & 1) yield c
}

function trueOf(model: Model, e: Expansion): Fen {
  let t = 0n
  for (const [key, coef] of e) t += BigInt(coef) * (model.truth.get(key) ?? 0n)
  return t
}

function printedOf(model: Model, key: string): Fen {
  const p = model.place.get(key)
  const v = p?.leaf.printed?.[p.col]
  return v === undefined ? roundToWanCents(model.truth.get(key) ?? 0n) : v * STEP
}

function buildLinks(model: Model, book: BudgetBook, checks: readonly CheckGroup[]): Link[] {
  const links: Link[] = []
  const side = (e: Expansion): Side => ({ e, block: blockOf(model, e), at: locate(model, e) })
  for (const spec of declareChecks(book, checks)) {
    const op = LINK_OPS[spec.check]
    if (!op || spec.deps.length < 2) continue
    const left = model.expander.expand(spec.deps[0]!)
    const right = model.expander.expandSum(spec.deps.slice(1))
    const l = trueOf(model, left)
    const r = trueOf(model, right)
    // Only relations the true figures satisfy are kept: rounding must not break them, and
    // cannot be asked to mend a real discrepancy (the checks report that to the clerk).
    if (op === '=' ? l !== r : op === '<=' ? l > r : l < r) continue
    links.push({ op, left: side(left), right: side(right) })
  }
  return links
}

function buildPins(model: Model, links: readonly Link[]): Map<Block, PinSpec[]> {
  const pins = new Map<Block, PinSpec[]>(model.blocks.map((b) => [b, []]))
  const add = (block: Block, pin: PinSpec): void => {
    // The same figure reached twice (表七 合计 carried into 表八's): keep its higher rank.
    const list = pins.get(block)!
    const same = list.find((p) => p.set === pin.set)
    if (!same) list.push(pin)
    else same.rank = Math.min(same.rank, pin.rank)
  }
  GRAND_TOTALS.forEach((g, rank) => {
    for (const ref of g.refs) {
      const e = model.expander.expand(ref)
      if (e.size === 0) continue
      const at = locate(model, e)
      if (!at) continue
      const steps = roundToWanCents(trueOf(model, e)) / STEP
      if (at.node === at.block.root) add(at.block, { set: at.set, steps, rank })
      else if (!at.node.soft.has(at.set)) at.node.soft.set(at.set, steps)
    }
  })
  // A later block's top-node combinations and grand totals, carried through '=' relations
  // into the earlier block they follow, so the earlier block's top node accounts for them.
  const roots = model.blocks.map((b) => b.root)
  const rootLinks = links.filter((l) => l.op === '=' && l.left.at && l.right.at && roots.includes(l.left.at.node) && roots.includes(l.right.at.node))
  const toward = (x: Block, set: number): { block: Block; set: number } | null => {
    const pairs = rootLinks.flatMap((l) => [[l.left.at!, l.right.at!], [l.right.at!, l.left.at!]] as const)
    for (const [a, b] of pairs) if (a.block === x && a.set === set && b.block.order < x.order) return { block: b.block, set: b.set }
    let target: Block | null = null
    let out = 0
    for (const c of bits(set)) {
      const hit = pairs.find(([a, b]) => a.block === x && a.set === 1 << c && b.block.order < x.order)
      if (!hit || (target && hit[1].block !== target) || out & hit[1].set) return null
      target = hit[1].block
      out |= hit[1].set
    }
    return target ? { block: target, set: out } : null
  }
  for (const x of [...model.blocks].reverse()) {
    for (const set of x.root.sets) {
      const t = toward(x, set)
      if (t && popcount(t.set) >= 2) t.block.root.sets.add(t.set)
    }
    for (const pin of pins.get(x)!) {
      const t = toward(x, pin.set)
      if (t) add(t.block, { set: t.set, steps: pin.steps, rank: pin.rank })
    }
  }
  return pins
}

function base(node: TreeNode): { base: bigint[]; rest: number[]; free: number } {
  const b: bigint[] = []
  const rest: number[] = []
  let free = 0
  node.truth.forEach((t, c) => {
    const s = splitStep(t)
    b.push(s.steps)
    rest.push(s.rest)
    if (s.rest !== 0) free |= 1 << c
  })
  return { base: b, rest, free }
}

function windowsOf(node: TreeNode, b: readonly bigint[]): Window[] {
  const out: Window[] = []
  const sumBase = (set: number): bigint => [...bits(set)].reduce((a, c) => a + b[c]!, 0n)
  for (const set of new Set([...node.sets, ...node.forced.keys()])) {
    let sumTruth = 0n
    for (const c of bits(set)) sumTruth += node.truth[c]!
    let lo = floorDiv(sumTruth, STEP)
    let hi = ceilDiv(sumTruth, STEP)
    const f = node.forced.get(set)
    if (f?.lo != null && f.lo > lo) lo = f.lo
    if (f?.hi != null && f.hi < hi) hi = f.hi
    const s = sumBase(set)
    out.push({ set, lo: Number(lo - s), hi: Number(hi - s) })
  }
  for (const [set, steps] of node.soft) {
    const t = Number(steps - sumBase(set))
    out.push({ set, lo: t, hi: t, soft: true })
  }
  return out
}

function applyLinks(model: Model, links: readonly Link[], block: Block): void {
  for (const l of links) {
    const sides: [Side, Side, Op][] = [[l.left, l.right, l.op], [l.right, l.left, flip(l.op)]]
    for (const [mine, other, op] of sides) {
      if (!mine.at || mine.at.block !== block || !other.block || other.block.order >= block.order) continue
      let v = 0n
      for (const [key, coef] of other.e) v += BigInt(coef) * printedOf(model, key)
      const steps = v / STEP
      const node = mine.at.node
      const f = node.forced.get(mine.at.set) ?? { lo: null, hi: null }
      if (op !== '<=') f.lo = f.lo === null || steps > f.lo ? steps : f.lo
      if (op !== '>=') f.hi = f.hi === null || steps < f.hi ? steps : f.hi
      node.forced.set(mine.at.set, f)
    }
  }
}

/** Re-splits of one node after a child's subtree turned out to be a dead end. */
const ATTEMPTS = 8
interface SolveContext {
  rng: () => number
  /** Split solves left for this block: the backtracking below is bounded. */
  budget: number
}

/**
 * Hand a node's printed values down its subtree. When a child's own subtree has no solution
 * for the values the split gave it, that mask is remembered as a dead end for the child and
 * the split is solved again (the dead end is a fact about the child's true values, so it stays
 * valid whatever its siblings do). `strict` = false accepts the best split found and goes on,
 * so that every node gets values even when something cannot be met.
 */
function solveSubtree(node: TreeNode, ctx: SolveContext, strict: boolean): boolean {
  if (node.children.length === 0) return true
  const kids = node.children.map(base)
  const windows = node.children.map((c, i) => windowsOf(c, kids[i]!.base))
  const need = node.printed!.map((p, c) => Number(p - kids.reduce((a, k) => a + k.base[c]!, 0n)))
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    ctx.budget--
    const rows: SplitRow[] = node.children.map((c, i) => ({ free: kids[i]!.free, rest: kids[i]!.rest, windows: windows[i]!, bad: c.bad }))
    const res = solveSplit(rows, need, ctx.rng)
    node.children.forEach((child, i) => {
      child.printed = kids[i]!.base.map((b, c) => b + BigInt((res.masks[i]! >> c) & 1))
    })
    if (!strict) {
      for (const child of node.children) solveSubtree(child, ctx, false)
      return res.violation === 0
    }
    if (res.violation > 0) return false
    const failed = node.children.findIndex((child) => !solveSubtree(child, ctx, true))
    if (failed < 0) return true
    node.children[failed]!.bad.add(res.masks[failed]!)
    if (ctx.budget <= 0) return false
  }
  return false
}

interface BlockState {
  block: Block
  /** Top-node candidates, best first, for the forced windows of the current attempt. */
  candidates: RootCandidate[]
  base: ReturnType<typeof base>
}

/** Fresh start for a block: forced windows from the blocks before it, no remembered dead ends. */
function prepare(model: Model, links: readonly Link[], block: Block, pins: readonly PinSpec[]): BlockState {
  for (const n of walkTree(block.root)) {
    n.forced.clear()
    n.bad.clear()
    n.printed = null
  }
  applyLinks(model, links, block)
  const r = base(block.root)
  const sumBase = (set: number): bigint => [...bits(set)].reduce((a, c) => a + r.base[c]!, 0n)
  const candidates = rankRoot(
    r.free,
    r.rest,
    windowsOf(block.root, r.base),
    pins.map((p) => ({ set: p.set, target: Number(p.steps - sumBase(p.set)), rank: p.rank })),
  )
  return { block, candidates, base: r }
}

function useRoot(state: BlockState, mask: number): void {
  state.block.root.printed = state.base.base.map((b, c) => b + BigInt((mask >> c) & 1))
}

/** The best candidate whose whole tree can be solved, or false (nothing assigned reliably). */
function solveStrict(state: BlockState, ctx: SolveContext, skip = 0): number | false {
  const best = state.candidates[0]!.violation
  for (let i = skip; i < state.candidates.length; i++) {
    const cand = state.candidates[i]!
    if (cand.violation > best || ctx.budget <= 0) break
    useRoot(state, cand.mask)
    if (solveSubtree(state.block.root, ctx, true)) return i
  }
  return false
}

function bestEffort(state: BlockState, ctx: SolveContext): void {
  useRoot(state, state.candidates[0]!.mask)
  solveSubtree(state.block.root, ctx, false)
}

/**
 * Solve the blocks in order. The first block (the subject lines) is the hub every relation
 * leads to: when a later block cannot be solved with the values it printed (a project row
 * whose sources were all fixed by the subject lines …), its next candidate is tried.
 */
function solveAll(model: Model, links: readonly Link[], pins: ReadonlyMap<Block, PinSpec[]>, rng: () => number): void {
  const [first, ...rest] = model.blocks
  if (!first) return
  const ctx: SolveContext = { rng, budget: 6000 }
  const hub = prepare(model, links, first, pins.get(first) ?? [])
  const restBlocks = (strict: boolean): boolean => {
    let ok = true
    for (const block of rest) {
      const state = prepare(model, links, block, pins.get(block) ?? [])
      const local: SolveContext = { rng, budget: 2000 }
      if (strict && solveStrict(state, local) !== false) continue
      ok = false
      if (strict) return false
      bestEffort(state, local)
    }
    return ok
  }
  for (let skip = 0, tries = 0; tries < 12; tries++, skip++) {
    const at = solveStrict(hub, ctx, skip)
    if (at === false) break
    if (restBlocks(true)) return
    skip = at
  }
  if (solveStrict(hub, ctx) === false) bestEffort(hub, ctx)
  restBlocks(false)
}

/** Where a cell shows, in the set's order: its published tables as printed, its entry sheets last. */
function inSetOrder(tables: TableSet): (locs: readonly CellLocation[]) => CellLocation[] {
  const order = new Map<string, number>(tables.all.map((t, i) => [t.id, i]))
  return (locs) => [...locs].sort((a, b) => order.get(a.table)! - order.get(b.table)!)
}

/**
 * Whether printing `book` needs 舍位平衡: some typed amount is not a whole 0.01 万元 (read from
 * the book itself: cheaper than walking every cell of a derivation).
 */
export function needsBalancing(book: BudgetBook): boolean {
  let needed = false
  readAmounts(book, (_, fen) => {
    if (!needed && !isWholeStep(fen)) needed = true
  })
  return needed
}

/**
 * The book to print: every amount a whole 0.01 万元, chosen so that the published tables add
 * up, grand totals print as their rounded true values and no figure moves by 0.01 万元 or more.
 */
export function balanceForPrint(book: BudgetBook, options: { truth?: Derivation; tables?: TableSet } = {}): BalanceResult {
  const d0 = options.truth ?? new Derivation(book, options.tables)
  if (!needsBalancing(book)) {
    return { needed: false, printed: book, adjustments: [], totals: [], issues: [], value: (ref) => bigintOr(d0.value(ref)), derivation: d0, truth: d0 }
  }

  const model = buildModel(book, d0)
  const links = buildLinks(model, book, d0.tables.checks)
  const pins = buildPins(model, links)
  // Seeded tie-breaking: the same book always balances the same way.
  solveAll(model, links, pins, seededRandom(0x5e1f))

  const byTable = inSetOrder(d0.tables)
  const changed = new Map<string, Fen>()
  const adjustments: PrintAdjustment[] = []
  for (const [key, trueValue] of model.truth) {
    const printedValue = printedOf(model, key)
    if (printedValue !== trueValue) changed.set(key, printedValue)
    const roundedValue = roundToWanCents(trueValue)
    if (printedValue !== roundedValue) {
      adjustments.push({ ref: key, locations: byTable(d0.locations.get(key) ?? []), trueValue, roundedValue, printedValue, adjustment: printedValue - roundedValue })
    }
  }
  const printed = writeAmounts(book, changed)
  const d1 = new Derivation(printed, d0.tables)
  const totals: PrintAdjustment[] = []
  const seen = new Set<string>()
  for (const def of d0.tables.published) {
    for (const row of d0.layouts.get(def.id) ?? []) {
      for (const cell of Object.values(row.cells)) {
        if (!cell?.formula || seen.has(cell.ref)) continue
        seen.add(cell.ref)
        const trueValue = d0.value(cell.ref)
        const printedValue = d1.value(cell.ref)
        if (typeof trueValue !== 'bigint' || typeof printedValue !== 'bigint') continue
        const roundedValue = roundToWanCents(trueValue)
        if (printedValue === roundedValue) continue
        totals.push({ ref: cell.ref, locations: byTable(d0.locations.get(cell.ref) ?? []), trueValue, roundedValue, printedValue, adjustment: printedValue - roundedValue })
      }
    }
  }
  const issues = verifyPrinted(book, printed, { truth: d0, print: d1 })
  return { needed: true, printed, adjustments, totals, issues, value: (ref) => bigintOr(d1.value(ref)), derivation: d1, truth: d0 }
}
