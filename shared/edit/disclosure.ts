// Edits of the disclosure's typed parts (概况, reasons, 政府采购, 国有资产, 绩效, 其他说明,
// 名词解释, unit counts, 上年数): one pure function per field, each one undo step, refusing bad
// input with a Chinese message and changing nothing.
import type { BudgetBook, Project } from '../model/book'
import {
  PERF_CATEGORIES, PROCUREMENT_NAMES, REASON_LABELS, STANDARD_GLOSSARY, UNIT_KIND_NAMES, VEHICLE_NAMES,
  type Assets, type DisclosureFields, type GlossaryEntry, type ProcurementKind, type ProjectPerformance, type ReasonId,
  type UnitKindCount, type VehicleKind,
} from '../model/disclosure'
import { fenToString } from '../model/money'
import { parseEntry } from '../model/parse-entry'
import { PRIOR_HEADLINES } from '../model/prior'
import { done, refuse, type EditResult } from './result'

const MAX_TEXT = 20_000
const MAX_COUNT = 1_000_000

function withFields(book: BudgetBook, patch: (d: DisclosureFields) => DisclosureFields): EditResult {
  return done({ ...book, disclosure: patch({ ...(book.disclosure ?? {}) }) })
}

/** A typed text: trimmed at the ends, line breaks kept (paragraphs); empty clears the field. */
function text(value: string, label: string): { ok: true; text: string | undefined } | { ok: false; message: string } {
  const t = value.replace(/\r\n?/g, '\n').trim()
  if (t.length > MAX_TEXT) return { ok: false, message: `${label}过长，最多 ${MAX_TEXT} 字` }
  return { ok: true, text: t === '' ? undefined : t }
}

/** A non-negative amount in 万元 as typed ('1,234.56', '=100+20'); '' clears it. */
function wan(value: string, label: string): { ok: true; amount: string | undefined } | { ok: false; message: string } {
  if (value.trim() === '') return { ok: true, amount: undefined }
  const r = parseEntry(value, '万元')
  if (!r.ok) return { ok: false, message: `${label}：${r.message}` }
  if (r.fen < 0n) return { ok: false, message: `${label}不能为负数` }
  return { ok: true, amount: fenToString(r.fen, '万元') }
}

/** A count as typed ('3', '３'); '' clears it. */
function count(value: string, label: string): { ok: true; n: number | undefined } | { ok: false; message: string } {
  const t = value.replace(/[\s\u3000]/g, '').replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xff10 + 48))
  if (t === '') return { ok: true, n: undefined }
  if (!/^\d+$/.test(t) || Number(t) > MAX_COUNT) return { ok: false, message: `${label}应为 0 到 ${MAX_COUNT} 之间的整数` }
  return { ok: true, n: Number(t) }
}

function set<T extends object, K extends keyof T>(o: T, key: K, v: T[K] | undefined): T {
  const next = { ...o }
  if (v === undefined) delete next[key]
  else next[key] = v
  return next
}

export type ClerkText = 'duties' | 'organization' | 'purchaseCatalog' | 'otherNotes'
const TEXT_LABELS: Record<ClerkText, string> = { duties: '职责', organization: '机构设置', purchaseCatalog: '政府购买服务指导性目录', otherNotes: '其他说明' }

export function setClerkText(book: BudgetBook, field: ClerkText, value: string): EditResult {
  if (!(field in TEXT_LABELS)) return refuse('没有这一项')
  const t = text(value, TEXT_LABELS[field])
  if (!t.ok) return refuse(t.message)
  return withFields(book, (d) => set(d, field, t.text))
}

export function setReason(book: BudgetBook, id: ReasonId, value: string): EditResult {
  if (!(id in REASON_LABELS)) return refuse('没有这一项增减原因')
  const t = text(value, `${REASON_LABELS[id]}的原因`)
  if (!t.ok) return refuse(t.message)
  return withFields(book, (d) => {
    const reasons = set({ ...(d.reasons ?? {}) }, id, t.text)
    return set(d, 'reasons', Object.keys(reasons).length ? reasons : undefined)
  })
}

export function setProcurement(book: BudgetBook, kind: ProcurementKind, value: string): EditResult {
  if (!(kind in PROCUREMENT_NAMES)) return refuse('没有这一类政府采购')
  const a = wan(value, `政府采购${PROCUREMENT_NAMES[kind]}预算`)
  if (!a.ok) return refuse(a.message)
  return withFields(book, (d) => {
    const p = set({ ...(d.procurement ?? {}) }, kind, a.amount)
    return set(d, 'procurement', Object.keys(p).length ? p : undefined)
  })
}

export function setPerformanceAmount(book: BudgetBook, part: 'basic' | 'project', value: string): EditResult {
  if (part !== 'basic' && part !== 'project') return refuse('没有这一项')
  const a = wan(value, `整体绩效目标的${part === 'basic' ? '基本支出' : '项目支出'}`)
  if (!a.ok) return refuse(a.message)
  return withFields(book, (d) => {
    const p = set({ ...(d.performance ?? {}) }, part, a.amount)
    return set(d, 'performance', Object.keys(p).length ? p : undefined)
  })
}

function withAssets(book: BudgetBook, patch: (a: Assets) => Assets): EditResult {
  return withFields(book, (d) => {
    const a = patch({ ...(d.assets ?? {}) })
    return set(d, 'assets', Object.keys(a).length ? a : undefined)
  })
}

/** 截至 date as 'YYYY-MM-DD' (or '2025年12月31日'); '' returns to 12-31 of last year. */
export function setAssetsDate(book: BudgetBook, value: string): EditResult {
  const t = value.trim()
  if (t === '') return withAssets(book, (a) => set(a, 'asOf', undefined))
  const m = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(t)
  const iso = m ? `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}` : ''
  const d = iso ? new Date(`${iso}T00:00:00Z`) : null
  if (!d || Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== iso) return refuse('日期应写成“2025-12-31”或“2025年12月31日”')
  return withAssets(book, (a) => set(a, 'asOf', iso))
}

export function setVehicles(book: BudgetBook, kind: VehicleKind, which: 'quota' | 'actual', value: string): EditResult {
  if (!(kind in VEHICLE_NAMES) || (which !== 'quota' && which !== 'actual')) return refuse('没有这一类公务用车')
  const n = count(value, `${VEHICLE_NAMES[kind]}${which === 'quota' ? '编制数' : '实有数'}`)
  if (!n.ok) return refuse(n.message)
  return withAssets(book, (a) => {
    const v = set({ ...(a.vehicles?.[kind] ?? {}) }, which, n.n)
    const vehicles = set({ ...(a.vehicles ?? {}) }, kind, Object.keys(v).length ? v : undefined)
    return set(a, 'vehicles', Object.keys(vehicles).length ? vehicles : undefined)
  })
}

export function setOfficeArea(book: BudgetBook, value: string): EditResult {
  const t = value.replace(/[\s,，]/g, '').replace(/(平方米|㎡|m2)$/i, '')
  if (t !== '' && !/^\d+(\.\d{1,2})?$/.test(t)) return refuse('办公用房建筑总面积应为不小于零的数字（平方米，最多两位小数）')
  return withAssets(book, (a) => set(a, 'officeArea', t === '' ? undefined : t))
}

export function setEquipmentCount(book: BudgetBook, which: 'equipment50' | 'equipment100', value: string): EditResult {
  if (which !== 'equipment50' && which !== 'equipment100') return refuse('没有这一项')
  const n = count(value, `价值${which === 'equipment50' ? 50 : 100}万元以上的通用设备数`)
  if (!n.ok) return refuse(n.message)
  return withAssets(book, (a) => set(a, which, n.n))
}

export function setUnitCount(book: BudgetBook, kind: UnitKindCount, value: string): EditResult {
  if (!(kind in UNIT_KIND_NAMES)) return refuse('没有这一类单位')
  const n = count(value, `所属${UNIT_KIND_NAMES[kind]}数`)
  if (!n.ok) return refuse(n.message)
  return withFields(book, (d) => {
    const c = set({ ...(d.unitCounts ?? {}) }, kind, n.n)
    return set(d, 'unitCounts', Object.keys(c).length ? c : undefined)
  })
}

/** A project's 绩效 category and published flag; null takes it out of 绩效目标管理. */
export function setProjectPerformance(book: BudgetBook, id: string, perf: ProjectPerformance | null): EditResult {
  return setProjectsPerformance(book, new Map([[id, perf]]))
}

/**
 * Several projects' 绩效目标 at once (the form of 十 2), one edit: each id to its category and
 * published flag, or null to take it out of 绩效目标管理. Refused as a whole on an unknown project
 * or category.
 */
export function setProjectsPerformance(book: BudgetBook, changes: ReadonlyMap<string, ProjectPerformance | null>): EditResult {
  const ids = new Set(book.projects.map((p) => p.id))
  for (const [id, perf] of changes) {
    if (!ids.has(id)) return refuse('没有这个项目')
    if (perf && (!(PERF_CATEGORIES as readonly string[]).includes(perf.category) || typeof perf.published !== 'boolean')) {
      return refuse('绩效项目类别应为“其他运转类”或“特定目标类”')
    }
  }
  const projects = book.projects.map((p): Project => {
    if (!changes.has(p.id)) return p
    const perf = changes.get(p.id)
    const { perf: _old, ...rest } = p
    return perf ? { ...rest, perf: { category: perf.category, published: perf.published } } : rest
  })
  return done({ ...book, projects })
}

/** Replace one 名词解释 entry (index into the list shown, the standard twelve when none typed). */
export function setGlossaryEntry(book: BudgetBook, index: number, entry: GlossaryEntry): EditResult {
  const list = [...(book.disclosure?.glossary ?? STANDARD_GLOSSARY)]
  if (!Number.isInteger(index) || index < 0 || index > list.length) return refuse('没有这一条名词解释')
  const term = entry.term.trim()
  const t = text(entry.text, '名词解释')
  if (!t.ok) return refuse(t.message)
  if (!term || !t.text) return refuse('名词和解释都不能为空')
  list[index] = { term, text: t.text }
  return withFields(book, (d) => ({ ...d, glossary: list }))
}

export function removeGlossaryEntry(book: BudgetBook, index: number): EditResult {
  const list = [...(book.disclosure?.glossary ?? STANDARD_GLOSSARY)]
  if (!Number.isInteger(index) || index < 0 || index >= list.length) return refuse('没有这一条名词解释')
  list.splice(index, 1)
  return withFields(book, (d) => ({ ...d, glossary: list }))
}

/** Back to the standard twelve terms. */
export function resetGlossary(book: BudgetBook): EditResult {
  return withFields(book, (d) => set(d, 'glossary', undefined))
}

/** A 上年数 the text compares (收支总计, 三公 items, 机关运行经费 …), typed in the book's unit; '' makes it unknown. */
export function setPriorFigure(book: BudgetBook, id: string, value: string): EditResult {
  if (!(id in PRIOR_HEADLINES)) return refuse('没有这一项上年数')
  const figures = { ...(book.prior?.figures ?? {}) }
  if (value.trim() === '') delete figures[id]
  else {
    const r = parseEntry(value, book.amountUnit)
    if (!r.ok) return refuse(`上年数：${r.message}`)
    figures[id] = fenToString(r.fen, book.amountUnit)
  }
  return done({ ...book, prior: { year: book.prior?.year ?? book.year - 1, figures } })
}
