// The fill-in workbook on disk: shared/template lays it out as plain data, this file gives the
// cells their look (entry cells white and unlocked, fixed text and formulas grey and locked)
// and hands the sheets to the one exceljs writer; reading goes through the one exceljs loader.
import type { BudgetBook } from '../../shared/model/book'
import { buildTemplate, type CellRole, type TemplateOptions, type TemplateSheet } from '../../shared/template/layout'
import { readBack, type ReadBack } from '../../shared/template/read-back'
import { FRAME } from '../../shared/template/sheets'
import { APP_VERSION } from '../files/native'
import { loadGrid } from './exceljs-adapter'
import { writeWorkbook } from './exceljs-writer'
import type { CellStyle, SheetSpec } from '../../shared/workbook/sheet-model'
import { BODY_FONT, BODY_SIZE, MONEY_FORMAT, rowHeight, wrappedLines } from '../../shared/workbook/styles'

const LOCKED_FILL = 'FFEDEDED'
const font = (bold = false, size = BODY_SIZE) => ({ name: BODY_FONT, size, bold })

/** An amount cell shows every decimal the book may hold, so nothing typed is hidden by the format. */
const ENTRY_FORMAT = '#,##0.00####;-#,##0.00####;0;@'

const ROLE_STYLES: Record<CellRole, CellStyle> = {
  title: { font: font(true, 16), horizontal: 'center' },
  nameLine: { font: font(), horizontal: 'left' },
  header: { font: font(true), horizontal: 'center', wrap: true, border: true, fill: LOCKED_FILL },
  key: { font: font() },
  label: { font: font(), horizontal: 'left', wrap: true, border: true, fill: LOCKED_FILL, indent: 1 },
  entryText: { font: font(), horizontal: 'left', border: true, unlocked: true, indent: 1 },
  entryAmount: { font: font(), horizontal: 'right', border: true, unlocked: true, numFmt: ENTRY_FORMAT },
  formula: { font: font(), horizontal: 'right', border: true, fill: LOCKED_FILL, numFmt: MONEY_FORMAT },
  total: { font: font(true), horizontal: 'right', border: true, fill: LOCKED_FILL, numFmt: MONEY_FORMAT },
  text: { font: font(), horizontal: 'left', vertical: 'top', wrap: true },
  hidden: { font: font() },
}

/** Row heights for wrapped prose (the cover's instructions span the merged width). */
function heights(sheet: TemplateSheet): Map<number, number> {
  const out = new Map<number, number>()
  const width = sheet.columnWidths.reduce((t, w) => t + w, 0)
  for (const c of sheet.cells) {
    if (c.role === 'title') out.set(c.row, 28)
    if (c.role === 'text' && typeof c.value === 'string') out.set(c.row, rowHeight(wrappedLines(c.value, width)))
  }
  return out
}

export function templateSheetSpec(sheet: TemplateSheet): SheetSpec {
  const entry = sheet.hiddenColumns.includes(0)
  return {
    name: sheet.name,
    state: sheet.state,
    columnWidths: sheet.columnWidths,
    rowHeights: heights(sheet),
    cells: sheet.cells.map((c) => ({ row: c.row, col: c.col, value: c.value, style: ROLE_STYLES[c.role] })),
    merges: sheet.merges,
    hiddenColumns: sheet.hiddenColumns,
    protect: sheet.protect,
    ...(entry ? { frozen: { rows: FRAME.total + 1, cols: 3 } } : {}),
    // Printed one page wide: entry sheets across (many amount columns), the cover upright.
    page: entry ? { landscape: true, repeatRows: { first: FRAME.groupHeader, last: FRAME.total } } : { landscape: false },
  }
}

/** The .xlsx bytes of the fill-in workbook of `book` (one unit or the whole book). */
export async function writeTemplate(book: BudgetBook, options: TemplateOptions): Promise<Buffer> {
  const template = buildTemplate(book, options)
  return writeWorkbook({ creator: `预算公开表 ${APP_VERSION}`, recalcOnLoad: true, sheets: template.sheets.map(templateSheetSpec) })
}

/** Read a returned fill-in workbook's bytes (the caller has checked it is a sound .xlsx). */
export async function readTemplateFile(data: Buffer): Promise<ReadBack> {
  return readBack(await loadGrid(data, { formulas: true }))
}
