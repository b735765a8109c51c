// The visible last sheet of a balanced workbook, 舍位平衡说明: why some figures differ from
// rounding each cell on its own, then every adjusted cell (table, row, column, true value,
// plain rounding, printed value, adjustment), the totals that differ from plain rounding as a
// consequence, and any grand total that had to give way. The content is shared/rounding's
// report; this file only lays it out in the tables' style.
import type { Fen } from '../model/money'
import { REPORT_COLUMNS, type ReportLine, type RoundingReport } from '../rounding'
import { wanNumber } from './table-sheet'
import type { CellSpec, CellStyle, RangeSpec, SheetSpec } from './sheet-model'
import { BODY_FONT, BODY_SIZE, STYLES, rowHeight, wrappedLines } from './styles'

const WIDTHS = [10, 40, 24, 16, 14, 14, 12]
const TOTAL_WIDTH = WIDTHS.reduce((a, b) => a + b, 0)

const text: CellStyle = { font: { name: BODY_FONT, size: BODY_SIZE }, horizontal: 'left', wrap: true, border: true, indent: 1 }
const paragraph: CellStyle = { font: { name: BODY_FONT, size: BODY_SIZE }, horizontal: 'left', vertical: 'top', wrap: true }
const heading: CellStyle = { font: { name: BODY_FONT, size: BODY_SIZE, bold: true }, horizontal: 'left' }
/** Unlike the tables, a zero shows as 0.00 here: "printed as 0.00" is the point of a line. */
const money: CellStyle = { font: { name: BODY_FONT, size: BODY_SIZE }, horizontal: 'right', indent: 1, border: true, numFmt: '#,##0.00;-#,##0.00;0.00' }
/** The adjustment keeps its sign and shows 0.00 rather than blank. */
const signed: CellStyle = { ...money, numFmt: '+0.00;-0.00;0.00' }
const exact: CellStyle = { ...money, numFmt: '@' }

export function roundingSheet(report: RoundingReport): SheetSpec {
  const cells: CellSpec[] = []
  const merges: RangeSpec[] = []
  const heights = new Map<number, number>()
  const last = WIDTHS.length - 1
  let r = 0
  const wide = (value: string, style: CellStyle): void => {
    cells.push({ row: r, col: 0, value, style })
    merges.push({ top: r, left: 0, bottom: r, right: last })
    heights.set(r, rowHeight(wrappedLines(value, TOTAL_WIDTH)))
    r++
  }
  cells.push({ row: r, col: 0, value: report.title, style: STYLES.title })
  merges.push({ top: r, left: 0, bottom: r, right: last })
  heights.set(r++, 36)
  for (const p of report.intro) wide(p, paragraph)
  const list = (title: string, lines: readonly ReportLine[]): void => {
    if (lines.length === 0) return
    r++
    cells.push({ row: r++, col: 0, value: title, style: heading })
    REPORT_COLUMNS.forEach((h, c) => cells.push({ row: r, col: c, value: h, style: STYLES.header }))
    heights.set(r++, rowHeight(1) + 2)
    for (const l of lines) {
      const num = (fen: Fen): number => wanNumber(fen)
      cells.push(
        { row: r, col: 0, value: l.table, style: text },
        { row: r, col: 1, value: l.row, style: text },
        { row: r, col: 2, value: l.column, style: text },
        // The true value is text: it has more decimals than the sheet's money format shows.
        { row: r, col: 3, value: l.trueText, style: exact },
        { row: r, col: 4, value: num(l.roundedValue), style: money },
        { row: r, col: 5, value: num(l.printedValue), style: money },
        { row: r, col: 6, value: wanNumber(l.adjustment), style: signed },
      )
      heights.set(r, rowHeight(Math.max(wrappedLines(l.row, WIDTHS[1]!, 1), wrappedLines(l.column, WIDTHS[2]!, 1))))
      r++
    }
  }
  list('一、调整的明细数', report.adjusted)
  list('二、因此与逐格四舍五入不同的合计数', report.totals)
  if (report.notes.length > 0) {
    r++
    cells.push({ row: r++, col: 0, value: '三、说明', style: heading })
    for (const n of report.notes) wide(n, paragraph)
  }
  return {
    name: report.title,
    state: 'visible',
    columnWidths: WIDTHS,
    rowHeights: heights,
    cells,
    merges,
    page: { landscape: true, repeatRows: { first: 0, last: 0 } },
  }
}

