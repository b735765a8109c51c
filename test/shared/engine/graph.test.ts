import { describe, it, expect } from 'vitest'
import fc from 'fast-check'
import { Graph, isCellError, type DerivedSpec } from '../../../shared/engine/graph'

const sum = (...xs: bigint[]): bigint => xs.reduce((a, b) => a + b, 0n)

describe('Graph', () => {
  it('recomputes only the dirty closure and reports changed cells', () => {
    const g = new Graph<bigint>({
      inputs: new Map([['a', 1n], ['b', 2n], ['c', 5n]]),
      derived: new Map<string, DerivedSpec<bigint>>([
        ['ab', { deps: ['a', 'b'], run: sum }],
        ['abc', { deps: ['ab', 'c'], run: sum }],
        ['c2', { deps: ['c'], run: (c) => c * 2n }],
      ]),
    })
    expect(g.get('abc')).toBe(8n)
    const changed = g.set([['a', 10n]])
    expect(changed.sort()).toEqual(['a', 'ab', 'abc'])
    expect(g.get('abc')).toBe(17n)
  })

  it('stops propagating when a recomputed value did not change', () => {
    let runs = 0
    const g = new Graph<bigint>({
      inputs: new Map([['a', 1n], ['b', 2n]]),
      derived: new Map<string, DerivedSpec<bigint>>([
        ['s', { deps: ['a', 'b'], run: sum }],
        ['t', { deps: ['s'], run: (s) => { runs++; return s } }],
      ]),
    })
    runs = 0
    g.set([['a', 2n], ['b', 1n]])
    expect(runs).toBe(0)
  })

  it('turns a cycle into an error value that flows to dependents, without throwing', () => {
    const g = new Graph<bigint>({
      inputs: new Map([['a', 1n]]),
      derived: new Map<string, DerivedSpec<bigint>>([
        ['x', { deps: ['y', 'a'], run: sum }],
        ['y', { deps: ['x'], run: sum }],
        ['z', { deps: ['y'], run: sum }],
        ['ok', { deps: ['a'], run: sum }],
      ]),
    })
    expect(isCellError(g.get('x')) && (g.get('x') as { error: string }).error).toBe('CYCLE')
    expect(isCellError(g.get('z'))).toBe(true)
    expect(g.get('ok')).toBe(1n)
    expect(() => g.set([['a', 3n]])).not.toThrow()
  })

  it('survives a 50,000-deep chain', () => {
    const derived = new Map<string, DerivedSpec<bigint>>()
    for (let i = 1; i <= 50_000; i++) derived.set(`n${i}`, { deps: [`n${i - 1}`], run: (x) => x + 1n })
    const g = new Graph<bigint>({ inputs: new Map([['n0', 0n]]), derived })
    expect(g.get('n50000')).toBe(50_000n)
    g.set([['n0', 1n]])
    expect(g.get('n50000')).toBe(50_001n)
  })

  it('incremental updates equal a fresh evaluation on random DAGs', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 30 }),
        fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 80 }),
        fc.array(fc.tuple(fc.nat(), fc.bigInt({ min: -1000n, max: 1000n })), { minLength: 1, maxLength: 20 }),
        (nInputs, edges, edits) => {
          const inputs = new Map<string, bigint>()
          for (let i = 0; i < nInputs; i++) inputs.set(`i${i}`, BigInt(i))
          const derived = new Map<string, DerivedSpec<bigint>>()
          const names = [...inputs.keys()]
          edges.forEach(([a, b], k) => {
            // Each derived cell depends on two earlier cells: a DAG by construction.
            const deps = [names[a % names.length]!, names[b % names.length]!]
            const id = `d${k}`
            derived.set(id, { deps, run: (x, y) => x - y * 2n })
            names.push(id)
          })
          const g = new Graph<bigint>({ inputs, derived })
          const current = new Map(inputs)
          for (const [which, value] of edits) {
            const id = `i${which % nInputs}`
            current.set(id, value)
            g.set([[id, value]])
          }
          const fresh = new Graph<bigint>({ inputs: current, derived })
          expect([...g.entries()]).toEqual([...fresh.entries()])
        },
      ),
      { numRuns: 300 },
    )
  })
})

describe('Graph.set batches', () => {
  it('reports a cell set and set back within one batch as unchanged, and nothing else', () => {
    const g = new Graph<bigint>({ inputs: new Map([['a', 1n]]), derived: new Map([['b', { deps: ['a'], run: (a: bigint) => a * 2n }]]) })
    expect(g.set([['a', 5n], ['a', 1n]])).toEqual([])
    expect(g.set([['a', 5n], ['a', 6n]])).toEqual(['a', 'b'])
    expect(g.get('b')).toBe(12n)
  })
})
