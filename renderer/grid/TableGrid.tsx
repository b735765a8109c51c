// One generic grid for every table: the published header, rows laid out by the table's
// definition, values read live from the Derivation. The store owns the data (readOnlyEdit):
// an edit goes to the store, which tells the grid which cells to refresh.
import { useCallback, useEffect, useMemo, useRef } from 'react'
import { AgGridReact } from 'ag-grid-react'
import type {
  CellEditRequestEvent, CellMouseOverEvent, GetRowIdParams, GridApi, GridReadyEvent, IRowNode, RowClassParams,
} from 'ag-grid-community'
import { AG_GRID_LOCALE_CN } from '@ag-grid-community/locale'
import type { RowDef } from '../../shared/tables/types'
import type { TableId } from '../../shared/tables/ids'
import { tableDef } from '../../shared/tables'
import { parseEntry } from '../../shared/model/parse-entry'
import { useBook, setAmounts, applyEdit, setSelection, toast, refuseInPreview } from '../store/book-store'
import { onGridChange } from '../store/events'
import { changedMarks, markKey, rowAliases } from '../store/findings'
import { setText } from '../../shared/edit/text'
import { buildColumnDefs, cellKind, columnWidth, numberRow, suppressClearKeys, type CellMark } from './columns'
import { MoneyEditor, type EditorContext } from './MoneyEditor'
import { gridTheme } from './theme'
import { contains, rectOf, rowsTouched, type CellPos, type Rect } from './selection'
import { gridKeyAction } from './keyboard'
import { createGridActions, type GridActions } from './actions'
import { registerActiveGrid } from './active'

const components = { moneyEditor: MoneyEditor }
const getRowId = (p: GetRowIdParams<RowDef>): string => p.data.id
const getRowClass = (p: RowClassParams<RowDef>): string => (p.node.rowPinned ? 'row-numbers' : `row-${p.data?.kind ?? 'item'}`)
const defaultColDef = { suppressKeyboardEvent: suppressClearKeys, wrapHeaderText: true, autoHeaderHeight: true, suppressHeaderMenuButton: true }
const defaultColGroupDef = { wrapHeaderText: true, autoHeaderHeight: true }

export function TableGrid({ table }: { table: TableId }) {
  const derivation = useBook((s) => s.derivation)
  const zoom = useBook((s) => s.zoom)
  const preview = useBook((s) => s.preview)
  const focusRequest = useBook((s) => s.focusRequest)
  const def = tableDef(table)
  const year = derivation.book.year
  const rows = derivation.layouts.get(table) ?? []
  const apiRef = useRef<GridApi<RowDef> | null>(null)
  const sel = useRef<{ anchor: CellPos | null; rect: Rect | null; extend: boolean }>({ anchor: null, rect: null, extend: false })
  const colIndex = useMemo(() => new Map(def.columns.map((c, i) => [c.id, i])), [def])

  const context = useMemo<EditorContext>(() => {
    return {
      table,
      // In the print preview the grid shows the balanced book, in 万元, read-only.
      get derivation() {
        const s = useBook.getState()
        return s.preview?.derivation ?? s.derivation
      },
      get unit() {
        const s = useBook.getState()
        return s.preview ? '万元' : s.derivation.book.amountUnit
      },
      get readOnly() {
        return useBook.getState().preview !== null
      },
      markAt: (rowId: string, col: string): CellMark | undefined => {
        const s = useBook.getState()
        return (s.preview?.marks ?? s.marks).get(markKey(table, rowId, col))
      },
      inSelection: (rowIndex: number, col: string) => {
        const r = sel.current.rect
        return !!r && (r.top !== r.bottom || r.left !== r.right) && contains(r, rowIndex, colIndex.get(col) ?? -1)
      },
      refused: (message: string) => toast('error', message),
      commitAmount: (row: RowDef, col: string, fen: bigint) => {
        const column = def.columns.find((c) => c.id === col)
        if (!column) return
        const kind = cellKind(row, column, (r) => useBook.getState().derivation.isInput(r))
        if (kind.kind === 'money') setAmounts([[kind.ref, fen]], `修改${def.short}金额`)
      },
      moveFocus: (rowIndex: number, col: string, dRow: number, dCol: number) => {
        const api = apiRef.current
        if (!api) return
        const c = def.columns[(colIndex.get(col) ?? 0) + dCol]
        const r = rowIndex + dRow
        if (c && r >= 0 && r < api.getDisplayedRowCount()) api.setFocusedCell(r, c.id)
        else api.setFocusedCell(rowIndex, col)
      },
    }
  }, [table, def, colIndex])

  const columnDefs = useMemo(() => buildColumnDefs(def, year, zoom), [def, year, zoom])
  /** The grid is as wide as the table (plus border and scrollbar), as a printed table is. */
  const maxWidth = useMemo(() => def.columns.reduce((w, c) => w + columnWidth(c, zoom), 0) + 2 + 16 + 32, [def, zoom])
  const pinnedTop = useMemo(() => (def.numberRow ? [numberRow(def)] : undefined), [def])
  const theme = useMemo(() => gridTheme(zoom), [zoom])

  /** Highlight a new selection rectangle (refreshing only the rows it touches). */
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
  }, [rows, def, table])

  const actions = useMemo<GridActions>(
    () => createGridActions({ table, def, api: () => apiRef.current, rows: () => useBook.getState().derivation.layouts.get(table) ?? [], selection: () => sel.current.rect, select }),
    [table, def, select],
  )

  useEffect(() => registerActiveGrid(actions), [actions])

  // Entering or leaving the print preview changes every value, unit and mark at once.
  useEffect(() => {
    apiRef.current?.refreshCells({ force: true })
  }, [preview])

  // Refresh only the cells an amount edit changed, and the cells whose check mark changed.
  useEffect(() => {
    let lastMarks = useBook.getState().marks
    return onGridChange((change) => {
      const api = apiRef.current
      const state = useBook.getState()
      if (!api) return
      if (change.kind === 'layout') {
        lastMarks = state.marks
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
      const nodes = [...rowIds].map((id) => api.getRowNode(id)).filter((n): n is IRowNode<RowDef> => !!n)
      if (nodes.length) api.refreshCells({ rowNodes: nodes, columns: [...cols] })
      if (change.marksChanged) {
        const prefix = `${table}|`
        const changed = changedMarks(lastMarks, state.marks).filter((k) => k.startsWith(prefix))
        lastMarks = state.marks
        if (changed.length) {
          const markRows = new Set<string>()
          const markCols = new Set<string>()
          for (const k of changed) {
            const [, row = '', col = ''] = k.split('|')
            markRows.add(row)
            markCols.add(col)
          }
          const markNodes = [...markRows].map((id) => api.getRowNode(id)).filter((n): n is IRowNode<RowDef> => !!n)
          api.refreshCells({ rowNodes: markNodes, columns: [...markCols], force: true })
        }
      }
    })
  }, [table])

  // A jump from the 审核 pane: show the cell, focus it, flash it (once).
  const jump = useCallback(() => {
    const api = apiRef.current
    const req = useBook.getState().focusRequest
    if (!api || !req || req.table !== table) return
    useBook.setState({ focusRequest: null })
    const rowId = table === 't9' ? (rowAliases(useBook.getState().derivation.layouts).get(req.row) ?? req.row) : req.row
    const node = api.getRowNode(rowId)
    if (!node || node.rowIndex == null) return
    api.ensureNodeVisible(node, 'middle')
    api.ensureColumnVisible(req.col)
    api.setFocusedCell(node.rowIndex, req.col)
    api.flashCells({ rowNodes: [node], columns: [req.col], flashDuration: 1200, fadeDuration: 800 })
  }, [table])
  useEffect(jump, [focusRequest, jump])

  const onGridReady = useCallback((e: GridReadyEvent<RowDef>) => {
    apiRef.current = e.api
    jump()
  }, [jump])

  /** Focus moved to a grid cell (DOM focusin: synchronous, unlike the grid's cellFocused event). */
  const onFocus = (e: React.FocusEvent) => {
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

  const onCellEditRequest = useCallback((e: CellEditRequestEvent<RowDef>) => {
    const column = def.columns.find((c) => c.id === e.colDef.colId)
    const state = useBook.getState()
    if (!column) return
    const kind = cellKind(e.data, column, (r) => state.derivation.isInput(r))
    const text = e.newValue == null ? '' : String(e.newValue)
    if (kind.kind === 'money') {
      const parsed = parseEntry(text, state.derivation.book.amountUnit)
      if (!parsed.ok) return toast('error', `输入无效，未修改：${parsed.message}`)
      setAmounts([[kind.ref, parsed.fen]], `修改${def.short}金额`)
    } else if (kind.kind === 'text') {
      if (text.trim() === (e.data.text[column.id] ?? '').trim()) return
      applyEdit(setText(state.derivation.book, kind.key, text), `修改${def.short}名称`)
    }
  }, [def])

  const onKeyDownCapture = (e: React.KeyboardEvent) => {
    sel.current.extend = e.shiftKey && e.key.startsWith('Arrow')
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
  const dragTarget = useRef('')

  const onMouseDownCapture = (e: React.MouseEvent) => {
    dragTarget.current = ''
    sel.current.extend = e.shiftKey
  }
  const onKeyDown = (e: React.KeyboardEvent) => {
    const api = apiRef.current
    if (!api || api.getEditingCells().length > 0) return
    const action = gridKeyAction(e)
    if (action === 'clear') {
      e.preventDefault()
      actions.clear()
    } else if (action === 'selectAll') {
      e.preventDefault()
      actions.selectAll()
    } else if (!action && e.key.length === 1 && !e.ctrlKey && !e.metaKey && !e.altKey) {
      actions.explainReadOnly()
    }
  }
  const onCopy = (e: React.ClipboardEvent) => {
    if (apiRef.current?.getEditingCells().length) return
    const text = actions.copyText()
    if (text === null) return
    e.preventDefault()
    e.clipboardData.setData('text/plain', text)
  }
  const onPaste = (e: React.ClipboardEvent) => {
    if (apiRef.current?.getEditingCells().length) return
    e.preventDefault()
    if (refuseInPreview()) return
    actions.paste(e.clipboardData.getData('text/plain'))
  }

  return (
    <div
      className="table-grid"
      data-table={table}
      style={{ maxWidth }}
      onKeyDownCapture={onKeyDownCapture}
      onMouseDownCapture={onMouseDownCapture}
      onKeyDown={onKeyDown}
      onCopy={onCopy}
      onPaste={onPaste}
      onFocus={onFocus}
    >
      <AgGridReact<RowDef>
        theme={theme}
        localeText={AG_GRID_LOCALE_CN}
        rowData={rows as RowDef[]}
        pinnedTopRowData={pinnedTop}
        columnDefs={columnDefs}
        defaultColDef={defaultColDef}
        defaultColGroupDef={defaultColGroupDef}
        context={context}
        components={components}
        getRowId={getRowId}
        getRowClass={getRowClass}
        readOnlyEdit
        onCellEditRequest={onCellEditRequest}
        onCellMouseOver={onCellMouseOver}
        onGridReady={onGridReady}
        enterNavigatesVertically
        enterNavigatesVerticallyAfterEdit
        suppressStartEditOnTab
        stopEditingWhenCellsLoseFocus
        tooltipShowDelay={400}
        tooltipHideDelay={15000}
        suppressColumnMoveAnimation
        animateRows={false}
        suppressDragLeaveHidesColumns
      />
    </div>
  )
}
