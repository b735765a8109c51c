// The figures the 13 tables print (0.01 万元, after 舍位平衡 for 元 books) as the inspection reads
// them: a thin view over the printed model (shared/printed, contract A) with lookups by
// (table, row, column) and last year's figures by 上年数 id.
import type { BudgetBook } from '../model/book'
import { priorValue } from '../model/prior'
import { roundToWanCents } from '../model/money'
import { printBook, type PrintedBook, type PrintedRow } from '../printed'
import type { PublishedTableId } from '../tables/ids'

export interface PrintedFigures {
  book: BudgetBook
  printed: PrintedBook
  /** The rows a table prints (all-zero rows left out). */
  rows(table: PublishedTableId): readonly PrintedRow[]
  /** The printed value in 0.01 万元 (undefined: the table prints no such cell). */
  cents(table: PublishedTableId, row: string, col: string): bigint | undefined
  /** The engine ref a printed cell shows (to match what reading a published file reported about it). */
  ref(table: PublishedTableId, row: string, col: string): string | undefined
  /** Whether the table prints 本表无数据. */
  empty(table: PublishedTableId): boolean
  /** Last year's figure (上年数) of a prior id in 0.01 万元; null when the book carries none. */
  prior(id: string): bigint | null
}

export function printedFigures(book: BudgetBook, printed: PrintedBook = printBook(book)): PrintedFigures {
  const byTable = new Map(printed.tables.map((t) => [t.id, t]))
  const cells = new Map<string, { cents: bigint; ref: string }>()
  for (const t of printed.tables) {
    for (const r of t.rows) {
      // A row pairing two blocks (表九) answers to either block's own id.
      const ids = [r.id, r.halves?.left, r.halves?.right].filter((x): x is string => Boolean(x))
      for (const col in r.cells) for (const id of ids) cells.set(`${t.id}|${id}|${col}`, r.cells[col]!)
    }
  }
  return {
    book,
    printed,
    rows: (table) => byTable.get(table)?.rows ?? [],
    cents: (table, row, col) => cells.get(`${table}|${row}|${col}`)?.cents,
    ref: (table, row, col) => cells.get(`${table}|${row}|${col}`)?.ref,
    empty: (table) => byTable.get(table)?.empty ?? true,
    prior: (id) => {
      const v = priorValue(book, id)
      return v === null ? null : roundToWanCents(v) / 10_000n
    },
  }
}
