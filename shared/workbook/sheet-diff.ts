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
  /** A1 address, and the same 0-based. */
  cell: string
  at: [row: number, col: number]
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
          at: [r, c],
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

/** A row by its texts (codes, names, headers): the same row in two prints of one table, wherever it moved. */
function rowKey(row: readonly (GridCell | undefined)[] | undefined): string {
  return (row ?? []).map((v) => { const x = shownCell(v); return x?.startsWith('s:') ? x : '' }).join('\t').replace(/\t+$/, '')
}

/** Row r of `from` in `to`: the row with the same texts (a printed table may drop or add a row that has no amounts). */
function rowMap(from: readonly (readonly GridCell[])[], to: readonly (readonly GridCell[])[]): (r: number) => number | undefined {
  const where = new Map<string, number[]>()
  to.forEach((row, i) => { const k = rowKey(row); if (k) where.set(k, [...(where.get(k) ?? []), i]) })
  const count = new Map<string, number>()
  for (const row of from) { const k = rowKey(row); count.set(k, (count.get(k) ?? 0) + 1) }
  const seen = new Map<string, number>()
  const mapped = from.map((row) => {
    const k = rowKey(row)
    const n = seen.get(k) ?? 0
    seen.set(k, n + 1)
    // A repeated row (two units' projects of one name) pairs by order only if both prints repeat it as often.
    return k && where.get(k)?.length === count.get(k) ? where.get(k)![n] : undefined
  })
  return (r) => mapped[r]
}

/**
 * What `printed` (the sheets of the book as opened) shows at each change, as displayed: where a
 * computed figure was typed over, or 舍位平衡 moved a figure, it differs from the edited value.
 * The cell is found by its row's texts (code and name), so a row the new print drops or adds does not shift the others.
 */
export function printedAt(changes: readonly CellChange[], printed: readonly SheetSpec[], edited: GridBook): Map<CellChange, string> {
  const out = new Map<CellChange, string>()
  const sheets = new Map<string, { rows: GridCell[][]; row: (r: number) => number | undefined } | null>()
  for (const change of changes) {
    if (!sheets.has(change.sheet)) {
      const sheet = printed.find((s) => s.name === change.sheet)
      const then = edited.sheets.find((s) => s.name === change.sheet)?.rows
      const rows = sheet ? sheetValues(sheet).rows : null
      sheets.set(change.sheet, rows && then ? { rows, row: rowMap(then, rows) } : null)
    }
    const sheet = sheets.get(change.sheet)
    const r = sheet?.row(change.at[0])
    if (sheet && r !== undefined) out.set(change, display(shownCell(sheet.rows[r]?.[change.at[1]])))
  }
  return out
}
