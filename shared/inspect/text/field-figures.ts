// Figures of a 情况说明 that no table prints but the book keeps (schema v2, shared/model/
// disclosure.ts): 政府采购 by kind, 绩效目标 counts and amounts of the projects under 绩效目标
// 管理, 国有资产 (公务用车, 办公用房, 通用设备), and how many units of each kind. Placed by the
// same words as the table figures; when the book has not the field, the figure is unplaced
// with that reason.
import { PROCUREMENT_KINDS, VEHICLE_KINDS, VEHICLE_NAMES, type ProcurementKind } from '../../model/disclosure'
import type { Project } from '../../model/book'
import type { PrintedFigures } from '../printed-figures'
import type { TextFigure } from './extract'
import { toScaled } from './numbers'

/** A book-field figure: its value scaled to `places` decimals, and where the clerk typed it. */
export type FieldVerdict = { where: string; field: string; value: bigint; places: number } | { reason: string }

const PROCUREMENT_WORDS: [RegExp, ProcurementKind][] = [[/货物/, 'goods'], [/工程/, 'works'], [/服务/, 'services']]

function procurement(f: TextFigure, pf: PrintedFigures): FieldVerdict | undefined {
  if (f.role !== 'amount') return undefined
  const p = pf.book.disclosure?.procurement
  if (!p || PROCUREMENT_KINDS.every((k) => p[k] === undefined)) return { reason: '预算书中未填政府采购预算，无法核对' }
  for (const [re, kind] of PROCUREMENT_WORDS) {
    if (re.test(f.label)) return { where: `政府采购${kind === 'goods' ? '货物' : kind === 'works' ? '工程' : '服务'}预算`, field: `disclosure.procurement.${kind}`, value: toScaled(p[kind] ?? '0', 2), places: 2 }
  }
  if (/总额|合计|总计|采购预算/.test(f.label)) {
    return { where: '政府采购预算总额', field: 'disclosure.procurement', value: PROCUREMENT_KINDS.reduce((t, k) => t + toScaled(p[k] ?? '0', 2), 0n), places: 2 }
  }
  return undefined
}

function performance(f: TextFigure, before: TextFigure[], pf: PrintedFigures): FieldVerdict | undefined {
  const book = pf.book
  // 整体绩效目标: the money the clerk typed.
  if (/整体/.test(f.sentence) && f.role === 'amount') {
    const perf = book.disclosure?.performance
    if (!perf) return { reason: '预算书中未填整体绩效目标涉及的资金，无法核对' }
    const basic = toScaled(perf.basic ?? '0', 2)
    const project = toScaled(perf.project ?? '0', 2)
    if (/基本支出/.test(f.label)) return { where: '整体绩效目标 基本支出', field: 'disclosure.performance.basic', value: basic, places: 2 }
    if (/项目支出/.test(f.label)) return { where: '整体绩效目标 项目支出', field: 'disclosure.performance.project', value: project, places: 2 }
    return { where: '整体绩效目标涉及资金', field: 'disclosure.performance', value: basic + project, places: 2 }
  }
  const marked = book.projects.filter((p) => p.perf)
  if (!marked.length) return { reason: '预算书中没有标明纳入绩效目标管理的项目，无法核对' }
  // As the text counts them (explanation/sections-other.ts sectionTen): projects with an amount only.
  const managed = marked.filter((p) => projectCents(p, pf) !== 0n)
  // The group a count or amount speaks of: published or all managed projects, then a category.
  const published = /公开|涉及项目金额/.test(f.sentence)
  const pool = published ? managed.filter((p) => p.perf!.published) : managed
  const words = f.role === 'count' ? f.label : [...before].reverse().find((g) => g.role === 'count')?.label ?? ''
  const category = /其他运转类/.test(words) ? '其他运转类' : /特定目标类/.test(words) ? '特定目标类' : null
  const group = category ? pool.filter((p) => p.perf!.category === category) : pool
  const what = `${published ? '公开绩效目标的' : '纳入绩效目标管理的'}${category ?? ''}项目`
  if (f.role === 'count') return { where: `${what}个数`, field: 'projects.perf', value: BigInt(group.length), places: 0 }
  if (f.role === 'amount') return { where: `${what}金额`, field: 'projects.perf', value: sumProjects(group, pf), places: 2 }
  return undefined
}

const projectCents = (p: Project, pf: PrintedFigures): bigint => pf.cents(p.kind === 'carry' ? 't13' : 't12', `p:${p.id}`, 'total') ?? 0n

function sumProjects(list: Project[], pf: PrintedFigures): bigint {
  return list.reduce((t, p) => t + projectCents(p, pf), 0n)
}

function assets(f: TextFigure, before: TextFigure[], pf: PrintedFigures): FieldVerdict | undefined {
  const a = pf.book.disclosure?.assets
  if (f.role === 'amount' && /^[（(]?原值|以上/.test(f.trail)) return { reason: '设备原值的门槛金额，不是要核对的数' }
  if (!a) return { reason: '预算书中未填国有资产占有使用情况，无法核对' }
  if (f.unit === '辆') {
    const v = a.vehicles ?? {}
    const kind = VEHICLE_KINDS.find((k) => f.label.endsWith(VEHICLE_NAMES[k]))
    if (kind) return { where: `${VEHICLE_NAMES[kind]}实有数`, field: `disclosure.assets.vehicles.${kind}.actual`, value: BigInt(v[kind]?.actual ?? 0), places: 0 }
    const quota = /编制/.test(f.label)
    const sum = VEHICLE_KINDS.reduce((t, k) => t + (quota ? (v[k]?.quota ?? 0) : (v[k]?.actual ?? 0)), 0)
    return { where: `公务用车${quota ? '编制' : '实有'}数`, field: 'disclosure.assets.vehicles', value: BigInt(sum), places: 0 }
  }
  if (f.unit === '平方米') {
    if (a.officeArea === undefined) return { reason: '预算书中未填办公用房面积，无法核对' }
    return { where: '办公用房建筑总面积', field: 'disclosure.assets.officeArea', value: toScaled(a.officeArea, 2), places: 2 }
  }
  if (f.unit === '台/套') {
    const threshold = [...before].reverse().find((g) => g.role === 'amount')?.value
    const key = threshold === '100' ? 'equipment100' : 'equipment50'
    return { where: `原值${threshold === '100' ? 100 : 50}万元以上通用设备`, field: `disclosure.assets.${key}`, value: BigInt(a[key] ?? 0), places: 0 }
  }
  return undefined
}

/** 所属N家行政单位: the clerk's counts, else the book's units by type. */
function unitCount(f: TextFigure, pf: PrintedFigures): FieldVerdict | undefined {
  const kind = /^行政单位/.test(f.trail) ? 'admin' : /^参照公务员法管理/.test(f.trail) ? 'civil' : /^事业单位/.test(f.trail) ? 'institution' : null
  if (f.role !== 'count' || (f.unit !== '家' && f.unit !== '个') || !kind) return undefined
  // Outside the 情况说明 (概况's 机构设置: "下属2个事业单位" names subordinate bodies, which need not be
  // budget units of the tables) a count is the clerk's prose, not the disclosure's unit count.
  if (f.section === null) return undefined
  const typed = pf.book.disclosure?.unitCounts
  const type = { admin: '行政', civil: '参公', institution: '事业' }[kind]
  const n = typed && Object.values(typed).some((x) => x !== undefined) ? (typed[kind] ?? 0) : pf.book.units.filter((u) => u.type === type).length
  return { where: `所属${{ admin: '行政单位', civil: '参公单位', institution: '事业单位' }[kind]}数`, field: `disclosure.unitCounts.${kind}`, value: BigInt(n), places: 0 }
}

/** The book field a figure states, the reason it cannot be checked, or undefined: not a field figure. */
export function fieldFigure(f: TextFigure, before: TextFigure[], pf: PrintedFigures): FieldVerdict | undefined {
  switch (f.section) {
    case 'procurement':
      return procurement(f, pf)
    case 'performance':
      return performance(f, before, pf)
    case 'assets':
      return assets(f, before, pf)
    default:
      return unitCount(f, pf)
  }
}
