// The forms of the text's totals (政府采购, 整体绩效目标, 公务用车) and of the projects' 绩效类别:
// each lists the group's leaf fields with what is typed, saves them as one edit through the leaf
// edits, and refuses a bad value as a whole, changing nothing.
import { describe, expect, it } from 'vitest'
import { fieldGroup, setDisclosureField, setFieldGroup, setProjectsPerformance, type EditResult } from '../../../shared/edit'
import { emptyBook, type BudgetBook } from '../../../shared/model/book'
import { validateBook } from '../../../shared/model/validate'

const base = (): BudgetBook => ({
  ...emptyBook('孝义市测试局', 2026),
  projects: [
    { id: 'p1', unitId: 'u1', name: '甲', kind: 'current', amounts: {} },
    { id: 'p2', unitId: 'u1', name: '乙', kind: 'carry', amounts: {}, perf: { category: '特定目标类', published: true } },
  ],
})

function ok(r: EditResult): BudgetBook {
  if (!r.ok) throw new Error(r.message)
  expect(validateBook(JSON.parse(JSON.stringify(r.book)))).toMatchObject({ ok: true })
  return r.book
}

describe('a group’s form', () => {
  it('lists the leaves of 政府采购, 整体绩效目标 and 公务用车 with what is typed', () => {
    const b = ok(setDisclosureField(base(), 'disclosure.procurement.works', '2,335'))
    const p = fieldGroup(b, 'disclosure.procurement')!
    expect(p.rows.map((r) => [r.label, r.fields.map((f) => [f.field, f.value])])).toEqual([
      ['政府采购货物预算', [['disclosure.procurement.goods', '']]],
      ['政府采购工程预算', [['disclosure.procurement.works', '2335']]],
      ['政府采购服务预算', [['disclosure.procurement.services', '']]],
    ])
    expect(fieldGroup(b, 'disclosure.performance')!.rows.map((r) => r.fields[0]!.field)).toEqual(['disclosure.performance.basic', 'disclosure.performance.project'])
    const cars = fieldGroup(b, 'disclosure.assets.vehicles')!
    expect(cars.columns).toEqual(['编制数（辆）', '实有数（辆）'])
    expect(cars.rows.map((r) => r.label)).toEqual(['领导用车', '机要通信用车', '应急保障用车', '执法执勤用车', '特种专业技术用车', '事业单位业务用车', '其他公务用车'])
    expect(cars.rows[6]!.fields.map((f) => f.field)).toEqual(['disclosure.assets.vehicles.other.quota', 'disclosure.assets.vehicles.other.actual'])
  })

  it('is only for the totals: a leaf or any other path has none', () => {
    for (const path of ['disclosure.procurement.goods', 'disclosure.assets.officeArea', 'disclosure.duties', 'projects.perf', 'disclosure']) expect(fieldGroup(base(), path)).toBeUndefined()
  })

  it('saves every value as the leaf edits would, in one edit', () => {
    const b = ok(setFieldGroup(base(), { 'disclosure.procurement.goods': '45.6', 'disclosure.procurement.works': '０', 'disclosure.procurement.services': '=100+29' }))
    expect(b.disclosure?.procurement).toEqual({ goods: '45.6', works: '0', services: '129' })
    const cars = ok(setFieldGroup(base(), { 'disclosure.assets.vehicles.other.quota': '37', 'disclosure.assets.vehicles.other.actual': '34', 'disclosure.assets.vehicles.leader.quota': '' }))
    expect(cars.disclosure?.assets?.vehicles).toEqual({ other: { quota: 37, actual: 34 } })
    // Clearing a value clears the leaf.
    expect(ok(setFieldGroup(cars, { 'disclosure.assets.vehicles.other.quota': '', 'disclosure.assets.vehicles.other.actual': '' })).disclosure?.assets).toBeUndefined()
  })

  it('changes nothing for values as typed (the same book comes back)', () => {
    const b = ok(setDisclosureField(base(), 'disclosure.performance.project', '10'))
    const r = setFieldGroup(b, { 'disclosure.performance.basic': '', 'disclosure.performance.project': ' 10 ' })
    expect(r.ok && r.book).toBe(b)
  })

  it('refuses a bad value as a whole with the leaf’s message', () => {
    const b = base()
    const r = setFieldGroup(b, { 'disclosure.procurement.goods': '12', 'disclosure.procurement.works': '-5' })
    expect(r).toEqual({ ok: false, message: '政府采购工程预算不能为负数' })
    expect(setFieldGroup(b, { 'disclosure.assets.vehicles.leader.actual': '1.5' })).toEqual({ ok: false, message: '领导用车实有数应为 0 到 1000000 之间的整数' })
    expect(b.disclosure).toBeUndefined()
  })
})

describe('the projects’ 绩效类别 in one edit', () => {
  it('sets, changes and clears several projects at once', () => {
    const b = ok(setProjectsPerformance(base(), new Map([['p1', { category: '其他运转类' as const, published: false }], ['p2', null]])))
    expect(b.projects.map((p) => p.perf)).toEqual([{ category: '其他运转类', published: false }, undefined])
    expect(b.projects[1]).not.toHaveProperty('perf')
  })

  it('refuses an unknown project or category, changing nothing', () => {
    const b = base()
    expect(setProjectsPerformance(b, new Map([['p1', { category: '其他运转类' as const, published: true }], ['p9', null]]))).toEqual({ ok: false, message: '没有这个项目' })
    const bad = new Map([['p1', { category: '运转类' as never, published: true }]])
    expect(setProjectsPerformance(b, bad)).toEqual({ ok: false, message: '绩效项目类别应为“其他运转类”或“特定目标类”' })
    expect(b.projects[0]).not.toHaveProperty('perf')
  })
})
