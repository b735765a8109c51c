// One generic writer for all 13 tables: everything table-specific comes from the TableDef
// (columns, header cells and spans, the number row, orientation) and from the rows it lays
// out for the book. Layout, top to bottom: label line, title, 部门名称/单位 line, header
// rows, column numbers (表十二/十三), the body, and 注：本表无数据 when nothing is nonzero.
import type { BudgetBook } from '../../../shared/model/book'
import { printedNumber, type Fen } from '../../../shared/model/money'
import { headerText } from '../../../shared/tables'
import type { RowDef, TableDef } from '../../../shared/tables/types'
import { blocksOf, halfShowing, sideBySide } from '../../../shared/tables/side-by-side'
import { excelFormula, type Placement } from './formulas'
import { printableText, type CellSpec, type CellStyle, type RangeSpec, type SheetSpec, type SpecValue } from './sheet-model'
import { STYLES, moneyStyle, rowHeight, textStyle, titleHeight, wrappedLines } from './styles'

export interface SheetInput {
  def: TableDef
  book: BudgetBook
  rows: readonly RowDef[]
  /** The value printed for an engine ref: a whole number of 0.01 万元, in 分. */
  printed: (ref: string) => Fen
}

export const NO_DATA_NOTE = '注：本表无数据'

/** A printed amount as the number a spreadsheet stores (the one place money becomes a float: a display cache). */
export function wanNumber(fen: Fen): number {
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

const isPrinted = (row: RowDef, printed: (ref: string) => Fen): boolean =>
  row.printAlways === true || Object.values(row.cells).some((cell) => cell !== undefined && printed(cell.ref) !== 0n)

/**
 * The rows the sheet prints: all but the empty ones. A table of two blocks side by side (表九)
 * drops each block's empty rows separately and pairs what remains, so an income row never
 * keeps an empty expenditure row in print (or the reverse).
 */
export function printedRows(rows: readonly RowDef[], printed: (ref: string) => Fen): RowDef[] {
  const keep = (row: RowDef): boolean => isPrinted(row, printed)
  if (!rows.some((row) => row.halves)) return rows.filter(keep)
  const { left, right } = blocksOf(rows)
  return sideBySide(left.filter(keep), right.filter(keep))
}

export function tableSheet({ def, book, rows, printed }: SheetInput): SheetSpec {
  const n = def.columns.length
  const last = n - 1
  const b = new SheetBuilder()
  let r = 0
  if (def.label) b.put(r++, 0, def.label, STYLES.label)
  const title = def.title(book.year)
  b.block({ top: r, left: 0, bottom: r, right: last }, title, STYLES.title)
  b.height(r++, titleHeight(title, def.columns.reduce((w, c) => w + c.width, 0)))
  const nameLine = `${book.scope === '单位' ? '单位' : '部门'}名称：${book.department}`
  b.block({ top: r, left: 0, bottom: r, right: Math.max(0, last - 1) }, nameLine, STYLES.nameLine)
  if (last > 0) b.put(r, last, '单位：万元', STYLES.unitLine)
  b.height(r++, 20)

  const headerTop = r
  for (let hr = 0; hr < def.headerRows; hr++) for (let c = 0; c < n; c++) b.put(headerTop + hr, c, null, STYLES.header)
  for (const h of def.header) {
    const range = { top: headerTop + h.row, left: h.col, bottom: headerTop + h.row + (h.rowSpan ?? 1) - 1, right: h.col + (h.colSpan ?? 1) - 1 }
    const text = headerText(h.text, book.year)
    b.block(range, text, STYLES.header)
    let width = 0
    for (let c = range.left; c <= range.right; c++) width += def.columns[c]!.width
    const lines = wrappedLines(text, width)
    // A header spanning rows shares its lines among them.
    for (let hr = range.top; hr <= range.bottom; hr++) b.height(hr, rowHeight(Math.ceil(lines / (range.bottom - range.top + 1))) + 2)
  }
  r += def.headerRows
  if (def.numberRow) {
    for (let c = 0; c < n; c++) b.put(r, c, c + 1, STYLES.numberRow)
    r++
  }
  const headerBottom = r - 1

  // Place every printed row first, so formulas can point at cells further down (合计 is on top);
  // a ref printed nowhere sits in a row left out for printing zero.
  const shown = printedRows(rows, printed)
  const placement = new Map<string, Placement>()
  shown.forEach((row, i) => {
    def.columns.forEach((col, c) => {
      const ref = row.cells[col.id]?.ref
      if (ref && !placement.has(ref)) placement.set(ref, { row: r + i, col: c })
    })
  })
  for (const row of rows) {
    for (const cell of Object.values(row.cells)) if (cell && !placement.has(cell.ref)) placement.set(cell.ref, 'omitted')
  }

  let anyFigure = false
  for (const row of shown) {
    let lines = 1
    def.columns.forEach((col, c) => {
      // Side by side, each block's cells are styled by their own row's level (类 bold …).
      const kind = (halfShowing(row, col.id) ?? row).kind
      if (col.kind !== 'money') {
        const text = row.text[col.id] ?? ''
        const style = textStyle(kind, col.kind === 'code')
        b.put(r, c, text === '' ? null : text, style)
        if (style.wrap) lines = Math.max(lines, wrappedLines(text, col.width, style.indent))
        return
      }
      const cell = row.cells[col.id]
      const value = cell ? printed(cell.ref) : 0n
      if (value !== 0n) anyFigure = true
      const formula = cell?.formula ? excelFormula(cell.formula, (ref) => placement.get(ref)) : null
      const shownValue: SpecValue = formula !== null ? { formula, result: wanNumber(value) } : value === 0n ? null : wanNumber(value)
      b.put(r, c, shownValue, moneyStyle(kind))
    })
    b.height(r, rowHeight(lines))
    r++
  }
  if (!anyFigure) {
    b.block({ top: r, left: 0, bottom: r, right: last }, NO_DATA_NOTE, STYLES.note)
    b.height(r++, 20)
  }

  return {
    name: def.short,
    state: 'visible',
    columnWidths: def.columns.map((c) => c.width),
    rowHeights: b.heights,
    cells: b.cells,
    merges: b.merges,
    page: { landscape: def.landscape === true, onePage: def.onePage === true, repeatRows: { first: headerTop, last: headerBottom } },
  }
}
