// The look of a published table: 宋体 throughout, a bold title, thin borders around the
// header and the body, amounts right-aligned with two decimals and zero left blank.
import type { RowKind } from '../tables/types'
import type { CellStyle } from './sheet-model'

export const BODY_FONT = '宋体'
export const TITLE_FONT = '宋体'
export const BODY_SIZE = 10

/**
 * Positive; negative; zero; text. The empty zero section shows a formula that adds up to zero
 * as a blank cell, the way the tables print zero (typed zeros are not written at all).
 */
export const MONEY_FORMAT = '#,##0.00;-#,##0.00;;@'

const body = (bold = false) => ({ name: BODY_FONT, size: BODY_SIZE, bold })

export const STYLES = {
  label: { font: body(), horizontal: 'left' } satisfies CellStyle,
  title: { font: { name: TITLE_FONT, size: 18, bold: true }, horizontal: 'center', wrap: true } satisfies CellStyle,
  nameLine: { font: body(), horizontal: 'left' } satisfies CellStyle,
  unitLine: { font: body(), horizontal: 'right' } satisfies CellStyle,
  header: { font: body(true), horizontal: 'center', wrap: true, border: true } satisfies CellStyle,
  numberRow: { font: body(), horizontal: 'center', border: true } satisfies CellStyle,
  note: { font: body(), horizontal: 'left' } satisfies CellStyle,
  hidden: { font: body() } satisfies CellStyle,
}

/** 合计, 类 and department rows are printed bold. */
const BOLD_KINDS: ReadonlySet<RowKind> = new Set(['total', 'class', 'dept'])

/** Names step in under their parent: 款 under 类, 项 under 款, projects under their unit. */
const INDENT: Partial<Record<RowKind, number>> = { kuan: 1, item: 2, unit: 1, project: 2 }

// Body styles are shared objects, one per kind of row: the writer hands each distinct style to
// exceljs once, and tens of thousands of cells must not each carry a fresh copy. Never mutate them.
const TEXT_STYLES = new Map<string, CellStyle>()
const MONEY_STYLES = new Map<RowKind, CellStyle>()

/** Every left- or right-aligned body cell keeps one indent step off the border line. */
export function textStyle(kind: RowKind, isCode: boolean): CellStyle {
  const key = `${kind}|${isCode}`
  let style = TEXT_STYLES.get(key)
  if (!style) TEXT_STYLES.set(key, (style = makeTextStyle(kind, isCode)))
  return style
}

function makeTextStyle(kind: RowKind, isCode: boolean): CellStyle {
  const centred = kind === 'total' && !isCode
  return {
    font: body(BOLD_KINDS.has(kind)),
    horizontal: centred ? 'center' : 'left',
    wrap: !isCode,
    border: true,
    ...(centred ? {} : { indent: 1 + (isCode ? 0 : (INDENT[kind] ?? 0)) }),
  }
}

export function moneyStyle(kind: RowKind): CellStyle {
  let style = MONEY_STYLES.get(kind)
  if (!style) MONEY_STYLES.set(kind, (style = { font: body(BOLD_KINDS.has(kind)), horizontal: 'right', indent: 1, border: true, numFmt: MONEY_FORMAT }))
  return style
}

/** The title row: 18 pt characters are 1.8 times the body's; a title wider than the table wraps. */
export function titleHeight(title: string, tableWidth: number): number {
  const lines = Math.max(1, Math.ceil((textPx(title) * 1.8) / (tableWidth * 7)))
  return Math.max(36, lines * 24 + 10)
}

/** Height in points of a row of `lines` lines of body text. */
export function rowHeight(lines: number): number {
  return Math.max(1, lines) * 13.5 + 6
}

/**
 * Lines `text` wraps to in a column `width` characters wide, estimated in Excel's pixels at
 * 96 dpi: a column unit is 7 px (the default font's digit) plus 5 px of padding, a CJK or
 * full-width character of 宋体 10 pt is about 13.4 px, other characters half that, an indent
 * level about 9 px. Excel does not grow rows for wrapped text on opening, so we size them.
 */
export function wrappedLines(text: string, width: number, indent = 0): number {
  const px = indent * 9 + textPx(text)
  const usable = Math.max(20, width * 7 + 5 - 6)
  return Math.max(1, Math.ceil(px / usable))
}

/** Width of body text in pixels (see wrappedLines). */
function textPx(text: string): number {
  let px = 0
  for (const ch of text) {
    // Wide from U+1100 on (a character beyond U+FFFF starts with a surrogate, also wide), except half-width katakana.
    const code = ch.charCodeAt(0)
    px += code >= 0x1100 && (code < 0xff61 || code > 0xff9f) ? 13.4 : 6.7
  }
  return px
}
