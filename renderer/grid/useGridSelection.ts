// The rectangular selection of a grid (shift+arrow, shift+click, drag with the button held):
// kept by the grid's owner because AG Grid Community has none. Highlights by refreshing only
// the rows the old and new rectangles touch, and tells the store which cell is current.
import { useCallback, useLayoutEffect, useRef, type MutableRefObject } from 'react'
import type { CellMouseOverEvent, GridApi, IRowNode } from 'ag-grid-community'
import type { RowDef, TableDef } from '../../shared/tables/types'
import type { TableId } from '../../shared/tables/ids'
import { setSelection } from '../store/book-store'
import { contains, rectOf, rowsTouched, type CellPos, type Rect } from './selection'

export interface GridSelection {
  /** The selection rectangle (null: none yet). */
  rect(): Rect | null
  inSelection(rowIndex: number, col: string): boolean
  select(anchor: CellPos, focus: CellPos): void
  handlers: {
    onFocus(e: React.FocusEvent): void
    onKeyDownCapture(e: React.KeyboardEvent): void
    onMouseDownCapture(e: React.MouseEvent): void
    onCellMouseOver(e: CellMouseOverEvent<RowDef>): void
  }
}

export function useGridSelection(
  table: TableId, def: TableDef, rows: readonly RowDef[], colIndex: ReadonlyMap<string, number>, apiRef: MutableRefObject<GridApi<RowDef> | null>,
): GridSelection {
  const sel = useRef<{ anchor: CellPos | null; rect: Rect | null; extend: boolean }>({ anchor: null, rect: null, extend: false })
  const dragTarget = useRef('')
  // The grid stays when the clerk shows another table: a new table starts with no selection.
  useLayoutEffect(() => {
    sel.current = { anchor: null, rect: null, extend: false }
    dragTarget.current = ''
  }, [table])

  const select = useCallback((anchor: CellPos, focus: CellPos) => {
    const api = apiRef.current
    const before = sel.current.rect
    const rect = rectOf(anchor, focus)
    sel.current.anchor = anchor
    sel.current.rect = rect
    const focusRow = rows[focus.row]
    const focusCol = def.columns[focus.col]
    if (focusRow && focusCol) setSelection({ table, rowId: focusRow.id, col: focusCol.id, rowIndex: focus.row, rect })
    if (!api) return
    const nodes = rowsTouched(before, rect).map((i) => api.getDisplayedRowAtIndex(i)).filter((n): n is IRowNode<RowDef> => !!n)
    if (nodes.length) api.refreshCells({ rowNodes: nodes, force: true })
  }, [rows, def, table, apiRef])

  /** Focus moved to a grid cell (DOM focusin: synchronous, unlike the grid's cellFocused event). */
  const onFocus = (e: React.FocusEvent): void => {
    const cell = (e.target as HTMLElement).closest?.('.ag-cell')
    const rowEl = cell?.closest('.ag-row')
    const colId = cell?.getAttribute('col-id')
    const rowIndex = Number(rowEl?.getAttribute('row-index'))
    if (!cell || !colId || rowEl?.classList.contains('ag-row-pinned') || !Number.isInteger(rowIndex)) return
    const focus = { row: rowIndex, col: colIndex.get(colId) ?? 0 }
    const anchor = sel.current.extend && sel.current.anchor ? sel.current.anchor : focus
    sel.current.extend = false
    select(anchor, focus)
  }

  /** Dragging with the left button held extends the block from the cell the drag started on. */
  const onCellMouseOver = useCallback((e: CellMouseOverEvent<RowDef>) => {
    const mouse = e.event as MouseEvent | null | undefined
    const anchor = sel.current.anchor
    if (!mouse || (mouse.buttons & 1) === 0 || !anchor || e.rowIndex == null || e.node.rowPinned) return
    const col = colIndex.get(e.column.getColId())
    const target = `${e.rowIndex}:${col}`
    if (col === undefined || target === dragTarget.current) return
    dragTarget.current = target
    select(anchor, { row: e.rowIndex, col })
  }, [colIndex, select])

  const rect = useCallback(() => sel.current.rect, [])
  const inSelection = useCallback((rowIndex: number, col: string) => {
    const r = sel.current.rect
    return !!r && (r.top !== r.bottom || r.left !== r.right) && contains(r, rowIndex, colIndex.get(col) ?? -1)
  }, [colIndex])

  return {
    rect,
    inSelection,
    select,
    handlers: {
      onFocus,
      onKeyDownCapture: (e) => {
        sel.current.extend = e.shiftKey && e.key.startsWith('Arrow')
      },
      onMouseDownCapture: (e) => {
        dragTarget.current = ''
        sel.current.extend = e.shiftKey
      },
      onCellMouseOver,
    },
  }
}
