// One generic grid for every table: the published header, rows laid out by the table's
// definition, values read live from the Derivation. The store owns the data (readOnlyEdit):
// the cell editors apply their own values through the store, which tells the grid which
// cells to refresh. The behaviour lives in hooks, one concern each: selection, navigation
// after an entry, the editors' context, refreshing, jumping to a cell, keys, clipboard.
import { useCallback, useEffect, useMemo, useRef } from 'react'
import type { GetRowIdParams, GridApi, GridReadyEvent, RowClassParams } from 'ag-grid-community'
import { AG_GRID_LOCALE_CN } from '@ag-grid-community/locale'
import type { RowDef } from '../../shared/tables/types'
import type { TableId } from '../../shared/tables/ids'
import { useBook } from '../store/book-store'
import { buildColumnDefs, columnWidth, numberRow, suppressKeys } from './columns'
import { MoneyEditor } from './MoneyEditor'
import { NameEditor } from './NameEditor'
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

const components = { moneyEditor: MoneyEditor, nameEditor: NameEditor }
const getRowId = (p: GetRowIdParams<RowDef>): string => p.data.id
const getRowClass = (p: RowClassParams<RowDef>): string => (p.node.rowPinned ? 'row-numbers' : `row-${p.data?.kind ?? 'item'}`)
// autoHeaderHeight is set per header cell (header-heights.ts): only where the text may wrap.
const defaultColDef = { suppressKeyboardEvent: suppressKeys, wrapHeaderText: true, suppressHeaderMenuButton: true }
const defaultColGroupDef = { wrapHeaderText: true }
/** Rows drawn beyond the viewport (AG Grid's default 10): each is ~7 cells built on every table switch. */
const ROW_BUFFER = 3
// ensureDomOrder: rows, cells and header cells in the DOM in the order shown (screen readers read it);
// AG Grid's own DOM would otherwise append a header cell kept from the previous table after new ones.

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
        theme={theme}
        localeText={AG_GRID_LOCALE_CN}
        rowData={initial.rows as RowDef[]}
        pinnedTopRowData={initial.pinnedTop}
        columnDefs={initial.columnDefs}
        defaultColDef={defaultColDef}
        defaultColGroupDef={defaultColGroupDef}
        headerHeight={headerHeight}
        groupHeaderHeight={groupHeaderHeight}
        context={initial.context}
        components={components}
        getRowId={getRowId}
        getRowClass={getRowClass}
        readOnlyEdit
        onCellMouseOver={selection.handlers.onCellMouseOver}
        onGridReady={onGridReady}
        tabToNextCell={nav.tabToNextCell}
        enterNavigatesVertically
        suppressStartEditOnTab
        tooltipShowDelay={400}
        tooltipHideDelay={15000}
        suppressColumnMoveAnimation
        animateRows={false}
        suppressDragLeaveHidesColumns
        rowBuffer={ROW_BUFFER}
        ensureDomOrder
      />
    </div>
  )
}
