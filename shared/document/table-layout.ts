// How wide each column of a printed table is on the page, and at what size its text prints:
// one answer for the .docx and the PDF, so both break lines alike. The printed model's widths
// (Excel character units, as the .xlsx has them) give the proportions; a figure or a code never
// breaks across lines, so an amount column is at least as wide as its widest figure and as
// 1,234,567.89 (a department's 万元 budget of realistic size), and a code column as its widest
// code; the other columns give way, down to a few characters each. When even that does not fit,
// the table's text shrinks in half-point steps (a 123,456,789.00 fits at the smallest size).
import type { DocTable } from './types'

/** The widest amount every table has room for at its own size. */
export const AMOUNT_SAMPLE = '1,234,567.89'

/** Horizontal padding of a table cell on each side, points (the .docx cell margin, the PDF's padding). */
export const CELL_PADDING_PT = 3

/** The smallest size a table's text shrinks to, points. */
export const MIN_TABLE_FONT_PT = 7

/** A text column keeps room for this many characters (em) per line. */
const MIN_TEXT_EM = 4

/**
 * The width of a text in em, with the digits of the widest face the document may be shown in
 * (DejaVu Serif, 0.636 em, where Times New Roman, 宋体 and Noto Serif CJK print 0.5–0.55), so
 * a figure that fits here fits in Word, WPS, LibreOffice and Chromium alike.
 */
export function textEm(text: string): number {
  let em = 0
  for (const ch of text) {
    if (ch >= '0' && ch <= '9') em += 0.64
    else if (ch === ',' || ch === '.') em += 0.32
    else if (ch === '-') em += 0.34
    else if (ch.charCodeAt(0) < 0x2000) em += 0.6
    else em += 1
  }
  return em
}

/** Bold digits are this much wider (DejaVu Serif Bold 0.696 em against 0.636). */
const BOLD = 1.1

export interface TableLayout {
  /** Column widths in points, adding up to the text width. */
  widths: number[]
  /** The size the table's cells print at, points. */
  fontPt: number
}

/** The em a column needs on one line, or null where its text may wrap (names, titles). */
function unbrokenEm(table: DocTable): (number | null)[] {
  return table.kinds.map((kind, col) => {
    if (kind === 'text') return null
    let em = kind === 'money' ? textEm(AMOUNT_SAMPLE) : 0
    for (const row of table.body) {
      const cell = row[col]
      if (cell) em = Math.max(em, textEm(cell.text) * (cell.bold ? BOLD : 1))
    }
    return em
  })
}

/** Spec proportions, with every column raised to its minimum and the rest sharing what is left; null when the minimums overfill. */
function fill(weights: readonly number[], minimums: readonly number[], width: number): number[] | null {
  if (minimums.reduce((a, b) => a + b, 0) > width) return null
  const fixed = new Set<number>()
  for (;;) {
    const free = weights.reduce((sum, w, i) => (fixed.has(i) ? sum : sum + w), 0)
    const left = width - [...fixed].reduce((sum, i) => sum + minimums[i]!, 0)
    const widths = weights.map((w, i) => (fixed.has(i) ? minimums[i]! : (w * left) / free))
    const short = widths.findIndex((w, i) => !fixed.has(i) && w < minimums[i]!)
    if (short < 0) return widths
    fixed.add(short)
  }
}

/** The table's column widths and size on a text width of `width` points, its text normally `fontPt`. */
export function tableLayout(table: DocTable, width: number, fontPt: number): TableLayout {
  const unbroken = unbrokenEm(table)
  const minimums = (size: number): number[] => unbroken.map((em) => (em ?? MIN_TEXT_EM) * size + 2 * CELL_PADDING_PT)
  for (let size = fontPt; size >= MIN_TABLE_FONT_PT; size -= 0.5) {
    const widths = fill(table.widths, minimums(size), width)
    if (widths) return { widths, fontPt: size }
  }
  // Nothing fits even at the smallest size: the columns keep their proportions.
  const total = table.widths.reduce((a, b) => a + b, 0)
  return { widths: table.widths.map((w) => (w * width) / total), fontPt: MIN_TABLE_FONT_PT }
}
