// The only module that talks to exceljs. exceljs is unmaintained (see docs/stack notes), so
// everything else works on GridBook and this file is what a replacement library would swap.
import type ExcelJS from 'exceljs'
import { cellAddress, type GridBook, type GridCell, type GridSheet } from '../../shared/workbook/grid'
import { DEFAULT_LIMITS, guardWorkbook, MAX_ROWS } from './zip-guard'

export interface LoadGridOptions {
  /** Rows read per sheet; further rows are dropped and the sheet is marked truncated. */
  maxRows?: number
  /** Columns read per row; budget tables are narrow, so wide junk is ignored. */
  maxCols?: number
  /** List the cells holding a formula (GridSheet.formulaCells): a fill-in workbook's locked 合计 must still be formulas. */
  formulas?: boolean
}

export const DEFAULT_MAX_ROWS = MAX_ROWS
export const DEFAULT_MAX_COLS = 64

/**
 * Load an .xlsx into a grid of values. Only the master cell of a merge keeps the value:
 * exceljs repeats it in every cell of the merge, which would count a merged amount twice.
 * The archive goes through the zip guard first (ZipGuardError for a damaged or hostile file);
 * exceljs only ever sees the verified, row-capped parts. Otherwise rejects with whatever the
 * library throws for a file it cannot read.
 */
export async function loadGrid(data: Buffer | ArrayBuffer | Uint8Array, options: LoadGridOptions = {}): Promise<GridBook> {
  const maxRows = options.maxRows ?? DEFAULT_MAX_ROWS
  const maxCols = options.maxCols ?? DEFAULT_MAX_COLS
  const guarded = guardWorkbook(toBytes(data), { ...DEFAULT_LIMITS, rows: maxRows })
  // exceljs loads here, after the guard: a CLI start that refuses a damaged file never pays for it.
  const { default: Excel } = await import('exceljs')
  const workbook = new Excel.Workbook()
  // exceljs's typings ask for its own Buffer type; a Node Buffer over the same bytes is what it reads.
  await workbook.xlsx.load(toBuffer(guarded.archive) as unknown as ExcelJS.Buffer)
  return { sheets: workbook.worksheets.map((ws) => readSheet(ws, maxRows, maxCols, options.formulas ?? false, Excel.ValueType)) }
}

function toBytes(data: Buffer | ArrayBuffer | Uint8Array): Uint8Array {
  return data instanceof ArrayBuffer ? new Uint8Array(data) : data
}

function toBuffer(data: Buffer | ArrayBuffer | Uint8Array): Buffer {
  if (Buffer.isBuffer(data)) return data
  if (data instanceof ArrayBuffer) return Buffer.from(data)
  return Buffer.from(data.buffer, data.byteOffset, data.byteLength)
}

function readSheet(ws: ExcelJS.Worksheet, maxRows: number, maxCols: number, formulas: boolean, kinds: typeof ExcelJS.ValueType): GridSheet {
  const rowCount = ws.rowCount
  const last = Math.min(rowCount, maxRows)
  const rows: GridCell[][] = []
  const formulaCells: string[] = []
  const uncached: Array<[number, number]> = []
  for (let r = 1; r <= last; r++) {
    const row = ws.findRow(r)
    const cells: GridCell[] = []
    if (row) {
      const width = Math.min(row.cellCount, maxCols)
      for (let c = 1; c <= width; c++) {
        const cell = row.findCell(c)
        const value = cell && cell.type !== kinds.Merge ? cellValueOf(cell, kinds) : null
        if (isUncachedFormula(value)) uncached.push([r - 1, c - 1])
        cells.push(toGridCell(value))
        if (formulas && cell && cell.type === kinds.Formula) formulaCells.push(cellAddress(r - 1, c - 1))
      }
    }
    while (cells.length > 0 && cells[cells.length - 1] === null) cells.pop()
    rows.push(cells)
  }
  return { name: ws.name, rows, rowCount, truncated: rowCount > maxRows, ...(formulas ? { formulaCells } : {}), ...(uncached.length ? { uncachedFormulas: uncached } : {}) }
}

/**
 * A cell's value with a formula's cached result as the file saved it. exceljs's `cell.value`
 * copies a formula's fields only when truthy, so a saved result of 0 (every empty SUM row of a
 * WPS workbook), "" or FALSE would look unsaved; `cell.result` keeps it.
 */
function cellValueOf(cell: ExcelJS.Cell, kinds: typeof ExcelJS.ValueType): ExcelJS.CellValue {
  const value = cell.value
  if (cell.type !== kinds.Formula || typeof value !== 'object' || value === null) return value
  const result = cell.result as ExcelJS.CellFormulaValue['result'] | undefined
  return result === undefined ? value : ({ ...value, result } as ExcelJS.CellValue)
}

/** A formula whose result the file did not save (written by a tool that never calculates). */
function isUncachedFormula(value: ExcelJS.CellValue | undefined): boolean {
  return typeof value === 'object' && value !== null && ('formula' in value || 'sharedFormula' in value) && (value as { result?: unknown }).result === undefined
}

function toGridCell(value: ExcelJS.CellValue | undefined): GridCell {
  if (value === null || value === undefined) return null
  if (typeof value === 'number') return Number.isFinite(value) ? value : null
  if (typeof value === 'string') return value
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE'
  if (value instanceof Date) return value.toISOString().slice(0, 10)
  if ('richText' in value) return value.richText.map((part) => part.text).join('')
  if ('error' in value) return value.error
  // A formula: exceljs never computes, so the cached result is what the file shows.
  if ('formula' in value || 'sharedFormula' in value) {
    const result = (value as { result?: unknown }).result
    return result === undefined ? null : toGridCell(result as ExcelJS.CellValue)
  }
  if ('text' in value && typeof value.text === 'string') return value.text
  return null
}
