// A table's layout and a check group's checks are kept with the parts of the book they read:
// a build from the same parts reuses them, a build after any of those parts changed (or the
// entry unit) lays out again, and a reused layout gives exactly the values a fresh build gives.
import { describe, expect, it } from 'vitest'
import { Derivation } from '../../../shared/engine/derivation'
import { byParts } from '../../../shared/engine/by-parts'
import { STANDARD_TABLES } from '../../../shared/tables'
import { convertUnit } from '../../../shared/model/convert-unit'
import * as edit from '../../../shared/edit'
import { randomBook } from '../support/random-book'

describe('byParts', () => {
  it('makes again exactly when a part read, or the entry unit, changed', () => {
    const owner = {}
    let made = 0
    const make = (): number => ++made
    const book = randomBook(3)
    expect(byParts(owner, ['subjects', 'projects'], book, make)).toBe(1)
    expect(byParts(owner, ['subjects', 'projects'], { ...book, econ: [...book.econ] }, make)).toBe(1)
    expect(byParts(owner, ['subjects', 'projects'], { ...book, projects: [...book.projects] }, make)).toBe(2)
    expect(byParts(owner, ['subjects', 'projects'], { ...book, amountUnit: book.amountUnit === '元' ? '万元' : '元' }, make)).toBe(3)
    expect(byParts(owner, undefined, book, make)).toBe(4)
    expect(byParts(owner, undefined, book, make)).toBe(5)
  })

  it('reuses the open book\'s layouts for a second build, and lays out again what an edit changed', () => {
    const book = randomBook(5)
    const d = new Derivation(book)
    const again = new Derivation(book)
    for (const def of STANDARD_TABLES.all) expect(again.layouts.get(def.id)).toBe(d.layouts.get(def.id))
    const added = edit.addProject(book, book.units[0]!.id, 'current', '新项目')
    if (!added.ok) throw new Error(added.message)
    const next = new Derivation(added.book)
    expect(next.layouts.get('t12')).not.toBe(d.layouts.get('t12'))
    expect(next.layouts.get('t2')).toBe(d.layouts.get('t2'))
    // The reused layouts compute what a build sharing nothing with the book computes.
    expect(new Map(next.snapshot())).toEqual(new Map(new Derivation(structuredClone(added.book)).snapshot()))
    expect(next.findings()).toEqual(new Derivation(structuredClone(added.book)).findings())
  })

  it('lays out again after a change of entry unit', () => {
    const book = randomBook(8)
    const d = new Derivation(book)
    const e = new Derivation(convertUnit(book, book.amountUnit === '元' ? '万元' : '元'))
    expect(e.layouts.get('t1')).not.toBe(d.layouts.get('t1'))
  })
})
