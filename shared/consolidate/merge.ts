// Adding units' figures into one department book. Units keep their identity (their projects
// and 机关运行经费 stay theirs); 功能科目 merge by code, 表六 items by class and names, revenue
// lines by code, 三公经费 add up. Lines of one file are never folded into each other: only a
// line that another file (or the department's skeleton) already has is added to.
import { cloneJson } from '../util/clone'
import type { BudgetBook, ByFiscal, BySource, ConsolidationPart, EconLine, PartFigures, RevenueLine, SubjectLine } from '../model/book'
import { T10_ITEMS } from '../model/book'
import { fenToString, toFen, type AmountUnit } from '../model/money'

/** a + b as an amount string; an absent (or '') side leaves the other exactly as written. */
function add(a: string | undefined, b: string | undefined, unit: AmountUnit): string | undefined {
  if (a === undefined || a === '') return b ?? a
  if (b === undefined || b === '') return a
  return fenToString(toFen(a, unit) + toFen(b, unit), unit)
}

function addSources<T extends BySource | ByFiscal>(into: T, more: T, unit: AmountUnit): T {
  const out: Record<string, string | undefined> = { ...into }
  for (const [s, v] of Object.entries(more)) out[s] = add(out[s], v, unit)
  return out as T
}

/**
 * Lines keyed for merging. The k-th line of a file with a given key adds into the k-th line
 * already there with that key (a book may hold the same 表六 names twice), or is appended.
 */
class Merger<T> {
  readonly lines: T[] = []
  private readonly byKey = new Map<string, T[]>()
  private seen = new Map<string, number>()
  constructor(private readonly key: (line: T) => string) {}

  /** Start the next file: occurrence counts restart. */
  next(): void {
    this.seen = new Map()
  }

  put(line: T, merge: (into: T, line: T) => void): void {
    const k = this.key(line)
    const k_th = this.seen.get(k) ?? 0
    this.seen.set(k, k_th + 1)
    const list = this.byKey.get(k) ?? []
    this.byKey.set(k, list)
    const into = list[k_th]
    if (into) return merge(into, line)
    const copy = cloneJson(line)
    this.lines.push(copy)
    list.push(copy)
  }
}

/** Two files' 表六 lines may share an id (each numbers its own e1, e2 …): later ones get fresh ids. */
function uniqueIds(lines: EconLine[]): EconLine[] {
  const seen = new Set<string>()
  let n = lines.length
  for (const line of lines) {
    while (seen.has(line.id)) line.id = `e${++n}`
    seen.add(line.id)
  }
  return lines
}

const econKey = (e: EconLine): string => `${e.deptClass}|${e.deptName.trim()}|${e.govName.trim()}`

/**
 * The department book: `skeleton` (the department's own rows, amounts cleared, and the projects
 * and 机关运行经费 of units no file covers) plus every part's figures.
 */
export function mergeParts(skeleton: BudgetBook, parts: readonly ConsolidationPart[]): BudgetBook {
  const unit = skeleton.amountUnit
  const subjects = new Merger<SubjectLine>((s) => s.code)
  const econ = new Merger<EconLine>(econKey)
  const gf = new Merger<RevenueLine>((r) => r.code)
  const soe = new Merger<RevenueLine>((r) => r.code)
  const mergeSubject = (into: SubjectLine, s: SubjectLine): void => {
    into.basic = addSources(into.basic, s.basic, unit)
    into.project = addSources(into.project, s.project, unit)
    into.carry = addSources(into.carry, s.carry, unit)
  }
  const mergeEcon = (into: EconLine, e: EconLine): void => {
    into.amount = add(into.amount, e.amount, unit) ?? ''
    into.deptCode ??= e.deptCode
    into.govCode ??= e.govCode
    if (into.deptCode === undefined) delete into.deptCode
    if (into.govCode === undefined) delete into.govCode
  }
  const mergeRevenue = (into: RevenueLine, r: RevenueLine): void => void (into.amount = add(into.amount, r.amount, unit) ?? '')
  const all: Pick<PartFigures, 'subjects' | 'econ' | 'govFundRevenue' | 'soeRevenue'>[] = [skeleton, ...parts.map((p) => p.figures)]
  for (const figures of all) {
    for (const m of [subjects, econ, gf, soe]) m.next()
    for (const s of figures.subjects) subjects.put(s, mergeSubject)
    for (const e of figures.econ) econ.put(e, mergeEcon)
    for (const r of figures.govFundRevenue) gf.put(r, mergeRevenue)
    for (const r of figures.soeRevenue) soe.put(r, mergeRevenue)
  }
  const threePublic = cloneJson(skeleton.threePublic)
  for (const p of parts) for (const item of T10_ITEMS) threePublic[item] = addSources(threePublic[item], p.figures.threePublic[item], unit)
  const units = [...skeleton.units]
  for (const p of parts) for (const u of p.figures.units) if (!units.some((x) => x.id === u.id)) units.push(u)
  return {
    ...skeleton,
    units,
    subjects: subjects.lines,
    econ: uniqueIds(econ.lines),
    govFundRevenue: gf.lines,
    soeRevenue: soe.lines,
    threePublic,
    runningCosts: [...skeleton.runningCosts, ...parts.flatMap((p) => p.figures.runningCosts)],
    projects: [...skeleton.projects, ...parts.flatMap((p) => p.figures.projects)],
    consolidation: { parts: [...parts] },
  }
}
