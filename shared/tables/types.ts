// A table is declared as data: columns, header cells with spans, and a row builder that
// lays out rows from the book. Each money cell is either an input (its ref is an input key
// of the book, see shared/engine/keys.ts) or derived (a formula over other cells, with a
// short Chinese explanation the grid shows as a tooltip). One generic grid renders these,
// one generic sheet writer exports them, and the derivation engine evaluates them.
import type { CheckGroup } from '../checks/checks'
import type { BudgetBook } from '../model/book'
import type { Fen } from '../model/money'
import type { TableId } from './ids'

export type CellRef = string

export type ColumnKind = 'code' | 'text' | 'money'

export interface ColumnDef {
  id: string
  kind: ColumnKind
  /** Width in Excel character units (the grid scales it to pixels). */
  width: number
  /** How published files are read beyond the header text this spec prints over the column. */
  read?: ColumnRead
}

/**
 * Reading a column of a published file. The reader finds a column by the header text the spec
 * prints over it (shared/read/spec-columns.ts); these add what files of other departments print
 * instead, and where the printed-table shape (shared/import/published.ts) keeps its figure.
 */
export interface ColumnRead {
  /** Other spellings real files print: a header text containing one of these also names the column. */
  also?: readonly string[]
  /** Only a header text equal to one of these names the column (not one containing it). */
  exact?: boolean
  /** Any header text within its block names it (表一's bare '2026年' over the income amounts). */
  anyHeader?: boolean
  /** Looked for before the other money columns: words of its header may be printed over them too. */
  first?: boolean
  /** The printed row's field holding this column's figure, when it is not the column id. */
  field?: string
}

/** A header cell at (row, col) of the header block, spanning rowSpan × colSpan. */
export interface HeaderCell {
  text: string
  row: number
  col: number
  rowSpan?: number
  colSpan?: number
}

export type RowKind =
  | 'total' // 合计 / 部门合计 / footer totals
  | 'class' // 类 row or 表六 class row
  | 'kuan' // 款 row
  | 'item' // 项 row, 表六 item, revenue 项, 表十 item
  | 'dept' // 表十二/十三 department row
  | 'unit' // a unit row (表十一, 表十二/十三)
  | 'project'
  | 'fixed' // always printed, not a total (表一 class rows, 表十 items …)

/** Σ plus − Σ minus. Every relation in the 13 tables is linear, so this is the only formula form. */
export interface Formula {
  plus: readonly CellRef[]
  minus?: readonly CellRef[]
  /** Where the figure comes from, in Chinese, for the tooltip: "= 基本支出 + 项目支出". */
  explain: string
}

export interface CellDef {
  /** The engine cell this grid cell shows: an input key, or the id of the derived cell declared here. */
  ref: CellRef
  formula?: Formula
}

/** A text cell the clerk may edit (a project's or unit's name …); the key names the book field. */
export type TextKey = string

export interface RowDef {
  id: string
  kind: RowKind
  text: Partial<Record<string, string>>
  cells: Partial<Record<string, CellDef>>
  /** Text cells that are editable, by column id. */
  textKeys?: Partial<Record<string, TextKey>>
  /** Printed even when every amount is zero (fixed rows, totals). Other all-zero rows are left out of the export. */
  printAlways?: boolean
  /**
   * Present on every row of a table declaring `sideBySide` (see side-by-side.ts): the row of
   * each block it pairs. The export leaves empty rows out of each block separately.
   */
  halves?: { left?: RowDef; right?: RowDef }
}

/** The columns of each of two row blocks printed side by side (表一, 表四, 表九). */
export interface SideBySide {
  left: readonly string[]
  right: readonly string[]
}

/** Reading a published file's copy of the table, beyond what its own title, header and columns say. */
export interface TableRead {
  /**
   * Other titles real files print, matched against the title's text key with the year, any
   * prefix before it and a '(续表)' / '(不含上年结转)' tail cut off; anchored at both ends so a
   * project called '2024年项目支出预算表编制费' is not a title. The spec's own title always matches.
   */
  titles?: readonly RegExp[]
  /**
   * Where each row of the printed table (shared/import/published.ts) lands on the layout when a
   * published copy is compared with the book built from it, part by part (see RowMatch).
   */
  place?: readonly RowMatch[]
}

/**
 * How the rows of one part of a printed table find their layout rows when compared
 * (shared/import/place-printed.ts). `rows` names the printed table's field holding the rows,
 * `block` the side-by-side block whose columns they print (0: the left one).
 */
export type RowMatch =
  /** A subject tree: a row with a code on layout row `s:<code>`, the row without one on `total` (default 'total'). */
  | { by: 'code'; rows: string; block?: number; total?: string }
  /** 表六: 合计 first, class rows by their 部门 name, items by their 部门 and 政府 names. */
  | { by: 'econ'; rows: string }
  /** Fixed rows: the k-th printed row on the k-th layout row. */
  | { by: 'order'; rows: string }
  /** The printed total on the first layout row, the others on the row of `kind` with the same label. */
  | { by: 'label'; rows: string; kind: RowKind }
  /** 表十二/十三: the dept row, unit rows by name, the k-th project of a unit on that unit's k-th project row. */
  | { by: 'project'; rows: string }
  /** The 30 function classes in the spec's order: the k-th printed row on layout row `c:<code of the k-th class>`. */
  | { by: 'class'; rows: string; block: number }
  /** Single figures (paths into the printed table: 'income.gp', 'incomeTotal') onto the layout rows printing `column`, in order. */
  | { by: 'lines'; figures: readonly string[]; column: string }
  /** Groups of figures (paths) each onto the layout row named, or none; `label` names a row without one. */
  | { by: 'rows'; block: number; figures: readonly { path: string; row: string | null; label?: string }[] }

export interface TableDef {
  id: TableId
  /** 表一 … */
  short: string
  /** The label line above the title, e.g. '预算公开表1' (null: none). */
  label: string | null
  title: (year: number) => string
  /** How a published copy of the table is recognised beyond its own title (see TableRead). */
  read?: TableRead
  columns: readonly ColumnDef[]
  header: readonly HeaderCell[]
  headerRows: number
  /** 表十二/十三 print a row of column numbers 1 … n under the header. */
  numberRow?: boolean
  /** Landscape when the table is wide. */
  landscape?: boolean
  /** A table of fixed size (表一, 表四, 表十) is printed on one page rather than running on. */
  onePage?: boolean
  /** Two row blocks side by side: their columns. `build` then pairs their rows (pairBlocks or splitRows). */
  sideBySide?: SideBySide
  /** Not published (the app's own entry sheet). */
  internal?: boolean
  build: (book: BudgetBook) => RowDef[]
  /**
   * The parts of the book `build` reads (top-level fields). After a structural edit the engine
   * lays out again only the tables reading a part that changed; absent: every time.
   */
  reads?: readonly (keyof BudgetBook)[]
  /**
   * The checks whose findings point at this table: a check lives with the table of the figure
   * or name its findings lead with, the one the clerk corrects (C1 with 表十二's project total,
   * not the 表五 total it is held against). A group covering two tables of one kind (C8 and C10
   * of projects: 表十二 or 表十三 by the project's kind) lives with the first.
   */
  checks?: readonly CheckGroup[]
  /**
   * What deleting a row removes from the book (shared/edit/rows.ts), by how the row's id starts
   * ('s:' + a subject code, 'p:' + a project id …); side by side, for each block. Absent: no row
   * of the table is deleted by hand (fixed rows, totals, rows other tables make).
   */
  removes?: RowRemovals | { left: RowRemovals; right: RowRemovals }
  /** What the grid offers the clerk on this table beyond typing amounts (the toolbar, Insert). */
  entry?: TableEntry
  /** The comparison with last year's published figures the grid offers (上年数对比), if any. */
  prior?: PriorComparison
  /** What it means when the table prints empty (本表无数据), for the 情况说明 and the 公开检查. */
  ifEmpty?: TableIfEmpty
}

/** Why a table can print empty, in the words the disclosure text and its inspection use. */
export interface TableIfEmpty {
  /** "本部门无{cause}，故表七、表八为空表。" (情况说明 十二). */
  cause: string
  /** A published 情况说明 must say so (公开检查 P02): what the finding calls it, and the words of a sentence saying so. */
  explained?: { what: string; words: RegExp }
}

/** Which column a table compares with last year, and last year's figure for one of its rows (null: none stored for it). */
export interface PriorComparison {
  col: string
  prior(book: BudgetBook, rowId: string): Fen | null
}

/**
 * The grid's offers on a table, declared with it so a table a set adds gets its toolbar from
 * its own spec: which rows may be added, whether 删除行 is offered, the 隐藏无金额的行 toggle,
 * the hint of where its figures are entered.
 */
export interface TableEntry {
  /** The rows the clerk may add here, each a toolbar button; the first is what Insert adds. */
  adds?: readonly RowAddition[]
  /** 删除行 is offered wherever `removes` says what a row takes; false: not offered even so. */
  deletes?: false
  /** The table lists every subject the book knows, most empty in a year: the clerk may hide rows with no amount. */
  hidesEmpty?: boolean
  /** Where the table's figures come from or are entered (the toolbar's hint). */
  hint?: string
  /** An entry sheet's tooltip in the sidebar (published tables show their title); absent: the hint. */
  about?: string
}

/** A row the clerk adds: a 功能科目, a 经济科目, a revenue 项 of 表七 or 表九 (shared/edit/revenue.ts), a project of a kind. */
export type RowAddition =
  | { kind: 'subject' }
  | { kind: 'econ' }
  | { kind: 'revenue'; which: 't7' | 't9' }
  | { kind: 'project'; projectKind: 'current' | 'carry' }

/** The part of the book a deleted row stands for: a subject (and those under it), a 表六 line or class, a project, a unit, a revenue line. */
export type RowRemoval = 'subject' | 'econ' | 'econClass' | 'project' | 'unit' | 'govFundRevenue' | 'soeRevenue'
export type RowRemovals = Readonly<Record<string, RowRemoval>>

export function sumOf(refs: readonly CellRef[], explain: string): Formula {
  return { plus: refs, explain }
}
