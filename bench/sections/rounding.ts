// 舍位平衡 figures: balancing the synthetic department (100 units, 5,000 projects, 400 项) kept
// in 元 with 元-level detail, which is what exporting such a book costs on top of the plain
// export, and the average over small random books.
import { mapAmounts } from '../../shared/model/convert-unit'
import { fenToString, toFen } from '../../shared/model/money'
import type { BudgetBook } from '../../shared/model/book'
import { Derivation } from '../../shared/engine/derivation'
import { balanceForPrint } from '../../shared/rounding'
import { syntheticDepartment } from '../synthetic'
import { median, seeded, time } from '../stats'

const RUNS = 5
const SMALL_BOOKS = 100

/** The book in 元, each nonzero amount given 元 and 分 detail (deterministic). */
export function inYuan(book: BudgetBook, seed = 11): BudgetBook {
  const int = seeded(seed)
  const yuan = mapAmounts(book, (text) => {
    if (text.trim() === '') return text
    const fen = toFen(text, book.amountUnit)
    return fen === 0n ? text : fenToString(fen + BigInt(int(1_000_000)), '元')
  })
  return { ...yuan, amountUnit: '元' }
}

function smallBook(seed: number): BudgetBook {
  // A mid-sized slice of the synthetic department: its first units' projects, 60 项, 20 表六 rows.
  const big = syntheticDepartment(seed)
  const units = big.units.slice(0, 3)
  const ids = new Set(units.map((u) => u.id))
  return inYuan({
    ...big,
    units,
    subjects: big.subjects.slice(0, 60),
    econ: big.econ.slice(0, 20),
    projects: big.projects.filter((p) => ids.has(p.unitId)),
    runningCosts: big.runningCosts.filter((r) => ids.has(r.unitId)),
  }, seed)
}

export async function benchRounding(): Promise<Record<string, number>> {
  const book = inYuan(syntheticDepartment())
  const truth = new Derivation(book)
  balanceForPrint(book, { truth }) // warm-up
  const runs: number[] = []
  let result = balanceForPrint(book, { truth })
  for (let i = 0; i < RUNS; i++) runs.push(time(() => (result = balanceForPrint(book, { truth }))))
  const errors = result.issues.filter((i) => i.severity === 'error').length

  const small: number[] = []
  let smallErrors = 0
  for (let s = 0; s < SMALL_BOOKS; s++) {
    const b = smallBook(100 + s)
    const d = new Derivation(b)
    small.push(time(() => {
      smallErrors += balanceForPrint(b, { truth: d }).issues.filter((i) => i.severity === 'error').length
    }))
  }
  console.log(`rounding: ${result.adjustments.length} adjusted inputs, ${result.totals.length} totals off plain rounding, ${result.issues.length} notes on the synthetic department`)
  return {
    rounding_synthetic_ms: median(runs),
    rounding_synthetic_adjusted: result.adjustments.length,
    rounding_synthetic_errors: errors,
    rounding_small_median_ms: median(small),
    rounding_small_errors: smallErrors,
  }
}
