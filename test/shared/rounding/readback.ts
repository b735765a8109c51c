// Reading the printed figures back from an exported workbook: every money cell of every
// published table, by engine ref, as the number the sheet shows (a formula's cached result).
// The row placement restates the exporter's layout (label, title, name line, header rows,
// column numbers, then the printed rows) and is checked against the row texts as it goes.
import type { BudgetBook } from '../../../shared/model/book'
import type { Fen } from '../../../shared/model/money'
import type { Derivation } from '../../../shared/engine/derivation'
import { PUBLISHED_TABLES } from '../../../shared/tables'
import { blocksOf, pairBlocks } from '../../../shared/tables/side-by-side'
import type { RowDef } from '../../../shared/tables/types'
import type { GridBook, GridCell } from '../../../shared/workbook/grid'

export interface ReadBack {
  /** Printed value of every ref shown on some sheet, in 分. */
  values: Map<string, Fen>
  problems: string[]
}

/** A shown number to 分, insisting it is a whole 0.01 (as the sheet's two decimals show it). */
function toFen(cell: GridCell, where: string, problems: string[]): Fen {
  if (cell === null || cell === '') return 0n
  if (typeof cell !== 'number') {
    problems.push(`${where}: not a number: ${JSON.stringify(cell)}`)
    return 0n
  }
  const cents = Math.round(cell * 100)
  if (Math.abs(cell * 100 - cents) > 1e-6) problems.push(`${where}: ${cell} is not a whole 0.01`)
  return BigInt(cents) * 10_000n
}

export function readBack(grid: GridBook, book: BudgetBook, d: Derivation, printed: (ref: string) => Fen): ReadBack {
  const values = new Map<string, Fen>()
  const problems: string[] = []
  for (const def of PUBLISHED_TABLES) {
    const sheet = grid.sheets.find((s) => s.name === def.short)
    if (!sheet) {
      problems.push(`no sheet ${def.short}`)
      continue
    }
    let r = (def.label ? 1 : 0) + 2 + def.headerRows + (def.numberRow ? 1 : 0)
    const layout = d.layouts.get(def.id) ?? []
    const shows = (row: RowDef): boolean => row.printAlways === true || Object.values(row.cells).some((c) => c !== undefined && printed(c.ref) !== 0n)
    // Side by side (表一, 表四, 表九), each block drops its empty rows on its own and the rest pair up again.
    const { left, right } = blocksOf(layout)
    const shown = def.sideBySide ? pairBlocks(left.filter(shows), right.filter(shows)) : layout.filter(shows)
    for (const row of shown) {
      const line = sheet.rows[r] ?? []
      def.columns.forEach((col, c) => {
        if (col.kind !== 'money') {
          const want = row.text[col.id] ?? ''
          const got = line[c] ?? null
          if (want !== '' && got !== want) problems.push(`${def.short} row ${r + 1} col ${c + 1}: expected "${want}", read ${JSON.stringify(got)}`)
          return
        }
        const cell = row.cells[col.id]
        if (!cell) return
        values.set(cell.ref, toFen(line[c] ?? null, `${def.short}!${r + 1}:${c + 1}`, problems))
      })
      r++
    }
    // A ref printed nowhere sits in a row left out for printing zero.
    for (const row of layout) for (const c of Object.values(row.cells)) if (c && !values.has(c.ref)) values.set(c.ref, 0n)
  }
  void book
  return { values, problems }
}
