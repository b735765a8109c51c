// Reading the tables a table set adds beyond the standard 13, from nothing but their own spec:
// located by the spec's title like the 13 (locate.ts), each column by the header text the spec
// prints over it, each row by its label (the first text column). What the standard 13 need beyond
// this (class rows that drift, subject trees …) lives in their own readers.
import type { Printed } from '../import/published'
import type { TableReader } from './context'
import { blockColumns } from './spec-columns'

export interface SetTableRow {
  /** The row's label as printed (its first text column, of its own block side by side). */
  label: string
  /** Side by side: the block the row was read from (0: the left one). */
  block?: number
  /** Money cells by column id (null: empty). */
  cells: Record<string, Printed>
  /** The text of each text column of the row's block, by the column's printed field (ColumnDef.read.field, else its id). */
  texts: Record<string, string>
}

export interface SetTableRead {
  id: string
  year: number
  rows: SetTableRow[]
}

/** The located table of an added spec, read through its reader (amounts in 万元, doubtful cells noted). */
export function readSetTable(reader: TableReader, year: number): SetTableRead {
  const { def } = reader
  const map = reader.columns()
  // Side by side, each block's rows are read on their own, each by its own label.
  const blocks = def.sideBySide ? [0, 1] : [undefined]
  const rows: SetTableRow[] = []
  for (const row of reader.table.dataRows) {
    for (const block of blocks) {
      const columns = block === undefined ? def.columns : blockColumns(def, block)
      if (block !== undefined && !reader.anyFilled(row, columns.map((c) => map[c.id]))) continue
      const cells: Record<string, Printed> = {}
      for (const col of columns) if (col.kind === 'money') cells[col.id] = reader.amount(row, map[col.id])
      const texts: Record<string, string> = {}
      for (const col of columns) if (col.kind !== 'money') texts[col.read?.field ?? col.id] = reader.text(row, map[col.id])
      const labelCol = columns.find((c) => c.kind !== 'money')
      rows.push({ label: labelCol ? reader.text(row, map[labelCol.id]) : '', cells, texts, ...(block !== undefined ? { block } : {}) })
    }
  }
  return { id: def.id, year: reader.table.year ?? year, rows }
}
