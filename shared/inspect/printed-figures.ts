// The figures the 13 tables print (万元 × 100, after 舍位平衡 for 元 books), as the .xlsx export
// computes them. This is the one adapter contract A asks consumers to keep until the printed
// model (shared/printed, printBook) lands; swap its body for printBook then.
import type { BudgetBook } from '../model/book'
import { priorValue } from '../model/prior'
import { roundToWanCents, type Fen } from '../model/money'
import { balanceForPrint } from '../rounding'
import { PUBLISHED_TABLES } from '../tables'
import type { PublishedTableId } from '../tables/ids'
import type { RowDef } from '../tables/types'

/** A printed table: its rows as laid out, and each money cell's printed value in 0.01 万元. */
export interface PrintedFigures {
  book: BudgetBook
  rows(table: PublishedTableId): readonly RowDef[]
  /** The printed value in 0.01 万元 (undefined: the table has no such cell). */
  cents(table: PublishedTableId, row: string, col: string): bigint | undefined
  /** The engine ref a printed cell shows (to match what reading a published file reported about it). */
  ref(table: PublishedTableId, row: string, col: string): string | undefined
  /** Last year's figure (上年数) of a prior id in 0.01 万元; null when the book carries none. */
  prior(id: string): bigint | null
}

const CENTS = 10_000n // 分 per 0.01 万元

const toCents = (fen: Fen): bigint => roundToWanCents(fen) / CENTS

export function printedFigures(book: BudgetBook): PrintedFigures {
  const balance = balanceForPrint(book)
  const d = balance.derivation
  const layouts = new Map<PublishedTableId, readonly RowDef[]>()
  const values = new Map<string, bigint>()
  const refs = new Map<string, string>()
  for (const def of PUBLISHED_TABLES) {
    const rows = d.layouts.get(def.id) ?? []
    layouts.set(def.id as PublishedTableId, rows)
    for (const row of rows) {
      for (const col in row.cells) {
        const ref = row.cells[col]?.ref
        if (!ref) continue
        const v = balance.value(ref)
        values.set(`${def.id}|${row.id}|${col}`, typeof v === 'bigint' ? toCents(v) : 0n)
        refs.set(`${def.id}|${row.id}|${col}`, ref)
      }
    }
  }
  return {
    book,
    rows: (table) => layouts.get(table) ?? [],
    cents: (table, row, col) => values.get(`${table}|${row}|${col}`),
    ref: (table, row, col) => refs.get(`${table}|${row}|${col}`),
    prior: (id) => {
      const v = priorValue(book, id)
      return v === null ? null : toCents(v)
    },
  }
}
