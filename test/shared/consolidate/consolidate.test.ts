// 汇总 of units' books into a department: two different published 单位 books (seed 000, and
// seed 002 made a unit) give a department whose tables add both up and list both units; a
// corrected file of one unit replaces that unit only; files that do not belong are refused.
import { describe, expect, it } from 'vitest'
import type { BudgetBook } from '../../../shared/model/book'
import { bookFromPublished } from '../../../shared/import/from-published'
import { Derivation } from '../../../shared/engine/derivation'
import { validateBook } from '../../../shared/model/validate'
import { consolidate, type UnitReturn } from '../../../shared/consolidate/consolidate'
import { seedDisclosure } from '../../support/fixtures'

const seedBook = (seed: '000' | '002'): BudgetBook => bookFromPublished(seedDisclosure(seed), `${seed}.xlsx`).book
const asUnit = (book: BudgetBook): BudgetBook => ({ ...book, scope: '单位' })
const ret = (book: BudgetBook, source: string): UnitReturn => ({ source, book, identity: null, findings: [] })

function value(d: Derivation, table: 't2' | 't11' | 't12', row: (r: { id: string; kind: string; text: Record<string, string | undefined> }) => boolean, col: string): bigint {
  const def = d.layouts.get(table)!.find(row)!
  return d.value(def.cells[col]!.ref) as bigint
}
const unitRowNames = (d: Derivation, table: 't11' | 't12'): string[] =>
  d.layouts.get(table)!.filter((r) => r.kind === 'unit').map((r) => r.text.name ?? r.text.label ?? '')
const errorsOf = (b: BudgetBook): string[] => new Derivation(b).findings().filter((f) => f.severity === 'error').map((f) => f.message)

describe('汇总 of two 单位 books', () => {
  const a = asUnit(seedBook('000'))
  const b = asUnit({ ...seedBook('002'), year: seedBook('000').year })

  it('adds 表二 合计 and shows both units in 表十一 and 表十二', () => {
    const { book, report } = consolidate(null, [ret(a, '000.ysb'), ret(b, '002.ysb')], { department: '孝义市汇总测试部门' })
    expect(report.entries.map((e) => e.status)).toEqual(['accepted', 'accepted'])
    const d = new Derivation(book!)
    const total = (x: Derivation): bigint => value(x, 't2', (r) => r.kind === 'total', 'total')
    expect(total(d)).toBe(total(new Derivation(a)) + total(new Derivation(b)))
    expect(total(d)).toBeGreaterThan(total(new Derivation(a)))
    expect(validateBook(book).ok).toBe(true)
    expect(book!.scope).toBe('部门')
    expect(book!.department).toBe('孝义市汇总测试部门')
    expect(unitRowNames(d, 't11')).toEqual([a.units[0]!.name, ...b.units.map((u) => u.name)])
    expect(unitRowNames(d, 't12')).toEqual([a.units[0]!.name, ...b.units.map((u) => u.name)])
    expect(value(d, 't12', (r) => r.kind === 'dept', 'total')).toBe(
      value(new Derivation(a), 't12', (r) => r.kind === 'dept', 'total') + value(new Derivation(b), 't12', (r) => r.kind === 'dept', 'total'))
    // Each unit's checks travel with it in the report; the department passes where both did.
    expect(report.entries.map((e) => e.checks.errors)).toEqual([errorsOf(a).length, errorsOf(b).length])
    if (!errorsOf(a).length && !errorsOf(b).length) expect(errorsOf(book!)).toEqual([])
  })

  it('replaces one unit when its corrected file is read again, and nothing else', () => {
    const first = consolidate(null, [ret(a, '000.ysb'), ret(b, '002.ysb')]).book!
    const corrected: BudgetBook = { ...a, subjects: a.subjects.map((s, i) => (i === 0 ? { ...s, basic: { ...s.basic, gp: '1000' } } : s)) }
    const { book, report } = consolidate(first, [ret(corrected, '000-更正.ysb')])
    expect(report.entries[0]).toMatchObject({ status: 'replaced', lines: [{ severity: 'info', message: '替换此前汇总的文件“000.ysb”' }] })
    const again = consolidate(null, [ret(corrected, '000-更正.ysb'), ret(b, '002.ysb')]).book!
    // Same figures as 汇总 of the corrected file from scratch; the units and their projects stay.
    const amounts = (x: BudgetBook) => ({ subjects: [...x.subjects].sort((p, q) => p.code.localeCompare(q.code)), econ: x.econ.length, units: x.units, projects: x.projects.length })
    expect(amounts(book!)).toEqual(amounts(again))
    expect(book!.consolidation!.parts.map((p) => p.source)).toEqual(['000-更正.ysb', '002.ysb'])
  })

  it('refuses a file of another year, a unit twice, and another department’s template', () => {
    const other = { ...b, year: a.year + 1 }
    const { report } = consolidate(null, [ret(a, '000.ysb'), ret(other, '002.ysb'), ret(a, '000-副本.ysb')])
    expect(report.entries.map((e) => e.status)).toEqual(['accepted', 'refused', 'refused'])
    expect(report.entries[1]!.lines.at(-1)!.message).toBe(`这是 ${a.year + 1} 年的文件，汇总的是 ${a.year} 年`)
    expect(report.entries[2]!.lines.at(-1)!.message).toContain('已在本次汇总的文件“000.ysb”中报送')
    const dept = consolidate(null, [ret(a, '000.ysb')]).book!
    const identity = { format: 'budget-tables/fill-in', formatVersion: 1, department: '别的部门', scope: '部门', year: a.year, amountUnit: '万元', unit: null, skeletonVersion: 'x' } as const
    const foreign = consolidate(dept, [{ ...ret(b, '别的部门.xlsx'), identity }])
    expect(foreign.book).toBeNull()
    expect(foreign.report.entries[0]!.lines.at(-1)!.message).toBe(`这是“别的部门”下发的填报表，不属于“${dept.department}”`)
  })

  it('lists the department’s units no file has come in for', () => {
    const dept: BudgetBook = { ...a, units: [...a.units, { id: 'u9', name: '未报送的单位', type: '事业' }] }
    const { report } = consolidate(dept, [ret(a, '000.ysb')])
    expect(report.missing).toEqual(['未报送的单位'])
  })
})
