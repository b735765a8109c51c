// What 汇总 says about a file beyond its figures: whether it belongs to the department at all,
// which of its units the department did not have, whether a re-sent file changed anything, and
// whether the book's 公开类型 still fits after several units came in.
import type { BudgetBook, PartFigures } from '../model/book'
import { SOURCES, SOURCE_NAMES, T10_ITEMS, type SourceId } from '../model/book'
import { formatAmount, toFen, type AmountUnit, type Fen } from '../model/money'
import type { ReportLine } from './consolidate'

/**
 * Why `book` (a .ysb or a published workbook, which carry no issuing department as a fill-in
 * workbook does) is not the department's; undefined when it is. A unit's own 单位预算 is
 * named for the unit ("单位名称：…"): it belongs when the department has that unit.
 */
export function foreignBook(book: BudgetBook, department: string, base: BudgetBook | null): string | undefined {
  const name = book.department.trim()
  if (!department || name === department.trim()) return undefined
  const selfNamed = book.scope === '单位' && book.units.some((u) => u.name.trim() === name)
  if (selfNamed && (!base || base.units.some((u) => u.name.trim() === name))) return undefined
  const other = name ? `“${name}”的预算文件` : '没有填写部门名称的预算文件'
  const hint = selfNamed ? `；如“${name}”确是本部门新增的所属单位，请先在“基本信息”中添加该单位再汇总` : ''
  return `这是${other}，不属于“${department}”，未汇总其中任何数字${hint}`
}

/** Edit distance of two short names (a misspelt unit name is one or two characters off). */
function distance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const next = [i]
    for (let j = 1; j <= b.length; j++) next[j] = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1))
    row = next
  }
  return row[b.length]!
}

/** A warning for each unit of the file the department did not have (a misspelt name would be counted twice). */
export function newUnitLines(names: readonly string[], known: readonly string[]): ReportLine[] {
  return names.filter((n) => !known.includes(n)).map((n) => {
    const near = known.find((k) => distance(k, n) <= 2 || k.includes(n) || n.includes(k))
    const like = near ? `，与已有单位“${near}”相近` : ''
    return {
      severity: 'warning',
      message: `新增单位“${n}”：本部门原来没有这个单位${like}。如是已有单位改了名称或写错，这个单位会被重复计算，请撤销（Ctrl+Z），改正名称后再汇总`,
    }
  })
}

/**
 * One amount of a part. `own` names a unit's own figure (机关运行经费, a project) for the report:
 * the comparison key is an opaque string, never split again, so a name holding any character
 * (a project called "设备购置|维修") is named whole.
 */
interface PartAmount {
  fen: Fen
  own?: { where: string; source: SourceId }
}

/**
 * The part's amounts keyed without ids (a re-sent file numbers its rows and projects its own way).
 * A key is the JSON of its parts (kind, names, source, occurrence), so no name can run into the next.
 */
function amountsOf(f: PartFigures, unit: AmountUnit): Map<string, PartAmount> {
  const out = new Map<string, PartAmount>()
  const seen = new Map<string, number>()
  const put = (key: readonly string[], text: string | undefined, own?: PartAmount['own']): void => {
    if (!text) return
    const base = JSON.stringify(key)
    const n = (seen.get(base) ?? 0) + 1
    seen.set(base, n)
    const fen = toFen(text, unit)
    if (fen !== 0n) out.set(JSON.stringify([...key, n]), own ? { fen, own } : { fen })
  }
  const unitName = new Map(f.units.map((u) => [u.id, u.name]))
  const bySource = (key: readonly string[], amounts: Partial<Record<string, string>>, where?: string): void => {
    for (const s of SOURCES) put([...key, s], amounts[s], where === undefined ? undefined : { where, source: s })
  }
  for (const s of f.subjects) {
    bySource(['sub', s.code, 'b'], s.basic)
    bySource(['sub', s.code, 'p'], s.project)
    bySource(['sub', s.code, 'c'], s.carry)
  }
  for (const e of f.econ) put(['econ', e.deptClass, e.deptName.trim(), e.govName.trim()], e.amount)
  for (const r of f.govFundRevenue) put(['rev7', r.code], r.amount)
  for (const r of f.soeRevenue) put(['rev9', r.code], r.amount)
  for (const item of T10_ITEMS) bySource(['t10', item], f.threePublic[item])
  for (const r of f.runningCosts) {
    const name = unitName.get(r.unitId) ?? ''
    bySource(['t11', name], r.amounts, `表十一 ${name}`)
  }
  for (const p of f.projects) {
    const name = unitName.get(p.unitId) ?? ''
    bySource(['prj', name, p.kind, p.name.trim()], p.amounts, `${p.kind === 'carry' ? '表十三' : '表十二'} ${name} ${p.name.trim()}`)
  }
  return out
}

/** Whether two parts' amounts are the same amounts in the same places. */
function sameAmounts(x: ReadonlyMap<string, PartAmount>, y: ReadonlyMap<string, PartAmount>): boolean {
  return x.size === y.size && [...x].every(([k, v]) => y.get(k)?.fen === v.fen)
}

/**
 * What a re-sent unit's file changes, each part's amounts read once: "金额无变化" when it replaces
 * one file with the same amounts in the same places; otherwise each of that unit's own figures
 * (机关运行经费, projects) that differs, old → new. The part it replaces may hold the department's
 * own hand edits (kept in the part at an earlier 汇总), so this is the one place such an edit being
 * replaced by the unit's file can be seen.
 */
export function resentFileLines(before: readonly PartFigures[], after: PartFigures, unit: AmountUnit): ReportLine[] {
  const now = amountsOf(after, unit)
  const olds = before.map((f) => amountsOf(f, unit))
  if (olds.length === 1 && sameAmounts(olds[0]!, now)) return [{ severity: 'info', message: '金额无变化：与此前汇总的文件相同' }]
  const was = new Map<string, PartAmount>()
  for (const old of olds) {
    for (const [k, v] of old) {
      if (v.own) was.set(k, { fen: (was.get(k)?.fen ?? 0n) + v.fen, own: v.own })
    }
  }
  const lines: ReportLine[] = []
  for (const k of new Set([...was.keys(), ...now.keys()])) {
    const own = was.get(k)?.own ?? now.get(k)?.own
    if (!own) continue
    const a = was.get(k)?.fen ?? 0n
    const b = now.get(k)?.fen ?? 0n
    if (a === b) continue
    lines.push({ severity: 'info', message: `${own.where} · ${SOURCE_NAMES[own.source]}：${formatAmount(a, unit)} → ${formatAmount(b, unit)}（与此前汇总的数不同，以重报文件为准）` })
  }
  return lines
}

const anyAmount = (o: object): boolean => Object.values(o).some((v) => v !== undefined && v !== '' && v !== '0')

/**
 * What the first 汇总 into a book typed by hand replaces (the book has no parts to tell hand
 * edits from): its department-wide amounts, and the projects/机关运行经费 of the units that sent files.
 */
export function replacedOnFirstConsolidation(base: BudgetBook, covered: ReadonlySet<string>): string[] {
  const notes: string[] = []
  const tp = base.threePublic
  if (base.subjects.some((s) => anyAmount(s.basic) || anyAmount(s.project) || anyAmount(s.carry))
    || [...base.econ, ...base.govFundRevenue, ...base.soeRevenue].some((l) => anyAmount({ a: l.amount }))
    || T10_ITEMS.some((item) => anyAmount(tp[item]))) {
    notes.push('本书原有的科目、经济科目、收入和三公经费金额已由各单位的汇总数取代')
  }
  const typed = base.units.filter((u) => covered.has(u.id)
    && (base.projects.some((p) => p.unitId === u.id && anyAmount(p.amounts)) || base.runningCosts.some((r) => r.unitId === u.id && anyAmount(r.amounts))))
  if (typed.length) notes.push(`${typed.map((u) => `“${u.name}”`).join('、')}在本书中原有的项目和机关运行经费金额已由其报送文件中的数取代`)
  return notes
}

/** A 单位 book holding several units after 汇总 is most likely a department's: say so, change nothing. */
export function scopeNote(book: BudgetBook): string | undefined {
  if (book.scope !== '单位' || book.units.length < 2) return undefined
  return `本预算书的公开类型为单位预算公开，现有 ${book.units.length} 个单位；如为部门预算公开，请在“基本信息”中把公开类型改为部门`
}
