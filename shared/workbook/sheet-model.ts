// A workbook to write, as plain data. The export code builds this; electron/xlsx/exceljs-writer.ts
// turns it into an .xlsx. Keeping the spreadsheet library behind this shape means a fork or a
// replacement library touches one file, and the export itself is testable without one.
// Rows and columns are 0-based, as in grid.ts.

export interface FormulaValue {
  /** Excel formula without the leading '='. */
  formula: string
  /** The cached result spreadsheet programs show until they recalculate. */
  result: number | string
}

export type SpecValue = string | number | FormulaValue | null

export interface CellStyle {
  font: { name: string; size: number; bold?: boolean }
  horizontal?: 'left' | 'center' | 'right'
  vertical?: 'top' | 'middle' | 'bottom'
  wrap?: boolean
  indent?: number
  /** Thin border on all four sides. */
  border?: boolean
  numFmt?: string
  /** Background colour (ARGB, 'FFFFF2CC'). */
  fill?: string
  /** A cell the user may edit on a protected sheet (every other cell is locked). */
  unlocked?: boolean
}

export interface CellSpec {
  row: number
  col: number
  value: SpecValue
  style?: CellStyle
}

export interface RangeSpec {
  top: number
  left: number
  bottom: number
  right: number
}

export interface PageSpec {
  landscape: boolean
  /** Fit the whole sheet on one page (tables of fixed size); otherwise run on, one page wide. */
  onePage?: boolean
  /** Rows repeated at the top of every printed page (0-based, inclusive). */
  repeatRows?: { first: number; last: number }
}

export interface SheetSpec {
  name: string
  /** 'veryHidden' sheets cannot be unhidden from Excel's menu (only from VBA). */
  state: 'visible' | 'veryHidden'
  /** Excel character units, one per column. */
  columnWidths: number[]
  /** Row heights in points by 0-based row; rows not listed keep the default height. */
  rowHeights: Map<number, number>
  cells: CellSpec[]
  merges: RangeSpec[]
  page?: PageSpec
  /** Columns (0-based) hidden from view. */
  hiddenColumns?: number[]
  /** Sheet protection without a password: locked cells cannot be edited, rows may be inserted. */
  protect?: boolean
  /** Rows and columns kept in view while scrolling. */
  frozen?: { rows: number; cols: number }
}

export interface WorkbookSpec {
  creator: string
  /** Ask Excel and WPS to recompute every formula on opening (the cached results may be stale). */
  recalcOnLoad?: boolean
  sheets: SheetSpec[]
}

/** The value a reader sees in a cell: a formula shows its cached result. */
export function shownValue(value: SpecValue): string | number | null {
  if (value === null || typeof value === 'string' || typeof value === 'number') return value
  return value.result
}

// Characters XML 1.0 cannot carry (control characters other than tab/newline, U+FFFE/U+FFFF,
// unpaired surrogates): a workbook containing one does not open in Excel.
// eslint-disable-next-line no-control-regex
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g

/** `text` without the characters an .xlsx cannot hold. */
export function printableText(text: string): string {
  return text.replace(NOT_XML, '')
}

/** A sheet's cells as rows of the values a reader sees (formula → cached result). */
export function sheetValues(sheet: SheetSpec): { name: string; rows: (string | number | null)[][] } {
  return { name: sheet.name, rows: sheetRows(sheet, shownValue) }
}

/** A sheet's cells as rows (0-based, ragged, gaps null) of `read` of each value. */
export function sheetRows<T>(sheet: SheetSpec, read: (value: SpecValue) => T | null): (T | null)[][] {
  const rows: (T | null)[][] = []
  for (const c of sheet.cells) {
    const row = (rows[c.row] ??= [])
    while (row.length < c.col) row.push(null)
    row[c.col] = read(c.value)
  }
  for (let r = 0; r < rows.length; r++) rows[r] ??= []
  return rows
}
