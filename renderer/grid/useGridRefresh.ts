// Keep the grid's cells current without re-rendering the table: an amount edit refreshes only
// the cells whose values it changed and the cells whose check mark changed; entering or
// leaving the print preview refreshes everything. With 上年数 shown, a changed row's 增减 follow.
import { useEffect, type MutableRefObject } from 'react'
import type { GridApi, IRowNode } from 'ag-grid-community'
import type { RowDef } from '../../shared/tables/types'
import type { TableId } from '../../shared/tables/ids'
import { useBook } from '../store/book-store'
import { onGridChange } from '../store/events'
import { changedMarks } from '../store/findings'
import type { PrintPreview } from '../store/preview'

function nodesOf(api: GridApi<RowDef>, ids: Iterable<string>): IRowNode<RowDef>[] {
  return [...ids].map((id) => api.getRowNode(id)).filter((n): n is IRowNode<RowDef> => !!n)
}

export function useGridRefresh(table: TableId, preview: PrintPreview | null, showPrior: boolean, apiRef: MutableRefObject<GridApi<RowDef> | null>): void {
  useEffect(() => {
    apiRef.current?.refreshCells({ force: true })
  }, [preview, apiRef])

  useEffect(() => {
    let lastMarks = useBook.getState().marks
    return onGridChange((change) => {
      const api = apiRef.current
      const state = useBook.getState()
      if (!api) return
      /** Cells whose check mark changed get their classes again (a cell's classes are applied on a forced refresh). */
      const refreshMarks = (): void => {
        const prefix = `${table}|`
        const marks = useBook.getState().marks
        const changed = changedMarks(lastMarks, marks).filter((k) => k.startsWith(prefix))
        lastMarks = marks
        if (!changed.length) return
        const markRows = new Set<string>()
        const markCols = new Set<string>()
        for (const k of changed) {
          const [, row = '', col = ''] = k.split('|')
          markRows.add(row)
          markCols.add(col)
        }
        api.refreshCells({ rowNodes: nodesOf(api, markRows), columns: [...markCols], force: true })
      }
      // A structural edit (or another book): the grid gets the new rows when the table renders;
      // a row whose values stay may still have a new mark, so once they are in, its cells are refreshed.
      if (change.kind === 'layout') {
        requestAnimationFrame(() => {
          if (!api.isDestroyed()) refreshMarks()
        })
        return
      }
      const rowIds = new Set<string>()
      const cols = new Set<string>()
      for (const ref of change.refs) {
        for (const at of state.derivation.locations.get(ref) ?? []) {
          if (at.table !== table) continue
          rowIds.add(at.row)
          cols.add(at.col)
        }
      }
      const nodes = nodesOf(api, rowIds)
      if (showPrior) cols.add('prior:change').add('prior:percent')
      if (nodes.length) api.refreshCells({ rowNodes: nodes, columns: [...cols] })
      if (change.marksChanged) refreshMarks()
    })
  }, [table, showPrior, apiRef])
}
