// The 13 tables as the document prints them: the same rows, figures (舍位平衡 applied for books
// kept in 元) and styles as the exported workbook, as DocTables for the .docx and PDF writers.
// `printedFigures` is this branch's adapter for contract A (shared/printed's printBook): swap its
// body for printBook once that lands; the writers only see DocTables and the value function.
import type { BudgetBook } from '../../shared/model/book'
import { formatAmount, roundToWanCents, type Fen } from '../../shared/model/money'
import { balanceForPrint } from '../../shared/rounding'
import { PUBLISHED_TABLES, headerText } from '../../shared/tables'
import type { RowDef, TableDef } from '../../shared/tables/types'
import type { PublishedTableId } from '../../shared/tables/ids'
import { halfShowing } from '../../shared/tables/side-by-side'
import type { DocCell, DocTable } from '../../shared/document/types'
import { NO_DATA_NOTE, printedRows } from '../xlsx/export/sheet-writer'
import { moneyStyle, textStyle } from '../xlsx/export/styles'
import type { CellStyle } from '../xlsx/export/sheet-model'

export interface PrintedFigures {
  tables: DocTable[]
  /** The printed value of an engine ref, a whole number of 0.01 万元 in 分. */
  value: (ref: string) => Fen
  /** The printed figure of a table cell (row id, column id), or undefined when the table has no such cell. */
  cell: (table: PublishedTableId, row: string, col: string) => Fen | undefined
}

/** A printed amount as the tables show it: 1,234.56; zero is left blank. */
export function amountText(fen: Fen): string {
  return fen === 0n ? '' : formatAmount(fen, '万元')
}

const cellOf = (text: string, style: CellStyle, span: { colSpan?: number; rowSpan?: number } = {}): DocCell => ({
  text,
  colSpan: span.colSpan ?? 1,
  rowSpan: span.rowSpan ?? 1,
  align: style.horizontal ?? 'left',
  bold: style.font.bold === true,
  indent: style.indent ?? 0,
})

function headerRows(def: TableDef, year: number): DocCell[][] {
  const rows: DocCell[][] = Array.from({ length: def.headerRows }, () => [])
  const sorted = [...def.header].sort((a, b) => a.row - b.row || a.col - b.col)
  const style: CellStyle = { font: { name: '', size: 0, bold: true }, horizontal: 'center' }
  for (const h of sorted) rows[h.row]!.push(cellOf(headerText(h.text, year), style, { colSpan: h.colSpan, rowSpan: h.rowSpan }))
  if (def.numberRow) rows.push(def.columns.map((_, i) => cellOf(String(i + 1), { ...style, font: { ...style.font, bold: false } })))
  return rows
}

function bodyRow(def: TableDef, row: RowDef, printed: (ref: string) => Fen): DocCell[] {
  return def.columns.map((col) => {
    const kind = (halfShowing(row, col.id) ?? row).kind
    if (col.kind !== 'money') return cellOf(row.text[col.id] ?? '', textStyle(kind, col.kind === 'code'))
    const cell = row.cells[col.id]
    return cellOf(cell ? amountText(printed(cell.ref)) : '', moneyStyle(kind))
  })
}

export function printedFigures(book: BudgetBook): PrintedFigures {
  const balance = balanceForPrint(book)
  const layouts = balance.derivation.layouts
  const value = (ref: string): Fen => roundToWanCents(balance.value(ref) ?? 0n)
  const word = book.scope === '单位' ? '单位' : '部门'
  const tables = PUBLISHED_TABLES.map((def): DocTable => {
    const shown = printedRows(layouts.get(def.id) ?? [], value)
    const body = shown.map((row) => bodyRow(def, row, value))
    const any = shown.some((row) => Object.values(row.cells).some((c) => c !== undefined && value(c.ref) !== 0n))
    return {
      id: def.id as PublishedTableId,
      short: def.short,
      label: def.label,
      title: def.title(book.year),
      nameLine: `${word}名称：${book.department}`,
      widths: def.columns.map((c) => c.width),
      header: headerRows(def, book.year),
      body,
      landscape: def.landscape === true,
      note: any ? null : NO_DATA_NOTE,
    }
  })
  const cell = (table: PublishedTableId, row: string, col: string): Fen | undefined => {
    const ref = layouts.get(table)?.find((r) => r.id === row)?.cells[col]?.ref
    return ref === undefined ? undefined : value(ref)
  }
  return { tables, value, cell }
}
