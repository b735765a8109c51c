// Where the focus goes after an entry (Enter, Tab, and their Shift forms), with or without an
// editor open: to the next cell that takes a typed amount, skipping names and computed rows.
import { useCallback, useMemo, type MutableRefObject } from 'react'
import type { CellPosition, GridApi, TabToNextCellParams } from 'ag-grid-community'
import type { RowDef, TableDef } from '../../shared/tables/types'
import { useBook } from '../store/book-store'
import { cellKind } from './columns'
import { nextEntryCell, type EntryStep } from './navigation'

export interface GridNavigation {
  /** Focus the next entry cell from (rowIndex, col) that way; stay if there is none. */
  moveAfterEntry(rowIndex: number, col: string, step: EntryStep): void
  /** Move by rows and columns (arrows while typing); out of range stays. */
  moveFocus(rowIndex: number, col: string, dRow: number, dCol: number): void
  tabToNextCell(p: TabToNextCellParams<RowDef>): CellPosition | boolean
}

export function useGridNavigation(def: TableDef, colIndex: ReadonlyMap<string, number>, apiRef: MutableRefObject<GridApi<RowDef> | null>): GridNavigation {
  const target = useCallback((rowIndex: number, col: string, step: EntryStep) => {
    const api = apiRef.current
    if (!api) return null
    const d = useBook.getState().derivation
    const takes = (r: number, c: number): boolean => {
      const row = api.getDisplayedRowAtIndex(r)?.data
      const column = def.columns[c]
      return !!row && !!column && cellKind(row, column, (ref) => d.isInput(ref)).kind === 'money'
    }
    return nextEntryCell(api.getDisplayedRowCount(), def.columns.length, takes, { row: rowIndex, col: colIndex.get(col) ?? 0 }, step)
  }, [def, colIndex, apiRef])

  return useMemo<GridNavigation>(() => {
    const focus = (row: number, col: string): void => {
      const api = apiRef.current
      if (!api) return
      api.ensureIndexVisible(row)
      api.ensureColumnVisible(col)
      api.setFocusedCell(row, col)
    }
    return {
      moveAfterEntry(rowIndex, col, step) {
        const next = target(rowIndex, col, step)
        const column = next ? def.columns[next.col] : undefined
        if (next && column) focus(next.row, column.id)
        else focus(rowIndex, col)
      },
      moveFocus(rowIndex, col, dRow, dCol) {
        const api = apiRef.current
        if (!api) return
        const c = def.columns[(colIndex.get(col) ?? 0) + dCol]
        const r = rowIndex + dRow
        if (c && r >= 0 && r < api.getDisplayedRowCount()) focus(r, c.id)
        else focus(rowIndex, col)
      },
      tabToNextCell(p) {
        const from = p.previousCellPosition
        if (from.rowPinned) return p.nextCellPosition ?? true
        const next = target(from.rowIndex, from.column.getColId(), p.backwards ? 'left' : 'right')
        const column = next ? p.api.getColumn(def.columns[next.col]!.id) : null
        return next && column ? { rowIndex: next.row, column, rowPinned: null } : true
      },
    }
  }, [target, def, colIndex, apiRef])
}
