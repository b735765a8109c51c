// 舍位平衡 (balanced rounding for printing in 万元 with two decimals): see balance.ts.
export { balanceForPrint, needsBalancing, type BalanceResult, type PrintAdjustment } from './balance'
export { verifyPrinted, exactWan, type PrintIssue, type PrintIssueKind } from './verify'
export { GRAND_TOTALS, PRIMARY_RANK, type GrandTotal } from './grand-totals'
export { CellDescriber, type CellDescription } from './describe'
export { roundingReport, signedWan, ROUNDING_SHEET, REPORT_COLUMNS, type RoundingReport, type ReportLine } from './report'
