// The findings slice: the checks' findings for the current book, indexed for the grid (a mark
// per cell) and the sidebar (open problems per table). Recomputed only when an edit tells the
// store that a check changed.
import type { StateCreator } from 'zustand'
import type { Derivation } from '../../shared/engine/derivation'
import type { Finding } from '../../shared/checks/checks'
import type { TableId } from '../../shared/tables/ids'
import type { CellMark } from '../grid/columns'
import { indexFindings } from './findings'
import type { BookState } from './book-store'

export interface FindingsSlice {
  findings: Finding[]
  marks: Map<string, CellMark>
  problemCounts: Partial<Record<TableId, number>>
  /** Errors per table (the rest of problemCounts are hints). */
  errorCounts: Partial<Record<TableId, number>>
  /** Recompute the findings of the current derivation. */
  refreshFindings(): void
}

export type FindingsState = Pick<FindingsSlice, 'findings' | 'marks' | 'problemCounts' | 'errorCounts'>

export function findingsOf(d: Derivation): FindingsState {
  const findings = d.findings()
  const { marks, counts, errorCounts } = indexFindings(findings, d.layouts)
  return { findings, marks, problemCounts: counts, errorCounts }
}

export const createFindingsSlice = (derivation: Derivation): StateCreator<BookState, [], [], FindingsSlice> => (set, get) => ({
  ...findingsOf(derivation),
  refreshFindings: () => set(findingsOf(get().derivation)),
})
