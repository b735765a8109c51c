// What the text reads of the printed tables: a few dozen figures, the rows of the tables it lists
// (类 of 表四/表五, items of 表六) and which tables print empty. Read from a printed model when
// one is at hand (the document), or straight from a derivation of a book that needs no 舍位平衡:
// printing 表十二/表十三 of a large department (thousands of project rows, every cell with its
// total's places) to read a few of their figures cost most of the text's time.
import type { Derivation } from '../engine/derivation'
import type { BudgetBook } from '../model/book'
import { printTable, roundedValues, type PrintedBook, type PrintedTable } from '../printed'
import type { PublishedTableId } from '../tables/ids'
import type { RowDef, TableDef, TableIfEmpty } from '../tables/types'

export type PrintedRows = PrintedTable['rows']

/** Matching every 上年数 of the book to its cell is a walk over all its projects, for nothing the text reads. */
const NO_PRIORS: ReadonlyMap<string, bigint | null> = new Map()

export interface TextFigures {
  /** The published tables in print order. */
  readonly tables: readonly { id: string; short: string; ifEmpty?: TableIfEmpty }[]
  /** The printed figure at (table, row id, column) in 0.01 万元; 0 where the table prints none. */
  cents(table: PublishedTableId, row: string, col: string): bigint
  /**
   * The printed rows of a table (none when the table set lacks it); a figure's 上年数 may be left
   * out: the text reads last year's figures from the book (Context.prior).
   */
  rows(table: PublishedTableId): PrintedRows
  /** Whether the table prints no nonzero figure (and so the 本表无数据 note). */
  empty(table: string): boolean
}

export function figuresOfPrinted(printed: PrintedBook): TextFigures {
  const tables = new Map(printed.tables.map((t) => [t.id as string, t]))
  return {
    tables: printed.tables,
    cents(table, row, col) {
      const t = tables.get(table)
      return t ? (byIdOf(t).get(row)?.cells[col]?.cents ?? 0n) : 0n
    },
    rows: (table) => tables.get(table)?.rows ?? [],
    empty: (table) => tables.get(table)?.empty === true,
  }
}

/**
 * The figures of `d` (a derivation of `book`, which must need no 舍位平衡: every figure prints
 * as its value rounded). A table the text lists, or one of blocks side by side (whose printed
 * rows pair the blocks), is printed as printBook prints it; from the others single cells are
 * read off the layout, and emptiness is a scan that stops at the first nonzero figure.
 */
export function figuresOfDerivation(book: BudgetBook, d: Derivation): TextFigures {
  const printed = roundedValues(d)
  const whole = new Map<string, PrintedTable>()
  const wholeTable = (def: TableDef): PrintedTable => {
    let t = whole.get(def.id)
    if (!t) whole.set(def.id, (t = printTable(def, book.year, d.layouts.get(def.id) ?? [], printed, NO_PRIORS)))
    return t
  }
  const layoutIndex = new Map<string, Map<string, RowDef[]>>()
  const rowsWithId = (def: TableDef, row: string): RowDef[] => {
    let index = layoutIndex.get(def.id)
    if (!index) {
      layoutIndex.set(def.id, (index = new Map()))
      for (const r of d.layouts.get(def.id) ?? []) {
        const same = index.get(r.id)
        if (same) same.push(r)
        else index.set(r.id, [r])
      }
    }
    return index.get(row) ?? []
  }
  const has = (id: string): boolean => d.tables.published.some((t) => t.id === id)
  const def = (id: string): TableDef => d.tables.def(id as PublishedTableId)
  const isPrinted = (row: RowDef): boolean => row.printAlways === true || Object.values(row.cells).some((c) => c !== undefined && printed(c.ref) !== 0n)
  const emptiness = new Map<string, boolean>()
  return {
    tables: d.tables.published,
    cents(table, row, col) {
      if (!has(table)) return 0n
      const t = def(table)
      if (t.sideBySide) return byIdOf(wholeTable(t)).get(row)?.cells[col]?.cents ?? 0n
      // As printed: the last row of that id that prints (a row of zeros is left out). A row
      // alone with its id prints whenever this figure is nonzero, so it needs no check.
      const same = rowsWithId(t, row)
      const shown = same.length === 1 ? same : same.filter(isPrinted)
      const cell = shown[shown.length - 1]?.cells[col]
      return cell ? printed(cell.ref) / 10_000n : 0n
    },
    rows: (table) => (has(table) ? wholeTable(def(table)).rows : []),
    empty(table) {
      if (!has(table)) return false
      let e = emptiness.get(table)
      if (e === undefined) emptiness.set(table, (e = isEmpty(def(table))))
      return e
    },
  }

  function isEmpty(t: TableDef): boolean {
    // Blocks side by side print paired rows: as printBook decides.
    if (t.sideBySide) return wholeTable(t).empty
    // A row with a nonzero money figure always prints, so the table is empty when no row has one.
    const money = t.columns.filter((c) => c.kind === 'money').map((c) => c.id)
    for (const row of d.layouts.get(t.id) ?? []) {
      for (const col of money) {
        const cell = row.cells[col]
        if (cell && printed(cell.ref) !== 0n) return false
      }
    }
    return true
  }
}

/** Rows by id of a printed table (the last of an id wins), built when the table is first read. */
const indexes = new WeakMap<PrintedTable, Map<string, PrintedRows[number]>>()
function byIdOf(t: PrintedTable): Map<string, PrintedRows[number]> {
  let m = indexes.get(t)
  if (!m) indexes.set(t, (m = new Map(t.rows.map((r) => [r.id, r]))))
  return m
}
