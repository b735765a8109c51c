// Keys on the grid when no cell is being edited: Delete clears the selection, Ctrl+A selects
// all, Enter moves down to the next cell that takes an amount (past 款/类 rows), and a
// character typed on a cell that takes none says why (a name changes by F2 or double click).
import { useRef, type MutableRefObject } from 'react'
import type { GridApi } from 'ag-grid-community'
import type { RowDef } from '../../shared/tables/types'
import { toast } from '../store/book-store'
import { gridKeyAction } from './keyboard'
import type { GridActions } from './actions'
import type { GridNavigation } from './useGridNavigation'

const editing = (api: GridApi<RowDef> | null): boolean => !!api && api.getEditingCells().length > 0

export function useGridKeyboard(apiRef: MutableRefObject<GridApi<RowDef> | null>, actions: GridActions, nav: GridNavigation) {
  const nameHinted = useRef(false)
  /** Capture phase: Enter must be taken before the grid moves one row down by itself. */
  const onKeyDownCapture = (e: React.KeyboardEvent): void => {
    const api = apiRef.current
    if (e.key !== 'Enter' || e.ctrlKey || e.altKey || e.metaKey || !api || editing(api)) return
    const cell = api.getFocusedCell()
    if (!cell || cell.rowPinned || cell.column.getColDef().cellEditor !== 'moneyEditor') return
    e.preventDefault()
    e.stopPropagation()
    nav.moveAfterEntry(cell.rowIndex, cell.column.getColId(), e.shiftKey ? 'up' : 'down')
  }
  const onKeyDown = (e: React.KeyboardEvent): void => {
    const api = apiRef.current
    if (!api || editing(api)) return
    const action = gridKeyAction(e)
    if (action === 'clear') {
      e.preventDefault()
      actions.clear()
    } else if (action === 'selectAll') {
      e.preventDefault()
      actions.selectAll()
    } else if (!action && e.key.length === 1 && !e.ctrlKey && !e.metaKey && !e.altKey) {
      const colDef = api.getFocusedCell()?.column.getColDef()
      if (colDef?.cellEditor === 'nameEditor' && colDef.editable) {
        if (!nameHinted.current) toast('info', '修改名称请按 F2 或双击单元格')
        nameHinted.current = true
      } else actions.explainReadOnly()
    }
  }
  return { onKeyDownCapture, onKeyDown }
}
