// Last year's figures of a book, computed by its own derivation: the same numbers its
// published tables print (before rounding), keyed by the stable ids of shared/model/prior.ts.
import type { BudgetBook, PriorYear } from '../model/book'
import { PRIOR_HEADLINES, priorId, type PriorHeadline } from '../model/prior'
import { fenToString, type Fen } from '../model/money'
import { Derivation } from '../engine/derivation'
import { cellId } from '../tables/cell-ids'
import { rowIdOfSubject } from '../tables/tree-rows'
import { inputKey } from '../engine/keys'

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

export function priorFigures(book: BudgetBook): PriorYear {
  const d = new Derivation(book)
  const unit = book.amountUnit
  const read = (ref: string): Fen => {
    const v = d.value(ref)
    return typeof v === 'bigint' ? v : 0n
  }
  const figures: Record<string, string> = {}
  // Headlines always, so "no 三公经费 last year" reads as a stated 0, not as a missing figure.
  for (const id of Object.keys(PRIOR_HEADLINES) as PriorHeadline[]) figures[id] = fenToString(read(HEADLINE_REFS[id]), unit)
  // Per-row figures only when nonzero (absent means zero).
  const put = (id: string, fen: Fen): void => {
    if (fen !== 0n) figures[id] = fenToString(fen, unit)
  }
  for (const s of book.subjects) put(priorId.subject(s.code), read(cellId('t3', rowIdOfSubject(s.code), 'total')))
  for (const p of book.projects) {
    if (p.kind === 'current') put(priorId.project(p.id), read(cellId('t12', `p:${p.id}`, 'total')))
  }
  for (const e of book.econ) put(priorId.econ(e.id), read(inputKey.econ(e.id)))
  return { year: book.year, figures }
}
