// A graph keeps its cells' ids (as registry tags), functions (as numbers into a list of its
// functions, graph.ts RunList) and sums in typed arrays allocated ahead of the cells.
// A structural edit that redeclares a cell with a new function (a check declared again after an
// edit is a new closure over the book's rows) must not keep the old one alive for the rest of the
// session: the graph outlives every edit (Derivation.restructure hands it on). And cells appended
// past the arrays' capacity keep their ids, functions and sums.
import { describe, expect, it } from 'vitest'
import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'
import { Graph, type DerivedSpec } from '../../../shared/engine/graph'

setFlagsFromString('--expose-gc')
const gc = runInNewContext('gc') as () => void

async function collect(): Promise<void> {
  for (let k = 0; k < 3; k++) {
    gc()
    await new Promise((r) => setTimeout(r, 0))
  }
}

/** A check-like function closing over `rows` (what a redeclared check holds on to). */
function closureOver(rows: bigint[]): (a: bigint) => bigint {
  return (a) => a + rows[0]!
}

describe('Graph functions after structural edits', () => {
  /** 200 edits redeclaring x, and one adding then removing y: weak references to what the replaced functions held. */
  function edited(g: Graph<bigint>): WeakRef<bigint[]>[] {
    const refs: WeakRef<bigint[]>[] = []
    for (let k = 1; k <= 200; k++) {
      const rows = [BigInt(k)]
      if (k === 1) refs.push(new WeakRef(rows))
      g.restructure({ derived: [['x', { deps: ['a'], run: closureOver(rows) }]] })
      expect(g.get('x')).toBe(1n + BigInt(k))
    }
    const gone = [7n]
    refs.push(new WeakRef(gone))
    g.restructure({ derived: [['y', { deps: ['a'], run: closureOver(gone) }]] })
    expect(g.get('y')).toBe(8n)
    g.restructure({ remove: ['y'] })
    // Enough edits after the removal for the list to be trimmed again.
    for (let k = 201; k <= 400; k++) g.restructure({ derived: [['x', { deps: ['a'], run: closureOver([BigInt(k)]) }]] })
    return refs
  }

  it('lets go of a function no cell runs any more', async () => {
    const g = new Graph<bigint>({
      inputs: new Map([['a', 1n]]),
      derived: new Map<string, DerivedSpec<bigint>>([['x', { deps: ['a'], run: closureOver([0n]) }]]),
    })
    const [replaced, removed] = edited(g)
    await collect()
    expect(replaced!.deref()).toBeUndefined()
    expect(removed!.deref()).toBeUndefined()
    // The cells still run their own functions.
    g.set([['a', 10n]])
    expect(g.get('x')).toBe(410n)
    expect(g.has('y')).toBe(false)
  })

  it('keeps a function many cells share, and each cell its own', () => {
    const double = (a: bigint): bigint => 2n * a
    const g = new Graph<bigint>({
      inputs: new Map([['a', 1n]]),
      derived: new Map<string, DerivedSpec<bigint>>([['d0', { deps: ['a'], run: double }]]),
    })
    for (let k = 1; k <= 100; k++) {
      g.restructure({ derived: [[`d${k}`, { deps: ['a'], run: double }], [`e${k}`, { deps: ['a'], run: closureOver([BigInt(k)]) }]] })
      if (k % 3 === 0) g.restructure({ remove: [`e${k - 1}`] })
    }
    g.set([['a', 5n]])
    for (let k = 0; k <= 100; k++) expect(g.get(`d${k}`)).toBe(10n)
    for (let k = 1; k <= 100; k++) expect(g.get(`e${k}`)).toBe(k % 3 === 2 ? undefined : 5n + BigInt(k))
  })
})

describe('Graph cell arrays past their capacity', () => {
  it('appends thousands of cells to a small graph: ids, inputs, functions and sums stay with their cells', () => {
    const build = (): Graph<bigint> => new Graph<bigint>({
      inputs: new Map([['a', 1n], ['b', 2n]]),
      derived: new Map<string, DerivedSpec<bigint>>([['s', { deps: ['a', 'b'], run: (a, b) => a + b, sum: 2 }]]),
    })
    build()
    // Sized from the build before: a few cells ahead of 3, far fewer than are appended below.
    const g = build()
    const n = 5000
    for (let k = 0; k < n; k += 500) {
      const inputs: [string, bigint][] = []
      const derived: [string, DerivedSpec<bigint>][] = []
      for (let j = k; j < k + 500; j++) {
        inputs.push([`in${j}`, BigInt(j)])
        derived.push([`d${j}`, j % 2 ? { deps: [`in${j}`, 's'], run: (x, s) => x * s } : { deps: [`in${j}`, 'a'], run: () => -1n, sum: 1 }])
      }
      g.restructure({ inputs, derived })
    }
    g.restructure({ remove: ['d7'] })
    expect(g.size).toBe(3 + 2 * n - 1)
    const entries = new Map(g.entries())
    expect(entries.size).toBe(g.size)
    for (let j = 0; j < n; j++) {
      expect(g.isInput(`in${j}`)).toBe(true)
      expect(entries.get(`in${j}`)).toBe(BigInt(j))
      if (j === 7) {
        expect(g.has('d7')).toBe(false)
        continue
      }
      expect(g.isInput(`d${j}`)).toBe(false)
      // Odd: its run (×s); even: Σ of its first dependency − the rest (its run is never called).
      expect(entries.get(`d${j}`)).toBe(j % 2 ? BigInt(j) * 3n : BigInt(j) - 1n)
    }
    g.set([['a', 10n]])
    expect(g.get('d1')).toBe(12n)
    expect(g.get('d2')).toBe(2n - 10n)
    expect(() => g.set([['d3', 0n]])).toThrow('not an input cell')
  })
})
