// A build allocates its cell arrays at the size of the build before (graph.ts CellTable): a
// large department, then a one-unit book, then the large one again must each compute exactly
// what a build sharing nothing with them computes — no cell of one build may show in the next.
import { describe, expect, it } from 'vitest'
import { Derivation } from '../../../shared/engine/derivation'
import type { BudgetBook } from '../../../shared/model/book'
import { randomBook } from '../support/random-book'

const values = (d: Derivation): Map<string, unknown> => new Map(d.snapshot())

describe('CellTable sized from the build before', () => {
  it('a small book after a large one, and the large one again, as if each were built first', () => {
    const large: BudgetBook = randomBook(11)
    const r = randomBook(12)
    const unit = r.units[0]!
    const small: BudgetBook = { ...r, units: [unit], subjects: r.subjects.slice(0, 3), econ: r.econ.slice(0, 3), projects: [], runningCosts: r.runningCosts.filter((c) => c.unitId === unit.id) }
    const first = new Derivation(structuredClone(large))
    const afterLarge = new Derivation(structuredClone(small))
    const again = new Derivation(structuredClone(large))
    expect(afterLarge.cellCount).toBeLessThan(first.cellCount)
    expect(values(afterLarge)).toEqual(values(new Derivation(structuredClone(small))))
    expect(afterLarge.findings()).toEqual(new Derivation(structuredClone(small)).findings())
    expect(values(again)).toEqual(values(first))
    expect(again.cellCount).toBe(first.cellCount)
  })
})
