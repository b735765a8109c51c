// A jump from the 审核 pane or the import report: show the cell, focus it, flash it (once).
import { useCallback, useEffect, type MutableRefObject } from 'react'
import type { GridApi } from 'ag-grid-community'
import type { RowDef } from '../../shared/tables/types'
import type { TableId } from '../../shared/tables/ids'
import { useBook } from '../store/book-store'
import { gridRowOf, rowAliases } from '../store/findings'

/** Returns the jump, to run again once the grid is ready. */
export function useGridJump(table: TableId, apiRef: MutableRefObject<GridApi<RowDef> | null>): () => void {
  const focusRequest = useBook((s) => s.focusRequest)
  const jump = useCallback(() => {
    const api = apiRef.current
    const req = useBook.getState().focusRequest
    if (!api || !req || req.table !== table) return
    useBook.setState({ focusRequest: null })
    const rowId = gridRowOf(req, rowAliases(useBook.getState().derivation.layouts))
    const node = api.getRowNode(rowId)
    if (!node || node.rowIndex == null) return
    api.ensureNodeVisible(node, 'middle')
    api.ensureColumnVisible(req.col)
    // A row scrolled into view is rendered a frame or two later: focus it once it is there.
    const rowIndex = node.rowIndex
    let frames = 0
    const focus = (): void => {
      if (api.isDestroyed()) return
      api.setFocusedCell(rowIndex, req.col)
      const active = document.activeElement?.closest('.ag-row')
      if (active?.getAttribute('row-id') !== rowId && ++frames < 12) requestAnimationFrame(focus)
    }
    focus()
    api.flashCells({ rowNodes: [node], columns: [req.col], flashDuration: 1200, fadeDuration: 800 })
  }, [table, apiRef])
  useEffect(jump, [focusRequest, jump])
  return jump
}
