// What the grid shows — columns, rows, the pinned row of column numbers, the context — applied
// through the grid's API instead of the grid component's props, so that one grid instance shows every
// table: switching tables swaps its content instead of destroying the grid and building a new
// one (which cost more than drawing the new table's rows). A switch first empties the grid, so
// the new columns are not drawn over the old rows nor the new rows under the old columns, and
// the new rows arrive as new data (the grid scrolls to the top), never matched by id with the
// old table's rows. Within a table, changes (zoom, 上年数, hiding empty rows, an edit) are
// applied field by field.
//
// A long table (表十二/十三: a row per project, thousands) is shown in two steps: the switch gives
// the grid the rows of the first screen only, and the rest follow once that screen is painted
// and the page is idle. The grid builds a row node per row it is given, and building thousands was a good part
// of the switch, though the clerk sees only the first screen of them. Anything that needs every
// row before then (a key, a click, the wheel, a jump into the table) calls `whole()` first.
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
  /** Rows a switch gives the grid at once (the first screen and more); the rest follow after the paint. */
  firstRows: number
}

const NO_ROWS: RowDef[] = []

/**
 * Apply `to` over `from` (what the grid holds); `scrolledRight`: the grid is not at its left edge.
 * Returns the rows the grid now holds (a table switch may give it only the first screen's).
 */
function applyContent(api: GridApi<RowDef>, from: GridContent, to: GridContent, scrolledRight: boolean): readonly RowDef[] {
  if (from.table !== to.table) {
    const rows = to.rows.length > to.firstRows ? to.rows.slice(0, to.firstRows) : to.rows
    api.clearFocusedCell()
    api.updateGridOptions({ rowData: NO_ROWS, pinnedTopRowData: NO_ROWS })
    api.updateGridOptions({ columnDefs: to.columnDefs, context: to.context, pinnedTopRowData: to.pinnedTop, rowData: rows as RowDef[] })
    // Only when needed: it reads the viewport's size, a forced layout of the new table.
    const first = api.getAllDisplayedColumns()[0]
    if (first && scrolledRight) api.ensureColumnVisible(first, 'start')
    return rows
  }
  const changes: GridOptions<RowDef> = {}
  if (from.columnDefs !== to.columnDefs) changes.columnDefs = to.columnDefs
  if (from.context !== to.context) changes.context = to.context
  if (from.pinnedTop !== to.pinnedTop) changes.pinnedTopRowData = to.pinnedTop
  // Rows matched by id (getRowId): the first screen's rows stay as they are drawn, the rest are added.
  if (from.rows !== to.rows) changes.rowData = to.rows as RowDef[]
  if (Object.keys(changes).length) api.updateGridOptions(changes)
  return to.rows
}

function sameBesideRows(a: GridContent, b: GridContent): boolean {
  return a.table === b.table && a.columnDefs === b.columnDefs && a.pinnedTop === b.pinnedTop && a.context === b.context
}

/** Runs `fn` when the page is next idle after the coming frame is painted, unless cancelled. */
function afterPaint(fn: () => void): () => void {
  let idle: number | undefined
  const frame = requestAnimationFrame(() => {
    idle = requestIdleCallback(fn, { timeout: 500 })
  })
  return () => {
    cancelAnimationFrame(frame)
    if (idle !== undefined) cancelIdleCallback(idle)
  }
}

/**
 * Returns the content to create the grid with (never changes for this component), `ready`,
 * to call with the grid's API once it exists (content changed before that is applied then),
 * and `whole`, which gives the grid the rest of a table it was given the first screen of.
 */
export function useGridContent(content: GridContent, apiRef: MutableRefObject<GridApi<RowDef> | null>) {
  const initial = useRef(content).current
  const applied = useRef(content)
  const latest = useRef(content)
  latest.current = content
  /** Cancels the pending rest of a table shown by its first screen. */
  const pending = useRef<(() => void) | null>(null)
  /** The rows that pending rest is to complete. */
  const awaited = useRef<readonly RowDef[] | null>(null)
  // Where the grid is scrolled horizontally, as the grid reports it (asking it reads the DOM).
  const left = useRef<{ api: GridApi<RowDef>; px: number } | null>(null)
  const ready = useCallback((api: GridApi<RowDef>, rest = false) => {
    if (left.current?.api !== api) {
      const at = { api, px: 0 }
      left.current = at
      api.addEventListener('bodyScroll', (e) => {
        at.px = e.left
      })
    }
    if (applied.current === latest.current) return
    // A render before the paint (a state reset after the switch) leaves the rest for after it.
    if (pending.current && !rest && sameBesideRows(applied.current, latest.current) && latest.current.rows === awaited.current) return
    pending.current?.()
    pending.current = null
    const rows = applyContent(api, applied.current, latest.current, left.current.px > 0)
    applied.current = rows === latest.current.rows ? latest.current : { ...latest.current, rows }
    if (applied.current !== latest.current) {
      awaited.current = latest.current.rows
      pending.current = afterPaint(() => {
        pending.current = null
        if (!api.isDestroyed()) ready(api, true)
      })
    }
  }, [])
  const whole = useCallback(() => {
    if (pending.current && apiRef.current) ready(apiRef.current, true)
  }, [ready, apiRef])
  // A layout effect: before the browser paints, and before the effects that read the grid (a jump).
  useLayoutEffect(() => {
    if (apiRef.current) ready(apiRef.current)
  })
  useLayoutEffect(() => () => pending.current?.(), [])
  return { initial, ready, whole }
}

/** The pinned rows of a table without any (the grid's content is an array, never undefined). */
export const noPinnedRows = NO_ROWS
