// Compare every figure a disclosure prints with the value recomputed from the book built out
// of its detail rows. Printed rows are placed on the layout (place-printed.ts), each figure on
// the cell of the spec's column. A difference is either a rounding residue (尾差) the publisher
// left, or a table printed wrong (seed 004's empty 表八).
import { plainAmount, type Fen } from '../model/money'
import type { Derivation } from '../engine/derivation'
import { isCellError } from '../engine/graph'
import type { TableId } from '../tables/ids'
import { headersOver } from '../tables/headers'
import type { SetTableRead } from '../read/set-tables'
import type { Printed, PublishedTables } from './published'
import type { PrintedDifference } from './report'
import { printedFen } from './printed-amount'
import { placeSetTables, placeTables, type PlacedTable } from './place-printed'

// A printed total and its printed parts, each rounded to 0.01 万元 from exact amounts, differ by
// less than half a cent per part plus half a cent for the total: at most ⌊n/2⌋ cents for n nonzero
// parts (none for one part: a total of one figure is that figure). A larger gap is a misprint, not
// a 尾差 — and never more than this, however many parts.
const RESIDUE_LIMIT = 50_000n // 0.05 万元
const CENT = 10_000n // 0.01 万元
const residueLimit = (parts: number): Fen => {
  const bound = BigInt(Math.floor(parts / 2)) * CENT
  return bound < RESIDUE_LIMIT ? bound : RESIDUE_LIMIT
}
// A table printed in 元 rounds nothing (two decimals of 元 are exact): a gap of more than 0.01 元 is an error.
const YUAN_RESIDUE_LIMIT = 1n // 0.01 元

class Comparer {
  readonly out: PrintedDifference[] = []
  /** The printed value of every compared cell, to tell a residue from a figure that inherits one. */
  readonly printedByRef = new Map<string, Fen>()
  constructor(private readonly d: Derivation, private readonly yuanTables: ReadonlySet<TableId>) {}

  /** Every figure of the placed rows against the cell of its column in the row's layout row. */
  table(table: TableId, rows: PlacedTable[1]): void {
    const def = this.d.tables.def(table)
    // Each column's printed name once per table, not once per printed row (表十二 prints thousands).
    const columns = def.columns.map((col, i) => [col.id, headersOver(def, i, this.d.book.year).pop() ?? col.id] as const)
    for (const placed of rows) {
      for (const [col, column] of columns) {
        if (!(col in placed.figures)) continue
        this.one(table, placed.row?.cells[col]?.ref ?? null, placed.figures[col] ?? null, placed.label, column)
      }
    }
  }

  private one(table: TableId, ref: string | null, printed: Printed, row: string, column: string): void {
    const v = ref ? this.d.value(ref) : 0n
    const computed: Fen = v === undefined || isCellError(v) ? 0n : v
    const p = printedFen(printed)
    if (ref) this.printedByRef.set(ref, p)
    if (p === computed) return
    this.out.push({
      kind: 'follows', ...(ref ? { ref } : {}), table, row, column, printed, computed: computed === 0n ? null : plainAmount(computed, '万元'),
    })
  }

  /** Decide for each difference whether it is where a residue arises or only inherits one. */
  classify(): PrintedDifference[] {
    const formulas = new Map<string, { plus: readonly string[]; minus: readonly string[] }>()
    for (const rows of this.d.layouts.values()) {
      for (const r of rows) for (const cell of Object.values(r.cells)) if (cell?.formula) formulas.set(cell.ref, { plus: cell.formula.plus, minus: cell.formula.minus ?? [] })
    }
    const around = (ref: string): Fen => {
      const p = this.printedByRef.get(ref)
      if (p !== undefined) return p
      const v = this.d.value(ref)
      return typeof v === 'bigint' ? v : 0n
    }
    for (const diff of this.out) {
      const f = diff.ref ? formulas.get(diff.ref) : undefined
      const printed = printedFen(diff.printed)
      if (!f) {
        diff.kind = 'mismatch'
        continue
      }
      const plus = f.plus.map(around)
      const minus = f.minus.map(around)
      const local = plus.reduce((t, v) => t + v, 0n) - minus.reduce((t, v) => t + v, 0n)
      const gap = printed > local ? printed - local : local - printed
      const nonzero = [...plus, ...minus].filter((v) => v !== 0n).length
      const limit = this.yuanTables.has(diff.table) ? YUAN_RESIDUE_LIMIT : residueLimit(nonzero)
      diff.kind = gap === 0n ? 'follows' : gap <= limit && printed !== 0n ? 'residue' : 'mismatch'
    }
    return this.out.map((diff) => (this.yuanTables.has(diff.table) ? inYuan(diff) : diff))
  }
}

/** A difference of a table printed in 元, quoted in 元 as printed ('23551300.37', not '2355.130037' 万元). */
function inYuan(diff: PrintedDifference): PrintedDifference {
  const yuan = (p: string | null): string | null => (p === null ? null : plainAmount(printedFen(p), '元'))
  return { ...diff, printed: yuan(diff.printed), computed: yuan(diff.computed), unit: '元' }
}

/** Every printed figure of the 13 tables and of the tables the set adds, against its recomputed value. */
export function comparePrinted(
  t: PublishedTables, d: Derivation, yuanTables: readonly TableId[] = [], extra: readonly SetTableRead[] = [],
): PrintedDifference[] {
  const c = new Comparer(d, new Set(yuanTables))
  for (const [table, rows] of [...placeTables(t, d), ...placeSetTables(extra, d)]) c.table(table, rows)
  return c.classify()
}
