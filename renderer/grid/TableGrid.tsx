// One generic grid for every table: the published header, rows laid out by the table's
// definition, values read live from the Derivation. The store owns the data (readOnlyEdit):
// the cell editors apply their own values through the store, which tells the grid which
// cells to refresh. The behaviour lives in hooks, one concern each: selection, navigation
// after an entry, the editors' context, refreshing, jumping to a cell, keys, clipboard.
import { useCallback, useEffect, useMemo, useRef } from 'react'
import type { GridApi, GridReadyEvent } from 'ag-grid-community'
import type { RowDef } from '../../shared/tables/types'
import type { TableId } from '../../shared/tables/ids'
import { useBook } from '../store/book-store'
import { buildColumnDefs, columnWidth, numberRow } from './columns'
import { GRID_OPTIONS } from './grid-options'
import { gridTheme } from './theme'
import { createGridActions } from './actions'
import { registerActiveGrid } from './active'
import { useGridSelection } from './useGridSelection'
import { useGridNavigation } from './useGridNavigation'
import { useEditorContext } from './useEditorContext'
import { useGridRefresh } from './useGridRefresh'
import { useGridJump } from './useGridJump'
import { useGridKeyboard } from './useGridKeyboard'
import { useGridClipboard } from './useGridClipboard'
import { priorColumnDefs } from './prior-columns'
import { usePriorWidths } from './prior-widths'
import { visibleRows } from './visible-rows'
import { noPinnedRows, useGridContent } from './useGridContent'
import { headerHeights, withHeaderHeights } from './header-heights'
import { PlainGrid } from './PlainGrid'

export function TableGrid({ table }: { table: TableId }) {
  const derivation = useBook((s) => s.derivation)
  const zoom = useBook((s) => s.zoom)
  const preview = useBook((s) => s.preview)
  const showPrior = useBook((s) => s.showPrior && !s.preview && !!s.derivation.book.prior)
  const hideEmpty = useBook((s) => s.hideEmpty)
  const def = derivation.tables.def(table)
  const year = derivation.book.year
  const rows = useMemo(
    () => visibleRows(def, derivation.layouts.get(table) ?? [], hideEmpty, (ref) => derivation.value(ref)),
    [table, def, derivation, hideEmpty],
  )
  const rowsRef = useRef(rows)
  rowsRef.current = rows
  const apiRef = useRef<GridApi<RowDef> | null>(null)
  const colIndex = useMemo(() => new Map(def.columns.map((c, i) => [c.id, i])), [def])

  const selection = useGridSelection(table, def, rows, colIndex, apiRef)
  const nav = useGridNavigation(def, colIndex, apiRef)
  const { inSelection, select, rect } = selection
  const context = useEditorContext(table, def, nav, inSelection)
  const actions = useMemo(
    () => createGridActions({ table, def, api: () => apiRef.current, rows: () => rowsRef.current, selection: rect, select }),
    [table, def, select, rect],
  )
  useEffect(() => registerActiveGrid(actions), [actions])
  useGridRefresh(table, preview, showPrior, apiRef)
  const jump = useGridJump(table, apiRef)
  const keys = useGridKeyboard(apiRef, actions, nav)
  const clipboard = useGridClipboard(apiRef, actions)

  const priorWidths = usePriorWidths(table, def, rows, derivation, showPrior, zoom)
  const columnDefs = useMemo(
    () => withHeaderHeights([...buildColumnDefs(def, year, zoom), ...(priorWidths ? priorColumnDefs(def, year, zoom, priorWidths) : [])], zoom),
    [def, year, zoom, priorWidths],
  )
  /** The grid is as wide as the table (plus border and scrollbar), as a printed table is. */
  const maxWidth = useMemo(
    () => def.columns.reduce((w, c) => w + columnWidth(c, zoom), 0) + (priorWidths ? Object.values(priorWidths).reduce((a, b) => a + b, 0) : 0) + 2 + 16 + 32,
    [def, zoom, priorWidths],
  )
  const pinnedTop = useMemo(() => (def.numberRow ? [numberRow(def)] : noPinnedRows), [def])
  const theme = useMemo(() => gridTheme(zoom), [zoom])
  const { headerHeight, groupHeaderHeight } = headerHeights(zoom)
  const { initial, ready } = useGridContent({ table, rows, columnDefs, pinnedTop, context }, apiRef)

  const onGridReady = useCallback((e: GridReadyEvent<RowDef>) => {
    apiRef.current = e.api
    ready(e.api)
    jump()
  }, [jump, ready])

  return (
    <div
      className="table-grid"
      data-table={table}
      style={{ maxWidth }}
      onKeyDownCapture={(e) => {
        selection.handlers.onKeyDownCapture(e)
        keys.onKeyDownCapture(e)
      }}
      onMouseDownCapture={selection.handlers.onMouseDownCapture}
      onKeyDown={keys.onKeyDown}
      onCopy={clipboard.onCopy}
      onPaste={clipboard.onPaste}
      onFocus={selection.handlers.onFocus}
    >
      <PlainGrid<RowDef>
        {...GRID_OPTIONS}
        theme={theme}
        rowData={initial.rows as RowDef[]}
        pinnedTopRowData={initial.pinnedTop}
        columnDefs={initial.columnDefs}
        headerHeight={headerHeight}
        groupHeaderHeight={groupHeaderHeight}
        context={initial.context}
        onCellMouseOver={selection.handlers.onCellMouseOver}
        onGridReady={onGridReady}
        tabToNextCell={nav.tabToNextCell}
      />
    </div>
  )
}
