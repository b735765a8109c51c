// The wording in each case, on small books written out here.
import { describe, expect, it } from 'vitest'
import { buildDisclosure, plainText, type Disclosure } from '../../../shared/explanation'
import { emptyBook, type BudgetBook } from '../../../shared/model/book'

function book(patch: Partial<BudgetBook> = {}): BudgetBook {
  const b = emptyBook('孝义市测试局', 2026)
  return {
    ...b,
    subjects: [
      { code: '2010101', name: '行政运行', basic: { gp: '100' }, project: { gp: '50' }, carry: {} },
      { code: '2080505', name: '机关事业单位基本养老保险缴费支出', basic: { gp: '25.5' }, project: {}, carry: {} },
    ],
    econ: [{ id: 'e1', deptClass: '301', deptCode: '30101', deptName: '基本工资', govName: '工资奖金津补贴', amount: '125.5' }],
    projects: [{ id: 'p1', unitId: 'u1', name: '信息化建设', kind: 'current', amounts: { gp: '50' } }],
    ...patch,
  }
}

const section = (d: Disclosure, n: string): string => plainText(d.explanation.find((s) => s.number === n)!)

describe('the wording of a change', () => {
  it('says 增加 … 增长 and 减少 … 下降 with the amount and percent', () => {
    const up = buildDisclosure(book({ prior: { year: 2025, figures: { total: '150', gp: '200' } }, disclosure: { reasons: { total: '新增项目。' } } }))
    expect(section(up, '一')).toContain('收入总计175.50万元，其中：本年收入175.50万元，上年结转0万元，比上年增加25.50万元，增长17.00%，主要原因是新增项目；本年部门预算支出总计')
    expect(section(up, '五')).toContain('一般公共预算当年支出175.50万元，比上年减少24.50万元，下降12.25%。')
  })

  it('says 与上年预算数相同 and asks no reason when nothing changed', () => {
    const same = buildDisclosure(book({ prior: { year: 2025, figures: { total: '175.5' } } }))
    expect(section(same, '一')).toContain('上年结转0万元，与上年预算数相同；')
    expect(same.missing.map((m) => m.field)).not.toContain('disclosure.reasons.total')
  })

  it('never says 增长100% from a zero base', () => {
    const fresh = buildDisclosure(book({ prior: { year: 2025, figures: { total: '0' } }, disclosure: { reasons: { total: '新设立' } } }))
    expect(section(fresh, '一')).toContain('比上年增加175.50万元，主要原因是新设立；')
    expect(section(fresh, '一')).not.toMatch(/增长/)
  })

  it('gives 与上年预算数相同 its own clause after the 三公 total', () => {
    const zero = { total: '0', abroad: '0', reception: '0', vehicle: '0', vehiclePurchase: '0', vehicleOps: '0' }
    const figures = Object.fromEntries(Object.entries(zero).map(([k, v]) => [k === 'total' ? 'threePublic' : `threePublic:${k}`, v]))
    expect(section(buildDisclosure(book({ prior: { year: 2025, figures } })), '七')).toMatch(/^2026年孝义市测试局财政拨款安排的“三公”经费预算0万元，与上年预算数相同。\n其中：因公出国（境）费0万元，与上年预算数相同；/)
  })

  it('marks an unknown 上年数 and a missing reason for the clerk', () => {
    const d = buildDisclosure(book({ prior: { year: 2025, figures: { total: '100' } } }))
    expect(section(d, '一')).toContain('主要原因是（请填写原因）')
    expect(section(d, '五')).toContain('（上年数未填）')
    expect(d.missing).toContainEqual({ field: 'disclosure.reasons.total', section: 'changes', message: '请填写收支总计增减的原因' })
    expect(d.missing.map((m) => m.field)).toContain('prior.figures.gp')
  })
})

describe('部门 or 单位, as the book is', () => {
  it('writes 本部门/本单位 and the unit count of a 部门', () => {
    const dept = book({ units: [{ id: 'u1', name: '孝义市测试局', type: '行政' }, { id: 'u2', name: '中心', type: '参公' }, { id: 'u3', name: '站', type: '事业' }] })
    const withCosts = { ...dept, runningCosts: [{ unitId: 'u1', amounts: { gp: '8' } }], prior: { year: 2025, figures: { runningCosts: '10' } }, disclosure: { reasons: { runningCosts: '压减公用经费' } } }
    expect(section(buildDisclosure(withCosts), '八')).toBe('本部门2026年所属1家行政单位、1家参照公务员法管理的事业单位。机关运行经费财政拨款预算8.00万元，比2025年预算减少2.00万元，下降20.00%，原因是压减公用经费。')
    expect(section(buildDisclosure({ ...withCosts, scope: '单位' }), '八')).toBe('本单位机关运行经费财政拨款预算8.00万元，比2025年预算减少2.00万元，下降20.00%，原因是压减公用经费。')
    expect(section(buildDisclosure(book()), '八')).toBe('本部门无机关运行经费。')
    expect(buildDisclosure({ ...book(), scope: '单位' }).cover.title).toBe('2026年度单位预算公开')
  })
})

describe('the parts', () => {
  it('lists 人员经费 items from 表六 and shares adding to 100.00%', () => {
    const d = buildDisclosure(book())
    expect(section(d, '三')).toBe('2026年度孝义市测试局支出预算175.50万元，其中：基本支出125.50万元，占71.51%；项目支出50.00万元，占28.49%。')
    expect(section(d, '六')).toContain('人员经费125.50万元，主要包括：基本工资等；\n公用经费0万元。')
  })

  it('explains each empty table', () => {
    const text = section(buildDisclosure(book()), '十二')
    expect(text).toContain('本部门无政府性基金预算，故表七、表八为空表。')
    expect(text).toContain('本部门无国有资本经营预算，故表九为空表。')
    expect(text).toContain('本部门无机关运行经费，故表十一为空表。')
  })

  it('cleans what the clerk typed', () => {
    const d = buildDisclosure(book({
      prior: { year: 2025, figures: { threePublic: '10', 'threePublic:vehicle': '10', 'threePublic:vehicleOps': '10', 'threePublic:abroad': '0', 'threePublic:reception': '0', 'threePublic:vehiclePurchase': '0' } },
      threePublic: { abroad: {}, reception: {}, vehiclePurchase: {}, vehicleOps: { gp: '4.8' } },
      disclosure: { reasons: { threePublic: '公务用车报废4辆。。', 'threePublic:vehicle': '主要原因是公务用车报废4辆。,', 'threePublic:vehicleOps': '公务用车报废4辆；' } },
    }))
    expect(section(d, '七')).toBe(
      '2026年孝义市测试局财政拨款安排的“三公”经费预算4.80万元比2025年减少5.20万元，主要原因是公务用车报废4辆。\n' +
        '其中：因公出国（境）费0万元，与上年预算数相同；公务接待费0万元，与上年预算数相同；公务用车购置及运行费4.80万元，与上年相比预算数减少5.20万元，主要原因是公务用车报废4辆；公务用车运行维护费4.80万元，与上年相比预算数减少5.20万元，主要原因是公务用车报废4辆；公务用车购置费0万元，与上年预算数相同。',
    )
  })
})
