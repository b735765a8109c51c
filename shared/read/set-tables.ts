// Reading the tables a table set adds beyond the standard 13, from nothing but their own spec:
// the title found by the spec's title (any year), each column by the header text the spec prints
// over it, each row by its label (the first text column). What the standard 13 need beyond this
// (class rows that drift, subject trees, 续表 …) lives in their own readers.
import type { Printed } from '../import/published'
import type { TableDef } from '../tables/types'
import type { GridBook, GridCell } from '../workbook/grid'
import { parseAmount } from './amount'
import { mapColumns } from './columns'
import { blockColumns, specRoles } from './spec-columns'
import { cellText, isBlankRow, textKey } from './text'
import { isLabelText, isNoteText, matchNameLine, matchUnitLine } from './titles'

export interface SetTableRow {
  /** The row's label as printed (its first text column, of its own block side by side). */
  label: string
  /** Side by side: the block the row was read from (0: the left one). */
  block?: number
  /** Money cells by column id (null: empty). */
  cells: Record<string, Printed>
}

export interface SetTableRead {
  id: string
  year: number
  rows: SetTableRow[]
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** A pattern for the table's title in any year ('2026年…' → '(\d{4})年…'), on text keys. */
function titlePattern(def: TableDef): RegExp {
  const probe = 1901
  return new RegExp(`^${escape(textKey(def.title(probe))).replace(String(probe), '(\\d{4})')}$`)
}

/** Each of `defs` found in the workbook (tables not found are left out). */
export function readSetTables(grid: GridBook, defs: readonly TableDef[]): SetTableRead[] {
  const out: SetTableRead[] = []
  for (const def of defs) {
    const pattern = titlePattern(def)
    for (const sheet of grid.sheets) {
      const at = sheet.rows.findIndex((row) => row.some((c) => pattern.test(textKey(c))))
      if (at < 0) continue
      const year = Number(pattern.exec(textKey(sheet.rows[at]!.find((c) => pattern.test(textKey(c)))))![1])
      out.push({ id: def.id, year, rows: readBody(def, sheet.rows, at + 1) })
      break
    }
  }
  return out
}

function readBody(def: TableDef, rows: readonly (readonly GridCell[])[], from: number): SetTableRow[] {
  let r = from
  // The preamble: label, 部门名称 and 单位 lines.
  const preamble = (row: readonly GridCell[]): boolean =>
    row.every((c) => { const t = cellText(c); return t === '' || isLabelText(t) || matchNameLine(t) !== null || matchUnitLine(t) !== null })
  while (r < rows.length && preamble(rows[r] ?? []) && !isBlankRow(rows[r] ?? [])) r++
  const header = rows.slice(r, r + def.headerRows)
  r += def.headerRows + (def.numberRow ? 1 : 0)
  // Each column by the text printed over it (the spec's own header), as the 13 are read, else its place.
  const { map } = mapColumns(header, specRoles(def), 0)
  const colOf = new Map(def.columns.map((col, i) => [col.id, map[col.id] ?? i]))
  // Side by side, each block's rows are read on their own, each by its own label.
  const blocks = def.sideBySide ? [0, 1] : [undefined]
  const out: SetTableRow[] = []
  for (; r < rows.length; r++) {
    const row = rows[r] ?? []
    if (isBlankRow(row) || row.some((c) => isNoteText(cellText(c)))) break
    for (const block of blocks) {
      const columns = block === undefined ? def.columns : blockColumns(def, block)
      if (block !== undefined && columns.every((c) => cellText(row[colOf.get(c.id)!]) === '')) continue
      const cells: Record<string, Printed> = {}
      for (const col of columns) {
        if (col.kind !== 'money') continue
        const parsed = parseAmount(row[colOf.get(col.id)!])
        cells[col.id] = parsed.ok ? parsed.value : null
      }
      const labelCol = columns.find((c) => c.kind !== 'money')
      out.push({ label: labelCol ? cellText(row[colOf.get(labelCol.id)!]) : '', cells, ...(block !== undefined ? { block } : {}) })
    }
  }
  return out
}
