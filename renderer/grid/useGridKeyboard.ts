// Keys on the grid when no cell is being edited: Delete clears the selection, Ctrl+A selects
// all, Enter moves down to the next cell that takes an amount (past 款/类 rows), and a
// character typed on a cell that takes none says why (a name changes by F2 or double click).
// A key a Chinese input method takes ("Process"/229) opens the cell's editor there and then, so
// the composition that follows lands in it (ime.ts).
import { useRef, type MutableRefObject } from 'react'
import type { GridApi } from 'ag-grid-community'
import type { RowDef } from '../../shared/tables/types'
import { toast } from '../store/book-store'
import { gridKeyAction } from './keyboard'
import { IME_START, imeOpens, imeTypes } from './ime'
import { imeKey } from '../ime-keys'
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
  const nameHint = (): void => {
    if (!nameHinted.current) toast('info', '修改名称请按 F2 或双击单元格')
    nameHinted.current = true
  }
  /** An IME key on a cell: open its editor now (not preventDefault: the IME still needs the key). */
  const startIme = (api: GridApi<RowDef>, code: string): void => {
    const cell = api.getFocusedCell()
    const node = cell && !cell.rowPinned ? api.getDisplayedRowAtIndex(cell.rowIndex) : undefined
    if (!cell || !node || !imeTypes(code)) return
    const editor = cell.column.getColDef().cellEditor
    const editable = cell.column.isCellEditable(node)
    if (editable && imeOpens(code, editor)) api.startEditingCell({ rowIndex: cell.rowIndex, colKey: cell.column, key: IME_START })
    else if (editable && editor === 'nameEditor') nameHint()
    else actions.explainReadOnly()
  }
  const onKeyDown = (e: React.KeyboardEvent): void => {
    const api = apiRef.current
    if (!api || editing(api)) return
    if (imeKey(e.nativeEvent) && !e.ctrlKey && !e.metaKey && !e.altKey) return startIme(api, e.nativeEvent.code)
    const action = gridKeyAction(e)
    if (action === 'clear') {
      e.preventDefault()
      actions.clear()
    } else if (action === 'selectAll') {
      e.preventDefault()
      actions.selectAll()
    } else if (!action && e.key.length === 1 && !e.ctrlKey && !e.metaKey && !e.altKey) {
      const colDef = api.getFocusedCell()?.column.getColDef()
      if (colDef?.cellEditor === 'nameEditor' && colDef.editable) nameHint()
      else actions.explainReadOnly()
    }
  }
  return { onKeyDownCapture, onKeyDown }
}
