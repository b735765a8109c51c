// Writes a WorkbookSpec with exceljs. Together with exceljs-adapter.ts (reading) this is the
// only code that imports exceljs, so a fork (@protobi/exceljs) or another library replaces
// these two files and nothing else.
import ExcelJS from 'exceljs'
import type { CellStyle, SheetSpec, SpecValue, WorkbookSpec } from '../../shared/workbook/sheet-model'
import { zipParts, type ZipPart } from './zip-write'

/**
 * OOXML stores "_xHHHH_" as an escaped character and exceljs decodes it when reading, but
 * does not encode it when writing: a project named "A_x0041_" would come back as "AA".
 * Escaping the underscore ("_x005F_") makes every string read back as written.
 */
function escapeOoxml(text: string): string {
  if (!text.includes('_x')) return text
  return text.replace(/_(x[0-9A-Fa-f]{4}_)/g, '_x005F_$1')
}

function cellValue(value: SpecValue): ExcelJS.CellValue {
  if (value === null || typeof value === 'number') return value
  if (typeof value === 'string') return escapeOoxml(value)
  return { formula: value.formula, result: value.result }
}

const THIN: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: 'FF000000' } }
const BOX: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN }

function toExcelStyle(style: CellStyle): Partial<ExcelJS.Style> {
  return {
    font: { name: style.font.name, size: style.font.size, bold: style.font.bold ?? false, charset: 134 },
    alignment: {
      horizontal: style.horizontal ?? 'left',
      vertical: style.vertical ?? 'middle',
      wrapText: style.wrap ?? false,
      ...(style.indent ? { indent: style.indent } : {}),
    },
    ...(style.border ? { border: BOX } : {}),
    ...(style.numFmt ? { numFmt: style.numFmt } : {}),
    ...(style.fill ? { fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: style.fill } } } : {}),
    ...(style.unlocked ? { protection: { locked: false } } : {}),
  }
}

/**
 * One exceljs style object per distinct style, shared by every cell that has it: exceljs
 * recognises a style it has already registered by object identity, and otherwise serialises
 * each cell's style to find its index — most of the export's time on a large department.
 */
class StyleCache {
  private readonly byKey = new Map<string, Partial<ExcelJS.Style>>()
  private readonly byObject = new WeakMap<CellStyle, Partial<ExcelJS.Style>>()
  get(style: CellStyle): Partial<ExcelJS.Style> {
    let s = this.byObject.get(style)
    if (s) return s
    const key = JSON.stringify(style)
    s = this.byKey.get(key)
    if (!s) this.byKey.set(key, (s = toExcelStyle(style)))
    this.byObject.set(style, s)
    return s
  }
}

function writeSheet(wb: ExcelJS.Workbook, spec: SheetSpec, styles: StyleCache): void {
  const frozen = spec.frozen ? { state: 'frozen' as const, xSplit: spec.frozen.cols, ySplit: spec.frozen.rows } : {}
  const ws = wb.addWorksheet(spec.name, { state: spec.state, views: [{ showGridLines: spec.state !== 'visible', ...frozen }] })
  ws.columns = spec.columnWidths.map((width, i) => ({ width, ...(spec.hiddenColumns?.includes(i) ? { hidden: true } : {}) }))
  let row: ExcelJS.Row | undefined
  for (const c of spec.cells) {
    // By row, then by column number: ws.getCell(r, c) spells out and parses an A1 address per cell.
    if (row?.number !== c.row + 1) row = ws.getRow(c.row + 1)
    const cell = row.getCell(c.col + 1)
    cell.value = cellValue(c.value)
    // Assigned, never mutated afterwards: the object is shared with every cell of the same style.
    if (c.style) cell.style = styles.get(c.style)
  }
  for (const [row, height] of spec.rowHeights) ws.getRow(row + 1).height = height
  for (const m of spec.merges) ws.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1)
  // No password: the protection only guards against slips (a unit that must change a locked
  // cell can lift it from the 审阅 menu, and the reader then reports the change by cell).
  // exceljs sets the protection synchronously inside the returned promise.
  if (spec.protect) void ws.protect('', { selectLockedCells: true, selectUnlockedCells: true, formatColumns: true, formatRows: true, insertRows: true })
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

function buildWorkbook(spec: WorkbookSpec): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook()
  wb.creator = spec.creator
  wb.created = new Date()
  if (spec.recalcOnLoad) wb.calcProperties = { fullCalcOnLoad: true }
  const styles = new StyleCache()
  for (const sheet of spec.sheets) writeSheet(wb, sheet, styles)
  return wb
}

/** The part writers exceljs 4's XLSX.write calls after prepareModel, in its order. */
const PART_STEPS = [
  'addContentTypes', 'addOfficeRels', 'addWorkbookRels', 'addWorksheets', 'addSharedStrings', 'addDrawings',
  'addTables', 'addThemes', 'addStyles', 'addMedia', 'addApp', 'addCore', 'addWorkbook',
] as const
type PartWriter = (zip: { append(data: string | Buffer | Uint8Array, options: { name: string; base64?: boolean }): void }, model: unknown) => Promise<void> | void
type XlsxSteps = { prepareModel(model: unknown, options: object): void } & Record<(typeof PART_STEPS)[number], PartWriter>

/**
 * exceljs's own XLSX.write step by step (the same parts, in the same order), with the parts
 * packed by zip-write.ts instead of JSZip, whose deflate in JavaScript was most of the time.
 */
async function xlsxBytes(wb: ExcelJS.Workbook): Promise<Buffer> {
  const xlsx = wb.xlsx as unknown as XlsxSteps
  const parts: ZipPart[] = []
  const zip = {
    append(data: string | Buffer | Uint8Array, options: { name: string; base64?: boolean }): void {
      const bytes = typeof data !== 'string' ? Buffer.from(data) : Buffer.from(data, options.base64 ? 'base64' : 'utf8')
      parts.push({ name: options.name, data: bytes })
    },
  }
  const { model } = wb as unknown as { model: unknown }
  xlsx.prepareModel(model, {})
  // Called as methods: they reach their own helpers through `this`.
  for (const step of PART_STEPS) await xlsx[step](zip, model)
  return zipParts(parts)
}

/** The .xlsx bytes of `spec`. */
export async function writeWorkbook(spec: WorkbookSpec): Promise<Buffer> {
  return xlsxBytes(buildWorkbook(spec))
}
