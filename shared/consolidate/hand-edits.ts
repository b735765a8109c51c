// The department's own corrections since the last 汇总. A consolidated book keeps the parts its
// figures were added up from; rebuilding the department from those parts and comparing with the
// open book gives exactly what the clerk changed by hand afterwards. The next 汇总 keeps them:
// - a unit's own figures (its 机关运行经费, its projects) go into its part when that unit did not
//   re-send, and are replaced by the new file when it did;
// - department-wide lines (功能科目, 表六, revenue, 三公) are sums with no per-unit attribution,
//   so the difference is carried as a signed adjustment added after the parts. It is computed
//   afresh at each 汇总 from the stored parts and the open book (no stored state to go stale).
//   When a re-sent file changes a line by exactly the department's adjustment, the unit made
//   the same correction: the adjustment is dropped so the amount is not counted twice.
// Every edit kept or replaced is listed, so no amount changes silently.
import type { BudgetBook, ConsolidationPart, Project, RunningCostLine } from '../model/book'
import { formatAmount, toFen, type AmountUnit, type Fen } from '../model/money'
import { convertParts } from '../model/convert-unit'
import { keyParts } from '../model/keys'
import { bookAmounts, writeAmount } from '../engine/inputs'
import { Derivation, type CellLocation } from '../engine/derivation'
import { CellDescriber } from '../rounding/describe'
import { STANDARD_TABLES } from '../tables'
import { mergeParts } from './merge'
import { departmentSkeleton } from './skeleton'

export interface HandEdit {
  /** Kept (still in the book after this 汇总) or replaced by a re-sent unit's file. */
  kept: boolean
  table: string
  row: string
  column: string
  /** The amount in the open book before this 汇总, and after it, in the book's unit. */
  before: string
  after: string
  note?: string
}

/**
 * One edit in a line: 表十一 孝义市城市管理局 · 一般公共预算：111.11 → 114.76（…）; an edit kept at
 * the same amount shows that amount once (an arrow between two equal figures reads as a change).
 */
export function editText(e: HandEdit): string {
  const where = [e.table, e.row].filter(Boolean).join(' ') + (e.column ? ` · ${e.column}` : '')
  const amounts = e.before === e.after ? e.after : `${e.before} → ${e.after}`
  return `${where}：${amounts}${e.note ? `（${e.note}）` : ''}`
}

const UNIT_KINDS = new Set(['t11', 'prj'])
const partUnitIds = (parts: readonly ConsolidationPart[]): Set<string> => new Set(parts.flatMap((p) => p.figures.units.map((u) => u.id)))

export class HandEdits {
  /** The department as the last 汇总 left it (open book's structure, stored parts' figures). */
  private readonly rebuilt: BudgetBook
  private readonly was: Map<string, Fen>
  private readonly now: Map<string, Fen>
  private readonly projectUnit = new Map<string, string>()

  constructor(private readonly base: BudgetBook, private readonly oldParts: readonly ConsolidationPart[]) {
    this.rebuilt = mergeParts(departmentSkeleton(base, partUnitIds(oldParts)), oldParts)
    this.was = bookAmounts(this.rebuilt)
    this.now = bookAmounts(base)
    for (const p of [...this.rebuilt.projects, ...base.projects]) this.projectUnit.set(p.id, p.unitId)
  }

  /** Whether some amount is the same, and not zero, in both: then the parts cannot be 10,000× off. */
  agreesSomewhere(): boolean {
    for (const [k, v] of this.now) if (v !== 0n && this.was.get(k) === v) return true
    return false
  }

  private changed: string[] | null = null
  /** Input keys whose amount the clerk changed since the last 汇总. */
  changedKeys(): string[] {
    const keys = new Set([...this.was.keys(), ...this.now.keys()])
    return (this.changed ??= [...keys].filter((k) => (this.was.get(k) ?? 0n) !== (this.now.get(k) ?? 0n)))
  }

  private unitOf(key: string): string | undefined {
    const [kind, owner = ''] = keyParts(key)
    if (!UNIT_KINDS.has(kind!)) return undefined
    return kind === 't11' ? owner : this.projectUnit.get(owner)
  }

  /** Why a unit figure of a unit that did not re-send is as it is. */
  private keptNote(key: string, unit: AmountUnit): string {
    const [kind, owner] = keyParts(key)
    if (kind === 'prj' && !this.rebuilt.projects.some((p) => p.id === owner)) return '部门新增的项目，保留'
    if (kind === 'prj' && !this.base.projects.some((p) => p.id === owner)) return '部门删除的项目，保持删除'
    return `此前汇总的单位数为 ${formatAmount(this.was.get(key) ?? 0n, unit)}，保留部门修改的数`
  }

  /** A re-sent unit's amount at `key` (its 机关运行经费, or the same project by kind and name) in the new book. */
  private resentAmount(key: string, merged: BudgetBook, fresh: ReadonlyMap<string, Fen>): Fen {
    const [kind, owner = '', source = ''] = keyParts(key)
    if (kind !== 'prj') return fresh.get(key) ?? 0n
    const was = this.base.projects.find((p) => p.id === owner) ?? this.rebuilt.projects.find((p) => p.id === owner)
    const same = was && merged.projects.find((p) => p.unitId === was.unitId && p.kind === was.kind && p.name.trim() === was.name.trim())
    return same ? toFen(same.amounts[source as keyof typeof same.amounts] ?? '0', merged.amountUnit) : 0n
  }

  /**
   * Old parts that stay (slots still holding them) take their units' 机关运行经费 and projects
   * as the open book shows them: hand edits of those, including projects added, removed or
   * renamed by the department, survive the rebuild.
   */
  carryUnitFigures(slots: (ConsolidationPart | null)[]): void {
    // One pass over the book's lists, in the book's order, into the part of each line's unit.
    const partOf = new Map<string, number>()
    this.oldParts.forEach((old, i) => {
      if (slots[i] === old) for (const u of old.figures.units) partOf.set(u.id, i)
    })
    const running = new Map<number, RunningCostLine[]>()
    const projects = new Map<number, Project[]>()
    const into = <T extends { unitId: string }>(lists: Map<number, T[]>, x: T): void => {
      const i = partOf.get(x.unitId)
      if (i === undefined) return
      const list = lists.get(i)
      if (list) list.push(x)
      else lists.set(i, [x])
    }
    for (const r of this.base.runningCosts) into(running, r)
    for (const p of this.base.projects) into(projects, p)
    for (const i of new Set(partOf.values())) {
      const old = this.oldParts[i]!
      slots[i] = { ...old, figures: { ...old.figures, runningCosts: running.get(i) ?? [], projects: projects.get(i) ?? [] } }
    }
  }

  /**
   * `merged` (the skeleton plus the new parts) with the department-wide adjustments added, and
   * the list of every hand edit kept or replaced. `resent`: unit ids a file of this 汇总 covers.
   */
  apply(merged: BudgetBook, resent: ReadonlySet<string>): { book: BudgetBook; edits: HandEdit[] } {
    const keys = this.changedKeys()
    if (!keys.length) return { book: merged, edits: [] }
    const fresh = bookAmounts(merged)
    let book = merged
    const found: { key: string; kept: boolean; before: Fen; after: Fen; note?: string; gone?: Fen; adjustment?: Fen }[] = []
    for (const key of keys) {
      const before = this.now.get(key) ?? 0n
      const unitId = this.unitOf(key)
      if (unitId !== undefined) {
        // A unit that did not re-send keeps the open book's figures (carryUnitFigures). A re-sent
        // unit's project may come back under another id: it is found by unit, kind and name.
        const kept = !resent.has(unitId)
        const after = kept ? before : this.resentAmount(key, merged, fresh)
        found.push({ key, kept, before, after, note: kept ? this.keptNote(key, merged.amountUnit) : '该单位重报了文件，以文件中的数为准' })
        continue
      }
      if (!this.now.has(key) && !keyExists(this.base, key)) {
        // A line the department deleted: the units' files still carry it, so it is back.
        found.push({ key, kept: false, before: 0n, after: fresh.get(key) ?? 0n, note: '部门删除的行，单位文件中仍有此数，已按单位数恢复', gone: this.was.get(key) ?? 0n })
        continue
      }
      const adjustment = before - (this.was.get(key) ?? 0n)
      const change = (fresh.get(key) ?? 0n) - (this.was.get(key) ?? 0n)
      if (change !== 0n && change === adjustment) {
        found.push({ key, kept: false, before, after: fresh.get(key) ?? 0n, note: '重报的单位文件已作同样的修改，不再另加' })
        continue
      }
      const after = (fresh.get(key) ?? 0n) + adjustment
      book = writeAmount(book, key, after)
      const sign = adjustment > 0n ? '多' : '少'
      const note = `比各单位汇总数${sign} ${formatAmount(adjustment < 0n ? -adjustment : adjustment, merged.amountUnit)}，此差额保留`
        + (change !== 0n ? '；本次重报的单位也改动了这一行，请核对这一调整是否仍然需要' : '')
      found.push({ key, kept: true, before, after, note, adjustment })
    }
    // A renamed 表六 (or revenue) line looks like a line deleted plus another line raised by the
    // same amount: the units' files still use the old name, so both would count. Say so.
    for (const g of found) {
      if (g.gone === undefined) continue
      const twin = found.find((k) => k.adjustment === g.gone && keyParts(k.key)[0] === keyParts(g.key)[0])
      if (!twin) continue
      const warning = '；疑为改了名称的行：单位文件中仍是原名称，两行会重复计算，请撤销（Ctrl+Z），把名称改回原样后再汇总'
      g.note += warning
      twin.note += warning
    }
    // Every edit is named where the clerk made it: in the open book (the project ids of the new
    // book may name other projects), or, for a line the department deleted, in the rebuilt one.
    const describeOld = describerFor(this.base, keys)
    const describeGone = describerFor(this.rebuilt, keys)
    const unit = merged.amountUnit
    const edits = found.map((f): HandEdit => {
      const where = (f.gone === undefined ? describeOld(f.key) : undefined) ?? describeGone(f.key) ?? { table: '', row: f.key, column: '' }
      return { kept: f.kept, ...where, before: formatAmount(f.before, unit), after: formatAmount(f.after, unit), ...(f.note ? { note: f.note } : {}) }
    })
    // In table order (表五 before 表十一), as the clerk goes through the tables to check them.
    const order = new Map(STANDARD_TABLES.all.map((t, i) => [t.short, i]))
    edits.sort((x, y) => (order.get(x.table) ?? 99) - (order.get(y.table) ?? 99))
    return { book, edits }
  }
}

/**
 * The hand edits of a consolidated `base` against its stored parts. Parts an earlier version left
 * in the old 金额单位 when the clerk switched it (it converted the book but not its parts) are
 * converted exactly (`converted`), when that alone explains every difference from the open book.
 */
export function readHandEdits(base: BudgetBook, parts: readonly ConsolidationPart[]): { edits: HandEdits; parts: readonly ConsolidationPart[]; converted: boolean } {
  const asIs = new HandEdits(base, parts)
  if (!parts.length || !asIs.changedKeys().length || asIs.agreesSomewhere()) return { edits: asIs, parts, converted: false }
  const other: AmountUnit = base.amountUnit === '万元' ? '元' : '万元'
  try {
    const converted = convertParts(parts, other, base.amountUnit)
    const alt = new HandEdits(base, converted)
    if (!alt.changedKeys().length) return { edits: alt, parts: converted, converted: true }
  } catch {
    // Not amounts of the other unit (too many decimals for it): the parts are as they were.
  }
  return { edits: asIs, parts, converted: false }
}

function keyExists(book: BudgetBook, key: string): boolean {
  const [kind, owner] = keyParts(key)
  switch (kind) {
    case 'sub': return book.subjects.some((s) => s.code === owner)
    case 'econ': return book.econ.some((e) => e.id === owner)
    case 'rev7': return book.govFundRevenue.some((r) => r.code === owner)
    case 'rev9': return book.soeRevenue.some((r) => r.code === owner)
    default: return true
  }
}

/**
 * `book` with only the lines `keys` name (and every unit): their rows are laid out as in the whole
 * book, and a derivation of it costs nothing next to one of a department with 5,000 projects.
 */
function excerpt(book: BudgetBook, keys: readonly string[]): BudgetBook {
  const owners = new Set(keys.map((k) => keyParts(k).slice(0, 2).join('|')))
  const has = (kind: string, owner: string): boolean => owners.has(`${kind}|${owner}`)
  return {
    ...book,
    subjects: book.subjects.filter((s) => has('sub', s.code)),
    econ: book.econ.filter((e) => has('econ', e.id)),
    govFundRevenue: book.govFundRevenue.filter((r) => has('rev7', r.code)),
    soeRevenue: book.soeRevenue.filter((r) => has('rev9', r.code)),
    runningCosts: book.runningCosts.filter((r) => has('t11', r.unitId)),
    projects: book.projects.filter((p) => has('prj', p.id)),
  }
}

/** Where an input key shows, in a clerk's words: its first published table (the entry sheet last). */
function describerFor(book: BudgetBook, keys: readonly string[]): (key: string) => { table: string; row: string; column: string } | undefined {
  // Made on the first key asked about: a 汇总 with no hand edits derives nothing.
  let made: { d: Derivation; describer: CellDescriber; order: Map<string, number> } | null = null
  return (key) => {
    if (!made) {
      const d = new Derivation(excerpt(book, keys))
      made = { d, describer: new CellDescriber(d), order: new Map(d.tables.all.map((t, i) => [t.id, (t.internal ? 1000 : 0) + i])) }
    }
    const { d, describer, order } = made
    const at: CellLocation | undefined = [...(d.locations.get(key) ?? [])].sort((a, b) => order.get(a.table)! - order.get(b.table)!)[0]
    return at ? describer.describe(at) : undefined
  }
}
