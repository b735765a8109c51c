// The official workbook: one sheet per published table, laid out as published, plus the
// very-hidden `__book__` sheet carrying the exact book (see shared/workbook/book-sheet.ts).
// What each table prints comes from the printed model (shared/printed); the sheets are plain
// data (shared/workbook); this file adds the fingerprint and hands them to exceljs.
import type { BudgetBook } from '../../shared/model/book'
import type { Fen } from '../../shared/model/money'
import type { Derivation } from '../../shared/engine/derivation'
import { printBook, type PrintedBook } from '../../shared/printed'
import { STANDARD_TABLES, type TableSet } from '../../shared/tables'
import { bookSheet, xmlSafeJson } from '../../shared/workbook/book-sheet'
import { roundingSheet } from '../../shared/workbook/rounding-sheet'
import { sheetValues, type SheetSpec } from '../../shared/workbook/sheet-model'
import { tableSheet } from '../../shared/workbook/table-sheet'
import { APP_VERSION } from '../files/native'
import { writeWorkbook } from './exceljs-writer'
import { sheetsFingerprint } from './export/fingerprint'

export { sheetValues }

export interface ExportOptions {
  /**
   * The value to print for an engine ref, in 分 (a whole number of 0.01 万元), overriding the
   * plain rounding: this is where 舍位平衡 (rounding so every table still adds up) plugs in
   * for books entered in 元. Refs it returns undefined for are rounded half away from zero.
   */
  printed?: (ref: string) => Fen | undefined
  /**
   * 舍位平衡 (on unless `printed` is given or this is false): a book with amounts finer than
   * 0.01 万元 (kept in 元) prints balanced, and a last sheet 舍位平衡说明 lists the adjustments.
   */
  balance?: boolean
  /** The tables to publish (the standard 13 unless given). */
  tables?: TableSet
}

/** The sheets of a printed book: one per table, then 舍位平衡说明 when the book was balanced. */
export function printedSheets(p: PrintedBook): SheetSpec[] {
  const sheets = p.tables.map((t) => tableSheet(t, p.nameLine))
  if (p.balancing) sheets.push(roundingSheet(p.balancing))
  return sheets
}

/** The table sheets of `book` (no hidden sheet, no balancing unless asked): what the workbook shows. */
export function tableSheets(book: BudgetBook, options: ExportOptions = {}, derivation?: Derivation): SheetSpec[] {
  const p = printBook(book, options.tables ?? derivation?.tables ?? STANDARD_TABLES, { balance: options.balance === true, ...(options.printed ? { printed: options.printed } : {}), ...(derivation ? { derivation } : {}) })
  return p.tables.map((t) => tableSheet(t, p.nameLine))
}

export async function exportWorkbook(book: BudgetBook, options: ExportOptions = {}): Promise<Buffer> {
  const p = printBook(book, options.tables ?? STANDARD_TABLES, { ...(options.printed ? { printed: options.printed } : {}), ...(options.balance === false ? { balance: false } : {}) })
  const sheets = printedSheets(p)
  const hidden = bookSheet(xmlSafeJson(book), { app: APP_VERSION, fingerprint: { sheets: sheets.map((s) => s.name), sha256: sheetsFingerprint(sheets) } })
  return writeWorkbook({ creator: `预算公开表 ${APP_VERSION}`, sheets: [...sheets, hidden] })
}
