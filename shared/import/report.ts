// What reading a file found: every printed figure that differs from its recomputed value,
// and every inconsistency the reader had to resolve to build the most plausible book.
import type { TableId } from '../tables/ids'

export interface PrintedDifference {
  table: TableId
  /** The row as a clerk names it: subject code and name, project name, 合计 … */
  row: string
  /** The column header text. */
  column: string
  printed: string | null
  computed: string | null
}

export interface ReportNote {
  table?: TableId
  severity: 'info' | 'warning' | 'error'
  message: string
}

export interface ImportReport {
  /** File name the book was read from. */
  source: string
  differences: PrintedDifference[]
  notes: ReportNote[]
}
