// A printed table as a real Word table: the header rows repeat on every page the table runs
// onto, no row splits across pages, columns as wide and text as large as the shared table layout
// says (shared/document/table-layout.ts), so the .docx breaks lines where the PDF does.
import { AlignmentType, BorderStyle, Paragraph, Table, TableCell, TableLayoutType, TableRow, TextRun, VerticalAlign, WidthType } from 'docx'
import type { DocCell, DocTable } from '../../shared/document/types'
import { CELL_PADDING_PT, INDENT_PT, keepWithNext } from '../../shared/document/table-layout'
import { FONT, pageTableLayout } from './fonts'

const LINE = { style: BorderStyle.SINGLE, size: 4, color: '000000' }
const BORDERS = { top: LINE, bottom: LINE, left: LINE, right: LINE }
const ALIGN = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT } as const
const tableFont = { eastAsia: FONT.table.name, ascii: 'Times New Roman', hAnsi: 'Times New Roman' }

/** Cell margin, twips: the layout's padding (20 twips a point). */
const PADDING = CELL_PADDING_PT * 20

function cell(c: DocCell, width: number, header: boolean, fontPt: number, keepNext: boolean): TableCell {
  return new TableCell({
    borders: BORDERS,
    columnSpan: c.colSpan,
    rowSpan: c.rowSpan,
    width: { size: width, type: WidthType.DXA },
    verticalAlign: VerticalAlign.CENTER,
    margins: { left: PADDING, right: PADDING, top: 20, bottom: 20 },
    children: [
      new Paragraph({
        alignment: ALIGN[c.align],
        indent: c.align === 'center' || c.indent <= 1 ? undefined : { left: (c.indent - 1) * INDENT_PT * 20 },
        // Word and LibreOffice keep a row whose paragraphs keep with the next on that row's page.
        keepNext: keepNext || undefined,
        spacing: { line: 240 },
        children: [new TextRun({ text: c.text, bold: c.bold || header, size: fontPt * 2, font: tableFont })],
      }),
    ],
  })
}

/** Twips of each column when the table fills `textWidth` twips, in proportion to `widths`. */
export function columnTwips(widths: readonly number[], textWidth: number): number[] {
  const total = widths.reduce((a, b) => a + b, 0)
  const twips = widths.map((w) => Math.floor((w * textWidth) / total))
  twips[twips.length - 1]! += textWidth - twips.reduce((a, b) => a + b, 0)
  return twips
}

function row(cells: readonly DocCell[], cols: number[], startCols: number[], header: boolean, fontPt: number, keepNext = false): TableRow {
  return new TableRow({
    tableHeader: header,
    cantSplit: true,
    children: cells.map((c, i) => {
      const start = startCols[i]!
      const width = cols.slice(start, start + c.colSpan).reduce((a, b) => a + b, 0)
      return cell(c, width, header, fontPt, keepNext)
    }),
  })
}

/**
 * The column each listed cell starts in: a cell covered by a row span from above takes no
 * entry in its row, so the columns are found by walking the spans.
 */
export function startColumns(rows: readonly (readonly DocCell[])[], columnCount: number): number[][] {
  const covered: number[] = new Array(columnCount).fill(0)
  return rows.map((cells) => {
    const taken = covered.map((n) => n > 0)
    const starts: number[] = []
    let col = 0
    for (const c of cells) {
      while (col < columnCount && taken[col]) col++
      starts.push(col)
      for (let k = col; k < col + c.colSpan && k < columnCount; k++) covered[k] = c.rowSpan
      col += c.colSpan
    }
    for (let k = 0; k < columnCount; k++) covered[k] = Math.max(0, covered[k]! - 1)
    return starts
  })
}

/** The table on `textWidth` twips, laid out as the PDF lays it out (pageTableLayout). */
export function wordTable(table: DocTable, textWidth: number): Table {
  const layout = pageTableLayout(table)
  const cols = columnTwips(layout.widths, textWidth)
  const rows = [...table.header, ...table.body]
  const starts = startColumns(rows, cols.length)
  const keep = keepWithNext(table)
  const head = table.header.length
  return new Table({
    layout: TableLayoutType.FIXED,
    width: { size: textWidth, type: WidthType.DXA },
    columnWidths: cols,
    rows: rows.map((cells, i) => row(cells, cols, starts[i]!, i < head, layout.fontPt, i >= head && keep[i - head]!)),
  })
}
