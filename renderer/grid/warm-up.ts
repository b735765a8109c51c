// The grid's code made warm before the clerk's first table switch. A switch runs code the window
// has not run yet — the grid emptying itself, taking new columns and header groups, destroying
// the old rows and drawing new ones — and V8 first compiles and then interprets each function
// of it: the first switch of a window took ~1.5× a later one (the synthetic department's 表十二:
// ~105 ms against ~70). So while the window is idle after starting, a grid nobody sees (off
// screen, inert, hidden from assistive technology) shows tables of the standard set with the
// same options as the real one, switches between them as TableGrid does, and is destroyed.
import { createGrid, type GridApi, type GridOptions } from 'ag-grid-community'
import type { RowDef } from '../../shared/tables/types'
import type { TableId } from '../../shared/tables/ids'
import { STANDARD_TABLES } from '../../shared/tables'
import { Derivation } from '../../shared/engine/derivation'
import { emptyBook } from '../../shared/model/book'
import { buildColumnDefs, numberRow, type GridContext } from './columns'
import { headerHeights, withHeaderHeights } from './header-heights'
import { gridTheme } from './theme'
import { GRID_OPTIONS } from './grid-options'

/** Rows per table: about a screenful, so the functions drawing a row and a cell run often enough to be optimised. */
const ROWS = 40
const NO_ROWS: RowDef[] = []

/** A table's first rows with a money cell per column, in the shapes the real tables' rows have. */
function rowsOf(table: TableId): RowDef[] {
  const def = STANDARD_TABLES.def(table)
  const rows: RowDef[] = []
  for (let i = 0; i < ROWS; i++) {
    const row: RowDef = { id: `warm-${i}`, kind: i === 0 ? 'total' : 'item', text: {}, cells: {} }
    for (const c of def.columns) {
      if (c.kind === 'money') row.cells[c.id] = { ref: `warm!${i}!${c.id}` }
      else row.text[c.id] = c.kind === 'code' ? String(2010101 + i) : `预热行${i}`
    }
    rows.push(row)
  }
  return rows
}

function content(table: TableId, year: number): Pick<GridOptions<RowDef>, 'columnDefs' | 'rowData' | 'pinnedTopRowData'> {
  const def = STANDARD_TABLES.def(table)
  return { columnDefs: withHeaderHeights(buildColumnDefs(def, year), 1), rowData: rowsOf(table), pinnedTopRowData: def.numberRow ? [numberRow(def)] : NO_ROWS }
}

/** The tables the warm-up grid shows in turn: a switch between unlike tables (header groups, a pinned row, the money columns) each time. */
const SWITCHES: readonly TableId[] = ['t12', 't5', 't12', 't2', 't12', 't5']

/**
 * The warm-up as steps of one switch each (~50–100 ms while the code is cold), so the clerk's
 * input waits for one step at most: creating the grid, each switch, destroying it. Returns null
 * when the page has no body to draw in.
 */
export function warmUpSteps(): (() => void)[] | null {
  if (!document.body) return null
  const book = emptyBook('预热', 2026)
  const context: GridContext = {
    table: 't5',
    derivation: new Derivation(book),
    unit: book.amountUnit,
    readOnly: true,
    markAt: () => undefined,
    inSelection: () => false,
  }
  const host = document.createElement('div')
  host.setAttribute('aria-hidden', 'true')
  host.inert = true
  host.style.cssText = 'position:fixed;left:-10000px;top:0;width:1200px;height:900px;visibility:hidden;pointer-events:none'
  let api: GridApi<RowDef> | undefined
  const destroy = (): void => {
    api?.destroy()
    api = undefined
    host.remove()
  }
  return [
    () => {
      document.body.appendChild(host)
      api = createGrid<RowDef>(host, { ...GRID_OPTIONS, ...headerHeights(1), theme: gridTheme(1), context, ...content('t5', book.year) })
    },
    // As useGridContent switches tables: empty, then the new columns and rows together.
    ...SWITCHES.map((table) => () => {
      if (!api) return
      api.updateGridOptions({ rowData: NO_ROWS, pinnedTopRowData: NO_ROWS })
      api.updateGridOptions({ context: { ...context, table }, ...content(table, book.year) })
    }),
    destroy,
  ]
}

export type WarmUpState = 'running' | 'done' | 'stopped'

/**
 * Runs the warm-up one step per idle moment after the window started, and stops it (the grid
 * destroyed at once) when the clerk presses a key or a mouse button first: it only uses time
 * nobody is using, and input arriving during a step waits for that step alone. The state shows
 * on the document as `data-grid-warm-up` (running, done, stopped).
 */
export function warmUpGridWhenIdle(): void {
  const steps = warmUpSteps()
  if (!steps) return
  const root = document.documentElement
  const state = (s: WarmUpState): void => {
    root.dataset.gridWarmUp = s
  }
  let k = 0
  const stop = (): void => {
    window.removeEventListener('pointerdown', stop, true)
    window.removeEventListener('keydown', stop, true)
    if (k >= steps.length) return
    k = steps.length
    steps[steps.length - 1]!()
    state('stopped')
  }
  const next = (): void => {
    if (k >= steps.length) return
    try {
      steps[k++]!()
    } catch (e) {
      // Only a speed-up: a failure must not disturb the clerk (the grid is let go), but shows in development.
      console.warn('预热表格失败', e)
      stop()
      return
    }
    if (k < steps.length) return idle(next)
    stop()
    state('done')
  }
  window.addEventListener('pointerdown', stop, true)
  window.addEventListener('keydown', stop, true)
  state('running')
  idle(next)
}

function idle(run: () => void): void {
  if ('requestIdleCallback' in window) window.requestIdleCallback(run)
  else setTimeout(run, 50)
}
