// Contract A adapter: the figures the exported tables print (舍位平衡 applied for books finer
// than 0.01 万元), in the shape of `PrintedBook` (shared/printed) so `printBook` can replace
// this one function when that branch lands. Amounts are whole 0.01 万元 ("cents").
import type { BudgetBook } from '../model/book'
import { roundToWanCents, type Fen } from '../model/money'
import { balanceForPrint } from '../rounding'
import { TABLE_IDS, type PublishedTableId, type TableId } from '../tables/ids'
import type { RowDef, RowKind } from '../tables/types'

export interface PrintedFigureLite {
  cents: bigint
}
export interface PrintedRowLite {
  id: string
  kind: RowKind
  text: Record<string, string>
  cells: Record<string, PrintedFigureLite>
}
export interface PrintedTableLite {
  id: TableId
  rows: PrintedRowLite[]
  /** Every figure zero: the table prints 本表无数据. */
  empty: boolean
}
/** The part of contract A's PrintedBook the text reads. */
export interface PrintedLike {
  year: number
  unitName: string
  scope: 'dept' | 'unit'
  tables: PrintedTableLite[]
}

const FEN_PER_CENT = 10_000n

function printedRow(row: RowDef, value: (ref: string) => bigint): PrintedRowLite {
  const cells: Record<string, PrintedFigureLite> = {}
  for (const [col, cell] of Object.entries(row.cells)) if (cell) cells[col] = { cents: value(cell.ref) }
  const text: Record<string, string> = {}
  for (const [col, t] of Object.entries(row.text)) if (t !== undefined) text[col] = t
  return { id: row.id, kind: row.kind, text, cells }
}

/** The 13 tables as the export prints them: rows all zero (and not always printed) left out. */
export function printedFigures(book: BudgetBook): PrintedLike {
  const balance = balanceForPrint(book)
  const value = (ref: string): bigint => {
    const v: Fen | undefined = balance.value(ref)
    return typeof v === 'bigint' ? roundToWanCents(v) / FEN_PER_CENT : 0n
  }
  const tables = TABLE_IDS.map((id): PrintedTableLite => {
    const rows = (balance.derivation.layouts.get(id) ?? []).map((r) => printedRow(r, value))
    const nonzero = (r: PrintedRowLite): boolean => Object.values(r.cells).some((c) => c.cents !== 0n)
    const defs = balance.derivation.layouts.get(id) ?? []
    const kept = rows.filter((r, i) => defs[i]!.printAlways === true || nonzero(r))
    return { id, rows: kept, empty: !rows.some(nonzero) }
  })
  return { year: book.year, unitName: book.department, scope: book.scope === '单位' ? 'unit' : 'dept', tables }
}

/** One printed figure (0 when the row or column is not printed). */
export function cents(p: PrintedLike, table: PublishedTableId, row: string, col: string): bigint {
  return p.tables.find((t) => t.id === table)?.rows.find((r) => r.id === row)?.cells[col]?.cents ?? 0n
}
