// Property: a structural edit applied incrementally (Derivation.restructure: only the tables and
// checks reading the changed part of the book are laid out again, only the differing graph cells
// added, removed or redeclared) leaves exactly the state a fresh Derivation of the edited book has
// — same layouts, same value in every cell, same findings — after any mix of random structural
// edits (add / delete / rename a subject, a project, a unit, a 表六 row, a revenue row; unit type;
// department name, 部门/单位 scope), sometimes two at once, and amount edits.
import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { Derivation } from '../../../shared/engine/derivation'
import type { BudgetBook } from '../../../shared/model/book'
import { FUNCTION_SUBJECTS } from '../../../shared/catalog/functions'
import { DEPT_ECON_ITEMS } from '../../../shared/catalog/economic'
import * as edit from '../../../shared/edit'
import { arbBook, chance, fcRng, inputKeysOf, pick, randomEdit, type Rng } from '../support/random-book'

const BOOKS = Number(process.env.RESTRUCTURE_BOOKS ?? 150)
const STEPS = 12

const show = (v: unknown): string => (typeof v === 'bigint' ? `${v}n` : JSON.stringify(v) ?? String(v))

/** The first difference between the incremental and the fresh derivation, or null. */
export function difference(got: Derivation, want: Derivation): string | null {
  for (const [table, rows] of want.layouts) {
    if (JSON.stringify(got.layouts.get(table)) !== JSON.stringify(rows)) return `layout of ${table} differs`
  }
  const a = got.snapshot()
  const b = want.snapshot()
  for (const [ref, v] of b) {
    if (!a.has(ref)) return `${ref} missing from the incremental state`
    if (show(a.get(ref)) !== show(v)) return `${ref}: incremental ${show(a.get(ref))}, fresh ${show(v)}`
  }
  for (const ref of a.keys()) if (!b.has(ref)) return `${ref} only in the incremental state`
  if (JSON.stringify(got.findings()) !== JSON.stringify(want.findings())) return 'findings differ'
  return null
}

/** A random structural edit of `book` (refused edits give null). */
function structuralEdit(book: BudgetBook, rng: Rng): BudgetBook | null {
  const unit = book.units.length ? pick(rng, book.units) : undefined
  const project = book.projects.length ? pick(rng, book.projects) : undefined
  const subject = book.subjects.length ? pick(rng, book.subjects) : undefined
  const econ = book.econ.length ? pick(rng, book.econ) : undefined
  const name = `名称${rng.int(0, 99)}`
  const r = rng.int(0, 15)
  const result =
    r === 0 && unit ? edit.addProject(book, unit.id, chance(rng, 0.7) ? 'current' : 'carry', name)
    : r === 1 && project ? edit.removeProject(book, project.id)
    : r === 2 && project ? edit.renameProject(book, project.id, chance(rng, 0.2) ? '' : name)
    : r === 3 ? edit.addSubject(book, pick(rng, FUNCTION_SUBJECTS.filter((s) => s.code.length === 7)).code)
    : r === 4 && subject ? edit.removeSubject(book, subject.code)
    : r === 5 && subject ? edit.renameSubject(book, subject.code, name)
    : r === 6 ? edit.addUnit(book, name)
    : r === 7 && unit && book.units.length > 1 ? edit.removeUnit(book, unit.id)
    : r === 8 && unit ? edit.renameUnit(book, unit.id, name)
    : r === 9 && unit ? edit.setUnitType(book, unit.id, pick(rng, ['行政', '参公', '事业'] as const))
    : r === 10 ? edit.addEconLine(book, pick(rng, DEPT_ECON_ITEMS.filter((e) => e.code.length === 5)).name)
    : r === 11 && econ ? edit.removeEconLine(book, econ.id)
    : r === 12 && econ ? edit.renameEconDept(book, econ.id, name)
    : r === 13 ? edit.setDepartment(book, name)
    : r === 14 && book.govFundRevenue.length ? edit.removeRevenueLine(book, 't7', pick(rng, book.govFundRevenue).code)
    : r === 15 ? edit.setScope(book, book.scope === '部门' ? '单位' : '部门')
    : null
  return result?.ok ? result.book : null
}

describe('Derivation.restructure', () => {
  it(`equals a full rebuild after random structural and amount edits (${BOOKS} books × ${STEPS} steps)`, () => {
    fc.assert(
      fc.property(arbBook, fc.gen(), (start, g) => {
        const rng = fcRng(g)
        let d = new Derivation(start)
        for (let step = 0; step < STEPS; step++) {
          if (chance(rng, 0.4)) {
            const keys = inputKeysOf(d.layouts)
            if (keys.length) d.setAmounts([randomEdit(d.book, rng, keys)])
            continue
          }
          let next = structuralEdit(d.book, rng)
          if (!next) continue
          // Now and then two edits at once (an undo of several, a future compound edit): a layout
          // then changes in two places, and rows between and after them are paired by position.
          if (chance(rng, 0.3)) next = structuralEdit(next, rng) ?? next
          d = d.restructure(next)
          // The fresh derivation reads a copy sharing no object with the edited book, so layouts
          // or checks kept per book object (rows per project …) cannot hide a stale entry.
          const diff = difference(d, new Derivation(structuredClone(next)))
          if (diff) throw new Error(`step ${step}: ${diff}`)
        }
      }),
      { numRuns: BOOKS },
    )
  })

  it('adds one project without laying out the subject tables again', () => {
    const book = fc.sample(arbBook, { seed: 7, numRuns: 1 })[0]!
    const d = new Derivation(book)
    const added = edit.addProject(book, book.units[0]!.id, 'current', '新项目')
    if (!added.ok) throw new Error(added.message)
    const next = d.restructure(added.book)
    expect(next.layouts.get('t2')).toBe(d.layouts.get('t2'))
    expect(next.layouts.get('t12')).not.toBe(d.layouts.get('t12'))
    // A copy shares no part with the edited book, so this build lays every table out anew.
    expect(difference(next, new Derivation(structuredClone(added.book)))).toBeNull()
  })
})
