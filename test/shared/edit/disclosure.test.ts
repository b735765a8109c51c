// Edits of the disclosure's typed parts: each returns a new valid book or a Chinese refusal that
// changes nothing.
import { describe, expect, it } from 'vitest'
import {
  removeGlossaryEntry, resetGlossary, readDisclosureField, setAssetsDate, setDisclosureField, setClerkText, setEquipmentCount, setGlossaryEntry, setOfficeArea,
  setPerformanceAmount, setPriorFigure, setProcurement, setProjectPerformance, setReason, setUnitCount, setVehicles, type EditResult,
} from '../../../shared/edit'
import { emptyBook, type BudgetBook } from '../../../shared/model/book'
import { STANDARD_GLOSSARY } from '../../../shared/model/disclosure'
import { validateBook } from '../../../shared/model/validate'

const base = (): BudgetBook => ({ ...emptyBook('孝义市测试局', 2026), projects: [{ id: 'p1', unitId: 'u1', name: '项目', kind: 'current', amounts: {} }] })

function ok(r: EditResult): BudgetBook {
  if (!r.ok) throw new Error(r.message)
  expect(validateBook(JSON.parse(JSON.stringify(r.book)))).toMatchObject({ ok: true })
  return r.book
}

function refused(r: EditResult, message: RegExp): void {
  expect(r.ok).toBe(false)
  if (!r.ok) expect(r.message).toMatch(message)
}

describe('disclosure edits', () => {
  it('sets and clears texts and reasons', () => {
    const b = ok(setClerkText(base(), 'duties', '  1. 负责预算。\r\n2. 负责决算。 '))
    expect(b.disclosure?.duties).toBe('1. 负责预算。\n2. 负责决算。')
    expect(ok(setClerkText(b, 'duties', '   ')).disclosure).toEqual({})
    const r = ok(setReason(base(), 'threePublic', '公务用车报废4辆。'))
    expect(r.disclosure?.reasons).toEqual({ threePublic: '公务用车报废4辆。' })
    expect(ok(setReason(r, 'threePublic', '')).disclosure?.reasons).toBeUndefined()
    refused(setReason(base(), 'nope' as never, 'x'), /没有/)
    refused(setClerkText(base(), 'otherNotes', 'x'.repeat(20_001)), /过长/)
  })

  it('reads 政府采购 and 绩效 amounts in 万元 as typed, refusing negatives and nonsense', () => {
    const b = ok(setProcurement(base(), 'goods', '１,234.5'))
    expect(b.disclosure?.procurement).toEqual({ goods: '1234.5' })
    expect(ok(setProcurement(b, 'works', '=100+20')).disclosure?.procurement).toEqual({ goods: '1234.5', works: '120' })
    refused(setProcurement(base(), 'goods', '-5'), /不能为负数/)
    refused(setProcurement(base(), 'goods', '五十'), /政府采购货物预算/)
    expect(ok(setPerformanceAmount(base(), 'project', '18882.64')).disclosure?.performance).toEqual({ project: '18882.64' })
  })

  it('sets 国有资产: date, vehicles by kind, area, equipment counts', () => {
    let b = ok(setAssetsDate(base(), '2025年12月31日'))
    expect(b.disclosure?.assets?.asOf).toBe('2025-12-31')
    refused(setAssetsDate(b, '2025-02-30'), /日期/)
    b = ok(setVehicles(b, 'other', 'quota', '37'))
    b = ok(setVehicles(b, 'other', 'actual', '３４'))
    expect(b.disclosure?.assets?.vehicles).toEqual({ other: { quota: 37, actual: 34 } })
    refused(setVehicles(b, 'leader', 'actual', '1.5'), /整数/)
    b = ok(setOfficeArea(b, '1,566.49平方米'))
    expect(b.disclosure?.assets?.officeArea).toBe('1566.49')
    refused(setOfficeArea(b, '-3'), /面积/)
    b = ok(setEquipmentCount(b, 'equipment100', '1'))
    expect(b.disclosure?.assets?.equipment100).toBe(1)
    expect(ok(setUnitCount(b, 'admin', '2')).disclosure?.unitCounts).toEqual({ admin: 2 })
  })

  it("marks a project's 绩效 category and whether its 绩效目标 is published", () => {
    const b = ok(setProjectPerformance(base(), 'p1', { category: '特定目标类', published: true }))
    expect(b.projects[0]!.perf).toEqual({ category: '特定目标类', published: true })
    expect(ok(setProjectPerformance(b, 'p1', null)).projects[0]).not.toHaveProperty('perf')
    refused(setProjectPerformance(b, 'p9', null), /没有这个项目/)
    refused(setProjectPerformance(b, 'p1', { category: '其他' as never, published: true }), /类别/)
  })

  it('edits 名词解释 from the standard twelve and resets to them', () => {
    const b = ok(setGlossaryEntry(base(), 11, { term: '财政拨款', text: '包含一般公共预算、政府性基金预算。' }))
    expect(b.disclosure?.glossary).toHaveLength(12)
    expect(b.disclosure?.glossary?.[0]).toEqual(STANDARD_GLOSSARY[0])
    expect(ok(setGlossaryEntry(b, 12, { term: '绩效', text: '……' })).disclosure?.glossary).toHaveLength(13)
    expect(ok(removeGlossaryEntry(b, 0)).disclosure?.glossary).toHaveLength(11)
    expect(ok(resetGlossary(b)).disclosure?.glossary).toBeUndefined()
    refused(setGlossaryEntry(b, 20, { term: 'x', text: 'y' }), /没有/)
  })

  it('types a 上年数 the text compares, in the book unit', () => {
    const b = ok(setPriorFigure(base(), 'threePublic:vehicleOps', '53.2'))
    expect(b.prior).toEqual({ year: 2025, figures: { 'threePublic:vehicleOps': '53.2' } })
    expect(ok(setPriorFigure(b, 'threePublic:vehicleOps', '')).prior?.figures).toEqual({})
    refused(setPriorFigure(b, 'sub:2010101', '5'), /没有这一项上年数/)
  })
})

describe('editing a field of the generated text by its path', () => {
  it('routes each path to its edit', () => {
    let b = ok(setDisclosureField(base(), 'disclosure.reasons.threePublic', '报废4辆'))
    b = ok(setDisclosureField(b, 'prior.figures.total', '100'))
    b = ok(setDisclosureField(b, 'disclosure.procurement.services', '129'))
    b = ok(setDisclosureField(b, 'disclosure.assets.vehicles.other.actual', '1'))
    b = ok(setDisclosureField(b, 'disclosure.glossary.0', '基本支出：保障运转的支出。'))
    b = ok(setDisclosureField(b, 'disclosure.duties', '职责'))
    expect(b.disclosure).toMatchObject({ reasons: { threePublic: '报废4辆' }, procurement: { services: '129' }, assets: { vehicles: { other: { actual: 1 } } }, duties: '职责' })
    expect(b.disclosure?.glossary?.[0]).toEqual({ term: '基本支出', text: '保障运转的支出。' })
    expect(b.prior?.figures.total).toBe('100')
    refused(setDisclosureField(b, 'disclosure.procurement', '5'), /货物、工程、服务/)
    expect(readDisclosureField(b, 'disclosure.reasons.threePublic')).toBe('报废4辆')
    expect(readDisclosureField(b, 'disclosure.assets.vehicles.other.actual')).toBe('1')
    expect(readDisclosureField(b, 'disclosure.glossary.1')).toBe(`项目支出：${STANDARD_GLOSSARY[1]!.text}`)
    expect(readDisclosureField(b, 'prior.figures.gp')).toBe('')
    expect(readDisclosureField(b, 'subjects')).toBeUndefined()
    refused(setDisclosureField(b, 'subjects.0', '5'), /不能/)
  })
})
