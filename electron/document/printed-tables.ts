// The 13 tables as the document prints them: the printed model (shared/printed, the same one the
// .xlsx writer lays out) turned into DocTables — header cells with their spans, body cells as
// printed text with the workbook's alignment, weight and indent — for the .docx and PDF writers.
import type { BudgetBook } from '../../shared/model/book'
import { formatAmount } from '../../shared/model/money'
import { printBook, figure, type PrintedBook, type PrintedRow, type PrintedTable } from '../../shared/printed'
import type { PublishedTableId } from '../../shared/tables/ids'
import type { DocCell, DocTable } from '../../shared/document/types'
import { landscapeOnPage } from '../../shared/document/table-layout'
import { SIZE, textWidthPt } from './fonts'
import { moneyStyle, textStyle } from '../../shared/workbook/styles'
import type { CellStyle } from '../../shared/workbook/sheet-model'

/** A printed figure (0.01 万元) as the tables show it: 1,234.56; zero is left blank. */
export function amountText(cents: bigint): string {
  return cents === 0n ? '' : formatAmount(cents * 10_000n, '万元')
}

const cellOf = (text: string, style: CellStyle, span: { colSpan?: number; rowSpan?: number } = {}): DocCell => ({
  text,
  colSpan: span.colSpan ?? 1,
  rowSpan: span.rowSpan ?? 1,
  align: style.horizontal ?? 'left',
  bold: style.font.bold === true,
  indent: style.indent ?? 0,
})

const HEADER: CellStyle = { font: { name: '', size: 0, bold: true }, horizontal: 'center' }

function headerRows(t: PrintedTable): DocCell[][] {
  const rows: DocCell[][] = Array.from({ length: t.headerRows }, () => [])
  for (const h of [...t.header].sort((a, b) => a.row - b.row || a.col - b.col)) rows[h.row]!.push(cellOf(h.text, HEADER, h))
  if (t.numberRow) rows.push(t.columns.map((_, i) => cellOf(String(i + 1), { ...HEADER, font: { ...HEADER.font, bold: false } })))
  return rows
}

function bodyRow(t: PrintedTable, row: PrintedRow): DocCell[] {
  return t.columns.map((col) => {
    const kind = row.kinds?.[col.id] ?? row.kind
    if (col.kind !== 'money') return cellOf(row.text[col.id] ?? '', textStyle(kind, col.kind === 'code'))
    const f = row.cells[col.id]
    return cellOf(f ? amountText(f.cents) : '', moneyStyle(kind))
  })
}

export function docTable(t: PrintedTable, nameLine: string): DocTable {
  const table: DocTable = {
    id: t.id as PublishedTableId,
    short: t.short,
    label: t.label,
    title: t.title,
    nameLine,
    widths: t.columns.map((c) => c.width),
    kinds: t.columns.map((c) => c.kind),
    header: headerRows(t),
    body: t.rows.map((row) => bodyRow(t, row)),
    landscape: t.landscape,
    note: t.notes.length ? t.notes.join('\n') : null,
  }
  // The page the document prints it on, one answer for the .docx and the PDF (table-layout.ts).
  return { ...table, landscape: landscapeOnPage(table, textWidthPt(false), textWidthPt(true), SIZE.table) }
}

export interface PrintedFigures {
  printed: PrintedBook
  tables: DocTable[]
  /** The printed figure (0.01 万元) of a table cell, or undefined when the table prints no such cell. */
  cell: (table: PublishedTableId, row: string, col: string) => bigint | undefined
}

export function printedFigures(book: BudgetBook, printed: PrintedBook = printBook(book)): PrintedFigures {
  return {
    printed,
    tables: printed.tables.map((t) => docTable(t, printed.nameLine)),
    cell: (table, row, col) => figure(printed, table, row, col)?.cents,
  }
}
