// What the grid shows — columns, rows, the pinned row of column numbers, the context — applied
// through the grid's API instead of the grid component's props, so that one grid instance shows every
// table: switching tables swaps its content instead of destroying the grid and building a new
// one (which cost more than drawing the new table's rows). A switch first empties the grid, so
// the new columns are not drawn over the old rows nor the new rows under the old columns, and
// the new rows arrive as new data (the grid scrolls to the top), never matched by id with the
// old table's rows. Within a table, changes (zoom, 上年数, hiding empty rows, an edit) are
// applied field by field.
import { useCallback, useLayoutEffect, useRef, type MutableRefObject } from 'react'
import type { ColDef, ColGroupDef, GridApi, GridOptions } from 'ag-grid-community'
import type { RowDef } from '../../shared/tables/types'
import type { TableId } from '../../shared/tables/ids'
import type { EditorContext } from './entry-editor'

export interface GridContent {
  table: TableId
  rows: readonly RowDef[]
  columnDefs: (ColDef<RowDef> | ColGroupDef<RowDef>)[]
  pinnedTop: RowDef[]
  context: EditorContext
}

const NO_ROWS: RowDef[] = []

/**
 * Another table's content into the grid: first emptied, so the new columns are not drawn over the
 * old rows nor the new rows under the old columns. (The idle warm-up, warm-up.ts, runs this too.)
 */
export function switchTable(api: GridApi<RowDef>, to: Pick<GridContent, 'columnDefs' | 'rows' | 'pinnedTop'> & { context: unknown }): void {
  api.clearFocusedCell()
  api.updateGridOptions({ rowData: NO_ROWS, pinnedTopRowData: NO_ROWS })
  api.updateGridOptions({ columnDefs: to.columnDefs, context: to.context, pinnedTopRowData: to.pinnedTop, rowData: to.rows as RowDef[] })
}

/** Apply `to` over `from` (what the grid holds); `scrolledRight`: the grid is not at its left edge. */
function applyContent(api: GridApi<RowDef>, from: GridContent, to: GridContent, scrolledRight: boolean): void {
  if (from.table !== to.table) {
    switchTable(api, to)
    // Only when needed: it reads the viewport's size, a forced layout of the new table.
    const first = api.getAllDisplayedColumns()[0]
    if (first && scrolledRight) api.ensureColumnVisible(first, 'start')
    return
  }
  const changes: GridOptions<RowDef> = {}
  if (from.columnDefs !== to.columnDefs) changes.columnDefs = to.columnDefs
  if (from.context !== to.context) changes.context = to.context
  if (from.pinnedTop !== to.pinnedTop) changes.pinnedTopRowData = to.pinnedTop
  if (from.rows !== to.rows) changes.rowData = to.rows as RowDef[]
  if (Object.keys(changes).length) api.updateGridOptions(changes)
}

/**
 * Returns the content to create the grid with (never changes for this component) and `ready`,
 * to call with the grid's API once it exists (content changed before that is applied then).
 */
export function useGridContent(content: GridContent, apiRef: MutableRefObject<GridApi<RowDef> | null>) {
  const initial = useRef(content).current
  const applied = useRef(content)
  const latest = useRef(content)
  latest.current = content
  // Where the grid is scrolled horizontally, as the grid reports it (asking it reads the DOM).
  const left = useRef<{ api: GridApi<RowDef>; px: number } | null>(null)
  const ready = useCallback((api: GridApi<RowDef>) => {
    if (left.current?.api !== api) {
      const at = { api, px: 0 }
      left.current = at
      api.addEventListener('bodyScroll', (e) => {
        at.px = e.left
      })
    }
    if (applied.current === latest.current) return
    applyContent(api, applied.current, latest.current, left.current.px > 0)
    applied.current = latest.current
  }, [])
  // A layout effect: before the browser paints, and before the effects that read the grid (a jump).
  useLayoutEffect(() => {
    if (apiRef.current) ready(apiRef.current)
  })
  return { initial, ready }
}

/** The pinned rows of a table without any (the grid's content is an array, never undefined). */
export const noPinnedRows = NO_ROWS
