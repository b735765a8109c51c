// The three conditions of 舍位平衡, checked from scratch on two derivations (true book, printed
// book), without using shared/rounding's own verifier: the tests must not trust the code under test.
import type { BudgetBook } from '../../../shared/model/book'
import { roundToWanCents, type Fen } from '../../../shared/model/money'
import { Derivation } from '../../../shared/engine/derivation'
import { isInputKey } from '../../../shared/model/keys'
import { PUBLISHED_TABLES } from '../../../shared/tables'

export const STEP = 10_000n
const abs = (x: Fen): Fen => (x < 0n ? -x : x)

/** Values of the cells a published table prints, by ref (plus the input keys of the book). */
export type Values = (ref: string) => Fen

export interface ConditionReport {
  notWhole: string[]
  notAdding: string[]
  tooFar: string[]
  relations: string[]
  primaryGrandTotal: string[]
  otherGrandTotals: string[]
  inputsNotFloorCeil: string[]
}

const RELATIONS = new Set(['C1', 'C2', 'C3', 'C4', 'C5', 'C6', 'C7'])

/** Grand totals checked here (the primary one must always hold; the others are counted). */
export const PRIMARY = ['t3!total!total', 't1!f:grand!incAmount']
export const OTHERS = [
  't4!f:grand!incAmount', 't5!total!total', 't2!total!total', 't6!total!total', 't8!total!total', 't7!total!amount',
  't9!total!total', 't9!inc!incAmount', 't12!dept!total', 't13!dept!total', 't10!total!total', 't11!total!total',
]

/**
 * Check the conditions given the true derivation and the printed values (`printed` may come
 * from a printed book's derivation or from numbers read back from an exported workbook).
 * `shown` limits the check to cells that are actually on the sheets (absent rows print zero).
 */
export function checkConditions(truth: Derivation, printed: Values, options: { printedFindings?: Derivation; shown?: (ref: string) => boolean } = {}): ConditionReport {
  const report: ConditionReport = { notWhole: [], notAdding: [], tooFar: [], relations: [], primaryGrandTotal: [], otherGrandTotals: [], inputsNotFloorCeil: [] }
  const seen = new Set<string>()
  for (const def of PUBLISHED_TABLES) {
    for (const row of truth.layouts.get(def.id) ?? []) {
      for (const cell of Object.values(row.cells)) {
        if (!cell || seen.has(cell.ref) || (options.shown && !options.shown(cell.ref))) continue
        seen.add(cell.ref)
        const t = truth.value(cell.ref) as Fen
        const p = printed(cell.ref)
        if (p % STEP !== 0n) report.notWhole.push(cell.ref)
        if (abs(p - t) >= STEP) report.tooFar.push(`${cell.ref} true ${t} printed ${p}`)
        if (cell.formula) {
          let sum = 0n
          for (const r of cell.formula.plus) sum += printed(r)
          for (const r of cell.formula.minus ?? []) sum -= printed(r)
          if (sum !== p) report.notAdding.push(`${cell.ref}: ${p} ≠ Σ ${sum}`)
        }
      }
    }
  }
  for (const ref of truth.locations.keys()) {
    if (!isInputKey(ref)) continue
    const t = truth.value(ref) as Fen
    const p = printed(ref)
    const floor = t >= 0n || t % STEP === 0n ? (t / STEP) * STEP : (t / STEP - 1n) * STEP
    if (p !== floor && p !== floor + (t % STEP === 0n ? 0n : STEP)) report.inputsNotFloorCeil.push(`${ref} true ${t} printed ${p}`)
  }
  if (options.printedFindings) {
    const key = (f: { check: string; cells: unknown }): string => `${f.check}|${JSON.stringify(f.cells)}`
    const before = new Set(truth.findings().filter((f) => RELATIONS.has(f.check)).map(key))
    for (const f of options.printedFindings.findings()) if (RELATIONS.has(f.check) && !before.has(key(f))) report.relations.push(f.message)
  }
  const primary = truth.value(PRIMARY[0]!) as Fen
  for (const ref of PRIMARY) {
    const t = truth.value(ref) as Fen
    if (t === primary && printed(ref) !== roundToWanCents(t)) report.primaryGrandTotal.push(`${ref} true ${t} printed ${printed(ref)}`)
  }
  for (const ref of OTHERS) {
    const t = truth.value(ref)
    if (typeof t === 'bigint' && printed(ref) !== roundToWanCents(t)) report.otherGrandTotals.push(ref)
  }
  return report
}

export function derivedValues(book: BudgetBook): { d: Derivation; values: Values } {
  const d = new Derivation(book)
  return { d, values: (ref) => d.value(ref) as Fen }
}

/** The hard failures of a report (everything but the ranked grand totals, which may give way). */
export function failures(r: ConditionReport): string[] {
  return [...r.notWhole, ...r.notAdding, ...r.tooFar, ...r.relations, ...r.primaryGrandTotal, ...r.inputsNotFloorCeil]
}
