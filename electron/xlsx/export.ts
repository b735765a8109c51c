// The official workbook: one sheet per published table, laid out as published, plus the
// very-hidden `__book__` sheet carrying the exact book (see export/book-sheet.ts).
import type { BudgetBook } from '../../shared/model/book'
import { roundToWanCents, type Fen } from '../../shared/model/money'
import { Derivation } from '../../shared/engine/derivation'
import { PUBLISHED_TABLES } from '../../shared/tables'
import { APP_VERSION } from '../files/native'
import { writeWorkbook } from './exceljs-writer'
import { bookSheet, xmlSafeJson } from './export/book-sheet'
import { fingerprint } from './export/fingerprint'
import { shownValue, type SheetSpec } from './export/sheet-model'
import { tableSheet } from './export/sheet-writer'
import { roundingSheet } from './export/rounding-sheet'
import { balanceForPrint, roundingReport } from '../../shared/rounding'


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
}

/** A sheet's cells as rows of the values a reader sees (formula → cached result). */
export function sheetValues(sheet: SheetSpec): { name: string; rows: (string | number | null)[][] } {
  const rows: (string | number | null)[][] = []
  for (const c of sheet.cells) {
    const row = (rows[c.row] ??= [])
    while (row.length < c.col) row.push(null)
    row[c.col] = shownValue(c.value)
  }
  for (let r = 0; r < rows.length; r++) rows[r] ??= []
  return { name: sheet.name, rows }
}

/** The table sheets of `book` (no hidden sheet): what the workbook shows. */
export function tableSheets(book: BudgetBook, options: ExportOptions = {}, derivation?: Derivation): SheetSpec[] {
  // The balancing pass has already laid the tables out; reuse it rather than building again.
  const d = derivation ?? new Derivation(book)
  const printed = (ref: string): Fen => {
    const override = options.printed?.(ref)
    if (override !== undefined) return roundToWanCents(override)
    const v = d.value(ref)
    // A cell the engine cannot compute (never expected: the layouts are acyclic) prints empty
    // rather than failing the whole export; the checks report it in the app.
    return typeof v === 'bigint' ? roundToWanCents(v) : 0n
  }
  return PUBLISHED_TABLES.map((def) => tableSheet({ def, book, rows: d.layouts.get(def.id) ?? [], printed }))
}

export async function exportWorkbook(book: BudgetBook, options: ExportOptions = {}): Promise<Buffer> {
  const balance = options.printed || options.balance === false ? null : balanceForPrint(book)
  const report = balance ? roundingReport(book, balance) : null
  const sheets = tableSheets(book, report ? { ...options, printed: balance!.value } : options, balance?.derivation)
  if (report) sheets.push(roundingSheet(report))
  const names = sheets.map((s) => s.name)
  const sha256 = fingerprint(names, sheets.map(sheetValues))
  const hidden = bookSheet(xmlSafeJson(book), { app: APP_VERSION, fingerprint: { sheets: names, sha256 } })
  return writeWorkbook({ creator: `预算公开表 ${APP_VERSION}`, sheets: [...sheets, hidden] })
}
