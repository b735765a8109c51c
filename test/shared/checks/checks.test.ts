// The consistency checks C1–C10 live in the specs of the tables their findings point at, and the
// standard TableSet collects them from there: every finding of a table's check group points first
// at that table (a group covering 表十二 and 表十三 alike sits with 表十二), the findings are listed
// C1 … C10, and the engine lists exactly what the groups find, in the set's order.
import { describe, expect, it } from 'vitest'
import { Derivation } from '../../../shared/engine/derivation'
import { CHECK_TITLES, checkTitle, type CheckGroup, type Finding } from '../../../shared/checks/checks'
import { STANDARD_TABLES, withTables } from '../../../shared/tables'
import type { TableId } from '../../../shared/tables/ids'
import type { TableDef } from '../../../shared/tables/types'
import { randomBook, randomEdit, seededRng } from '../support/random-book'
import { t14 } from '../tables/toy-table'

/** Random books with a few edits, some negative: together they make every check C1–C10 fire. */
function books(): Derivation[] {
  return Array.from({ length: 24 }, (_, i) => {
    const d = new Derivation(randomBook(i))
    const rng = seededRng(i + 1000)
    for (let k = 0; k < 5; k++) {
      const [key, v] = randomEdit(d.book, rng)
      d.setAmounts([[key, i % 2 ? -v : v]])
    }
    return d
  })
}

/** What a group finds in the derivation's current state (its checks evaluated on the engine's values). */
function findingsOf(group: CheckGroup, d: Derivation): Finding[] {
  return group.declare(d.book).flatMap((spec) => spec.run(...spec.deps.map((dep) => {
    const v = d.value(dep)
    return typeof v === 'bigint' ? v : 0n
  })))
}

const owner = (group: CheckGroup): TableDef => STANDARD_TABLES.all.find((t) => t.checks?.includes(group))!
const number = (check: string): number => Number(check.slice(1))

describe('the standard checks on the table specs', () => {
  const derivations = books()

  it('are all collected from the specs of the 13 tables and the entry sheet', () => {
    const fromSpecs = STANDARD_TABLES.all.flatMap((t) => t.checks ?? [])
    expect(new Set(STANDARD_TABLES.checks)).toEqual(new Set(fromSpecs))
    expect(STANDARD_TABLES.checks).toHaveLength(fromSpecs.length)
    expect(Object.keys(CHECK_TITLES)).toEqual(['C1', 'C2', 'C3', 'C4', 'C5', 'C6', 'C7', 'C8', 'C9', 'C10'])
    expect(checkTitle('C5')).toBe('表九收入合计 = 表九支出合计')
  })

  it('sit with the table their findings point at first', () => {
    const seen = new Set<string>()
    for (const d of derivations) {
      for (const group of STANDARD_TABLES.checks) {
        const table = owner(group).id
        for (const f of findingsOf(group, d)) {
          seen.add(f.check)
          const first: TableId | undefined = f.cells[0]?.table
          // C8 and C10 of projects cover both project tables and sit with the first, 表十二.
          expect(first === table || (table === 't12' && first === 't13'), `${f.check} ${group.name} on ${table} points at ${first}: ${f.message}`).toBe(true)
        }
      }
    }
    expect([...seen].sort((a, b) => number(a) - number(b))).toEqual(Object.keys(CHECK_TITLES))
  })

  it('list their findings C1 … C10, C10 as the book is entered: subjects, projects, 表六, revenue, 表十, 表十一', () => {
    const checks = STANDARD_TABLES.checks
    // The check a group declares (its nodes, whether or not they find anything in these books).
    const firstCheck = (g: CheckGroup): number => Math.min(...derivations.flatMap((d) => g.declare(d.book).map((spec) => number(spec.check))))
    const order = checks.map(firstCheck)
    expect(order).toEqual([...order].sort((a, b) => a - b))
    expect(checks.filter((g) => firstCheck(g) === 10).map((g) => owner(g).id)).toEqual(['detail', 't12', 't6', 't7', 't9', 't10', 't11'])
  })

  it('are what the engine lists, group by group in the set\'s order', () => {
    for (const d of derivations) expect(d.findings()).toEqual(STANDARD_TABLES.checks.flatMap((g) => findingsOf(g, d)))
  })

  it('keep their order in a set that adds a table, whose own checks are listed after them', () => {
    const set = withTables(STANDARD_TABLES, t14)
    expect(set.checks.slice(0, STANDARD_TABLES.checks.length)).toEqual(STANDARD_TABLES.checks)
    expect(set.checks.slice(STANDARD_TABLES.checks.length)).toEqual(t14.checks)
  })
})
