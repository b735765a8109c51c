// One generic sheet for every printed table: everything comes from the printed model (columns,
// header cells and spans, the number row, orientation, rows and figures). Layout, top to
// bottom: label line, title, 部门名称/单位 line, header rows, column numbers (表十二/十三), the
// body, and the notes (注：本表无数据) under it.
import { EXCEL_DIGITS, printedNumber } from '../model/money'
import type { PrintedTable } from '../printed/types'
import { excelFormula } from './formulas'
import { printableText, type CellSpec, type CellStyle, type RangeSpec, type SheetSpec, type SpecValue } from './sheet-model'
import { STYLES, moneyStyle, rowHeight, textStyle, titleHeight, wrappedLines } from './styles'

const CENTS_EXACT = 10n ** BigInt(EXCEL_DIGITS)

/** A printed figure (0.01 万元) as the number a spreadsheet stores (the one place money becomes a float: a display cache). */
export function centsNumber(cents: bigint): number {
  // Under 10^15 cents (15 digits, so never refused) the integer is exact as a double, and one
  // IEEE division rounds c/100 to the nearest double just as parsing its decimal text does.
  if (cents < CENTS_EXACT && cents > -CENTS_EXACT) return Number(cents) / 100
  return printedNumber(cents * 10_000n)
}

/** A whole number of 0.01 万元 in 分 as the number a spreadsheet stores. */
export function wanNumber(fen: bigint): number {
  return printedNumber(fen)
}

class SheetBuilder {
  readonly cells: CellSpec[] = []
  readonly merges: RangeSpec[] = []
  readonly heights = new Map<number, number>()

  put(row: number, col: number, value: SpecValue, style: CellStyle): void {
    this.cells.push({ row, col, value: typeof value === 'string' ? printableText(value) : value, style })
  }

  /** A merged block: the value in its top-left cell, the style on every cell (borders need that). */
  block(range: RangeSpec, value: SpecValue, style: CellStyle): void {
    for (let r = range.top; r <= range.bottom; r++) {
      for (let c = range.left; c <= range.right; c++) this.put(r, c, r === range.top && c === range.left ? value : null, style)
    }
    if (range.bottom > range.top || range.right > range.left) this.merges.push(range)
  }

  height(row: number, points: number): void {
    this.heights.set(row, Math.max(points, this.heights.get(row) ?? 0))
  }
}

export function tableSheet(t: PrintedTable, nameLine: string): SheetSpec {
  const n = t.columns.length
  const last = n - 1
  const b = new SheetBuilder()
  let r = 0
  if (t.label) b.put(r++, 0, t.label, STYLES.label)
  b.block({ top: r, left: 0, bottom: r, right: last }, t.title, STYLES.title)
  b.height(r++, titleHeight(t.title, t.columns.reduce((w, c) => w + c.width, 0)))
  b.block({ top: r, left: 0, bottom: r, right: Math.max(0, last - 1) }, nameLine, STYLES.nameLine)
  if (last > 0) b.put(r, last, '单位：万元', STYLES.unitLine)
  b.height(r++, 20)

  const headerTop = r
  for (let hr = 0; hr < t.headerRows; hr++) for (let c = 0; c < n; c++) b.put(headerTop + hr, c, null, STYLES.header)
  for (const h of t.header) {
    const range = { top: headerTop + h.row, left: h.col, bottom: headerTop + h.row + h.rowSpan - 1, right: h.col + h.colSpan - 1 }
    b.block(range, h.text, STYLES.header)
    let width = 0
    for (let c = range.left; c <= range.right; c++) width += t.columns[c]!.width
    const lines = wrappedLines(h.text, width)
    // A header spanning rows shares its lines among them.
    for (let hr = range.top; hr <= range.bottom; hr++) b.height(hr, rowHeight(Math.ceil(lines / (range.bottom - range.top + 1))) + 2)
  }
  r += t.headerRows
  if (t.numberRow) {
    for (let c = 0; c < n; c++) b.put(r, c, c + 1, STYLES.numberRow)
    r++
  }
  const headerBottom = r - 1

  const bodyTop = r
  const colIndex = new Map(t.columns.map((c, i) => [c.id, i]))
  const at = (cell: { row: number; col: string }) => ({ row: bodyTop + cell.row, col: colIndex.get(cell.col)! })
  for (const row of t.rows) {
    let lines = 1
    t.columns.forEach((col, c) => {
      // Side by side, each block's cells are styled by their own row's level (类 bold …).
      const kind = row.kinds?.[col.id] ?? row.kind
      if (col.kind !== 'money') {
        const text = row.text[col.id] ?? ''
        const style = textStyle(kind, col.kind === 'code')
        b.put(r, c, text === '' ? null : text, style)
        if (style.wrap) lines = Math.max(lines, wrappedLines(text, col.width, style.indent))
        return
      }
      const fig = row.cells[col.id]
      const cents = fig?.cents ?? 0n
      const local = fig?.formula?.local
      const formula = local ? excelFormula(local.plus.map(at), local.minus.map(at)) : null
      const shown: SpecValue = formula !== null ? { formula, result: centsNumber(cents) } : cents === 0n ? null : centsNumber(cents)
      b.put(r, c, shown, moneyStyle(kind))
    })
    b.height(r, rowHeight(lines))
    r++
  }
  for (const note of t.notes) {
    b.block({ top: r, left: 0, bottom: r, right: last }, note, STYLES.note)
    b.height(r++, 20)
  }

  return {
    name: t.short,
    state: 'visible',
    columnWidths: t.columns.map((c) => c.width),
    rowHeights: b.heights,
    cells: b.cells,
    merges: b.merges,
    page: { landscape: t.landscape, onePage: t.onePage, repeatRows: { first: headerTop, last: headerBottom } },
  }
}
