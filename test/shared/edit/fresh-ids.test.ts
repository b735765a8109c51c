// A unit, project or 表六 line added by hand never takes an id another figure of the book still
// names: after 结转 a deleted project's (or line's) 上年数 stay keyed by its id, and a new item
// that took that id showed them as its own (上年 3,000,000.00 元, 增减 −95 %).
import { describe, expect, it } from 'vitest'
import * as edit from '../../../shared/edit'
import { idsNamed } from '../../../shared/edit/fresh-ids'
import { rollForward } from '../../../shared/rollover/roll-forward'
import { priorId, priorValue } from '../../../shared/model/prior'
import type { BudgetBook } from '../../../shared/model/book'
import type { EditResult } from '../../../shared/edit'
import { sampleBook } from '../../electron/support/sample-book'
import { priorByProject } from '../../../shared/tables/prior-comparisons'

const ok = (r: EditResult): BudgetBook => {
  if (!r.ok) throw new Error(r.message)
  return r.book
}

describe('new ids', () => {
  const rolled = rollForward(sampleBook(), { keepAmounts: true })

  it('a project added after one was deleted does not take its id, nor its 上年数', () => {
    const gone = rolled.projects[0]!
    expect(priorValue(rolled, priorId.project(gone.id))).not.toBe(0n)
    const without = ok(edit.removeProject(rolled, gone.id))
    const added = ok(edit.addProject(without, gone.unitId, gone.kind, '新增项目'))
    const fresh = added.projects.find((p) => p.name === '新增项目')!
    expect(fresh.id).not.toBe(gone.id)
    expect(rolled.projects.map((p) => p.id)).not.toContain(fresh.id)
    expect(priorValue(added, priorId.project(fresh.id))).toBe(0n)
  })

  it('a 表六 line added after one was deleted does not take its id, nor its 上年数', () => {
    const gone = rolled.econ.find((e) => e.deptCode === '30101')!
    expect(priorValue(rolled, priorId.econ(gone.id))).not.toBe(0n)
    const without = ok(edit.removeEconLine(rolled, gone.id))
    const added = ok(edit.addEconLine(without, '30216'))
    const fresh = added.econ.find((e) => e.deptCode === '30216')!
    expect(rolled.econ.map((e) => e.id)).not.toContain(fresh.id)
    expect(priorValue(added, priorId.econ(fresh.id))).toBe(0n)
  })

  it('a unit added after one was deleted does not take its id, nor its 表十二 上年数', () => {
    const cleared = rollForward(sampleBook(), { keepAmounts: false })
    expect(cleared.prior!.figures['prjUnit:u2']).toBeDefined()
    const without = ok(edit.removeUnit(cleared, 'u2'))
    const added = ok(edit.addUnit(without, '新设单位'))
    const fresh = added.units.find((u) => u.name === '新设单位')!
    expect(fresh.id).not.toBe('u2')
    expect(priorByProject.prior(added, `u:${fresh.id}`)).toBe(0n)
  })

  it('a unit added does not take the id of a unit a 汇总 part still names', () => {
    const book = sampleBook()
    const unit = book.units[book.units.length - 1]!
    const parted: BudgetBook = {
      ...book,
      units: book.units.filter((u) => u.id !== unit.id),
      projects: book.projects.filter((p) => p.unitId !== unit.id),
      runningCosts: book.runningCosts.filter((r) => r.unitId !== unit.id),
      consolidation: { parts: [{ source: '单位.xlsx', figures: { ...book, units: [unit], projects: [], runningCosts: [] } }] },
    }
    expect(idsNamed(parted, 'unit')).toContain(unit.id)
    const added = ok(edit.addUnit(parted, '新单位'))
    expect(added.units.find((u) => u.name === '新单位')!.id).not.toBe(unit.id)
  })
})
