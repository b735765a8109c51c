// Printed amounts → canonical decimal strings ('4203.71'). Cells hold either numbers (possibly
// with float noise such as 4203.7100000000001) or text as printed ('4,203.71', full-width
// '４，２０３．７１', '(12.00)' for negatives). No binary arithmetic: decimal.js does the rounding.
import Decimal from 'decimal.js'
import type { Printed } from '../import/published'
import type { GridCell } from '../workbook/grid'

/**
 * `exact`: the cell had more than the two decimals tables print, kept as written (a book keeps 分).
 * `roundedFrom`: it had more than a 分 can hold and was rounded to the 分; the original text.
 * `tooLarge`: past the largest amount a book holds (shared/model/money.ts).
 */
export type AmountParse =
  | { ok: true; value: Printed; exact?: true; roundedFrom?: string }
  | { ok: false; text: string; tooLarge?: true }

/** 10^9 万元 = 10^13 元: the book's limit (MAX_AMOUNT_FEN), in the 万元 the reader works in. */
const MAX_WAN = new Decimal(1e9)

/** What a blank-looking cell may say instead of being empty. */
const BLANK_MARKS = new Set(['', '-', '--', '—', '——', '/', '－', '−'])

/**
 * Parse one cell. Zero reads as null: the tables print zero as an empty cell, so null is the one
 * spelling of "nothing here" whatever the producing tool chose. `scale` divides (元 → 万元).
 */
export function parseAmount(value: GridCell | undefined, scale: 1 | 10000 = 1): AmountParse {
  if (value === null || value === undefined) return { ok: true, value: null }
  let d: Decimal
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return { ok: false, text: String(value) }
    // Excel keeps 15 significant digits; beyond them a double's digits are binary noise
    // (1.1 + 2.2 = 3.3000000000000003), not a figure anyone wrote.
    d = new Decimal(value.toPrecision(15))
  } else {
    const parsed = parseAmountText(value)
    if (parsed === 'invalid') return { ok: false, text: value.trim() }
    if (parsed === null) return { ok: true, value: null }
    d = parsed
  }
  if (scale !== 1) d = d.div(scale)
  if (d.isZero()) return { ok: true, value: null }
  const shown = typeof value === 'number' ? String(value) : value.trim()
  if (d.abs().greaterThanOrEqualTo(MAX_WAN)) return { ok: false, text: shown, tooLarge: true }
  return canonical(d, scale !== 1, shown)
}

function parseAmountText(raw: string): Decimal | null | 'invalid' {
  let s = raw.normalize('NFKC').replace(/[\s\u200b]+/g, '').replace(/[−–]/g, '-')
  if (BLANK_MARKS.has(s) || BLANK_MARKS.has(raw.trim())) return null
  let negative = false
  const paren = /^\((.*)\)$/.exec(s)
  if (paren) {
    negative = true
    s = paren[1] ?? ''
  }
  if (s.startsWith('-')) {
    negative = !negative
    s = s.slice(1)
  } else if (s.startsWith('+')) {
    s = s.slice(1)
  }
  // Thousands separators only where they belong, so '12,34' is not silently read as 1234.
  if (s.includes(',')) {
    if (!/^\d{1,3}(,\d{3})+(\.\d*)?$/.test(s)) return 'invalid'
    s = s.replace(/,/g, '')
  }
  if (!/^(\d+(\.\d*)?|\.\d+)$/.test(s)) return 'invalid'
  // A run of digits no budget holds never reaches decimal.js whole: twenty integer digits are
  // past the limit whatever follows, and decimals past the twentieth only decide rounding to 分.
  if (s.replace(/^0+/, '').split('.')[0]!.length > 20) s = '1' + '0'.repeat(20)
  else if (s.length > 44) s = s.slice(0, 44)
  const d = new Decimal(s)
  return negative ? d.negated() : d
}

/**
 * Two decimals as the tables print them. An amount with more (a 元 amount converted to 万元, or
 * '61.115' typed into a 万元 table) keeps up to six, whole 分, exactly as written and flagged so
 * the cell is named; beyond the 分 it is rounded half away from zero, and says so.
 */
function canonical(d: Decimal, converted: boolean, shown: string): AmountParse {
  const two = d.toFixed(2)
  if (new Decimal(two).equals(d)) return { ok: true, value: two }
  const fen = d.toDecimalPlaces(6, Decimal.ROUND_HALF_UP)
  const value = fen.decimalPlaces() <= 2 ? fen.toFixed(2) : fen.toFixed()
  if (!fen.equals(d)) return { ok: true, value, roundedFrom: shown }
  return converted ? { ok: true, value } : { ok: true, value, exact: true }
}

/** Exact comparison unit for sums: millionths of a 万元 (one 分 is 0.000001 万元). */
export function toMicro(value: Printed): bigint {
  if (value === null) return 0n
  const neg = value.startsWith('-')
  const [whole = '0', frac = ''] = (neg ? value.slice(1) : value).split('.')
  const micro = BigInt(whole) * 1_000_000n + BigInt((frac + '000000').slice(0, 6))
  return neg ? -micro : micro
}
