// What a clerk sees changed between the sheets the app wrote and the same sheets after someone
// edited them in Excel or WPS: cell by cell, compared as displayed (texts trimmed, numbers to the
// two decimals shown, zero the same as empty — the rule the export fingerprint hashes), each
// change named by its sheet, address, row and column as the table prints them.
import { cellAddress, type GridBook, type GridCell } from './grid'
import { sheetValues, type SheetSpec } from './sheet-model'

/** A cell as displayed, for comparison: `n:12.30`, `s:text`, or null for empty (zero prints empty). */
export function shownCell(value: GridCell | undefined): string | null {
  if (value === null || value === undefined) return null
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return null
    const shown = value.toFixed(2)
    // Zero prints as an empty cell (and exceljs reads a formula's cached 0 back as no value).
    return shown === '0.00' || shown === '-0.00' ? null : `n:${shown}`
  }
  const text = value.replace(/\r\n?/g, '\n').trim()
  return text === '' ? null : `s:${text}`
}

export interface CellChange {
  sheet: string
  /** A1 address. */
  cell: string
  /** The row's name as printed left of the cell (code and name), '' when it has none. */
  row: string
  /** The column's header texts, outer to inner, joined by '·'. */
  column: string
  before: string
  after: string
  /**
   * A formula the app wrote that is still a formula: the spreadsheet recomputed it after an edit
   * elsewhere (WPS and Excel do on saving). One typed over with a number is not.
   */
  recomputed: boolean
}

const display = (shown: string | null): string => (shown === null ? '空白' : shown.slice(2))

/** The nearest run of texts left of column `c` in `row` (a side-by-side table's half names its own rows). */
function rowName(row: readonly (GridCell | undefined)[], c: number): string {
  const names: string[] = []
  for (let i = c - 1; i >= 0; i--) {
    const v = shownCell(row[i])
    if (v?.startsWith('s:')) names.unshift(v.slice(2))
    else if (names.length) break
  }
  return names.join(' ')
}

function columnName(sheet: SheetSpec, rows: readonly (readonly GridCell[])[], c: number): string {
  const repeat = sheet.page?.repeatRows
  if (!repeat) return ''
  const names: string[] = []
  for (let r = repeat.first; r <= repeat.last; r++) {
    // A merged header's text sits in its top-left cell.
    const merge = sheet.merges.find((m) => m.top <= r && r <= m.bottom && m.left <= c && c <= m.right)
    const v = shownCell(merge ? rows[merge.top]?.[merge.left] : rows[r]?.[c])
    if (v?.startsWith('s:') && names[names.length - 1] !== v.slice(2)) names.push(v.slice(2))
  }
  return names.join('·')
}

/** Every displayed cell of `written` that differs in `edited` (a sheet missing there counts all its cells as emptied). */
export function changedCells(written: readonly SheetSpec[], edited: GridBook): CellChange[] {
  const out: CellChange[] = []
  for (const sheet of written) {
    const before = sheetValues(sheet).rows
    const editedSheet = edited.sheets.find((s) => s.name === sheet.name)
    const after = editedSheet?.rows ?? []
    const wroteFormula = new Set(sheet.cells.filter((c) => c.value !== null && typeof c.value === 'object').map((c) => cellAddress(c.row, c.col)))
    const stillFormula = new Set(editedSheet?.formulaCells ?? [])
    const height = Math.max(before.length, after.length)
    for (let r = 0; r < height; r++) {
      const width = Math.max(before[r]?.length ?? 0, after[r]?.length ?? 0)
      for (let c = 0; c < width; c++) {
        const was = shownCell(before[r]?.[c])
        const now = shownCell(after[r]?.[c])
        if (was === now) continue
        const cell = cellAddress(r, c)
        out.push({
          sheet: sheet.name,
          cell,
          row: rowName(before[r] ?? after[r] ?? [], c) || rowName(after[r] ?? [], c),
          column: columnName(sheet, before, c),
          before: display(was),
          after: display(now),
          recomputed: wroteFormula.has(cell) && stillFormula.has(cell),
        })
      }
    }
  }
  return out
}
