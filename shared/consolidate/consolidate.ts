// 汇总: a department book from its units' files. Each file is checked against the department
// (year, the department that issued it, units already received in this batch) and refused as
// a whole when it does not belong; an accepted file becomes one consolidation part, replacing
// the part an earlier file of the same unit gave. The department's figures are then rebuilt
// from its skeleton and all parts, so re-reading one unit's corrected file changes that unit only.
import type { BudgetBook, ConsolidationPart, PartFigures, Project, Unit } from '../model/book'
import { convertUnit } from '../model/convert-unit'
import type { AmountUnit } from '../model/money'
import { Derivation } from '../engine/derivation'
import type { TemplateIdentity } from '../template/identity'
import type { ReadBackFinding } from '../template/read-back'
import { mergeParts } from './merge'
import { departmentSkeleton } from './skeleton'
import { readHandEdits, type HandEdit } from './hand-edits'
import { foreignBook, newUnitLines, replacedOnFirstConsolidation, resentFileLines, scopeNote } from './notes'
import { idsNamed } from '../edit/fresh-ids'

/** One unit file as read: its book, or why it could not be read. */
export interface UnitReturn {
  /** The file name, as the report names it. */
  source: string
  /** The figures read; null when reading refused the file (findings say why). */
  book: BudgetBook | null
  /** The fill-in workbook's identity; null for a .ysb or a published workbook. */
  identity: TemplateIdentity | null
  findings: ReadBackFinding[]
}

export interface ReportLine {
  severity: 'error' | 'warning' | 'info'
  message: string
  sheet?: string
  cell?: string
}

export interface ConsolidationEntry {
  source: string
  units: string[]
  status: 'accepted' | 'replaced' | 'refused'
  /** Why it was refused, what was added, what was replaced. */
  lines: ReportLine[]
  /** The unit's own 勾稽 checks (C1–C10) on its own figures. */
  checks: { errors: number; warnings: number; messages: { severity: 'error' | 'warning'; message: string }[] }
}

export interface ConsolidationReport {
  department: string
  year: number
  /** The unit the department book's amounts (and the edits listed) are in. */
  amountUnit: AmountUnit
  entries: ConsolidationEntry[]
  /** Units of the department no file has come in for yet. */
  missing: string[]
  /** Amounts the department changed by hand since the last 汇总: kept, or replaced by a re-sent file. */
  edits: HandEdit[]
  notes: string[]
}

export interface ConsolidateOptions {
  /** The department's name when there is no department book yet. */
  department?: string
}

/** What accepting a file does to the part an earlier file of the same unit gave. */
function replacesPart(old: ConsolidationPart, year: number): string {
  if (old.carriedFrom === undefined) return `替换此前汇总的文件“${old.source}”`
  return `以该单位${year}年的文件取代结转时带入的上年数据（${old.carriedFrom}年汇总的文件“${old.source}”）`
}

const unitNames = (figures: Pick<PartFigures, 'units'>): string[] => figures.units.map((u) => u.name)

function unitChecks(book: BudgetBook): ConsolidationEntry['checks'] {
  const findings = new Derivation(book).findings()
  const errors = findings.filter((f) => f.severity === 'error').length
  return { errors, warnings: findings.length - errors, messages: findings.map((f) => ({ severity: f.severity, message: `${f.check} ${f.message}` })) }
}

/**
 * The department's projects before this 汇总, by id: 上年数 and the 情况说明's project figures
 * are keyed by project id, so an id must keep meaning the same project.
 */
interface EarlierProjects {
  byId: ReadonlyMap<string, string>
  /** Ids by unit, kind and name, in the department's order. */
  byKey: ReadonlyMap<string, readonly string[]>
}

const projectKey = (p: Pick<Project, 'name' | 'unitId' | 'kind'>): string => `${p.unitId}|${p.kind}|${p.name.trim()}`

function earlierProjects(projects: readonly Project[]): EarlierProjects {
  const byId = new Map<string, string>()
  const byKey = new Map<string, string[]>()
  for (const p of projects) {
    const key = projectKey(p)
    byId.set(p.id, key)
    byKey.set(key, [...(byKey.get(key) ?? []), p.id])
  }
  return { byId, byKey }
}

/** Ids of units and projects the department no longer has but whose 上年数 (or 汇总 parts) it still holds. */
interface Retired {
  units: ReadonlySet<string>
  projects: ReadonlySet<string>
}

/**
 * The figures of `book` with unit and project ids made the department's (units matched by name,
 * renamed on collision). A project takes the id the department's project of the same unit, kind
 * and name had (its 上年数 follow it); otherwise its own id, unless that id is taken or was
 * another project's (a unit's own file numbers p1, p2 … afresh), when it gets a new one.
 */
function adopt(book: BudgetBook, units: Unit[], takenProjects: Set<string>, earlier: EarlierProjects, retired: Retired): PartFigures {
  const unitId = new Map<string, string>()
  for (const u of book.units) {
    const same = units.find((x) => x.name === u.name)
    let id = same?.id ?? u.id
    if (!same) {
      for (let n = units.length + 1; units.some((x) => x.id === id) || retired.units.has(id); n++) id = `u${n}`
      units.push({ ...u, id })
    }
    unitId.set(u.id, id)
  }
  const projects = book.projects.map((p): Project => {
    const unit = unitId.get(p.unitId) ?? p.unitId
    const key = projectKey({ name: p.name, unitId: unit, kind: p.kind })
    const before = earlier.byKey.get(key)?.find((id) => !takenProjects.has(id))
    let id = before ?? p.id
    const free = (x: string): boolean => !takenProjects.has(x) && !retired.projects.has(x) && (!earlier.byId.has(x) || earlier.byId.get(x) === key)
    for (let n = takenProjects.size + 1; !free(id); n++) id = `p${n}`
    takenProjects.add(id)
    return { ...p, id, unitId: unit }
  })
  return {
    units: book.units.map((u) => ({ ...u, id: unitId.get(u.id)! })),
    subjects: book.subjects,
    econ: book.econ,
    govFundRevenue: book.govFundRevenue,
    soeRevenue: book.soeRevenue,
    threePublic: book.threePublic,
    runningCosts: book.runningCosts.map((r) => ({ ...r, unitId: unitId.get(r.unitId) ?? r.unitId })),
    projects,
  }
}

/**
 * Consolidate `returns` into `base` (the open department book; null: a new department from the
 * files alone). Returns the new book (null when nothing was accepted) and the report.
 */
export function consolidate(base: BudgetBook | null, returns: readonly UnitReturn[], options: ConsolidateOptions = {}): { book: BudgetBook | null; report: ConsolidationReport } {
  const first = base ?? returns.find((r) => r.book)?.book ?? null
  const department = base?.department ?? options.department ?? returns.find((r) => r.identity)?.identity?.department ?? first?.department ?? ''
  const year = first?.year ?? 0
  const amountUnit = first?.amountUnit ?? '万元'
  const report: ConsolidationReport = { department, year, amountUnit, entries: [], missing: [], edits: [], notes: [] }
  // The department's hand edits since the last 汇总, read before the parts change.
  const read = base?.consolidation ? readHandEdits(base, base.consolidation.parts) : null
  const oldParts = read?.parts ?? []
  const handEdits = read?.edits ?? null
  if (read?.converted) {
    report.notes.push(`此前汇总保存的各单位数据仍是改金额单位以前的${amountUnit === '万元' ? '元' : '万元'}（旧版本未随之换算），本次已精确换算为${amountUnit}后汇总`)
  }
  const slots: (ConsolidationPart | null)[] = [...oldParts]
  const batch = new Map<string, string>()
  const accepted: { source: string; book: BudgetBook; slot: number; entry: ConsolidationEntry; replaced: ConsolidationPart[] }[] = []

  for (const r of returns) {
    const entry: ConsolidationEntry = { source: r.source, units: r.book ? unitNames(r.book) : r.identity?.unit ? [r.identity.unit.name] : [], status: 'refused', lines: [...r.findings], checks: { errors: 0, warnings: 0, messages: [] } }
    report.entries.push(entry)
    const refuse = (message: string): void => void entry.lines.push({ severity: 'error', message })
    if (!r.book) {
      if (!entry.lines.some((l) => l.severity === 'error')) refuse('文件无法读取')
      continue
    }
    if (r.book.year !== year) { refuse(`这是 ${r.book.year} 年的文件，汇总的是 ${year} 年`); continue }
    if (r.identity && department && r.identity.department !== department) {
      refuse(`这是“${r.identity.department}”下发的填报表，不属于“${department}”`)
      continue
    }
    const foreign = r.identity ? undefined : foreignBook(r.book, department, base)
    if (foreign) { refuse(foreign); continue }
    const twice = entry.units.find((n) => batch.has(n))
    if (twice) { refuse(`单位“${twice}”已在本次汇总的文件“${batch.get(twice)}”中报送，同一单位只能报送一个文件`); continue }
    let book = r.book
    if (book.amountUnit !== amountUnit) {
      book = convertUnit(book, amountUnit)
      entry.lines.push({ severity: 'info', message: `金额单位由${r.book.amountUnit}精确换算为${amountUnit}` })
    }
    for (const n of entry.units) batch.set(n, r.source)
    entry.checks = unitChecks(r.book)
    // An earlier file of any of these units is replaced as a whole, in its place.
    let slot = -1
    const replaced: ConsolidationPart[] = []
    slots.forEach((old, i) => {
      if (!old || !unitNames(old.figures).some((n) => entry.units.includes(n))) return
      const others = unitNames(old.figures).filter((n) => !entry.units.includes(n))
      const also = others.length ? `（其中单位${others.join('、')}的数据一并移除）` : ''
      entry.lines.push({ severity: 'info', message: replacesPart(old, year) + also })
      // A part 结转 brought along is last year's: the unit's first file this year is not a re-send.
      if (old.carriedFrom === undefined) entry.status = 'replaced'
      replaced.push(old)
      slots[i] = null
      if (slot < 0) slot = i
    })
    if (entry.status !== 'replaced') entry.status = 'accepted'
    accepted.push({ source: r.source, book, slot, entry, replaced })
  }

  if (!accepted.length || !first) return { book: null, report }
  handEdits?.carryUnitFigures(slots)
  // Ids: units match the department's by name; a project keeps its id unless another unit's has it.
  const kept = slots.filter((p): p is ConsolidationPart => p !== null)
  const coveredNames = new Set([...kept.flatMap((p) => unitNames(p.figures)), ...accepted.flatMap((a) => unitNames(a.book))])
  const units: Unit[] = [...(base?.units ?? [])]
  const uncoveredIds = new Set(units.filter((u) => !coveredNames.has(u.name)).map((u) => u.id))
  const takenProjects = new Set([
    ...(base?.projects ?? []).filter((p) => uncoveredIds.has(p.unitId)).map((p) => p.id),
    ...kept.flatMap((p) => p.figures.projects.map((x) => x.id)),
  ])
  const knownUnits = base ? units.map((u) => u.name) : null
  const earlier = earlierProjects((base?.projects ?? []).filter((p) => !takenProjects.has(p.id)))
  // 上年数 of projects and units the department no longer has: their ids are not given to a new one.
  const current = new Set([...(base?.projects ?? []), ...units].map((x) => x.id))
  const gone = (kind: 'unit' | 'project'): Set<string> => new Set(base ? [...idsNamed(base, kind)].filter((id) => !current.has(id) && !takenProjects.has(id)) : [])
  const retired: Retired = { units: gone('unit'), projects: gone('project') }
  for (const a of accepted) {
    const part = { source: a.source, figures: adopt(a.book, units, takenProjects, earlier, retired) }
    if (a.slot >= 0) slots[a.slot] = part
    else slots.push(part)
    if (knownUnits) a.entry.lines.push(...newUnitLines(a.entry.units, knownUnits))
    // Last year's figures carried by 结转 differ from this year's file as a matter of course (all
    // of them, when 结转 cleared the amounts): the one line above says the new file replaces them.
    const sentBefore = a.replaced.filter((r) => r.carriedFrom === undefined)
    if (sentBefore.length) a.entry.lines.push(...resentFileLines(sentBefore.map((r) => r.figures), part.figures, amountUnit))
  }
  if (!knownUnits) {
    report.notes.push(`这是本部门的第一次汇总，没有原有的单位名单可以核对，单位按文件中的名称汇总：${units.map((u) => `“${u.name}”`).join('、')}；`
      + '同一单位名称写法不同会被当作两个单位重复计算，请核对')
  }
  const parts = slots.filter((p): p is ConsolidationPart => p !== null)
  const covered = new Set(parts.flatMap((p) => p.figures.units.map((u) => u.id)))
  let skeleton: BudgetBook
  if (base) {
    if (!base.consolidation) report.notes.push(...replacedOnFirstConsolidation(base, covered))
    skeleton = departmentSkeleton(base, covered)
  } else {
    const firstBook = returns.find((r) => r.book)!.book!
    const single = parts.length === 1
    const meta = departmentSkeleton({ ...firstBook, units: [], projects: [], runningCosts: [] }, covered)
    const { prior, ...rest } = meta
    skeleton = {
      ...rest,
      department,
      scope: single ? firstBook.scope : '部门',
      units: [],
      // 上年数 are department figures: one file's are kept, several files' are not added up here.
      ...(single && prior ? { prior: firstBook.prior! } : {}),
      subjectNames: Object.assign({}, ...returns.map((r) => r.book?.subjectNames ?? {}).reverse()),
    }
    if (!single && returns.some((r) => r.book?.prior)) report.notes.push('各单位文件中的上年数未汇总，请在部门预算中核对上年数')
  }
  const resent = new Set(accepted.flatMap((a) => a.book.units.map((u) => units.find((x) => x.name === u.name)?.id ?? '')))
  const { book, edits } = handEdits ? handEdits.apply(mergeParts(skeleton, parts), resent) : { book: mergeParts(skeleton, parts), edits: [] }
  report.edits = edits
  // A unit whose only figures are last year's, carried by 结转, has not sent this year's file yet.
  const sent = new Set(parts.filter((p) => p.carriedFrom === undefined).flatMap((p) => p.figures.units.map((u) => u.id)))
  report.missing = book.units.filter((u) => !sent.has(u.id)).map((u) => u.name)
  const scope = scopeNote(book)
  if (scope) report.notes.push(scope)
  return { book, report }
}
