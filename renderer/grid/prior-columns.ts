// 上年数 beside this year's figures (after 结转 the book carries last year's published figures,
// shared/model/prior.ts): for the tables whose rows a stored figure describes, three read-only
// columns — 上年数, 增减额, 增减% — compare the row's 合计 with it, as clerks do when writing
// the explanation ("比上年增加 x 万元，增长 y%"). No percentage from a zero base.
import type { CellClassParams, ColDef, ColGroupDef, ValueGetterParams } from 'ag-grid-community'
import type { BudgetBook } from '../../shared/model/book'
import type { RowDef } from '../../shared/tables/types'
import type { TableId } from '../../shared/tables/ids'
import { priorId, PRIOR_HEADLINES, priorValue } from '../../shared/model/prior'
import { formatAmount, toFen, type Fen } from '../../shared/model/money'
import type { GridContext } from './columns'

/** Which column a table compares, and last year's figure for one of its rows (null: none stored for it). */
interface Comparison {
  col: string
  prior(book: BudgetBook, rowId: string): Fen | null
}

/** Sum of the stored figures whose id passes `take` (absent ids are zero). */
function sumOf(book: BudgetBook, take: (id: string) => boolean): Fen {
  let total = 0n
  for (const [id, value] of Object.entries(book.prior?.figures ?? {})) if (take(id)) total += toFen(value, book.amountUnit)
  return total
}

const bySubject: Comparison = {
  col: 'total',
  prior: (book, rowId) => {
    if (rowId === 'total') return sumOf(book, (id) => id.startsWith('sub:'))
    if (!rowId.startsWith('s:')) return null
    const code = rowId.slice(2)
    return sumOf(book, (id) => id.startsWith(`sub:${code}`))
  },
}

const COMPARISONS: Partial<Record<TableId, Comparison>> = {
  t2: bySubject,
  t3: bySubject,
  t6: {
    col: 'total',
    prior: (book, rowId) => {
      const econ = (take: (e: BudgetBook['econ'][number]) => boolean) => {
        const ids = new Set(book.econ.filter(take).map((e) => priorId.econ(e.id)))
        return sumOf(book, (id) => ids.has(id))
      }
      if (rowId === 'total') return econ(() => true)
      if (rowId.startsWith('k:')) return econ((e) => e.deptClass === rowId.slice(2))
      if (rowId.startsWith('e:')) return priorValue(book, priorId.econ(rowId.slice(2)))
      return null
    },
  },
  t10: { col: 'total', prior: (book, rowId) => (rowId === 'total' ? priorValue(book, PRIOR_HEADLINES.threePublic) : null) },
  t11: { col: 'total', prior: (book, rowId) => (rowId === 'total' ? priorValue(book, PRIOR_HEADLINES.runningCosts) : null) },
  t12: {
    col: 'total',
    prior: (book, rowId) => {
      const projects = (take: (p: BudgetBook['projects'][number]) => boolean) => {
        const ids = new Set(book.projects.filter((p) => p.kind === 'current' && take(p)).map((p) => priorId.project(p.id)))
        return sumOf(book, (id) => ids.has(id))
      }
      if (rowId === 'dept') return projects(() => true)
      if (rowId.startsWith('u:')) return projects((p) => p.unitId === rowId.slice(2))
      if (rowId.startsWith('p:')) return priorValue(book, priorId.project(rowId.slice(2)))
      return null
    },
  },
}

/** Whether a table offers the comparison with last year. */
export function comparesWithPrior(table: TableId): boolean {
  return table in COMPARISONS
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
export function priorFigures(book: BudgetBook, table: TableId, rowId: string, current: unknown): PriorFigures | null {
  const comparison = COMPARISONS[table]
  if (!book.prior || !comparison || typeof current !== 'bigint') return null
  const prior = comparison.prior(book, rowId)
  if (prior === null) return null
  const change = current - prior
  return { prior, change, percent: percentText(change, prior) }
}

export const PRIOR_COLUMNS = ['prior:amount', 'prior:change', 'prior:percent'] as const

/** The three read-only columns, under one header group "与上年比较". */
export function priorColumnDefs(table: TableId, year: number, zoom = 1): ColGroupDef<RowDef>[] {
  const comparison = COMPARISONS[table]
  if (!comparison) return []
  const ctx = (p: { context: unknown }) => p.context as GridContext
  const figures = (p: ValueGetterParams<RowDef>): PriorFigures | null => {
    if (!p.data || p.node?.rowPinned) return null
    const cell = p.data.cells[comparison.col]
    const d = ctx(p).derivation
    return cell ? priorFigures(d.book, table, p.data.id, d.value(cell.ref)) : null
  }
  const leaf = (colId: (typeof PRIOR_COLUMNS)[number], headerName: string, text: (f: PriorFigures, p: ValueGetterParams<RowDef>) => string): ColDef<RowDef> => ({
    colId,
    headerName,
    width: Math.round((colId === 'prior:percent' ? 84 : 118) * zoom),
    type: 'rightAligned',
    sortable: false,
    suppressMovable: true,
    editable: false,
    headerClass: 'hdr-cell',
    valueGetter: (p) => {
      const f = figures(p)
      return f ? text(f, p) : ''
    },
    cellClass: (p: CellClassParams<RowDef>) => (p.node.rowPinned ? 'cell-number-row' : 'cell-money cell-prior'),
  })
  return [{
    groupId: 'prior',
    headerName: `与${year - 1}年比较`,
    headerClass: 'hdr-group',
    marryChildren: true,
    children: [
      leaf('prior:amount', '上年数', (f, p) => formatAmount(f.prior, ctx(p).unit)),
      leaf('prior:change', '增减额', (f, p) => (f.change > 0n ? '+' : '') + formatAmount(f.change, ctx(p).unit)),
      leaf('prior:percent', '增减%', (f) => (f.percent && !f.percent.startsWith('-') && f.percent !== '0.00%' ? '+' : '') + f.percent),
    ],
  }]
}
