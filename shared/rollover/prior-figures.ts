// Last year's figures of a book, computed by its own derivation: the same numbers its
// published tables print (before rounding), keyed by the stable ids of shared/model/prior.ts.
import type { BudgetBook, PriorYear } from '../model/book'
import { PRIOR_HEADLINES, priorId, type PriorHeadline } from '../model/prior'
import { fenToString, type Fen } from '../model/money'
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

export function priorFigures(book: BudgetBook): PriorYear {
  const d = new Derivation(book)
  const unit = book.amountUnit
  // The headlines are what next year's 情况说明 compares with ("比上年减少0.01万元"), so they are
  // last year's figures as published: after 舍位平衡 when the book needed it (a 元 book), where a
  // figure may print 0.01 万元 off its own rounding. Per-row figures stay exact: the 上年数对比
  // columns compare them with this year's typed amounts.
  const published = needsBalancing(book) ? balanceForPrint(book, { truth: d }) : null
  const figures: Record<string, string> = {}
  for (const [id, ref] of [...priorRefs(book), ...groupRefs(book)]) {
    const v = published && Object.hasOwn(PRIOR_HEADLINES, id) ? published.value(ref) : d.value(ref)
    const fen: Fen = typeof v === 'bigint' ? v : 0n
    // Headlines always, so "no 三公经费 last year" reads as a stated 0, not as a missing figure;
    // per-row figures only when nonzero (absent means zero).
    if (Object.hasOwn(PRIOR_HEADLINES, id) || fen !== 0n) figures[id] = fenToString(fen, unit)
  }
  return { year: book.year, figures }
}
