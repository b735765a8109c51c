// The printed model: what each published table prints for a book — its rows (empty rows left
// out), every figure as printed in 万元 with two decimals (after 舍位平衡 for books finer than
// 0.01 万元), the header tree, the notes, and which figures are totals of which cells. The .xlsx
// writer lays this out with exceljs; the .docx, PDF and the explanation text read the same figures.
import type { TableId } from '../tables/ids'
import type { ColumnKind, RowKind, TableIfEmpty } from '../tables/types'
import type { RoundingReport } from '../rounding'

export interface PrintedColumn {
  id: string
  kind: ColumnKind
  /** Width in Excel character units. */
  width: number
}

/** A header cell at (row, col) of the header block, spanning rowSpan × colSpan; the year filled in. */
export interface PrintedHeaderCell {
  text: string
  row: number
  col: number
  rowSpan: number
  colSpan: number
}

/** A cell of the same table: the index of its row in `PrintedTable.rows` and its column id. */
export interface PrintedCellAt {
  row: number
  col: string
}

export interface PrintedFormula {
  /** Where the figure comes from, in Chinese ("= 基本支出 + 项目支出"). */
  explain: string
  /**
   * The figure as Σ plus − Σ minus of printed cells of this table, when every cell it adds sits
   * in this table (cells left out for printing zero are dropped); null when it reads another table.
   */
  local: { plus: PrintedCellAt[]; minus: PrintedCellAt[] } | null
}

export interface PrintedFigure {
  /** 0.01 万元 as printed (after balancing): 1853054n prints 18,530.54. */
  cents: bigint
  /** 上年数 of the same figure in 0.01 万元 (rounded), when the book carries one for it; null: carries no 上年数. */
  prior?: bigint | null
  /** Present on derived figures (subtotals, totals, cross-table figures). */
  formula?: PrintedFormula
  /** True for a derived figure: a subtotal or total rather than a typed amount. */
  total?: boolean
  /** The engine cell the figure shows (an input key or a derived cell id). */
  ref: string
}

export interface PrintedRow {
  /** The layout's row id; a row pairing two blocks side by side (表九) is `${left}|${right}`. */
  id: string
  kind: RowKind
  /** Text cells by column id (names, codes); absent = empty. */
  text: Record<string, string>
  /** Money cells by column id. */
  cells: Record<string, PrintedFigure>
  /** Side by side: the level of the block row showing each column (styles 类 rows bold …). */
  kinds?: Record<string, RowKind>
  /** Side by side: the row ids of the block rows paired here. */
  halves?: { left?: string; right?: string }
}

export interface PrintedTable {
  id: TableId
  /** 表一 … */
  short: string
  /** The label line above the title ('预算公开表1'), null: none. */
  label: string | null
  title: string
  columns: PrintedColumn[]
  header: PrintedHeaderCell[]
  headerRows: number
  /** 表十二/十三 print a row of column numbers 1 … n under the header. */
  numberRow: boolean
  rows: PrintedRow[]
  /** No nonzero figure: the table prints its fixed rows and the note `注：本表无数据`. */
  empty: boolean
  /** Notes printed under the table. */
  notes: string[]
  /** What printing empty means for this table (its spec's ifEmpty: the 情况说明's sentence, the 公开检查 P02). */
  ifEmpty?: TableIfEmpty
  landscape: boolean
  onePage: boolean
}

export interface PrintedBook {
  year: number
  unitName: string
  scope: 'dept' | 'unit'
  /** `部门名称：X` or `单位名称：X`, printed above every table. */
  nameLine: string
  unit: '万元'
  tables: PrintedTable[]
  /** The 舍位平衡 adjustments (books finer than 0.01 万元), as the export's last sheet lists them; null: none needed. */
  balancing: RoundingReport | null
}
