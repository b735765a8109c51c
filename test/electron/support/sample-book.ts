// A realistic hand-made book: a 部门 with one 行政 unit and one 事业 unit, every table in use,
// and all consistency relations holding. Figures in 万元 (or converted to 元 by the caller).
import { emptyBook, type BudgetBook, type EconLine, type SubjectLine, type UnitType } from '../../../shared/model/book'
import { deptEcon, proposeGovEcon } from '../../../shared/catalog/economic'
import { functionSubject } from '../../../shared/catalog/functions'

const subject = (code: string, parts: Partial<Pick<SubjectLine, 'basic' | 'project' | 'carry'>>): SubjectLine => ({
  code,
  name: functionSubject(code)?.name ?? code,
  basic: parts.basic ?? {},
  project: parts.project ?? {},
  carry: parts.carry ?? {},
})

let econSeq = 0
const econ = (deptCode: string, amount: string, unitType: UnitType = '行政'): EconLine => {
  const gov = proposeGovEcon(deptCode, unitType)
  return {
    id: `e${++econSeq}`,
    deptClass: deptCode.slice(0, 3),
    deptCode,
    deptName: deptEcon(deptCode)?.name ?? deptCode,
    ...(gov ? { govCode: gov.code } : {}),
    govName: gov?.name ?? '',
    amount,
  }
}

export function sampleBook(): BudgetBook {
  econSeq = 0
  const book = emptyBook('孝义市城市管理局', 2026)
  book.units = [
    { id: 'u1', name: '孝义市城市管理局', type: '行政' },
    { id: 'u2', name: '孝义市环境卫生服务中心', type: '事业' },
  ]
  book.subjects = [
    subject('2120101', { basic: { gp: '812.35' } }),
    subject('2120199', { project: { gp: '150' }, carry: { gp: '20' } }),
    subject('2120501', { basic: { gp: '1430.6', sp: '60' }, project: { gp: '2860', uf: '45' }, carry: { gp: '250' } }),
    subject('2120803', { project: { gf: '3700' }, carry: { gf: '37' } }),
    subject('2080501', { basic: { gp: '35.2' } }),
    subject('2080505', { basic: { gp: '268.42' } }),
    subject('2080506', { basic: { gp: '96.1' } }),
    subject('2101101', { basic: { gp: '88.36' } }),
    subject('2101102', { basic: { gp: '72.8' } }),
    subject('2210201', { basic: { gp: '190.55' } }),
  ]
  book.econ = [
    econ('30101', '980'), econ('30102', '520'), econ('30103', '160'), econ('30108', '268.42'),
    econ('30109', '96.1'), econ('30110', '161.16'), econ('30113', '190.55'),
    econ('30201', '120'), econ('30205', '30'), econ('30206', '85'), econ('30211', '40'),
    econ('30217', '8'), econ('30228', '25'), econ('30231', '48'), econ('30299', '126.95'),
    econ('30302', '35.2'), econ('31002', '100'),
  ]
  book.govFundRevenue = [{ code: '1030148', name: '国有土地使用权出让收入', amount: '3700' }]
  book.threePublic = { abroad: {}, reception: { gp: '8' }, vehiclePurchase: {}, vehicleOps: { gp: '48' } }
  book.runningCosts = [{ unitId: 'u1', amounts: { gp: '300' } }]
  book.projects = [
    { id: 'p1', unitId: 'u1', name: '城市管理执法专项经费', kind: 'current', subject: '2120199', amounts: { gp: '150' } },
    { id: 'p2', unitId: 'u1', name: '城市照明及公益事业电费', kind: 'current', subject: '2120501', amounts: { gp: '850' } },
    { id: 'p3', unitId: 'u1', name: '城市基础设施建设项目', kind: 'current', subject: '2120803', amounts: { gf: '3700' } },
    { id: 'p4', unitId: 'u2', name: '城区环境卫生保洁服务（含垃圾清运、公厕管护及道路机械化清扫）', kind: 'current', subject: '2120501', amounts: { gp: '2010', uf: '45' } },
    { id: 'p5', unitId: 'u1', name: '天然气供热管道更新改造工程', kind: 'carry', amounts: { gp: '270' } },
    { id: 'p6', unitId: 'u2', name: '城市绿地健康步道建设项目', kind: 'carry', amounts: { gf: '37' } },
  ]
  return book
}
