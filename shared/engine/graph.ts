// A small incremental evaluator, after actualbudget's spreadsheet and HyperFormula:
// each derived cell is declared as its dependencies plus a pure function; a batch of input
// changes recomputes only the dirty closure, in topological order, and stops propagating
// where a recomputed value did not change (early cutoff). Cells on a cycle get an error
// value instead of throwing, and an error flows on to whatever depends on it.

import { tagIn, tagRegistry } from './cell-tags'

export type CellId = string

export interface CellError {
  readonly error: 'CYCLE' | 'MISSING' | 'EVAL'
  readonly message: string
}

export function isCellError(v: unknown): v is CellError {
  return typeof v === 'object' && v !== null && 'error' in v
}

export interface DerivedSpec<V> {
  deps: readonly CellId[]
  run: (...args: V[]) => V
  /**
   * `run` is Σ of the first `sum` dependencies − Σ of the rest (bigint values): the graph then
   * adds them itself, without an argument array per evaluation. A dependency of another type
   * still goes through `run`.
   */
  sum?: number
}

/** Value of a cell numbered in a CellTable but neither given a value nor declared. */
const UNSET: CellError = { error: 'MISSING', message: 'unset' }

/** An Int32Array at least `n` long holding `a`'s values. */
function grown(a: Int32Array<ArrayBuffer>, n: number): Int32Array<ArrayBuffer> {
  if (n <= a.length) return a
  const b = new Int32Array(Math.max(n, a.length * 2))
  b.set(a)
  return b
}

/**
 * A cell's function as a small number: the functions a graph runs are few next to its cells (one
 * per sum shape, one per check node: ~530 for a large department's ~46,000 cells), so each cell
 * holds an index into a short list instead of a pointer in a JS array as long as the graph (an
 * array of ~46,000 pointers is allocated in V8's large-object space, several times dearer per
 * build than a typed array; the ids are held as their tags for the same reason).
 */
class RunList<V> {
  fns: (((...args: V[]) => V) | undefined)[] = [undefined]
  private readonly index = new Map<(...args: V[]) => V, number>()
  private last: ((...args: V[]) => V) | undefined
  private lastAt = 0
  /** How many functions the list held when it was last trimmed (see `trim`). */
  private kept = 1

  /** The number of `fn` (> 0), adding it when new. */
  at(fn: (...args: V[]) => V): number {
    if (fn === this.last) return this.lastAt
    let k = this.index.get(fn)
    if (k === undefined) {
      k = this.fns.length
      this.fns.push(fn)
      this.index.set(fn, k)
    }
    this.last = fn
    return (this.lastAt = k)
  }

  /** The list as a graph adopts it: trimmed only once it has doubled from here. */
  adopted(): void {
    this.kept = this.fns.length
  }

  /**
   * Drops the functions no cell runs any more, renumbering `runs[0 .. count)` (0 stays 0), once
   * the list has doubled since it was last trimmed: a structural edit that redeclares a check
   * gives it a new closure (over the rows of the book of the time), and the graph lives as long
   * as the session, so the functions it replaced must not stay reachable from the list.
   */
  trim(runs: Int32Array, count: number): void {
    if (this.fns.length <= 2 * this.kept + 16) return
    const old = this.fns
    const to = new Int32Array(old.length)
    const fns: (((...args: V[]) => V) | undefined)[] = [undefined]
    this.index.clear()
    for (let i = 0; i < count; i++) {
      const k = runs[i]!
      if (!k) continue
      let m = to[k]!
      if (!m) {
        m = to[k] = fns.length
        const fn = old[k]!
        fns.push(fn)
        this.index.set(fn, m)
      }
      runs[i] = m
    }
    this.fns = fns
    this.kept = fns.length
    this.last = undefined
    this.lastAt = 0
  }
}

/** Cell number by id: the id's tag in the shared registry (cell-tags.ts), then this graph's number for that tag. */
export class CellIndex {
  readonly registry = tagRegistry()
  private readonly tags = this.registry.tags
  /** Per tag, the cell's number + 1 (0: not a cell of this graph); as long as the registry, so a build of a book seen before never grows it. */
  private numbers = new Int32Array(this.registry.ids.length + 1024)

  get(id: CellId): number | undefined {
    const t = this.tags.get(id)
    if (t === undefined || t >= this.numbers.length) return undefined
    const i = this.numbers[t]! - 1
    return i < 0 ? undefined : i
  }

  has(id: CellId): boolean {
    return this.get(id) !== undefined
  }

  /** The tag of `id` in this index's registry (registering it when new). */
  tagOf(id: CellId): number {
    return tagIn(this.registry, id)
  }

  set(id: CellId, i: number): void {
    const t = tagIn(this.registry, id)
    if (t >= this.numbers.length) this.numbers = grown(this.numbers, t + 1)
    this.numbers[t] = i + 1
  }

  delete(id: CellId): void {
    const t = this.tags.get(id)
    if (t !== undefined && t < this.numbers.length) this.numbers[t] = 0
  }

  /** The number of the cell tagged `t`, or `next` (then given to it) when it has none. */
  slotOf(t: number, next: number): number {
    if (t >= this.numbers.length) this.numbers = grown(this.numbers, t + 1)
    const i = this.numbers[t]! - 1
    if (i >= 0) return i
    this.numbers[t] = next + 1
    return next
  }
}

/**
 * Cells numbered as they are declared, for building a large graph: each id is looked up once
 * here and the graph adopts the numbering, instead of collecting maps of inputs and derived cells
 * that the graph would number again. A derived cell's dependencies are numbered as they are
 * declared (a dependency met before its own declaration is numbered then, unset) and kept as
 * numbers in one flat list: cell i reads depList[depStart[i] .. depEnd[i]).
 */
export class CellTable<V> {
  /**
   * The size of the last table built: a build allocates its arrays that large at once instead of
   * growing them cell by cell (a large department numbers ~46,000 cells; growing four arrays by
   * push copied each several times over, most of it in large-object space, for the collector).
   */
  private static last = { cells: 1024, edges: 4096 }
  readonly index = new CellIndex()
  /** The ids of the tags in `tags`. */
  readonly registryIds = this.index.registry.ids
  /** How many cells are numbered (the arrays are allocated ahead; `done` trims `values` to this). */
  count = 0
  /** Per cell, its id's tag (its id is registryIds[tags[i]]). */
  tags: Int32Array<ArrayBuffer> = new Int32Array(CellTable.last.cells)
  readonly values: Val<V>[] = new Array<Val<V>>(CellTable.last.cells)
  /** Per cell, its function's number in `runList` (0: an input or unset). */
  runs: Int32Array<ArrayBuffer> = new Int32Array(CellTable.last.cells)
  readonly runList = new RunList<V>()
  /** Per cell, DerivedSpec.sum (−1: evaluated by its run). */
  sums: Int32Array<ArrayBuffer> = new Int32Array(CellTable.last.cells)
  depStart: Int32Array<ArrayBuffer> = new Int32Array(CellTable.last.cells)
  depEnd: Int32Array<ArrayBuffer> = new Int32Array(CellTable.last.cells)
  depList: Int32Array<ArrayBuffer> = new Int32Array(CellTable.last.edges)
  /** Length of depList in use. */
  edges = 0

  /** The id of cell i. */
  id(i: number): CellId {
    return this.registryIds[this.tags[i]!]!
  }

  /** The number of cell `id`, numbering it when new. */
  slot(id: CellId): number {
    const t = tagIn(this.index.registry, id)
    return this.numbered(this.index.slotOf(t, this.count), t)
  }

  /** `slot`, for an id whose tag (cell-tags.ts) is probably `tag` (checked: a stale tag is looked up). */
  slotTagged(tag: number, id: CellId): number {
    const t = this.registryIds[tag] === id ? tag : tagIn(this.index.registry, id)
    return this.numbered(this.index.slotOf(t, this.count), t)
  }

  private numbered(i: number, t: number): number {
    if (i === this.count) {
      if (i >= this.tags.length) {
        this.tags = grown(this.tags, i + 1)
        this.runs = grown(this.runs, i + 1)
        this.sums = grown(this.sums, i + 1)
      }
      this.tags[i] = t
      this.values[i] = UNSET
      this.runs[i] = 0
      this.sums[i] = -1
      this.count++
    }
    return i
  }

  /** Every cell is numbered: `values` is trimmed to the cells (the graph takes the arrays over and appends to them). */
  done(): void {
    const n = this.count
    this.values.length = n
    CellTable.last = { cells: n + 1024, edges: this.edges + 4096 }
  }

  /** Whether cell i has neither a value nor a declaration yet. */
  unset(i: number): boolean {
    return this.values[i] === UNSET && this.runs[i] === 0
  }

  /** Cell i back to unset (a value given too early: it stays only if read, as `resolve` says). */
  forget(i: number): void {
    this.values[i] = UNSET
  }

  input(i: number, value: V): void {
    if (this.runs[i]) throw new Error(`cell ${this.id(i)} is declared twice`)
    this.values[i] = value
  }

  derive(i: number, spec: DerivedSpec<V>): void {
    this.declare(i, spec.run, spec.sum ?? -1)
    this.begin(i, spec.deps.length)
    for (const dep of spec.deps) this.dep(this.slot(dep))
    this.end(i)
  }

  /** Declares cell i derived (its dependencies follow: `begin`, `dep` for each, `end`). */
  declare(i: number, run: (...args: V[]) => V, sum: number): void {
    if (this.values[i] !== UNSET) throw new Error(`cell ${this.id(i)} is declared twice`)
    this.runs[i] = this.runList.at(run)
    this.sums[i] = sum
  }

  /** Starts the dependencies of derived cell i: at most `count` of them. */
  begin(i: number, count: number): void {
    if (this.edges + count > this.depList.length) this.depList = grown(this.depList, this.edges + count)
    if (i >= this.depStart.length) {
      this.depStart = grown(this.depStart, i + 1)
      this.depEnd = grown(this.depEnd, i + 1)
    }
    this.depStart[i] = this.edges
  }

  /** The next dependency (a cell number) of the cell begun. */
  dep(j: number): void {
    this.depList[this.edges++] = j
  }

  end(i: number): void {
    this.depEnd[i] = this.edges
  }
}

export interface GraphSpec<V> {
  inputs?: ReadonlyMap<CellId, V>
  derived?: ReadonlyMap<CellId, DerivedSpec<V>>
  /**
   * Cells numbered by the caller, instead of `inputs` and `derived` (the graph takes them over). A
   * cell numbered but left unset is a reference to a cell declared nowhere: it stays in the graph
   * (as `resolve` says, else MISSING) only when some cell depends on it.
   */
  cells?: CellTable<V>
  /** Values equal under this test stop propagation (default: Object.is). */
  same?: (a: V, b: V) => boolean
  /**
   * The value of a dependency that is neither an input nor derived: it becomes an input cell.
   * Undefined (or no resolver): it becomes a MISSING error that flows to its dependents.
   */
  resolve?: (id: CellId) => V | undefined
}

type Val<V> = V | CellError

/** Placeholder of a derived cell until its first evaluation (every derived cell is evaluated in the constructor). */
const UNEVALUATED: CellError = { error: 'MISSING', message: '' }

// Storage is flat, for large departments (50,000+ cells): cells are numbered as they are met
// (declared, or first read) and both edge directions are flat arrays (the dependencies of cell i
// are depList[depStart[i] .. depEnd[i]], its dependents outList[outStart[i] .. outStart[i + 1]]),
// so a graph is a handful of arrays, not one per cell.
export class Graph<V> {
  private readonly index: CellIndex
  /** How many cells are numbered (the typed arrays below may be longer). */
  private count: number
  /** The ids of the tags in `tags`; cell i's id is registryIds[tags[i]]. */
  private readonly registryIds: CellId[]
  private tags: Int32Array<ArrayBuffer>
  private readonly values: Val<V>[]
  /** Per cell, its function's number in `runList` (0: an input). */
  private runs: Int32Array<ArrayBuffer>
  private readonly runList: RunList<V>
  /** Per cell, DerivedSpec.sum (−1: evaluated by its run). */
  private sums: Int32Array<ArrayBuffer>
  private readonly depStart: Int32Array
  private readonly depEnd: Int32Array
  private readonly depList: Int32Array
  private readonly outStart: Int32Array
  private readonly outList: Int32Array
  /** Cells numbered below this keep their dependencies in the CSR arrays unless overridden. */
  private readonly baseCount: number
  /**
   * Structural edits (see `restructure`): the dependencies of cells added or redeclared since
   * construction, and dependents added to a cell. Dependents are never taken out of the CSR
   * arrays: a stale dependent is only recomputed once more to the same value.
   */
  private readonly depOver = new Map<number, Int32Array>()
  private readonly outExtra = new Map<number, number[]>()
  /** Topological rank: every cell's rank is greater than each of its dependencies'. */
  private rank: Int32Array
  private cyclic: Uint8Array
  /** Scratch flags for `set`: whether a cell is already queued. */
  private queued: Uint8Array
  /** Cells removed by a structural edit (their slots are not reused). */
  private dead: Uint8Array
  private deadCount = 0
  private readonly same: (a: V, b: V) => boolean
  private readonly resolve: ((id: CellId) => V | undefined) | undefined

  constructor(spec: GraphSpec<V>) {
    this.same = spec.same ?? Object.is
    this.resolve = spec.resolve
    const cells = spec.cells ?? new CellTable<V>()
    for (const [id, value] of spec.inputs ?? []) cells.input(cells.slot(id), value)
    // Map keys are unique, so a clash can only be with an input.
    for (const [id, d] of spec.derived ?? []) cells.derive(cells.slot(id), d)
    cells.done()
    const { index, values, runs, sums } = cells
    this.index = index
    this.registryIds = cells.registryIds
    this.tags = cells.tags
    this.values = values
    this.runs = runs
    this.runList = cells.runList
    this.runList.adopted()
    this.sums = sums
    const n = (this.count = cells.count)
    const id = (i: number): CellId => this.registryIds[this.tags[i]!]!
    const depStart = grown(cells.depStart, n)
    const depEnd = grown(cells.depEnd, n)
    const depList = cells.depList
    // Dependents: count, prefix-sum, fill.
    const outStart = new Int32Array(n + 1)
    let edges = 0
    for (let i = 0; i < n; i++) {
      if (!runs[i]) {
        depStart[i] = depEnd[i] = 0
        continue
      }
      values[i] = UNEVALUATED
      for (let e = depStart[i]!; e < depEnd[i]!; e++) outStart[depList[e]! + 1]!++
      edges += depEnd[i]! - depStart[i]!
    }
    for (let i = 0; i < n; i++) outStart[i + 1]! += outStart[i]!
    const outList = new Int32Array(edges)
    const fill = outStart.slice(0, n)
    for (let i = 0; i < n; i++) {
      for (let e = depStart[i]!; e < depEnd[i]!; e++) outList[fill[depList[e]!]!++] = i
    }
    this.depStart = depStart
    this.depEnd = depEnd
    this.depList = depList
    this.outStart = outStart
    this.outList = outList
    this.baseCount = n
    this.rank = new Int32Array(n)
    this.cyclic = new Uint8Array(n)
    this.queued = new Uint8Array(n)
    this.dead = new Uint8Array(n)
    // A cell numbered but declared nowhere is a dependency (resolved: an input, or MISSING) or,
    // read by nothing, not part of the graph.
    for (let i = 0; i < n; i++) {
      if (values[i] !== UNSET || runs[i]) continue
      if (outStart[i + 1]! > outStart[i]!) {
        const value = spec.resolve?.(id(i))
        values[i] = value === undefined ? missing(id(i)) : value
      } else {
        this.dead[i] = 1
        this.deadCount++
        index.delete(id(i))
      }
    }
    const order = this.rankAcyclic() ?? this.rankAll()
    // Either order lists dependencies before dependents, so one pass evaluates everything.
    for (let x = 0; x < n; x++) {
      const i = order[x]!
      if (runs[i]) values[i] = this.evaluate(i)
    }
  }

  /**
   * Ranks by longest path and returns the cells in an order where dependencies come first, by
   * Kahn's algorithm (one pass over the dependents, cheaper than Tarjan's bookkeeping). A cycle
   * leaves cells unplaced: then undefined, ranks back to zero, and `rankAll` marks the cycles.
   */
  private rankAcyclic(): Int32Array | undefined {
    const n = this.count
    const { depStart, depEnd, outStart, outList, rank } = this
    const order = new Int32Array(n)
    /** Per cell, its dependencies not yet placed in the order. */
    const left = new Int32Array(n)
    let placed = 0
    for (let i = 0; i < n; i++) {
      left[i] = depEnd[i]! - depStart[i]!
      if (left[i] === 0) order[placed++] = i
    }
    for (let next = 0; next < placed; next++) {
      const u = order[next]!
      const r = rank[u]! + 1
      for (let e = outStart[u]!; e < outStart[u + 1]!; e++) {
        const d = outList[e]!
        if (rank[d]! < r) rank[d] = r
        if (--left[d]! === 0) order[placed++] = d
      }
    }
    if (placed === n) return order
    rank.fill(0)
    return undefined
  }

  /**
   * Tarjan's SCC, iterative (deep chains must not overflow the stack); marks cycles, ranks by
   * longest path, and returns the cells in an order where dependencies come first.
   */
  private rankAll(): Int32Array {
    const n = this.count
    const { depStart, depEnd, depList, rank, cyclic } = this
    const idx = new Int32Array(n).fill(-1)
    const low = new Int32Array(n)
    const onStack = new Uint8Array(n)
    const stack = new Int32Array(n)
    let sp = 0
    const order = new Int32Array(n)
    let emitted = 0
    // The explicit call stack: a cell and the position of the next dependency to visit.
    const callV = new Int32Array(n)
    const callE = new Int32Array(n)
    let counter = 0
    for (let s = 0; s < n; s++) {
      if (idx[s] !== -1) continue
      let top = 0
      callV[0] = s
      callE[0] = depStart[s]!
      idx[s] = low[s] = counter++
      stack[sp++] = s
      onStack[s] = 1
      while (top >= 0) {
        const v = callV[top]!
        if (callE[top]! < depEnd[v]!) {
          const w = depList[callE[top]!++]!
          if (idx[w] === -1) {
            idx[w] = low[w] = counter++
            stack[sp++] = w
            onStack[w] = 1
            top++
            callV[top] = w
            callE[top] = depStart[w]!
          } else if (onStack[w] && idx[w]! < low[v]!) low[v] = idx[w]!
          continue
        }
        top--
        if (top >= 0) {
          const parent = callV[top]!
          if (low[v]! < low[parent]!) low[parent] = low[v]!
        }
        if (low[v] !== idx[v]) continue
        const first = emitted
        let w: number
        do {
          w = stack[--sp]!
          onStack[w] = 0
          order[emitted++] = w
        } while (w !== v)
        if (emitted - first > 1) for (let x = first; x < emitted; x++) cyclic[order[x]!] = 1
        else for (let e = depStart[v]!; e < depEnd[v]!; e++) if (depList[e] === v) cyclic[v] = 1
        // Members of a cycle only ever hold the CYCLE error, so their order among themselves is moot.
        for (let x = first; x < emitted; x++) {
          const u = order[x]!
          let r = 0
          for (let e = depStart[u]!; e < depEnd[u]!; e++) {
            const dr = rank[depList[e]!]! + 1
            if (dr > r) r = dr
          }
          rank[u] = r
        }
      }
    }
    return order
  }

  private evaluate(i: number): Val<V> {
    if (this.cyclic[i]) return { error: 'CYCLE', message: '循环引用' }
    const { values } = this
    const over = this.depOver.size > 0 ? this.depOver.get(i) : undefined
    const list = over ?? this.depList
    const a = over ? 0 : this.depStart[i]!
    const n = over ? over.length : this.depEnd[i]! - a
    const plus = this.sums[i]!
    if (plus >= 0) {
      // Summed in a double while every value and partial sum is a safe integer (exact; one
      // bigint for the result instead of one per addition), else again in bigints.
      let d = 0
      let k = 0
      for (; k < n; k++) {
        const v = values[list[a + k]!]
        if (typeof v !== 'bigint') break
        const x = Number(v)
        d = k < plus ? d + x : d - x
        if (!(x <= MAX_SAFE && x >= -MAX_SAFE && d <= MAX_SAFE && d >= -MAX_SAFE)) break
      }
      if (k === n) return BigInt(d) as V
      let t = 0n
      for (k = 0; k < n; k++) {
        const v = values[list[a + k]!]
        if (typeof v !== 'bigint') break
        t = k < plus ? t + v : t - v
      }
      if (k === n) return t as V
    }
    const args: V[] = new Array<V>(n)
    for (let k = 0; k < args.length; k++) {
      const v = values[list[a + k]!]!
      if (isCellError(v)) return v
      args[k] = v as V
    }
    try {
      return this.runList.fns[this.runs[i]!]!(...args)
    } catch (e) {
      return { error: 'EVAL', message: e instanceof Error ? e.message : String(e) }
    }
  }

  /** The number of cell `id` (stable for the graph's life: removed cells' numbers are not reused). */
  slot(id: CellId): number | undefined {
    return this.index.get(id)
  }

  has(id: CellId): boolean {
    return this.index.has(id)
  }

  get(id: CellId): Val<V> | undefined {
    const i = this.index.get(id)
    return i === undefined ? undefined : this.values[i]
  }

  isInput(id: CellId): boolean {
    const i = this.index.get(id)
    return i !== undefined && this.runs[i] === 0
  }

  dependenciesOf(id: CellId): CellId[] {
    const i = this.index.get(id)
    return i === undefined ? [] : Array.from(this.deps(i), (d) => this.id(d))
  }

  /** The current dependencies of cell i. */
  private deps(i: number): ArrayLike<number> {
    const over = this.depOver.get(i)
    if (over) return over
    return i < this.baseCount ? this.depList.subarray(this.depStart[i]!, this.depEnd[i]!) : EMPTY
  }

  /** Calls fn for every dependent of cell i (stale ones included: recomputing them is harmless). */
  private forDependents(i: number, fn: (d: number) => void): void {
    if (i < this.baseCount) for (let e = this.outStart[i]!; e < this.outStart[i + 1]!; e++) fn(this.outList[e]!)
    const extra = this.outExtra.get(i)
    if (extra) for (const d of extra) fn(d)
  }

  /**
   * Set input cells in one transaction; recompute only what depends on them, in rank order,
   * cutting off where a value did not change. Returns every cell whose value changed.
   */
  set(changes: Iterable<readonly [CellId, V]>): CellId[] {
    // The last value given for a cell wins; a cell set and set back within one batch did not change.
    const finals = new Map<number, V>()
    for (const [id, value] of changes) {
      const i = this.index.get(id)
      if (i === undefined || this.runs[i] !== 0) throw new Error(`${id} is not an input cell`)
      finals.set(i, value)
    }
    return this.propagate(finals, [])
  }

  /** Sets `finals`, evaluates `dirty`, and recomputes what depends on either in rank order. */
  private propagate(finals: ReadonlyMap<number, V>, dirty: readonly number[]): CellId[] {
    const changed: CellId[] = []
    const heap = new RankHeap(this.rank)
    const { queued, dead } = this
    const simple = this.outExtra.size === 0
    const { outStart, outList } = this
    const push = (d: number): void => {
      if (!queued[d] && !dead[d]) {
        queued[d] = 1
        heap.push(d)
      }
    }
    const enqueueDependents = (i: number): void => {
      if (simple && i < this.baseCount) for (let e = outStart[i]!; e < outStart[i + 1]!; e++) push(outList[e]!)
      else this.forDependents(i, push)
    }
    for (const i of dirty) push(i)
    try {
      for (const [i, value] of finals) {
        const id = this.id(i)
        const old = this.values[i]!
        if (!isCellError(old) && this.same(old as V, value)) continue
        this.values[i] = value
        changed.push(id)
        enqueueDependents(i)
      }
      while (heap.size) {
        const i = heap.pop()
        queued[i] = 0
        const old = this.values[i]!
        const next = this.evaluate(i)
        if (sameVal(old, next, this.same)) continue
        this.values[i] = next
        changed.push(this.id(i))
        enqueueDependents(i)
      }
    } finally {
      // A throw part-way (an unknown input) must not leave stale queue flags behind.
      while (heap.size) queued[heap.pop()] = 0
    }
    return changed
  }

  /** Every cell id with its value (for full-state comparisons in tests). */
  *entries(): IterableIterator<[CellId, Val<V>]> {
    for (let i = 0; i < this.count; i++) if (!this.dead[i]) yield [this.id(i), this.values[i]!]
  }

  get size(): number {
    return this.count - this.deadCount
  }

  /** Whether some live cell currently depends on `id`. */
  hasDependents(id: CellId): boolean {
    const i = this.index.get(id)
    if (i === undefined) return false
    let found = false
    this.forDependents(i, (d) => {
      if (!found && !this.dead[d]) for (const x of Array.from(this.deps(d))) if (x === i) found = true
    })
    return found
  }

  /**
   * A structural edit without rebuilding (HyperFormula's addNode/removeNode): remove cells,
   * declare inputs (new, or a derived cell turned input, or a new value) and derived cells (new
   * or with new dependencies), then recompute only what they touch, in rank order with early
   * cutoff. Returns every cell whose value changed. Throws CycleError when the edit would close
   * a cycle (the caller rebuilds; the tables never do).
   */
  restructure(change: StructuralChange<V>): CellId[] {
    if (this.cyclic.includes(1)) throw new CycleError()
    const { index } = this
    const dirty: number[] = []
    const finals = new Map<number, V>()
    const removed: CellId[] = []
    for (const id of change.remove ?? []) {
      const i = index.get(id)
      if (i === undefined) continue
      this.dead[i] = 1
      this.deadCount++
      index.delete(id)
      this.depOver.delete(i)
      this.runs[i] = 0
      this.values[i] = UNEVALUATED
      removed.push(id)
    }
    for (const [id, value] of change.inputs ?? []) {
      const i = index.get(id)
      if (i === undefined) {
        finals.set(this.append(id, UNEVALUATED, 0), value)
        continue
      }
      if (this.runs[i] !== 0) {
        // A derived cell becomes an input: it depends on nothing any more.
        this.runs[i] = 0
        this.sums[i] = -1
        this.depOver.set(i, EMPTY)
      }
      finals.set(i, value)
    }
    const declared: [number, DerivedSpec<V>][] = []
    for (const [id, spec] of change.derived ?? []) {
      let i = index.get(id)
      if (i === undefined) i = this.append(id, UNEVALUATED, this.runList.at(spec.run))
      else this.runs[i] = this.runList.at(spec.run)
      this.sums[i] = spec.sum ?? -1
      declared.push([i, spec])
    }
    // Dependencies are resolved after every new cell is known, as in the constructor.
    for (const [i, spec] of declared) {
      const deps = new Int32Array(spec.deps.length)
      spec.deps.forEach((dep, k) => {
        let j = index.get(dep)
        if (j === undefined) {
          const value = (change.resolve ?? this.resolve)?.(dep)
          j = this.append(dep, value === undefined ? missing(dep) : value, 0)
        }
        deps[k] = j
        let extra = this.outExtra.get(j)
        if (!extra) this.outExtra.set(j, (extra = []))
        extra.push(i)
      })
      this.depOver.set(i, deps)
      dirty.push(i)
    }
    this.rerank(declared.map(([i]) => i))
    this.runList.trim(this.runs, this.count)
    return [...removed, ...this.propagate(finals, dirty)]
  }

  /** The id of cell i. */
  private id(i: number): CellId {
    return this.registryIds[this.tags[i]!]!
  }

  private append(id: CellId, value: Val<V>, run: number): number {
    const i = this.count++
    this.index.set(id, i)
    if (i >= this.tags.length) {
      this.tags = grown(this.tags, i + 1)
      this.runs = grown(this.runs, i + 1)
      this.sums = grown(this.sums, i + 1)
    }
    this.tags[i] = this.index.tagOf(id)
    this.values.push(value)
    this.runs[i] = run
    this.sums[i] = -1
    if (i >= this.rank.length) {
      const grow = <T extends Int32Array | Uint8Array>(a: T, make: (n: number) => T): T => {
        const b = make(Math.max(16, a.length * 2))
        b.set(a)
        return b
      }
      this.rank = grow(this.rank, (n) => new Int32Array(n))
      this.cyclic = grow(this.cyclic, (n) => new Uint8Array(n))
      this.queued = grow(this.queued, (n) => new Uint8Array(n))
      this.dead = grow(this.dead, (n) => new Uint8Array(n))
    }
    this.rank[i] = 0
    return i
  }

  /** Ranks of redeclared cells from their dependencies, then raised along their dependents as needed. */
  private rerank(cells: readonly number[]): void {
    const limit = this.count
    const raise = (start: number): void => {
      const stack = [start]
      let steps = 0
      while (stack.length) {
        const i = stack.pop()!
        let r = 0
        for (const d of Array.from(this.deps(i))) if (this.rank[d]! + 1 > r) r = this.rank[d]! + 1
        if (r <= this.rank[i]! && i !== start) continue
        if (r > limit || ++steps > limit * 4) throw new CycleError()
        this.rank[i] = r
        this.forDependents(i, (d) => {
          if (!this.dead[d] && this.rank[d]! <= r) stack.push(d)
        })
      }
    }
    for (const i of cells) raise(i)
  }
}

export interface StructuralChange<V> {
  remove?: Iterable<CellId>
  inputs?: Iterable<readonly [CellId, V]>
  derived?: Iterable<readonly [CellId, DerivedSpec<V>]>
  /** As GraphSpec.resolve, for dependencies first met in this change (default: the constructor's). */
  resolve?: (id: CellId) => V | undefined
}

/** A structural edit that would make a cycle: rebuild instead. */
export class CycleError extends Error {
  constructor() {
    super('structural edit closes a cycle')
  }
}

const EMPTY = new Int32Array(0)
const MAX_SAFE = Number.MAX_SAFE_INTEGER

const missing = (id: CellId): CellError => ({ error: 'MISSING', message: `引用的单元格 ${id} 不存在` })

function sameVal<V>(a: V | CellError, b: V | CellError, same: (a: V, b: V) => boolean): boolean {
  const ea = isCellError(a)
  const eb = isCellError(b)
  if (ea || eb) return ea && eb && a.error === b.error && a.message === b.message
  return same(a, b)
}

/** Binary min-heap of cell indices ordered by topological rank. */
class RankHeap {
  private readonly items: number[] = []
  constructor(private readonly rank: Int32Array) {}
  get size(): number {
    return this.items.length
  }
  push(x: number): void {
    const a = this.items
    a.push(x)
    let i = a.length - 1
    while (i > 0) {
      const p = (i - 1) >> 1
      if (this.rank[a[p]!]! <= this.rank[x]!) break
      a[i] = a[p]!
      i = p
    }
    a[i] = x
  }
  pop(): number {
    const a = this.items
    const top = a[0]!
    const last = a.pop()!
    if (a.length) {
      let i = 0
      for (;;) {
        const l = 2 * i + 1
        if (l >= a.length) break
        const r = l + 1
        const c = r < a.length && this.rank[a[r]!]! < this.rank[a[l]!]! ? r : l
        if (this.rank[a[c]!]! >= this.rank[last]!) break
        a[i] = a[c]!
        i = c
      }
      a[i] = last
    }
    return top
  }
}
