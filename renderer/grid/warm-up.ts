// The grid's code made warm before the clerk's first table switch. A switch runs code the window
// has not run yet — the grid emptying itself, taking new columns and header groups, destroying
// the old rows and drawing new ones — and V8 first compiles and then interprets each function
// of it: the first switch of a window took ~1.5× a later one (the synthetic department's 表十二:
// ~105 ms against ~70). So while the window is idle after starting, a grid nobody sees (off
// screen, inert, hidden from assistive technology) shows tables of the standard set with the
// same options as the real one and switches between them as TableGrid does (`switchTable`).
//
// It only uses time nobody is using: a step runs only in an idle period the browser expects to
// last (a step takes ~50–130 ms here with the code cold, creating the grid up to ~300 ms), and
// the clerk's first key, click or wheel stops it; the grid is then destroyed in a later idle
// moment, not in the handler of that input (destroying the last grid also removes AG Grid's
// styles, a re-layout the clerk's action would wait for).
import { createGrid, type GridApi } from 'ag-grid-community'
import type { RowDef } from '../../shared/tables/types'
import type { TableId } from '../../shared/tables/ids'
import type { Derivation } from '../../shared/engine/derivation'
import { STANDARD_TABLES } from '../../shared/tables'
import { buildColumnDefs, numberRow, type GridContext } from './columns'
import { headerHeights, withHeaderHeights } from './header-heights'
import { gridTheme } from './theme'
import { GRID_OPTIONS } from './grid-options'
import { switchTable } from './useGridContent'

/** Rows per table: about a screenful, so the functions drawing a row and a cell run often enough to be optimised. */
const ROWS = 40
/** The tables the warm-up grid shows in turn: a switch between unlike tables (header groups, a pinned row, the money columns) each time. */
const SWITCHES: readonly TableId[] = ['t5', 't12', 't5', 't2', 't12', 't5']
/** A step starts only in an idle period expected to last this long (the browser gives at most 50 ms). */
const MIN_IDLE_MS = 40
/** Every money cell shows this (1,234.56): the cells format a value as a real table's do. */
const SHOWN_FEN = 123_456n

export type WarmUpState = 'running' | 'done' | 'stopped'

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

/**
 * What the warm-up grid's cells read: every money cell the same figure, nothing an input, nothing
 * editable (no engine is built for it: the columns ask only for a value and whether a ref is typed).
 */
function context(table: TableId): GridContext {
  const derivation = { value: () => SHOWN_FEN, isInput: () => false } as unknown as Derivation
  return { table, derivation, unit: '万元', readOnly: true, markAt: () => undefined, inSelection: () => false }
}

function content(table: TableId, year: number) {
  const def = STANDARD_TABLES.def(table)
  return { columnDefs: withHeaderHeights(buildColumnDefs(def, year), 1), rows: rowsOf(table), pinnedTop: def.numberRow ? [numberRow(def)] : [], context: context(table) }
}

/**
 * The warm-up as steps: creating an empty grid, each switch, destroying it (the last step).
 * Null when the page has no body to draw in.
 */
function warmUpSteps(year = new Date().getFullYear()): (() => void)[] | null {
  if (!document.body) return null
  const host = document.createElement('div')
  host.setAttribute('aria-hidden', 'true')
  host.inert = true
  host.style.cssText = 'position:fixed;left:-10000px;top:0;width:1200px;height:900px;visibility:hidden;pointer-events:none'
  let api: GridApi<RowDef> | undefined
  return [
    () => {
      document.body.appendChild(host)
      api = createGrid<RowDef>(host, { ...GRID_OPTIONS, ...headerHeights(1), theme: gridTheme(1), context: context('t5'), columnDefs: [], rowData: [] })
    },
    ...SWITCHES.map((table) => () => {
      if (api) switchTable(api, content(table, year))
    }),
    () => {
      try {
        api?.destroy()
      } finally {
        api = undefined
        host.remove()
      }
    },
  ]
}

/**
 * Runs the warm-up, one step per long enough idle period, until it is done or the clerk's first
 * key, click or wheel ends it. Its state shows on the document as
 * `data-grid-warm-up` (running, done, stopped).
 */
export function warmUpGridWhenIdle(): void {
  const steps = warmUpSteps()
  if (!steps || !('requestIdleCallback' in window)) return
  const destroy = steps.pop()!
  const root = document.documentElement
  const INPUT = ['pointerdown', 'keydown', 'wheel'] as const
  let k = 0
  let over = false
  const end = (state: WarmUpState): void => {
    if (over) return
    over = true
    for (const type of INPUT) window.removeEventListener(type, stop, true)
    root.dataset.gridWarmUp = state
    // Destroyed when nobody is waiting: never in the handler of the clerk's input.
    window.requestIdleCallback(() => {
      try {
        destroy()
      } catch (e) {
        console.warn('预热表格未能销毁', e)
      }
    })
  }
  const stop = (): void => end('stopped')
  const next = (deadline: IdleDeadline): void => {
    if (over) return
    if (deadline.timeRemaining() < MIN_IDLE_MS) return void window.requestIdleCallback(next)
    try {
      steps[k++]!()
    } catch (e) {
      // Only a speed-up: a failure must not disturb the clerk, but shows in development.
      console.warn('预热表格失败', e)
      return stop()
    }
    if (k < steps.length) window.requestIdleCallback(next)
    else end('done')
  }
  for (const type of INPUT) window.addEventListener(type, stop, { capture: true, passive: true })
  root.dataset.gridWarmUp = 'running'
  window.requestIdleCallback(next)
}
