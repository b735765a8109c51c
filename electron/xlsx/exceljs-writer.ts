// Writes a WorkbookSpec with exceljs. Together with exceljs-adapter.ts (reading) this is the
// only code that imports exceljs, so a fork (@protobi/exceljs) or another library replaces
// these two files and nothing else.
import ExcelJS from 'exceljs'
import type { CellStyle, SheetSpec, SpecValue, WorkbookSpec } from './export/sheet-model'

/**
 * OOXML stores "_xHHHH_" as an escaped character and exceljs decodes it when reading, but
 * does not encode it when writing: a project named "A_x0041_" would come back as "AA".
 * Escaping the underscore ("_x005F_") makes every string read back as written.
 */
function escapeOoxml(text: string): string {
  return text.replace(/_(x[0-9A-Fa-f]{4}_)/g, '_x005F_$1')
}

function cellValue(value: SpecValue): ExcelJS.CellValue {
  if (value === null || typeof value === 'number') return value
  if (typeof value === 'string') return escapeOoxml(value)
  return { formula: value.formula, result: value.result }
}

const THIN: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: 'FF000000' } }
const BOX: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN }

function applyStyle(cell: ExcelJS.Cell, style: CellStyle): void {
  cell.font = { name: style.font.name, size: style.font.size, bold: style.font.bold ?? false, charset: 134 }
  cell.alignment = {
    horizontal: style.horizontal ?? 'left',
    vertical: style.vertical ?? 'middle',
    wrapText: style.wrap ?? false,
    ...(style.indent ? { indent: style.indent } : {}),
  }
  if (style.border) cell.border = BOX
  if (style.numFmt) cell.numFmt = style.numFmt
}

function writeSheet(wb: ExcelJS.Workbook, spec: SheetSpec): void {
  const ws = wb.addWorksheet(spec.name, { state: spec.state, views: [{ showGridLines: spec.state !== 'visible' }] })
  ws.columns = spec.columnWidths.map((width) => ({ width }))
  for (const c of spec.cells) {
    const cell = ws.getCell(c.row + 1, c.col + 1)
    cell.value = cellValue(c.value)
    if (c.style) applyStyle(cell, c.style)
  }
  for (const [row, height] of spec.rowHeights) ws.getRow(row + 1).height = height
  for (const m of spec.merges) ws.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1)
  if (spec.page) {
    ws.pageSetup = {
      paperSize: 9, // A4
      orientation: spec.page.landscape ? 'landscape' : 'portrait',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: spec.page.onePage ? 1 : 0, // fixed-size tables on one page, others as many pages down as needed
      horizontalCentered: true,
      margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
      ...(spec.page.repeatRows ? { printTitlesRow: `${spec.page.repeatRows.first + 1}:${spec.page.repeatRows.last + 1}` } : {}),
    }
  }
}

/** The .xlsx bytes of `spec`. */
export async function writeWorkbook(spec: WorkbookSpec): Promise<Buffer> {
  const wb = new ExcelJS.Workbook()
  wb.creator = spec.creator
  wb.created = new Date()
  for (const sheet of spec.sheets) writeSheet(wb, sheet)
  const data = await wb.xlsx.writeBuffer()
  return Buffer.from(data as ArrayBuffer)
}
