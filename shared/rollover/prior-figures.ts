// Last year's figures of a book, computed by its own derivation: the same numbers its
// published tables print (before rounding), keyed by the stable ids of shared/model/prior.ts.
import type { BudgetBook, PriorYear } from '../model/book'
import { PRIOR_HEADLINES, priorId, publishedPriorId, type PriorHeadline } from '../model/prior'
import { fenToString, roundToWanCents, toFen, type Fen } from '../model/money'
import type { PrintedDifference } from '../import/report'
import { printedFen } from '../import/printed-amount'
import { Derivation } from '../engine/derivation'
import { cellId } from '../tables/cell-ids'
import { rowIdOfSubject } from '../tables/tree-rows'
import { inputKey } from '../model/keys'
import { balanceForPrint, needsBalancing } from '../rounding'

/** The engine cell each headline figure is read from. */
const HEADLINE_REFS: Record<PriorHeadline, string> = {
  total: cellId('t1', 'f:grand', 'incAmount'),
  gp: cellId('t2', 'total', 'gp'),
  gf: cellId('t2', 'total', 'gf'),
  soe: cellId('t2', 'total', 'soe'),
  threePublic: cellId('t10', 'total', 'total'),
  runningCosts: cellId('t11', 'total', 'total'),
  'threePublic:abroad': cellId('t10', 'abroad', 'total'),
  'threePublic:reception': cellId('t10', 'reception', 'total'),
  'threePublic:vehicle': cellId('t10', 'vehicle', 'total'),
  'threePublic:vehiclePurchase': cellId('t10', 'vehiclePurchase', 'total'),
  'threePublic:vehicleOps': cellId('t10', 'vehicleOps', 'total'),
}

/**
 * The engine cell each 上年数 id is read from, for this book's rows: the headlines always, a
 * 项's 表三 合计, a current project's 表十二 合计, a 表六 item's amount.
 */
export function priorRefs(book: BudgetBook): Map<string, string> {
  const refs = new Map<string, string>()
  for (const id of Object.keys(PRIOR_HEADLINES) as PriorHeadline[]) refs.set(id, HEADLINE_REFS[id])
  for (const s of book.subjects) refs.set(priorId.subject(s.code), cellId('t3', rowIdOfSubject(s.code), 'total'))
  for (const p of book.projects) if (p.kind === 'current') refs.set(priorId.project(p.id), cellId('t12', `p:${p.id}`, 'total'))
  for (const e of book.econ) refs.set(priorId.econ(e.id), inputKey.econ(e.id))
  return refs
}

/** The engine cell of each class and unit total stored at 结转 (see priorId.econClass), for this book's rows. */
function groupRefs(book: BudgetBook): Map<string, string> {
  const refs = new Map<string, string>()
  for (const e of book.econ) refs.set(priorId.econClass(e.deptClass), cellId('t6', `k:${e.deptClass}`, 'total'))
  for (const u of book.units) refs.set(priorId.unitProjects(u.id), cellId('t12', `u:${u.id}`, 'total'))
  return refs
}

/**
 * The headlines a published workbook prints otherwise than the book read out of it computes
 * (its import differences: a 尾差 the publisher left), kept on the book as `asPublished` with the
 * figure computed then: the printed one is what was published.
 */
export function headlinesAsPrinted(differences: readonly PrintedDifference[], d: Derivation): BudgetBook['asPublished'] {
  const out: NonNullable<BudgetBook['asPublished']> = {}
  for (const id of Object.keys(PRIOR_HEADLINES) as PriorHeadline[]) {
    const ref = HEADLINE_REFS[id]
    const diff = differences.find((x) => x.ref === ref && x.printed !== null)
    const computed = d.value(ref)
    if (!diff || typeof computed !== 'bigint') continue
    const printed = diff.unit === '元' ? toFen(diff.printed!, '元') : printedFen(diff.printed)
    out[id] = { printed: fenToString(printed, '万元'), computed: fenToString(computed, '万元') }
  }
  return Object.keys(out).length ? out : undefined
}

/**
 * The published figure of each headline `asPublished` keeps, by engine ref, while the book still
 * computes what it computed when it was read (an amount changed since makes the printed figure
 * another book's).
 */
function keptAsPublished(book: BudgetBook, d: Derivation): Map<string, Fen> {
  const out = new Map<string, Fen>()
  for (const [id, kept] of Object.entries(book.asPublished ?? {})) {
    const ref = HEADLINE_REFS[id as PriorHeadline]
    const v = ref ? d.value(ref) : undefined
    if (typeof v === 'bigint' && v === toFen(kept.computed, '万元')) out.set(ref!, toFen(kept.printed, '万元'))
  }
  return out
}

/** Last year's figures for 结转 (the headlines as published beside the exact ones where they differ: `asPublished`, 舍位平衡). */
export function priorFigures(book: BudgetBook): PriorYear {
  const d = new Derivation(book)
  const printed = keptAsPublished(book, d)
  const unit = book.amountUnit
  // Every figure is last year's exact amount: the 上年数对比 columns compare it with this year's.
  // The 情况说明 compares published figures ("比上年减少0.01万元"), so where a headline was
  // published off its own rounding — 舍位平衡 of a 元 book, or a 尾差 the published workbook
  // carries — the published figure is kept beside it.
  const balanced = needsBalancing(book) ? balanceForPrint(book, { truth: d }) : null
  const figures: Record<string, string> = {}
  for (const [id, ref] of [...priorRefs(book), ...groupRefs(book)]) {
    const v = d.value(ref)
    const fen: Fen = typeof v === 'bigint' ? v : 0n
    // Headlines always, so "no 三公经费 last year" reads as a stated 0, not as a missing figure;
    // per-row figures only when nonzero (absent means zero).
    if (Object.hasOwn(PRIOR_HEADLINES, id) || fen !== 0n) figures[id] = fenToString(fen, unit)
    if (!Object.hasOwn(PRIOR_HEADLINES, id)) continue
    const shown = printed.get(ref) ?? (balanced ? (balanced.value(ref) ?? 0n) : undefined)
    if (shown !== undefined && shown !== roundToWanCents(fen)) figures[publishedPriorId(id)] = fenToString(shown, unit)
  }
  return { year: book.year, figures }
}
