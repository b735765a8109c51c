// The header rows' heights, worked out from the header font instead of measured by the grid.
// AG Grid's autoHeaderHeight measures every header cell in the DOM as it is created (a forced
// layout each, then again when the cell's size is first observed): at every table switch that
// was a third of the switch. A header text that fits on one line needs no measuring — the row
// is as high as one line of the label — so only a text that may wrap keeps autoHeaderHeight,
// and the grid measures just those cells. Widths come from a canvas (no layout at all).
import type { ColDef, ColGroupDef } from 'ag-grid-community'
import type { RowDef } from '../../shared/tables/types'
import { UI_FONT } from './theme'

/** The header label's vertical padding (AG Grid's .ag-header-cell-label: 5px top and bottom). */
const LABEL_PADDING = 10
/** Horizontal room a header cell's label does not get (styles.css: 4px padding each side), plus a safety margin. */
const CELL_PADDING = 8
const MARGIN = 4
/** styles.css: `.ag-header-cell-text { line-height: 1.25 }` (leaf headers). */
const LEAF_LINE_HEIGHT = 1.25
/** styles.css: the group header's border-bottom; rows after the first also get AG Grid's 1px border-top. */
const BORDER = 1

export function headerFontPx(zoom: number): number {
  return Math.round(13 * zoom)
}

function headerFont(zoom: number): string {
  const families = UI_FONT.map((f) => (f.includes(' ') ? `"${f}"` : f)).join(', ')
  return `600 ${headerFontPx(zoom)}px ${families}`
}

let context: CanvasRenderingContext2D | null | undefined
function measure(zoom: number): CanvasRenderingContext2D | null {
  if (context === undefined) context = typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d')
  if (context) context.font = headerFont(zoom)
  return context
}

const widths = new Map<string, number | null>()

/**
 * The width of `text` in the header font (600: the bold face of the UI fonts, as bold grid rows
 * are drawn), or null where there is no canvas to measure with.
 */
export function textWidth(text: string, zoom: number): number | null {
  const key = `${zoom}|${text}`
  let width = widths.get(key)
  if (width === undefined) {
    const ctx = measure(zoom)
    width = ctx ? ctx.measureText(text).width : null
    widths.set(key, width)
  }
  return width
}

/** Whether a header text may need more than one line in a cell this wide (unsure: yes). */
export function headerMayWrap(text: string, cellWidth: number, zoom: number): boolean {
  if (!text) return false
  return (textWidth(text, zoom) ?? Infinity) > cellWidth - CELL_PADDING - MARGIN
}

export interface HeaderHeights {
  /** The column row (texts that fit on one line; a wrapping one is measured by the grid). */
  headerHeight: number
  /** The group rows above it. */
  groupHeaderHeight: number
}

const heights = new Map<number, HeaderHeights>()

/**
 * What autoHeaderHeight gave a row of one-line labels: the label's line plus its padding
 * (rounded, as the grid reads offsetHeight) plus borders, never below the theme's row height.
 */
export function headerHeights(zoom: number): HeaderHeights {
  const known = heights.get(zoom)
  if (known) return known
  const px = headerFontPx(zoom)
  const base = Math.round(28 * zoom)
  const ctx = measure(zoom)
  // A group label's line-height is `normal`: the font's ascent + descent, each rounded as the browser lays it out.
  const m = ctx?.measureText('国')
  const groupLine = m ? Math.round(m.fontBoundingBoxAscent) + Math.round(m.fontBoundingBoxDescent) : Math.round(px * 1.45)
  const result = {
    headerHeight: Math.max(base, Math.round(LABEL_PADDING + px * LEAF_LINE_HEIGHT) + BORDER),
    groupHeaderHeight: Math.max(base, Math.round(LABEL_PADDING + groupLine) + BORDER),
  }
  heights.set(zoom, result)
  return result
}

type AnyColDef = ColDef<RowDef> | ColGroupDef<RowDef>

/**
 * Turn autoHeaderHeight on for the header cells whose text may wrap, off for the rest (in place),
 * and on for a group below the first header row: its row is a pixel higher (AG Grid's border-top
 * between header rows), which one groupHeaderHeight for every group row cannot say. Returns the width.
 */
function markWrapping(def: AnyColDef, zoom: number, depth: number): number {
  const group = 'children' in def
  const width = group ? def.children.reduce((w, c) => w + markWrapping(c, zoom, depth + 1), 0) : (def.width ?? 0)
  def.autoHeaderHeight = (group && depth > 0) || headerMayWrap(def.headerName ?? '', width, zoom)
  return width
}

/** The column definitions with autoHeaderHeight only where the grid must measure. */
export function withHeaderHeights<T extends AnyColDef[]>(defs: T, zoom: number): T {
  for (const d of defs) markWrapping(d, zoom, 0)
  return defs
}
