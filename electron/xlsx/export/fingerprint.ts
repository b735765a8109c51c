// A fingerprint of what the visible tables show, so that on reading we can tell whether the
// workbook was edited outside the app since it was exported. Only what a clerk sees counts:
// texts (trimmed, line endings unified) and numbers to the two decimals shown, so opening
// and re-saving in Excel or WPS (which may recompute a total as 3.3000000000000003, drop
// trailing blanks or change column widths) keeps the fingerprint. Zero counts as empty,
// as the tables print it.
import { createHash } from 'node:crypto'
import type { GridCell } from '../../../shared/workbook/grid'
import { sheetRows, shownValue, type SheetSpec } from '../../../shared/workbook/sheet-model'
import { shownCell as normalizeCell } from '../../../shared/workbook/sheet-diff'

export interface SheetValues {
  name: string
  rows: readonly (readonly GridCell[])[]
}

function normalizeRows(rows: readonly (readonly GridCell[])[]): (string | null)[][] {
  return trimEmpty(rows.map((row) => row.map(normalizeCell)))
}

/** Without trailing empty cells in each row, then without trailing empty rows. */
function trimEmpty(rows: (string | null)[][]): (string | null)[][] {
  for (const cells of rows) while (cells.length > 0 && cells[cells.length - 1] === null) cells.pop()
  while (rows.length > 0 && rows[rows.length - 1]!.length === 0) rows.pop()
  return rows
}

function digest(names: readonly string[], rowsOf: (name: string) => (string | null)[][] | undefined): string {
  const hash = createHash('sha256')
  for (const name of names) {
    const rows = rowsOf(name)
    hash.update(JSON.stringify([name, rows ?? 'missing']))
    hash.update('\n')
  }
  return hash.digest('hex')
}

/** SHA-256 (hex) over the named sheets, in the given order. A sheet missing from `sheets` counts as changed content. */
export function fingerprint(names: readonly string[], sheets: readonly SheetValues[]): string {
  return digest(names, (name) => {
    const sheet = sheets.find((s) => s.name === name)
    return sheet ? normalizeRows(sheet.rows) : undefined
  })
}

/** The fingerprint of sheets about to be written: fingerprint() of what a reader will see in them, read off the cells directly. */
export function sheetsFingerprint(sheets: readonly SheetSpec[]): string {
  return digest(
    sheets.map((s) => s.name),
    (name) => {
      const sheet = sheets.find((s) => s.name === name)
      return sheet ? trimEmpty(sheetRows(sheet, (value) => normalizeCell(shownValue(value)))) : undefined
    },
  )
}
