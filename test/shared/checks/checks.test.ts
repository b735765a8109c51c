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

  it('say how a comparison with a verb fails once: "大于表六 …，多 …", no "大于…不符"', () => {
    const book = { ...randomBook(0), amountUnit: '元' as const }
    const run = (check: string, values: bigint[]): string[] => STANDARD_TABLES.checks
      .flatMap((g) => g.declare(book)).filter((s) => s.check === check)
      .flatMap((s) => s.run(...values)).map((f) => f.message)
    // C6: 表十一 800,000.00 against 表六 公用经费 720,000.00 (values in 分).
    expect(run('C6', [80_000_000n, 72_000_000n])).toEqual([
      '表十一 机关运行经费（一般公共预算） 800,000.00 大于表六 公用经费合计 720,000.00，多 80,000.00 元',
    ])
    // C7: 表十 ②运行维护费 below the 表六 row of that name (C7 is declared only when 表六 has one).
    const withVehicle = { ...book, econ: [...book.econ, { ...book.econ[0]!, id: 'e-veh', deptCode: '30231', deptName: '公务用车运行维护费' }] }
    const c7 = STANDARD_TABLES.checks.flatMap((g) => g.declare(withVehicle)).filter((s) => s.check === 'C7')
    expect(c7.flatMap((s) => s.run(5_000_000n, ...s.deps.slice(1).map((_, i) => (i === 0 ? 6_000_000n : 0n)))).map((f) => f.message)).toEqual([
      '表十 ②公务用车运行维护费 50,000.00 小于表六 公务用车运行维护费 60,000.00，少 10,000.00 元',
    ])
    // An equality keeps its form: both sides, 不符, the signed gap.
    const c1 = STANDARD_TABLES.checks.flatMap((g) => g.declare(book)).find((s) => s.check === 'C3' || s.check === 'C1')!
    const [message] = c1.run(200n, ...c1.deps.slice(1).map(() => 0n)).map((f) => f.message)
    expect(message).toMatch(/ 与 .* 不符，相差 2\.00（元）$/)
  })
})
