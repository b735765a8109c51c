// What reading a file found: every printed figure that differs from its recomputed value,
// and every inconsistency the reader had to resolve to build the most plausible book.
import type { TableId } from '../tables/ids'

export interface PrintedDifference {
  table: TableId
  /** The row as a clerk names it: subject code and name, project name, 合计 … */
  row: string
  /** The column header text. */
  column: string
  /** The printed and the recomputed figure, plain ('2355.13'), in 万元 unless `unit` says 元. */
  printed: string | null
  computed: string | null
  /** The table was printed in 元: both figures are quoted in 元 as the file prints them, not as 6-decimal 万元. */
  unit?: '元'
  /**
   * residue: a printed subtotal that differs from the sum of its own printed parts (尾差);
   * mismatch: a printed detail figure the book had to place differently (a table printed wrong);
   * follows: a figure that is consistent with what is printed around it, but inherits a residue.
   */
  kind: 'residue' | 'mismatch' | 'follows'
  /** The engine cell compared. */
  ref?: string
}

/** Each kind as the clerk is told it, in the app's import report and the CLI's `check` alike. */
export const DIFFERENCE_KINDS = { residue: '尾差', mismatch: '印刷有误', follows: '随之不同' } as const satisfies Record<PrintedDifference['kind'], string>

/** What 随之不同 means, said beside its count wherever the differences are summed up. */
export const FOLLOWS_MEANS = '本身没有印错，差异来自别处'

/** How many differences of each kind. */
export function countKinds(differences: readonly Pick<PrintedDifference, 'kind'>[]): Record<PrintedDifference['kind'], number> {
  const n = { residue: 0, mismatch: 0, follows: 0 }
  for (const d of differences) n[d.kind]++
  return n
}

export interface ReportNote {
  table?: TableId
  severity: 'info' | 'warning' | 'error'
  message: string
  /** The cell the note is about, as 工作表!A1, when it is about one cell. */
  cell?: string
}

export interface ImportReport {
  /** File name the book was read from. */
  source: string
  /**
   * Set when the file was read for 结转: the report is of last year's file (its figures are
   * last year's, its cells not those of the rolled book) and is shown as such, not checked as
   * this year's (a table last year's file lacked is not missing from this year's document).
   */
  rolledForward?: { fromYear: number; toYear: number }
  differences: PrintedDifference[]
  notes: ReportNote[]
}
