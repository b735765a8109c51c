// Every table's layout and every check group's checks read only the parts of the book their spec
// names (`reads`): the engine reuses a layout or a check group built from the same parts
// (engine/by-parts.ts) and after a structural edit lays out again only what reads a changed part,
// so a part read but not named would be served stale. Read through a Proxy over random books of
// both scopes, with 上年数, known subjects and disclosure texts present.
import { describe, expect, it } from 'vitest'
import { STANDARD_TABLES } from '../../../shared/tables'
import type { BudgetBook } from '../../../shared/model/book'
import { randomBook } from '../support/random-book'

/** The top-level parts of `book` that `use` reads. */
function partsRead(book: BudgetBook, use: (book: BudgetBook) => unknown): Set<string> {
  const seen = new Set<string>()
  use(new Proxy(book, { get: (target, key) => (typeof key === 'string' && seen.add(key), Reflect.get(target, key)) }))
  return seen
}

describe('reads', () => {
  const books = Array.from({ length: 24 }, (_, i): BudgetBook => ({
    ...randomBook(i + 1),
    scope: i % 2 ? '单位' : '部门',
    prior: { year: 2025, figures: { total: '1' } },
    knownSubjects: { '2010101': '行政运行' },
    disclosure: { duties: '职责' },
  }))

  it('names every part a table\'s layout reads', () => {
    for (const def of STANDARD_TABLES.all) {
      if (!def.reads) continue
      for (const book of books) expect([...partsRead(book, (b) => def.build(b))].filter((k) => !def.reads!.includes(k as never)), def.id).toEqual([])
    }
  })

  it('names every part a check group reads (the entry unit is always part of the key)', () => {
    for (const group of STANDARD_TABLES.checks) {
      for (const book of books) {
        const extra = [...partsRead(book, (b) => group.declare(b))].filter((k) => k !== 'amountUnit' && !group.reads.includes(k as never))
        expect(extra, group.name).toEqual([])
      }
    }
  })
})
