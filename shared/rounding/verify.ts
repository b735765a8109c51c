// The safety net: given the true book and the book to print, check the three promises of
// 舍位平衡 on the derived tables themselves, independently of how the printed book was made.
//   (1) every published table adds up on the printed figures: every figure is a whole 0.01 万元
//       (so printing two decimals rounds nothing more and each total is the sum of the printed
//       rows), the tables have the same rows, and no relation between tables (C1–C7) that holds
//       for the true figures fails for the printed ones;
//   (2) grand totals print as their true value rounded (the disclosure's total always; the
//       others ranked, see grand-totals.ts: a miss there is a warning);
//   (3) every printed figure is less than 0.01 万元 from its true value.
import type { BudgetBook } from '../model/book'
import { fixedWan, plainAmount, roundToWanCents, type Fen } from '../model/money'
import { Derivation, type CellLocation } from '../engine/derivation'
import type { Finding } from '../checks/checks'
import { GRAND_TOTALS, PRIMARY_RANK } from './grand-totals'
import { CellDescriber } from './describe'
import { absFen, isWholeStep, STEP } from './units'

export type PrintIssueKind = 'not-whole' | 'too-far' | 'relation' | 'grand-total' | 'layout'

export interface PrintIssue {
  kind: PrintIssueKind
  severity: 'error' | 'warning'
  ref?: string
  at?: CellLocation
  trueValue?: Fen
  printedValue?: Fen
  message: string
}

/** Relations between independently typed figures that rounding must not break. */
const RELATION_CHECKS = new Set(['C1', 'C2', 'C3', 'C4', 'C5', 'C6', 'C7'])

const findingKey = (f: Finding): string => `${f.check}|${JSON.stringify(f.cells)}`

/** 分 as 万元 with as many decimals as it needs (a true value: 1.4749 万元). */
/** A figure in 万元, exact (up to 6 decimals, at least 2): how messages state a true value. */
export const exactWan = (fen: Fen): string => plainAmount(fen, '万元')

export interface VerifyOptions {
  truth?: Derivation
  print?: Derivation
}

export function verifyPrinted(book: BudgetBook, printed: BudgetBook, options: VerifyOptions = {}): PrintIssue[] {
  const d0 = options.truth ?? new Derivation(book)
  const d1 = options.print ?? new Derivation(printed, d0.tables)
  const describer = new CellDescriber(d0)
  const where = (at: CellLocation): string => {
    const c = describer.describe(at)
    return `${c.table}「${c.row}」${c.column}`
  }
  const issues: PrintIssue[] = []
  const checked = new Set<string>()
  for (const def of d0.tables.published) {
    const rows0 = d0.layouts.get(def.id) ?? []
    const rows1 = d1.layouts.get(def.id) ?? []
    if (rows0.length !== rows1.length || rows0.some((r, i) => r.id !== rows1[i]!.id)) {
      issues.push({ kind: 'layout', severity: 'error', message: `${def.short} 印出的行与原表不同` })
      continue
    }
    for (const row of rows0) {
      for (const [col, cell] of Object.entries(row.cells)) {
        if (!cell || checked.has(cell.ref)) continue
        checked.add(cell.ref)
        const at: CellLocation = { table: def.id, row: row.id, col }
        const v0 = d0.value(cell.ref)
        const v1 = d1.value(cell.ref)
        if (typeof v0 !== 'bigint' || typeof v1 !== 'bigint') {
          issues.push({ kind: 'layout', severity: 'error', ref: cell.ref, at, message: `${where(at)} 无法计算` })
          continue
        }
        if (!isWholeStep(v1)) {
          issues.push({
            kind: 'not-whole', severity: 'error', ref: cell.ref, at, trueValue: v0, printedValue: v1,
            message: `${where(at)} 印出数 ${exactWan(v1)} 万元不是整 0.01 万元，打印时会再次四舍五入`,
          })
        }
        if (absFen(v1 - v0) >= STEP) {
          issues.push({
            kind: 'too-far', severity: 'error', ref: cell.ref, at, trueValue: v0, printedValue: v1,
            message: `${where(at)} 印出 ${exactWan(v1)} 万元，与真实值 ${exactWan(v0)} 万元相差 0.01 万元或更多`,
          })
        }
      }
    }
  }
  const before = new Set(d0.findings().filter((f) => RELATION_CHECKS.has(f.check)).map(findingKey))
  for (const f of d1.findings()) {
    if (!RELATION_CHECKS.has(f.check) || before.has(findingKey(f))) continue
    issues.push({ kind: 'relation', severity: 'error', message: `舍位后表间关系不再成立：${f.message}` })
  }
  // The disclosure's total is 表三 合计 (= 表一 收入总计). 表一's 支出总计 lists the 30 function
  // classes only; if a 项 sits under another class code it differs in truth, and is then a
  // grand total of its own, met as far as possible like the others.
  const primary = d0.value(GRAND_TOTALS[PRIMARY_RANK]!.refs[GRAND_TOTALS[PRIMARY_RANK]!.refs.length - 1]!)
  GRAND_TOTALS.forEach((g, rank) => {
    for (const ref of g.refs) {
      const v0 = d0.value(ref)
      const v1 = d1.value(ref)
      if (typeof v0 !== 'bigint' || typeof v1 !== 'bigint') continue
      const rounded = roundToWanCents(v0)
      if (v1 === rounded) continue
      const at = d0.locations.get(ref)?.[0]
      const isPrimary = rank === PRIMARY_RANK && v0 === primary
      issues.push({
        kind: 'grand-total', severity: isPrimary ? 'error' : 'warning', ref, trueValue: v0, printedValue: v1,
        ...(at ? { at } : {}),
        message: `${g.label} 印为 ${fixedWan(v1)}，真实值 ${exactWan(v0)} 万元四舍五入应为 ${fixedWan(rounded)}` +
          (isPrimary ? '' : '；为使各表合计与表间关系一致，差 0.01 万元'),
      })
    }
  })
  return issues
}
