// 九 政府采购, 十 绩效 and 十一 公务用车 as the clerk fills them from the text: with nothing typed each
// sentence reads as published with a gap per part; every gap is a field the pane can open (a leaf
// typed in place, or a group's form); typing the parts through those fields gives the published
// sentence, its totals added from the parts.
import { describe, expect, it } from 'vitest'
import { buildDisclosure, plainText, type Disclosure } from '../../../shared/explanation'
import type { Run } from '../../../shared/explanation/types'
import { fieldGroup, PROJECT_PERF_FIELD, readDisclosureField, setDisclosureField, setFieldGroup, setProjectsPerformance, type EditResult } from '../../../shared/edit'
import { emptyBook, type BudgetBook } from '../../../shared/model/book'

function book(): BudgetBook {
  const b = emptyBook('孝义市测试局', 2026)
  return {
    ...b,
    subjects: [{ code: '2010101', name: '行政运行', basic: { gp: '100' }, project: { gp: '80' }, carry: {} }],
    projects: [
      { id: 'p1', unitId: 'u1', name: '信息化建设', kind: 'current', amounts: { gp: '50' } },
      { id: 'p2', unitId: 'u1', name: '环卫保洁', kind: 'current', amounts: { gp: '30' } },
    ],
  }
}

const ok = (r: EditResult): BudgetBook => {
  if (!r.ok) throw new Error(r.message)
  return r.book
}
const section = (d: Disclosure, n: string): string => plainText(d.explanation.find((s) => s.number === n)!)
const runsOf = (d: Disclosure, n: string): Run[] => d.explanation.find((s) => s.number === n)!.paragraphs.flatMap((p) => p.runs)
/** The fields of the gaps of a section, in order. */
const gaps = (d: Disclosure, n: string): string[] => runsOf(d, n).flatMap((r) => (r.kind === 'field' && r.missing ? [r.field] : []))
/** Type `value` into the gap of `field` as the pane does (the leaf's own edit). */
const type = (b: BudgetBook, field: string, value: string): BudgetBook => ok(setDisclosureField(b, field, value))

describe('nothing typed: the published sentence with a gap per part', () => {
  const d = buildDisclosure(book())

  it('九 names the three kinds, the total left to their sum', () => {
    expect(section(d, '九')).toBe('2026年孝义市测试局政府采购预算总额（分项合计）万元。其中：政府采购货物预算（请填写）万元、政府采购工程预算（请填写）万元、政府采购服务预算（请填写）万元。')
    expect(gaps(d, '九')).toEqual(['disclosure.procurement', 'disclosure.procurement.goods', 'disclosure.procurement.works', 'disclosure.procurement.services'])
  })

  it('十 1 names 基本支出 and 项目支出; 十 2 asks for the projects’ 绩效类别', () => {
    expect(section(d, '十')).toContain('涉及部门预算资金（分项合计）万元，其中基本支出（请填写）万元，项目支出（请填写）万元。')
    expect(section(d, '十')).toContain('纳入绩效目标管理的二级项目（请标明各项目的绩效类别）。')
    expect(gaps(d, '十')).toEqual(['disclosure.performance', 'disclosure.performance.basic', 'disclosure.performance.project', PROJECT_PERF_FIELD])
  })

  it('十一 1 states 编制 and 实有 and the seven kinds as the seeds do', () => {
    expect(section(d, '十一')).toContain(
      '共有公务用车编制（请填写）辆，实有（分项合计）辆，其中：领导用车（请填写）辆，机要通信用车（请填写）辆，应急保障用车（请填写）辆，执法执勤用车（请填写）辆，特种专业技术用车（请填写）辆，事业单位业务用车（请填写）辆，其他公务用车（请填写）辆。',
    )
  })

  it('asks for each group once, with the messages the list always had', () => {
    const asked = d.missing.filter((m) => ['procurement', 'performance', 'assets'].includes(m.section)).map((m) => [m.field, m.message])
    expect(asked).toEqual([
      ['disclosure.procurement', '请填写政府采购预算（货物、工程、服务）'],
      ['disclosure.performance', '请填写整体绩效目标涉及的资金'],
      [PROJECT_PERF_FIELD, '请在项目中标明纳入绩效目标管理的项目及其类别'],
      ['disclosure.assets.vehicles', '请填写公务用车编制数和实有数（按七类）'],
      ['disclosure.assets.officeArea', '请填写办公用房建筑总面积'],
      ['disclosure.assets.equipment50', '请填写价值50万元以上的通用设备数'],
      ['disclosure.assets.equipment100', '请填写价值100万元以上的通用设备数'],
    ])
  })

  it('every gap of the whole text and every missing item opens: a leaf to type, a group’s form or the projects’ form', () => {
    const b = book()
    const fields = [...d.overview, ...d.explanation, d.glossary].flatMap((s) => s.paragraphs.flatMap((p) => p.runs)).flatMap((r) => (r.kind === 'field' ? [r.field] : []))
    const opens = (f: string): boolean => readDisclosureField(b, f) !== undefined || fieldGroup(b, f) !== undefined || f === PROJECT_PERF_FIELD
    expect([...fields, ...d.missing.map((m) => m.field)].filter((f) => !opens(f))).toEqual([])
  })
})

describe('typing the parts where the gaps are', () => {
  it('九: each kind typed in place; the total is their sum', () => {
    let b = book()
    const [, ...leaves] = gaps(buildDisclosure(b), '九')
    ;['45.6', '0', '129'].forEach((v, i) => (b = type(b, leaves[i]!, v)))
    const d = buildDisclosure(b)
    expect(section(d, '九')).toBe('2026年孝义市测试局政府采购预算总额174.60万元。其中：政府采购货物预算45.60万元、政府采购工程预算0万元、政府采购服务预算129.00万元。')
    expect(d.missing.map((m) => m.field)).not.toContain('disclosure.procurement')
    // Each typed figure stays its leaf (the pane edits it in place); the total is the group.
    const typed = runsOf(d, '九').flatMap((r) => (r.kind === 'figure' ? [[r.text, r.field]] : []))
    expect(typed).toEqual([['174.60', 'disclosure.procurement'], ['45.60', 'disclosure.procurement.goods'], ['0', 'disclosure.procurement.works'], ['129.00', 'disclosure.procurement.services']])
  })

  it('九: one kind typed leaves the others gaps the check asks for (a forgotten 服务 is not published as 0); typed 0, they state 0', () => {
    let b = type(book(), 'disclosure.procurement.goods', '12')
    let d = buildDisclosure(b)
    expect(section(d, '九')).toBe('2026年孝义市测试局政府采购预算总额12.00万元。其中：政府采购货物预算12.00万元、政府采购工程预算（请填写）万元、政府采购服务预算（请填写）万元。')
    expect(d.missing.map((m) => m.field)).toEqual(expect.arrayContaining(['disclosure.procurement.works', 'disclosure.procurement.services']))
    expect(d.missing.map((m) => m.field)).not.toContain('disclosure.procurement.goods')
    // Each gap is its own field, typed in place.
    const gaps = runsOf(d, '九').flatMap((r) => (r.kind === 'field' && r.missing ? [r.field] : []))
    expect(gaps).toEqual(['disclosure.procurement.works', 'disclosure.procurement.services'])
    b = type(type(b, 'disclosure.procurement.works', '0'), 'disclosure.procurement.services', '0')
    d = buildDisclosure(b)
    expect(section(d, '九')).toBe('2026年孝义市测试局政府采购预算总额12.00万元。其中：政府采购货物预算12.00万元、政府采购工程预算0万元、政府采购服务预算0万元。')
    expect(d.missing.map((m) => m.field).filter((f) => f.startsWith('disclosure.procurement'))).toEqual([])
  })

  it('十 1: 基本支出 and 项目支出 typed in place, the total their sum', () => {
    let b = type(book(), 'disclosure.performance.basic', '0')
    b = type(b, 'disclosure.performance.project', '101.59')
    expect(section(buildDisclosure(b), '十')).toContain('涉及部门预算资金101.59万元，其中基本支出0万元，项目支出101.59万元。')
  })

  it('十 2: the projects’ 绩效类别 set in one edit; counts and amounts add up from 表十二', () => {
    const b = ok(setProjectsPerformance(book(), new Map([['p1', { category: '其他运转类', published: true }], ['p2', { category: '特定目标类', published: false }]])))
    const d = buildDisclosure(b)
    expect(section(d, '十')).toContain(
      '纳入绩效目标管理的二级项目2个，共计金额80.00万元。其中：其他运转类项目1个，涉及金额50.00万元；特定目标类项目1个，涉及金额30.00万元。公开项目绩效目标1个，涉及项目金额50.00万元，占部门项目支出总额的62.50%。',
    )
    expect(d.missing.map((m) => m.field)).not.toContain(PROJECT_PERF_FIELD)
    // The count reopens the form.
    expect(runsOf(d, '十').find((r) => r.kind === 'figure' && r.field === PROJECT_PERF_FIELD)?.text).toBe('2')
  })

  it('十一 1: 实有 by kind typed in place leaves 编制 asked for; the form fills 编制; totals add up', () => {
    let b = type(book(), 'disclosure.assets.vehicles.other.actual', '3')
    let d = buildDisclosure(b)
    expect(section(d, '十一')).toContain('共有公务用车编制（请填写）辆，实有3辆，其中：领导用车0辆，机要通信用车0辆，应急保障用车0辆，执法执勤用车0辆，特种专业技术用车0辆，事业单位业务用车0辆，其他公务用车3辆。')
    expect(d.missing).toContainEqual({ field: 'disclosure.assets.vehicles', section: 'assets', message: '请填写公务用车编制数（按七类）' })
    b = ok(setFieldGroup(b, { 'disclosure.assets.vehicles.other.quota': '2', 'disclosure.assets.vehicles.enforcement.quota': '2', 'disclosure.assets.vehicles.enforcement.actual': '1' }))
    d = buildDisclosure(b)
    expect(section(d, '十一')).toContain('共有公务用车编制4辆，实有4辆，其中：领导用车0辆，机要通信用车0辆，应急保障用车0辆，执法执勤用车1辆，特种专业技术用车0辆，事业单位业务用车0辆，其他公务用车3辆。')
    expect(d.missing.map((m) => m.field)).not.toContain('disclosure.assets.vehicles')
  })

  it('十一 1: 编制 typed alone leaves 实有 asked for, by kind in place', () => {
    const d = buildDisclosure(ok(setFieldGroup(book(), { 'disclosure.assets.vehicles.leader.quota': '1' })))
    expect(section(d, '十一')).toContain('共有公务用车编制1辆，实有（分项合计）辆，其中：领导用车（请填写）辆，')
    expect(d.missing).toContainEqual({ field: 'disclosure.assets.vehicles', section: 'assets', message: '请填写公务用车实有数（按七类）' })
  })

  it('十一: the 截至 date is one field where it stands, in all three places; cleared, 12-31 of last year again', () => {
    const d0 = buildDisclosure(book())
    const dates = runsOf(d0, '十一').filter((r) => r.kind === 'field' && r.field === 'disclosure.assets.asOf')
    expect(dates.map((r) => [r.text, r.kind === 'field' && r.missing])).toEqual(Array(3).fill(['2025年12月31日', false]))
    expect(readDisclosureField(book(), 'disclosure.assets.asOf')).toBe('2025年12月31日')
    const b = type(book(), 'disclosure.assets.asOf', '2026年1月1日')
    expect(b.disclosure?.assets?.asOf).toBe('2026-01-01')
    expect(section(buildDisclosure(b), '十一').match(/截至[^，]+，/g)).toEqual(Array(3).fill('截至2026年1月1日，'))
    expect(setDisclosureField(b, 'disclosure.assets.asOf', '2026年2月30日')).toEqual({ ok: false, message: '日期应写成“2025-12-31”或“2025年12月31日”' })
    expect(section(buildDisclosure(type(b, 'disclosure.assets.asOf', '')), '十一')).toContain('截至2025年12月31日，孝义市测试局共有公务用车编制')
  })
})

describe('七: a 三公 figure of 0 with no 上年数 (clerk8 #8)', () => {
  it('asks for no 上年数: an empty 表十 states each 0 without a comparison', () => {
    const d = buildDisclosure(book())
    expect(section(d, '七')).not.toContain('上年数未填')
    expect(section(d, '七')).toContain('其中：因公出国（境）费0万元；公务接待费0万元；')
    expect(d.missing.filter((m) => m.field.startsWith('prior.figures.threePublic'))).toEqual([])
  })

  it('still asks for the 上年数 of a figure that is not 0, and compares a 0 with a typed 上年数', () => {
    const b = { ...book(), threePublic: { ...book().threePublic, reception: { gp: '2.5' } } }
    const d = buildDisclosure(b)
    expect(section(d, '七')).toContain('公务接待费2.50万元，（上年数未填）；')
    expect(section(d, '七')).toContain('因公出国（境）费0万元；')
    const withPrior = buildDisclosure({ ...b, prior: { year: 2025, figures: { 'threePublic:abroad': '1' } } })
    expect(section(withPrior, '七')).toMatch(/因公出国（境）费0万元，与上年相比预算数减少1\.00万元/)
  })
})

describe('十 2: projects without an amount (clerk8 #9)', () => {
  const marked = (b: BudgetBook): BudgetBook => ok(setProjectsPerformance(b, new Map([
    ['p1', { category: '其他运转类', published: true }], ['p2', { category: '特定目标类', published: false }], ['p3', { category: '特定目标类', published: true }],
  ])))

  it('are not counted: a project added and not filled yet', () => {
    const b = book()
    const d = buildDisclosure(marked({ ...b, projects: [...b.projects, { id: 'p3', unitId: 'u1', name: '遗属补助（二）', kind: 'current', amounts: {} }] }))
    expect(section(d, '十')).toContain(
      '纳入绩效目标管理的二级项目2个，共计金额80.00万元。其中：其他运转类项目1个，涉及金额50.00万元；特定目标类项目1个，涉及金额30.00万元。公开项目绩效目标1个，涉及项目金额50.00万元，',
    )
  })

  it('after 结转 不保留 (categories kept, amounts cleared): none counted, and no 绩效类别 asked for again', () => {
    const cleared = marked({ ...book(), projects: book().projects.map((p) => ({ ...p, amounts: {} })).concat({ id: 'p3', unitId: 'u1', name: '三', kind: 'current', amounts: {} }) })
    const d = buildDisclosure(cleared)
    expect(section(d, '十')).toContain('纳入绩效目标管理的二级项目0个，共计金额0万元。其中：其他运转类项目0个，涉及金额0万元；特定目标类项目0个，涉及金额0万元。')
    expect(d.missing.map((m) => m.field)).not.toContain(PROJECT_PERF_FIELD)
  })
})
