// Validation of the disclosure's typed parts (book v2, shared/model/disclosure.ts), kept apart
// from validate.ts so the tables' fields and these evolve separately. Each problem is a Chinese
// sentence naming the place, as validateBook reports them.
import {
  PERF_CATEGORIES, PROCUREMENT_KINDS, PROCUREMENT_NAMES, REASON_IDS, REASON_LABELS, UNIT_KIND_NAMES, VEHICLE_KINDS, VEHICLE_NAMES,
} from './disclosure'
import { AmountError, MAX_DECIMALS, toFen } from './money'

type Obj = Record<string, unknown>
const isObj = (x: unknown): x is Obj => typeof x === 'object' && x !== null && !Array.isArray(x)
const AMOUNT = /^\d+(\.\d+)?$/
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/
/** Generous bounds that still catch a figure typed in the wrong field. */
const MAX_COUNT = 1_000_000
const MAX_TEXT = 20_000

function validDate(s: string): boolean {
  const m = DATE.exec(s)
  if (!m) return false
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])]
  const t = new Date(Date.UTC(y, mo - 1, d))
  return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d
}

class Problems {
  readonly list: string[] = []

  text(v: unknown, place: string): void {
    if (v === undefined) return
    if (typeof v !== 'string') this.list.push(`${place}应为文字`)
    else if (v.length > MAX_TEXT) this.list.push(`${place}过长（最多 ${MAX_TEXT} 字）`)
  }

  count(v: unknown, place: string): void {
    if (v === undefined) return
    if (!(typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= MAX_COUNT)) this.list.push(`${place}应为 0 到 ${MAX_COUNT} 之间的整数`)
  }

  amount(v: unknown, place: string): void {
    if (v === undefined || v === '') return
    if (typeof v !== 'string' || !AMOUNT.test(v)) return void this.list.push(`${place}应为不小于零的数字`)
    try {
      toFen(v, '万元')
    } catch (e) {
      if (!(e instanceof AmountError)) throw e
      this.list.push(`${place}“${v}”小数位过多，以万元为单位最多 ${MAX_DECIMALS['万元']} 位小数`)
    }
  }

  object(v: unknown, place: string): v is Obj {
    if (v === undefined) return false
    if (isObj(v)) return true
    this.list.push(`${place}应为对象`)
    return false
  }

  keys(o: Obj, allowed: readonly string[], place: string): void {
    for (const k of Object.keys(o)) if (!allowed.includes(k)) this.list.push(`${place}有未知的项目“${k}”`)
  }
}

/** The fields of `book.disclosure` this version knows; anything else is refused, as elsewhere in the book. */
export const DISCLOSURE_FIELDS: readonly string[] = [
  'duties', 'organization', 'unitCounts', 'reasons', 'procurement', 'assets', 'performance', 'purchaseCatalog', 'otherNotes', 'glossary',
]

/** Problems of `book.disclosure` (absent is fine: nothing typed yet). */
export function disclosureProblems(x: unknown): string[] {
  const p = new Problems()
  if (x === undefined) return p.list
  if (!p.object(x, '公开文本资料')) return p.list
  p.keys(x, DISCLOSURE_FIELDS, '公开文本资料')
  p.text(x.duties, '概况“职责”')
  p.text(x.organization, '概况“机构设置”')
  p.text(x.purchaseCatalog, '其他说明“政府购买服务指导性目录”')
  p.text(x.otherNotes, '其他说明“其他”')
  if (p.object(x.unitCounts, '所属单位数')) {
    p.keys(x.unitCounts, Object.keys(UNIT_KIND_NAMES), '所属单位数')
    for (const [k, name] of Object.entries(UNIT_KIND_NAMES)) p.count(x.unitCounts[k], `所属${name}数`)
  }
  if (p.object(x.reasons, '增减原因')) {
    p.keys(x.reasons, REASON_IDS, '增减原因')
    for (const id of REASON_IDS) p.text(x.reasons[id], `“${REASON_LABELS[id]}”的原因`)
  }
  if (p.object(x.procurement, '政府采购')) {
    p.keys(x.procurement, PROCUREMENT_KINDS, '政府采购')
    for (const k of PROCUREMENT_KINDS) p.amount(x.procurement[k], `政府采购${PROCUREMENT_NAMES[k]}预算`)
  }
  if (p.object(x.performance, '整体绩效目标')) {
    p.keys(x.performance, ['basic', 'project'], '整体绩效目标')
    p.amount(x.performance.basic, '整体绩效目标的基本支出')
    p.amount(x.performance.project, '整体绩效目标的项目支出')
  }
  const a = x.assets
  if (p.object(a, '国有资产')) {
    p.keys(a, ['asOf', 'vehicles', 'officeArea', 'equipment50', 'equipment100'], '国有资产')
    if (a.asOf !== undefined && !(typeof a.asOf === 'string' && validDate(a.asOf))) p.list.push('国有资产的截至日期应为“年-月-日”形式的有效日期')
    if (a.officeArea !== undefined && !(typeof a.officeArea === 'string' && AMOUNT.test(a.officeArea))) p.list.push('办公用房建筑总面积应为不小于零的数字')
    p.count(a.equipment50, '50万元以上通用设备数')
    p.count(a.equipment100, '100万元以上通用设备数')
    if (p.object(a.vehicles, '公务用车')) {
      p.keys(a.vehicles, VEHICLE_KINDS, '公务用车')
      for (const k of VEHICLE_KINDS) {
        const v = a.vehicles[k]
        if (!p.object(v, VEHICLE_NAMES[k])) continue
        p.keys(v, ['quota', 'actual'], VEHICLE_NAMES[k])
        p.count(v.quota, `${VEHICLE_NAMES[k]}编制数`)
        p.count(v.actual, `${VEHICLE_NAMES[k]}实有数`)
      }
    }
  }
  if (x.glossary !== undefined) {
    if (!Array.isArray(x.glossary)) p.list.push('名词解释应为列表')
    else x.glossary.forEach((g, i) => {
      const place = `名词解释第 ${i + 1} 条`
      if (!isObj(g) || typeof g.term !== 'string' || typeof g.text !== 'string') p.list.push(`${place}应有名词和解释文字`)
      else {
        p.keys(g, ['term', 'text'], place)
        p.text(g.text, place)
      }
    })
  }
  return p.list
}

/** Problems of one project's `perf` (absent is fine). */
export function projectPerfProblems(v: unknown, place: string): string[] {
  if (v === undefined) return []
  if (!isObj(v)) return [`${place}的绩效目标应为对象`]
  const out: string[] = []
  for (const k of Object.keys(v)) if (k !== 'category' && k !== 'published') out.push(`${place}的绩效目标有未知的项目“${k}”`)
  if (!(PERF_CATEGORIES as readonly unknown[]).includes(v.category)) out.push(`${place}的绩效项目类别应为“其他运转类”或“特定目标类”`)
  if (typeof v.published !== 'boolean') out.push(`${place}的绩效目标是否公开应为真假值`)
  return out
}
