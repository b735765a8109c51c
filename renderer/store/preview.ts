// The 万元 preview of a book kept in 元: the tables as the export will print them after 舍位平衡,
// read-only, with every cell the balancing moved away from plain rounding marked and explained.
import type { BudgetBook } from '../../shared/model/book'
import { fixedWan, formatAmount } from '../../shared/model/money'
import { balanceForPrint, type PrintAdjustment } from '../../shared/rounding'
import type { Derivation } from '../../shared/engine/derivation'
import type { CellMark } from '../grid/columns'
import { markKey } from './findings'

export interface PrintPreview {
  /** The book this preview was computed for; any edit makes it stale. */
  forBook: BudgetBook
  /** The balanced book's derivation: every value a whole 0.01 万元. */
  derivation: Derivation
  marks: Map<string, CellMark>
  /** Typed amounts the balancing adjusted, and derived totals that differ from plain rounding. */
  adjusted: number
  totals: number
  /** How many cells each table marks (one adjustment may show in several tables, a table shows only its own). */
  markedCells: ReadonlyMap<string, number>
  /** What could not be met (never expected), in Chinese. */
  problems: string[]
}

function explain(a: PrintAdjustment, unit: BudgetBook['amountUnit'], kind: string): string {
  const sign = a.printedValue > a.roundedValue ? '+' : ''
  return `舍位平衡（${kind}）：真实数 ${formatAmount(a.trueValue, unit)} ${unit}，四舍五入为 ${fixedWan(a.roundedValue)}，公开数 ${fixedWan(a.printedValue)}（${sign}${fixedWan(a.printedValue - a.roundedValue)} 万元）`
}

export function buildPreview(book: BudgetBook): PrintPreview {
  const result = balanceForPrint(book)
  const marks = new Map<string, CellMark>()
  const markedCells = new Map<string, number>()
  const mark = (a: PrintAdjustment, kind: string): void => {
    for (const at of a.locations) {
      const key = markKey(at.table, at.row, at.col)
      const prev = marks.get(key)
      if (!prev) markedCells.set(at.table, (markedCells.get(at.table) ?? 0) + 1)
      marks.set(key, { severity: 'warning', messages: [...(prev?.messages ?? []), explain(a, book.amountUnit, kind)] })
    }
  }
  for (const a of result.adjustments) mark(a, '调整明细数')
  for (const t of result.totals) mark(t, '合计随明细调整')
  return {
    forBook: book,
    derivation: result.derivation,
    marks,
    adjusted: result.adjustments.length,
    totals: result.totals.length,
    markedCells,
    problems: result.issues.filter((i) => i.severity === 'error').map((i) => i.message),
  }
}
