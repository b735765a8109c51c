// 上年数 beside this year's figures (after 结转 the book carries last year's published figures,
// shared/model/prior.ts): for the tables whose rows a stored figure describes, three read-only
// columns — 上年数, 增减额, 增减% — compare the row's 合计 with it, as clerks do when writing
// the explanation ("比上年增加 x 万元，增长 y%"). No percentage from a zero base.
import type { CellClassParams, ColDef, ColGroupDef, ValueGetterParams } from 'ag-grid-community'
import type { BudgetBook } from '../../shared/model/book'
import type { RowDef, TableDef } from '../../shared/tables/types'
import { formatAmount, type AmountUnit, type Fen } from '../../shared/model/money'
import type { GridContext } from './columns'

/** Whether a table offers the comparison with last year (its spec names one: TableDef.prior). */
export function comparesWithPrior(def: TableDef): boolean {
  return def.prior !== undefined
}

export interface PriorFigures {
  prior: Fen
  change: Fen
  /** 增减% with two decimals ('12.50%'), or '' from a zero base. */
  percent: string
}

/** Exact percentage in hundredths, rounded half away from zero: change / prior × 100. */
export function percentText(change: Fen, prior: Fen): string {
  if (prior === 0n) return ''
  const abs = (x: bigint): bigint => (x < 0n ? -x : x)
  const num = change * 10000n
  let q = num / prior
  if (2n * abs(num % prior) >= abs(prior)) q += (num < 0n) !== (prior < 0n) ? -1n : 1n
  return `${q < 0n ? '-' : ''}${abs(q) / 100n}.${String(abs(q) % 100n).padStart(2, '0')}%`
}

/** Last year's figure of a row and the change to this year's `current`, or null when the book stores none for it. */
export function priorFigures(book: BudgetBook, def: TableDef, rowId: string, current: unknown): PriorFigures | null {
  const comparison = def.prior
  if (!book.prior || !comparison || typeof current !== 'bigint') return null
  const prior = comparison.prior(book, rowId)
  if (prior === null) return null
  const change = current - prior
  return { prior, change, percent: percentText(change, prior) }
}

export const PRIOR_COLUMNS = ['prior:amount', 'prior:change', 'prior:percent'] as const
export type PriorColumn = (typeof PRIOR_COLUMNS)[number]
export type PriorWidths = Record<PriorColumn, number>

/** '1055500.00%' → '1,055,500.00%': a large rate grouped as the amounts beside it are. */
const groupedPercent = (p: string): string => p.replace(/^(-?)(\d+)/, (_, sign: string, digits: string) => sign + digits.replace(/\B(?=(\d{3})+$)/g, ','))

/** What each of the three columns shows for a row's figures: grouped amounts and rates, signed changes. */
export function priorCellTexts(f: PriorFigures, unit: AmountUnit): Record<PriorColumn, string> {
  return {
    'prior:amount': formatAmount(f.prior, unit),
    'prior:change': (f.change > 0n ? '+' : '') + formatAmount(f.change, unit),
    'prior:percent': (f.percent && !f.percent.startsWith('-') && f.percent !== '0.00%' ? '+' : '') + groupedPercent(f.percent),
  }
}

/** The columns' widths when every figure fits them (room for 1,234,567,890.00 and +999.99%). */
export function basePriorWidths(zoom = 1): PriorWidths {
  const money = Math.round(118 * zoom)
  return { 'prior:amount': money, 'prior:change': money, 'prior:percent': Math.round(84 * zoom) }
}

/**
 * The three read-only columns, under one header group "与上年比较", pinned to the grid's right
 * edge: switched on, they are in view at once however wide the table (表十二 at 1440 px is
 * wider than the window), and they stay beside whichever of this year's columns is scrolled to.
 * Pinned columns do not scroll, so each is as wide as its widest figure (`widths`, prior-widths.ts):
 * an 增减% of +10555.80% is shown whole, not cut to "+10555.8…".
 */
export function priorColumnDefs(def: TableDef, year: number, zoom = 1, widths: PriorWidths = basePriorWidths(zoom)): ColGroupDef<RowDef>[] {
  const comparison = def.prior
  if (!comparison) return []
  const ctx = (p: { context: unknown }) => p.context as GridContext
  const figures = (p: ValueGetterParams<RowDef>): PriorFigures | null => {
    if (!p.data || p.node?.rowPinned) return null
    const cell = p.data.cells[comparison.col]
    const d = ctx(p).derivation
    return cell ? priorFigures(d.book, def, p.data.id, d.value(cell.ref)) : null
  }
  const leaf = (colId: PriorColumn, headerName: string): ColDef<RowDef> => ({
    colId,
    headerName,
    width: widths[colId],
    type: 'rightAligned',
    sortable: false,
    suppressMovable: true,
    pinned: 'right',
    lockPinned: true,
    editable: false,
    headerClass: 'hdr-cell',
    valueGetter: (p) => {
      const f = figures(p)
      return f ? priorCellTexts(f, ctx(p).unit)[colId] : ''
    },
    cellClass: (p: CellClassParams<RowDef>) => (p.node.rowPinned ? 'cell-number-row' : 'cell-money cell-prior'),
  })
  return [{
    groupId: 'prior',
    headerName: `与${year - 1}年比较`,
    headerClass: 'hdr-group',
    marryChildren: true,
    children: [leaf('prior:amount', '上年数'), leaf('prior:change', '增减额'), leaf('prior:percent', '增减%')],
  }]
}
