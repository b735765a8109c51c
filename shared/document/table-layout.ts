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

/** Indent of a name per step below the first (款 under 类, 项 under 款), points, as both writers print it. */
export const INDENT_PT = 9

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

/** A name that would take more lines than this in portrait turns its table to a landscape page. */
const MAX_NAME_LINES = 2

/** The most lines any name (text column) of the table takes at `layout`. */
export function nameLines(table: DocTable, layout: TableLayout): number {
  let most = 1
  for (const row of table.body) {
    let col = 0
    for (const cell of row) {
      if (table.kinds[col] === 'text' && cell.text) {
        const width = layout.widths.slice(col, col + cell.colSpan).reduce((a, b) => a + b, 0)
        const indent = cell.align === 'left' && cell.indent > 1 ? (cell.indent - 1) * INDENT_PT : 0
        const room = width - 2 * CELL_PADDING_PT - indent
        most = Math.max(most, Math.ceil((textEm(cell.text) * (cell.bold ? BOLD : 1) * layout.fontPt) / Math.max(room, 1) - 1e-9))
      }
      col += cell.colSpan
    }
  }
  return most
}

/**
 * Whether the document prints the table on a landscape page: where its spec says so (表二, 表九,
 * 表十二), or where on a portrait page its names would run onto three lines or more while a
 * landscape page keeps them shorter (表四: seven columns, two blocks side by side, every 类 name
 * on two or three lines in portrait). A table whose names wrap onto two lines at most stays portrait.
 */
export function landscapeOnPage(table: DocTable, portraitWidth: number, landscapeWidth: number, fontPt: number): boolean {
  if (table.landscape) return true
  const portrait = nameLines(table, tableLayout(table, portraitWidth, fontPt))
  return portrait > MAX_NAME_LINES && nameLines(table, tableLayout(table, landscapeWidth, fontPt)) < portrait
}

/** Rows of a table the last page it runs onto holds at least (with the repeated header). */
export const KEEP_LAST_ROWS = 4

/**
 * Which body rows stay on the page of the row after them: the last KEEP_LAST_ROWS rows hold
 * together, so a table that overflows its page by a row or two carries a few rows over to the
 * next page instead of one lone row under the repeated header. Both writers can do this
 * reliably (Word's and LibreOffice's keep-with-next on a row's paragraphs, CSS break-after:
 * avoid on a table row in Chromium); a row never splits, and the header repeats, already.
 */
export function keepWithNext(table: Pick<DocTable, 'body'>): boolean[] {
  const n = table.body.length
  return table.body.map((_, i) => i < n - 1 && i >= n - KEEP_LAST_ROWS)
}

