// The header texts a column prints under, from the table's own header tree: what a reader
// recognises the column by, and what a report names it by.
import type { TableDef } from './types'

/** Header text with the year filled in ('{year}年预算数' → '2026年预算数'). */
export function headerText(text: string, year: number): string {
  return text.replace('{year}', String(year))
}

/** The header texts over column index `col`, top to bottom (the last is the column's own), the year filled in. */
export function headersOver(def: Pick<TableDef, 'header'>, col: number, year: number): string[] {
  return def.header
    .filter((h) => h.col <= col && col < h.col + (h.colSpan ?? 1))
    .sort((a, b) => a.row - b.row)
    .map((h) => headerText(h.text, year))
}
