// printBook: the printed model of a book (see types.ts). Figures are what the published tables
// show: every engine value rounded to 0.01 万元, or for a book finer than that (entered in 元)
// the 舍位平衡 values, so each printed table still adds up.
import type { BudgetBook } from '../model/book'
import { roundToWanCents, type Fen } from '../model/money'
import { priorValue } from '../model/prior'
import { Derivation } from '../engine/derivation'
import { balanceForPrint, needsBalancing, roundingReport } from '../rounding'
import { priorRefs } from '../rollover/prior-figures'
import { headerText, STANDARD_TABLES, withoutChecks, type TableSet } from '../tables'
import type { TableId } from '../tables/ids'
import type { Formula, RowDef, RowKind, TableDef } from '../tables/types'
import { halfAt } from '../tables/side-by-side'
import { printedRows } from './rows'
import type { PrintedBook, PrintedCellAt, PrintedFigure, PrintedFormula, PrintedRow, PrintedTable } from './types'

export const NO_DATA_NOTE = '注：本表无数据'

export interface PrintOptions {
  /**
   * The value to print for an engine ref, in 分 (a whole number of 0.01 万元), overriding the
   * plain rounding and the balancing. Refs it returns undefined for are rounded half away from zero.
   */
  printed?: (ref: string) => Fen | undefined
  /** 舍位平衡 (on unless `printed` is given or this is false). */
  balance?: boolean
  /** A derivation of `book` already at hand (skips building one when no balancing is needed). */
  derivation?: Derivation
}

/** The printed model of `book`: the published tables of `tables` in order. */
export function printBook(book: BudgetBook, tables: TableSet = STANDARD_TABLES, options: PrintOptions = {}): PrintedBook {
  const balance = options.printed || options.balance === false || !needsBalancing(book) ? null : balanceForPrint(book, { ...(options.derivation ? { truth: options.derivation } : {}), tables })
  const report = balance ? roundingReport(book, balance) : null
  // Only printed from: the checks (a few per project) would be evaluated for nothing.
  const d = balance?.derivation ?? options.derivation ?? new Derivation(book, withoutChecks(tables))
  const override = report ? balance!.value : options.printed
  const rounded = roundedValues(d)
  const printed = (ref: string): Fen => {
    const o = override?.(ref)
    return o !== undefined ? roundToWanCents(o) : rounded(ref)
  }
  const priors = printedPriors(book)
  const scope = book.scope === '单位' ? 'unit' : 'dept'
  return {
    year: book.year,
    unitName: book.department,
    scope,
    nameLine: `${scope === 'unit' ? '单位' : '部门'}名称：${book.department}`,
    unit: '万元',
    tables: tables.published.map((def) => printTable(def, book.year, d.layouts.get(def.id) ?? [], printed, priors)),
    balancing: report,
  }
}

/** What each cell of `d` prints without 舍位平衡: its value rounded to 0.01 万元, in 分. */
export function roundedValues(d: Derivation): (ref: string) => Fen {
  return (ref) => {
    const v = d.value(ref)
    // A cell the engine cannot compute (never expected: the layouts are acyclic) prints empty
    // rather than failing the whole output; the checks report it in the app.
    return typeof v === 'bigint' ? roundToWanCents(v) : 0n
  }
}

/** The 上年数 the book carries, by the ref of the figure it belongs to, in 0.01 万元 (null: carries none). */
export function printedPriors(book: BudgetBook): Map<string, bigint | null> {
  const priors = new Map<string, bigint | null>()
  for (const [id, ref] of priorRefs(book)) {
    const v = priorValue(book, id)
    priors.set(ref, v === null ? null : roundToWanCents(v) / 10_000n)
  }
  return priors
}

/** One published table as printed, from its layout and what each cell prints (in 分). */
export function printTable(def: TableDef, year: number, rows: readonly RowDef[], printed: (ref: string) => Fen, priors: ReadonlyMap<string, bigint | null>): PrintedTable {
  const shown = printedRows(def, rows, printed)
  // Every printed ref's first place, so totals can name the cells they add (合计 is on top);
  // a ref printed nowhere sits in a row left out for printing zero.
  const placement = new Map<string, PrintedCellAt | 'omitted'>()
  shown.forEach((row, i) => {
    for (const col of def.columns) {
      const ref = row.cells[col.id]?.ref
      if (ref && !placement.has(ref)) placement.set(ref, { row: i, col: col.id })
    }
  })
  for (const row of rows) {
    for (const key in row.cells) {
      const cell = row.cells[key]
      if (cell && !placement.has(cell.ref)) placement.set(cell.ref, 'omitted')
    }
  }

  let empty = true
  const textCols: string[] = []
  const moneyCols: string[] = []
  for (const col of def.columns) (col.kind === 'money' ? moneyCols : textCols).push(col.id)
  const out: PrintedRow[] = shown.map((row) => {
    const cells: Record<string, PrintedFigure> = {}
    const text: Record<string, string> = {}
    for (const id of textCols) {
      const t = row.text[id]
      if (t !== undefined && t !== '') text[id] = t
    }
    for (const id of moneyCols) {
      const cell = row.cells[id]
      if (!cell) continue
      const fen = printed(cell.ref)
      if (fen !== 0n) empty = false
      const figure: PrintedFigure = { cents: fen / 10_000n, ref: cell.ref }
      const prior = priors.get(cell.ref)
      if (prior !== undefined) figure.prior = prior
      if (cell.formula) {
        figure.total = true
        figure.formula = formulaOf(cell.formula, placement)
      }
      cells[id] = figure
    }
    const printedRow: PrintedRow = { id: row.id, kind: row.kind, text, cells }
    if (row.halves) {
      const kinds: Record<string, RowKind> = {}
      for (const col of def.columns) kinds[col.id] = (halfAt(def.sideBySide, row, col.id) ?? row).kind
      printedRow.kinds = kinds
      printedRow.halves = { ...(row.halves.left ? { left: row.halves.left.id } : {}), ...(row.halves.right ? { right: row.halves.right.id } : {}) }
    }
    return printedRow
  })
  return {
    id: def.id,
    short: def.short,
    label: def.label,
    title: def.title(year),
    columns: def.columns.map(({ id, kind, width }) => ({ id, kind, width })),
    header: def.header.map((h) => ({ text: headerText(h.text, year), row: h.row, col: h.col, rowSpan: h.rowSpan ?? 1, colSpan: h.colSpan ?? 1 })),
    headerRows: def.headerRows,
    numberRow: def.numberRow === true,
    rows: out,
    empty,
    notes: empty ? [NO_DATA_NOTE] : [],
    ...(def.ifEmpty ? { ifEmpty: def.ifEmpty } : {}),
    landscape: def.landscape === true,
    onePage: def.onePage === true,
  }
}

function formulaOf(f: Formula, placement: ReadonlyMap<string, PrintedCellAt | 'omitted'>): PrintedFormula {
  const plus: PrintedCellAt[] = []
  const minus: PrintedCellAt[] = []
  if (!placeAll(f.plus, placement, plus) || (f.minus && !placeAll(f.minus, placement, minus))) return { explain: f.explain, local: null }
  return { explain: f.explain, local: plus.length === 0 && minus.length === 0 ? null : { plus, minus } }
}

/** The printed places of `refs` into `into`; false when one is printed in no table cell of this table. */
function placeAll(refs: readonly string[], placement: ReadonlyMap<string, PrintedCellAt | 'omitted'>, into: PrintedCellAt[]): boolean {
  for (const ref of refs) {
    const at = placement.get(ref)
    if (at === undefined) return false
    if (at !== 'omitted') into.push(at)
  }
  return true
}

/** The printed figure at (table, row, column); a row of a side-by-side block is found by its own id. Undefined: not printed. */
export function figure(p: PrintedBook, table: TableId, row: string, col: string): PrintedFigure | undefined {
  const t = p.tables.find((x) => x.id === table)
  if (!t) return undefined
  for (const r of t.rows) {
    if (r.id === row || r.halves?.left === row || r.halves?.right === row) {
      const f = r.cells[col]
      if (f) return f
    }
  }
  return undefined
}
