// A small incremental evaluator, after actualbudget's spreadsheet and HyperFormula:
// each derived cell is declared as its dependencies plus a pure function; a batch of input
// changes recomputes only the dirty closure, in topological order, and stops propagating
// where a recomputed value did not change (early cutoff). Cells on a cycle get an error
// value instead of throwing, and an error flows on to whatever depends on it.

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
}

export interface GraphSpec<V> {
  inputs: ReadonlyMap<CellId, V>
  derived: ReadonlyMap<CellId, DerivedSpec<V>>
  /** Values equal under this test stop propagation (default: Object.is). */
  same?: (a: V, b: V) => boolean
}

type Val<V> = V | CellError

export class Graph<V> {
  private readonly index = new Map<CellId, number>()
  private readonly ids: CellId[] = []
  private readonly values: Val<V>[] = []
  private readonly deps: number[][] = []
  private readonly runs: (((...args: V[]) => V) | null)[] = []
  private readonly dependents: number[][] = []
  /** Topological rank: every cell's rank is greater than each of its dependencies'. */
  private readonly rank: Int32Array
  private readonly cyclic: Uint8Array
  private readonly same: (a: V, b: V) => boolean

  constructor(spec: GraphSpec<V>) {
    this.same = spec.same ?? Object.is
    for (const [id, value] of spec.inputs) this.add(id, value, [], null)
    for (const [id, d] of spec.derived) {
      if (this.index.has(id)) throw new Error(`cell ${id} is declared twice`)
      this.add(id, { error: 'MISSING', message: '' }, [], d.run)
    }
    // Dependencies are resolved after every cell is known, so declaration order does not matter.
    const missing: number[] = []
    for (const [id, d] of spec.derived) {
      const i = this.index.get(id)!
      this.deps[i] = d.deps.map((dep) => {
        let j = this.index.get(dep)
        if (j === undefined) {
          j = this.add(dep, { error: 'MISSING', message: `引用的单元格 ${dep} 不存在` }, [], null)
          missing.push(j)
        }
        this.dependents[j]!.push(i)
        return j
      })
    }
    const n = this.ids.length
    this.rank = new Int32Array(n)
    this.cyclic = new Uint8Array(n)
    this.rankAll()
    this.recomputeAllInRankOrder()
  }

  private add(id: CellId, value: Val<V>, deps: number[], run: ((...args: V[]) => V) | null): number {
    const i = this.ids.length
    this.index.set(id, i)
    this.ids.push(id)
    this.values.push(value)
    this.deps.push(deps)
    this.runs.push(run)
    this.dependents.push([])
    return i
  }

  /** Tarjan's SCC, iterative (deep chains must not overflow the stack); ranks by longest path. */
  private rankAll(): void {
    const n = this.ids.length
    const idx = new Int32Array(n).fill(-1)
    const low = new Int32Array(n)
    const onStack = new Uint8Array(n)
    const stack: number[] = []
    const order: number[] = [] // reverse topological order of SCCs, flattened
    let counter = 0
    const work: { v: number; e: number }[] = []
    for (let s = 0; s < n; s++) {
      if (idx[s] !== -1) continue
      work.push({ v: s, e: 0 })
      while (work.length) {
        const top = work[work.length - 1]!
        const v = top.v
        if (top.e === 0 && idx[v] === -1) {
          idx[v] = low[v] = counter++
          stack.push(v)
          onStack[v] = 1
        }
        const ds = this.deps[v]!
        if (top.e < ds.length) {
          const w = ds[top.e++]!
          if (idx[w] === -1) work.push({ v: w, e: 0 })
          else if (onStack[w]) low[v] = Math.min(low[v]!, idx[w]!)
          continue
        }
        work.pop()
        if (work.length) {
          const parent = work[work.length - 1]!.v
          low[parent] = Math.min(low[parent]!, low[v]!)
        }
        if (low[v] === idx[v]) {
          const scc: number[] = []
          let w: number
          do {
            w = stack.pop()!
            onStack[w] = 0
            scc.push(w)
          } while (w !== v)
          const selfLoop = scc.length === 1 && this.deps[v]!.includes(v)
          if (scc.length > 1 || selfLoop) for (const c of scc) this.cyclic[c] = 1
          order.push(...scc)
        }
      }
    }
    // `order` lists dependencies before dependents (Tarjan emits sinks of the dep graph first).
    for (const v of order) {
      // Members of a cycle only ever hold the CYCLE error, so their order among themselves is moot.
      let r = 0
      for (const d of this.deps[v]!) r = Math.max(r, this.rank[d]! + 1)
      this.rank[v] = r
    }
  }

  private recomputeAllInRankOrder(): void {
    const order = [...this.ids.keys()].sort((a, b) => this.rank[a]! - this.rank[b]!)
    for (const i of order) if (this.runs[i]) this.values[i] = this.evaluate(i)
  }

  private evaluate(i: number): Val<V> {
    if (this.cyclic[i]) return { error: 'CYCLE', message: '循环引用' }
    const args: V[] = []
    for (const d of this.deps[i]!) {
      const v = this.values[d]!
      if (isCellError(v)) return v
      args.push(v as V)
    }
    try {
      return this.runs[i]!(...args)
    } catch (e) {
      return { error: 'EVAL', message: e instanceof Error ? e.message : String(e) }
    }
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
    return i !== undefined && this.runs[i] === null
  }

  dependenciesOf(id: CellId): CellId[] {
    const i = this.index.get(id)
    return i === undefined ? [] : this.deps[i]!.map((d) => this.ids[d]!)
  }

  /**
   * Set input cells in one transaction; recompute only what depends on them, in rank order,
   * cutting off where a value did not change. Returns every cell whose value changed.
   */
  set(changes: Iterable<readonly [CellId, V]>): CellId[] {
    const changed: CellId[] = []
    const heap = new RankHeap(this.rank)
    const queued = new Set<number>()
    for (const [id, value] of changes) {
      const i = this.index.get(id)
      if (i === undefined || this.runs[i] !== null) throw new Error(`${id} is not an input cell`)
      const old = this.values[i]!
      if (!isCellError(old) && this.same(old as V, value)) continue
      this.values[i] = value
      changed.push(id)
      for (const d of this.dependents[i]!) if (!queued.has(d)) { queued.add(d); heap.push(d) }
    }
    while (heap.size) {
      const i = heap.pop()
      queued.delete(i)
      const old = this.values[i]!
      const next = this.evaluate(i)
      if (sameVal(old, next, this.same)) continue
      this.values[i] = next
      changed.push(this.ids[i]!)
      for (const d of this.dependents[i]!) if (!queued.has(d)) { queued.add(d); heap.push(d) }
    }
    return changed
  }

  /** Every cell id with its value (for full-state comparisons in tests). */
  *entries(): IterableIterator<[CellId, Val<V>]> {
    for (let i = 0; i < this.ids.length; i++) yield [this.ids[i]!, this.values[i]!]
  }

  get size(): number {
    return this.ids.length
  }
}

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
