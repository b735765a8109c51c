// How wide the pinned 上年数 columns are: wide enough for the widest figure of the table. A
// pinned column cannot be scrolled, so a fixed width cut a large 增减% ("+10555.8…", a project
// that grew a hundredfold) and the clerk could not read it. Widths are measured on the table's
// rows when the columns are shown or the rows change, and again when an edit makes a row's
// figure wider than its column.
import { useEffect, useMemo, useRef, useState } from 'react'
import type { Derivation } from '../../shared/engine/derivation'
import type { AmountUnit } from '../../shared/model/money'
import type { RowDef, TableDef } from '../../shared/tables/types'
import type { TableId } from '../../shared/tables/ids'
import { useBook } from '../store/book-store'
import { onGridChange } from '../store/events'
import { textWidth } from './header-heights'
import { basePriorWidths, PRIOR_COLUMNS, priorCellTexts, priorFigures, type PriorColumn, type PriorWidths } from './prior-columns'

/** Horizontal room a cell's text does not get: the theme's 6px padding each side, the column border, a margin. */
const CELL_ROOM = 6 * 2 + 1 + 5
/** Where there is no canvas (tests outside a browser): a digit of the 13px bold face is at most ~0.62 em. */
const CHAR_EM = 0.62

function widthOf(text: string, zoom: number): number {
  const measured = textWidth(text, zoom)
  return Math.ceil((measured ?? text.length * 13 * CHAR_EM * zoom) + CELL_ROOM * zoom)
}

/** The longest text each column shows for `rows` (digits are tabular: the longest is the widest). */
function longestTexts(def: TableDef, rows: Iterable<RowDef>, d: Derivation, unit: AmountUnit): Record<PriorColumn, string> {
  const longest: Record<PriorColumn, string> = { 'prior:amount': '', 'prior:change': '', 'prior:percent': '' }
  const col = def.prior?.col
  if (!col) return longest
  for (const row of rows) {
    const cell = row.cells[col]
    const f = cell ? priorFigures(d.book, def, row.id, d.value(cell.ref)) : null
    if (!f) continue
    const texts = priorCellTexts(f, unit)
    for (const c of PRIOR_COLUMNS) if (texts[c].length > longest[c].length) longest[c] = texts[c]
  }
  return longest
}

/** Each column's width: its usual one, or more where a figure of `rows` needs it. */
export function priorColumnWidths(def: TableDef, rows: Iterable<RowDef>, d: Derivation, unit: AmountUnit, zoom = 1): PriorWidths {
  const base = basePriorWidths(zoom)
  const longest = longestTexts(def, rows, d, unit)
  const out = { ...base }
  for (const c of PRIOR_COLUMNS) if (longest[c]) out[c] = Math.max(base[c], widthOf(longest[c], zoom))
  return out
}

/** Whether some figure of `rows` is wider than its column is now. */
function outgrows(def: TableDef, rows: Iterable<RowDef>, d: Derivation, unit: AmountUnit, zoom: number, widths: PriorWidths): boolean {
  const longest = longestTexts(def, rows, d, unit)
  return PRIOR_COLUMNS.some((c) => longest[c] !== '' && widthOf(longest[c], zoom) > widths[c])
}

/**
 * The widths of the 上年数 columns of the table shown (null while they are not shown): measured
 * over its rows, and measured again when an amount edit makes a row's figure outgrow its column.
 */
export function usePriorWidths(table: TableId, def: TableDef, rows: readonly RowDef[], d: Derivation, showPrior: boolean, zoom: number): PriorWidths | null {
  const [grown, setGrown] = useState(0)
  const unit = d.book.amountUnit
  const widths = useMemo(
    () => (showPrior && def.prior ? priorColumnWidths(def, rows, d, unit, zoom) : null),
    // `grown` asks for a new measure after an edit (the derivation is the same object then).
    [showPrior, def, rows, d, unit, zoom, grown],
  )
  // The same widths as before keep the same object, so the grid's columns are not set again.
  const kept = useRef(widths)
  const same = kept.current && widths && PRIOR_COLUMNS.every((c) => kept.current![c] === widths[c])
  if (!same) kept.current = widths
  const current = kept.current
  useEffect(() => {
    if (!current) return
    return onGridChange((change) => {
      if (change.kind === 'layout') return
      const state = useBook.getState()
      const ids = new Set<string>()
      for (const ref of change.refs) for (const at of state.derivation.locations.get(ref) ?? []) if (at.table === table) ids.add(at.row)
      const changed = rows.filter((r) => ids.has(r.id))
      if (changed.length && outgrows(def, changed, state.derivation, state.derivation.book.amountUnit, zoom, current)) setGrown((n) => n + 1)
    })
  }, [current, table, def, rows, zoom])
  return current
}
