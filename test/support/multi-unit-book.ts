// A department with three units (行政, 事业, 参公) and money from every source — 财政专户 and
// 单位资金 too, 表七 with two revenue 项, 表九 with data, 表十三 projects in two units — for tests
// that read our own exported tables back as a published workbook. From the second reader's review.
import { emptyBook, type BudgetBook } from '../../shared/model/book'

export function multiUnitBook(): BudgetBook {
  const b = emptyBook('孝义市测试局', 2026)
  b.units = [
    { id: 'u1', name: '孝义市测试局', type: '行政' },
    { id: 'u2', name: '孝义市测试中心', type: '事业' },
    { id: 'u3', name: '孝义市测试站', type: '参公' },
  ]
  b.subjects = [
    { code: '2010101', name: '行政运行', basic: { gp: '100', sp: '5' }, project: { gp: '20', uf: '3' }, carry: {} },
    { code: '2080505', name: '机关事业单位基本养老保险缴费支出', basic: { gp: '30', uf: '2' }, project: {}, carry: {} },
    { code: '2120803', name: '城市建设支出', basic: {}, project: { gf: '50' }, carry: { gf: '7', gp: '4' } },
    { code: '2230105', name: '国有企业政策性补贴', basic: {}, project: { soe: '12' }, carry: { soe: '1' } },
    { code: '2130101', name: '行政运行', basic: { gp: '8' }, project: { sp: '6' }, carry: {} },
  ]
  b.subjectNames = { '20101': '人大事务', '21301': '农业农村', '22301': '国有资本经营预算支出', '10306': '国有资本经营收入' }
  b.econ = [
    { id: 'e1', deptClass: '301', deptCode: '30101', deptName: '基本工资', govCode: '50101', govName: '工资奖金津补贴', amount: '100' },
    { id: 'e2', deptClass: '302', deptCode: '30201', deptName: '办公费', govCode: '50201', govName: '办公经费', amount: '30' },
    { id: 'e3', deptClass: '303', deptCode: '30305', deptName: '生活补助', govCode: '50901', govName: '社会福利和救助', amount: '8' },
  ]
  b.govFundRevenue = [
    { code: '1030148', name: '国有土地使用权出让收入', amount: '40' },
    { code: '1030178', name: '污水处理费收入', amount: '10' },
  ]
  b.soeRevenue = [{ code: '1030601', name: '利润收入', amount: '12' }]
  b.threePublic = { abroad: { gp: '1' }, reception: { gp: '2' }, vehiclePurchase: {}, vehicleOps: { gp: '3' } }
  b.runningCosts = [{ unitId: 'u1', amounts: { gp: '10' } }, { unitId: 'u3', amounts: { gp: '5' } }]
  b.projects = [
    { id: 'p1', unitId: 'u1', name: '项目甲', kind: 'current', amounts: { gp: '20', uf: '3' } },
    { id: 'p2', unitId: 'u2', name: '项目乙', kind: 'current', amounts: { gf: '50', sp: '6' } },
    { id: 'p3', unitId: 'u3', name: '项目丙', kind: 'current', amounts: { soe: '12' } },
    { id: 'p4', unitId: 'u2', name: '结转甲', kind: 'carry', amounts: { gf: '7', gp: '4' } },
    { id: 'p5', unitId: 'u3', name: '结转乙', kind: 'carry', amounts: { soe: '1' } },
  ]
  return b
}

const clean = (o: object): string => JSON.stringify(Object.entries(o).filter(([, v]) => v && v !== '0').sort())

/**
 * What a published file can carry of a book, in comparable form: units by name (a 参公 unit
 * publishes like a 行政 one), 项 amounts, 表六, revenue, 表十, 表十一 and projects by unit and name.
 */
export function publishedDetail(book: BudgetBook): unknown {
  const unitName = (id: string): string => book.units.find((u) => u.id === id)?.name ?? id
  return {
    units: book.units.map((u) => [u.name, u.type === '参公' ? '行政' : u.type]),
    subjects: [...book.subjects].sort((a, b) => a.code.localeCompare(b.code)).map((s) => [s.code, s.name, clean(s.basic), clean(s.project), clean(s.carry)]),
    econ: book.econ.map((e) => [e.deptClass, e.deptName, e.govName, e.amount]),
    revenue: [...book.govFundRevenue, ...book.soeRevenue].map((r) => [r.code, r.name, r.amount]),
    threePublic: Object.entries(book.threePublic).map(([k, v]) => [k, clean(v)]),
    running: book.runningCosts.filter((r) => Object.values(r.amounts).some(Boolean)).map((r) => [unitName(r.unitId), clean(r.amounts)]),
    projects: book.projects.map((p) => [p.kind, unitName(p.unitId), p.name, clean(p.amounts)]),
  }
}
