// What the workbook tells the clerk about 舍位平衡: a final sheet that says why some figures
// differ from rounding each cell on its own, and lists every cell adjusted (where it shows,
// its true value, plain rounding, what is printed, the adjustment), then the totals that
// consequently differ from plain rounding, then anything that could not be met.
import type { BudgetBook } from '../model/book'
import { fixedWan, type Fen } from '../model/money'
import type { Derivation } from '../engine/derivation'
import type { BalanceResult, PrintAdjustment } from './balance'
import { CellDescriber } from './describe'
import { exactWan } from './verify'

export const ROUNDING_SHEET = '舍位平衡说明'

export const REPORT_COLUMNS = ['表', '行', '列', '真实数（万元）', '四舍五入（万元）', '公开数（万元）', '调整（万元）'] as const

export interface ReportLine {
  table: string
  row: string
  column: string
  trueValue: Fen
  roundedValue: Fen
  printedValue: Fen
  adjustment: Fen
  /** The true value in 万元 with every decimal it has (0.0049). */
  trueText: string
}

export interface RoundingReport {
  title: string
  /**
   * Why the printed figures are balanced, in one paragraph: the sheet opens with it and the
   * disclosure document prints it as the 注 of its tables, so the two cannot disagree.
   */
  summary: string
  /** Paragraphs above the lists (the summary first). */
  intro: string[]
  adjusted: ReportLine[]
  totals: ReportLine[]
  /** Grand totals that gave way, and any condition not met (should be empty of errors). */
  notes: string[]
}

/** ±0.01 written with its sign. */
export function signedWan(fen: Fen): string {
  return (fen > 0n ? '+' : '') + fixedWan(fen)
}

function lines(d: Derivation, list: readonly PrintAdjustment[]): ReportLine[] {
  const describer = new CellDescriber(d)
  return list.map((a) => {
    const at = a.locations[0]
    const where = at ? describer.describe(at) : { table: '', row: a.ref, column: '' }
    return { ...where, trueValue: a.trueValue, roundedValue: a.roundedValue, printedValue: a.printedValue, adjustment: a.adjustment, trueText: exactWan(a.trueValue) }
  })
}

/** The report for a balanced book; null when nothing needed balancing (no sheet then). */
export function roundingReport(book: BudgetBook, result: BalanceResult): RoundingReport | null {
  if (!result.needed) return null
  const unit = book.amountUnit === '元' ? '以元录入' : '录入的金额精确到 0.01 万元以下'
  // The summary opens the sheet and is the document's 注, so it says whether any figure was adjusted.
  const promise = '各表合计数等于所列明细数之和，表与表之间的数字一致，表一收支总计为真实总计的四舍五入数，每个公开数与真实数相差不到 0.01 万元。'
  const summary = result.adjustments.length === 0
    ? `本套报表${unit}，公开时按万元保留两位小数。所有明细数均按四舍五入公开，无需作舍位平衡：${promise}`
    : `本套报表${unit}，公开时按万元保留两位小数。逐格四舍五入会使合计数与明细数之和相差 0.01 万元（尾差），`
      + `因此对部分明细数的尾数作了舍位平衡：${promise}`
  const intro = result.adjustments.length === 0
    ? [summary]
    : [summary, `下列 ${result.adjustments.length} 个明细数未按四舍五入公开，调整额为公开数与四舍五入数之差。`]
  // Adjusted figures shown first on an entry sheet (locations list published tables first) are named by it.
  const sheets = new Set(result.adjustments.flatMap((a) => a.locations.slice(0, 1).map((l) => l.table)).filter((t) => result.truth.tables.def(t).internal))
  for (const t of sheets) intro.push(`“${result.truth.tables.def(t).short}”指本软件的录入表：其中的数字不单独公开，计入表二、表三等各表的合计。`)
  const notes = result.issues.map((i) => i.message)
  return {
    title: ROUNDING_SHEET,
    summary,
    intro,
    adjusted: lines(result.truth, result.adjustments),
    totals: lines(result.truth, result.totals),
    notes,
  }
}
