// A build numbers a formula's references by the tags it carries (engine/showings.ts): a tag is a
// hint checked against the reference, so a formula whose tags name other cells (made before the
// tag registry was started afresh, or simply wrong) still reads the cells its ids name.
import { describe, expect, it } from 'vitest'
import { CellTable, Graph } from '../../../shared/engine/graph'
import { tagIn, tagRegistry } from '../../../shared/engine/cell-tags'
import { resolveFormula, ShownCounts } from '../../../shared/engine/showings'
import type { Formula } from '../../../shared/tables/types'

const sum = (...xs: bigint[]): bigint => xs.reduce((a, b) => a + b, 0n)

function graphOf(formula: Formula): Graph<bigint> {
  const cells = new CellTable<bigint>()
  cells.input(cells.slot('test!a'), 1n)
  cells.input(cells.slot('test!b'), 20n)
  cells.input(cells.slot('test!c'), 300n)
  const s = cells.slot('test!sum')
  cells.declare(s, sum, formula.plus.length)
  resolveFormula(cells, s, formula)
  return new Graph({ cells })
}

describe('resolveFormula', () => {
  const registry = tagRegistry()
  const [a, b, c] = ['test!a', 'test!b', 'test!c'].map((id) => tagIn(registry, id)) as [number, number, number]

  it('numbers references by the tags a formula carries', () => {
    const f = Object.assign({ plus: ['test!a', 'test!b'], minus: ['test!c'], explain: '' }, { tags: Int32Array.of(a, b, c) })
    expect(graphOf(f).get('test!sum')).toBe(1n + 20n - 300n)
    expect(graphOf(f).dependenciesOf('test!sum')).toEqual(['test!a', 'test!b', 'test!c'])
  })

  it('reads the cells the ids name when the tags name others', () => {
    const f = Object.assign({ plus: ['test!a', 'test!b'], minus: ['test!c'], explain: '' }, { tags: Int32Array.of(c, a, 2 ** 30) })
    expect(graphOf(f).get('test!sum')).toBe(1n + 20n - 300n)
    expect(graphOf(f).dependenciesOf('test!sum')).toEqual(['test!a', 'test!b', 'test!c'])
  })

  it('looks up a plain formula by its ids', () => {
    expect(graphOf({ plus: ['test!c', 'test!a'], explain: '' }).get('test!sum')).toBe(301n)
  })
})

describe('ShownCounts', () => {
  it('counts showings per cell and hands out exactly the cells numbered', () => {
    const shown = new ShownCounts()
    for (const i of [0, 3, 3, 5000]) shown.add(i)
    expect(Array.from(shown.take(4))).toEqual([1, 0, 0, 2])
    const all = shown.take(6000)
    expect(all.length).toBe(6000)
    expect(all[5000]).toBe(1)
  })
})
