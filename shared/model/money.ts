// Money is an exact integer count of 分 (0.01 元) held in a bigint, so no binary
// floating point can ever enter a sum. The book stores amounts as decimal strings in
// its entry unit (万元 or 元); these helpers are the only place that converts.

export type Fen = bigint

export type AmountUnit = '万元' | '元'

/** 分 per one unit of entry: 1 万元 = 1,000,000 分, 1 元 = 100 分. */
export const FEN_PER: Record<AmountUnit, bigint> = { 万元: 1_000_000n, 元: 100n }

/** Decimal places an amount may carry in each unit so that it stays a whole number of 分. */
export const MAX_DECIMALS: Record<AmountUnit, number> = { 万元: 6, 元: 2 }

export const ZERO: Fen = 0n

const CANONICAL = /^-?\d+(\.\d+)?$/

/**
 * The largest amount a book holds: every amount is under 10^13 元 (10 万亿元, i.e. 10 亿万元),
 * 10^15 分. Why this bound: a 万元 amount kept to the 分 has six decimals, so nine integer digits
 * plus six is exactly Excel's 15 significant digits; printed in 万元 with two decimals an amount
 * has at most 11, so even a total of thousands of such amounts prints exactly. The largest
 * provincial budget is about 10^12 元, so no real budget comes near.
 */
export const MAX_AMOUNT_FEN: Fen = 10n ** 15n
/** Integer digits of the largest amount in each entry unit. */
const MAX_INTEGER_DIGITS: Record<AmountUnit, number> = { 万元: 9, 元: 13 }

export const AMOUNT_LIMIT_RULE = '每笔金额须小于 10 万亿元（1,000,000,000 万元），请检查是否多输了数字'
export const AMOUNT_TOO_LARGE = `金额超出上限：${AMOUNT_LIMIT_RULE}`

export function withinLimit(fen: Fen): boolean {
  return fen < MAX_AMOUNT_FEN && fen > -MAX_AMOUNT_FEN
}

export class AmountError extends Error {}

/** True when a decimal text's integer part alone puts it past the limit (checked before any big arithmetic). */
export function tooManyDigits(text: string, unit: AmountUnit): boolean {
  const digits = /^[-+]?0*(\d*)/.exec(text)?.[1]?.length ?? 0
  return digits > MAX_INTEGER_DIGITS[unit]
}

/**
 * toFen of plain canonical text within the limit and the unit's decimals ('123', '-0.5'), by a
 * digit loop in a double: at most 15 digits, so every step is an exact integer. Anything else
 * (spaces, too many digits or decimals, trailing zeros past them, no digit) is undefined and goes
 * the full way, which gives the same value or the error.
 */
function plainFen(s: string, unit: AmountUnit): Fen | undefined {
  const n = s.length
  let k = s.charCodeAt(0) === 45 ? 1 : 0
  const neg = k === 1
  let value = 0
  let whole = 0
  for (; k < n; k++) {
    const d = s.charCodeAt(k) - 48
    if (d < 0 || d > 9) break
    if (value !== 0 || d !== 0) whole++
    value = value * 10 + d
  }
  if (k === (neg ? 1 : 0) || whole > MAX_INTEGER_DIGITS[unit]) return undefined
  let places = MAX_DECIMALS[unit]
  if (k < n) {
    if (s.charCodeAt(k) !== 46 || k === n - 1) return undefined
    for (k++; k < n; k++) {
      const d = s.charCodeAt(k) - 48
      if (d < 0 || d > 9 || places === 0) return undefined
      value = value * 10 + d
      places--
    }
  }
  const fen = BigInt(value * 10 ** places)
  return neg ? -fen : fen
}

/** Parse a canonical decimal string (as stored in a book) in `unit` into 分. Throws AmountError. */
export function toFen(text: string, unit: AmountUnit): Fen {
  const fast = text === '' ? undefined : plainFen(text, unit)
  if (fast !== undefined) return fast
  const s = text.trim()
  if (s === '') return 0n
  if (!CANONICAL.test(s)) throw new AmountError(`"${text.length > 40 ? text.slice(0, 40) + '…' : text}" 不是有效金额`)
  if (tooManyDigits(s, unit)) throw new AmountError(AMOUNT_TOO_LARGE)
  // Canonical text converts digit by digit (opening a large book parses tens of thousands).
  const dot = s.indexOf('.')
  const places = MAX_DECIMALS[unit]
  let fen: Fen
  if (dot < 0) fen = BigInt(s) * FEN_PER[unit]
  else {
    const frac = s.slice(dot + 1).replace(/0+$/, '')
    if (frac.length > places) throw new AmountError(`"${text}" 的小数位过多（${unit}最多 ${MAX_DECIMALS[unit]} 位小数）`)
    const neg = s.startsWith('-')
    const whole = BigInt(s.slice(neg ? 1 : 0, dot) || '0') * FEN_PER[unit] + BigInt(frac.padEnd(places, '0') || '0')
    fen = neg ? -whole : whole
  }
  if (!withinLimit(fen)) throw new AmountError(AMOUNT_TOO_LARGE)
  return fen
}

/** 分 to a canonical decimal string in `unit`, trailing zeros trimmed ('' never; 0 gives '0'). */
export function fenToString(fen: Fen, unit: AmountUnit): string {
  const per = FEN_PER[unit]
  const neg = fen < 0n
  const abs = neg ? -fen : fen
  const whole = abs / per
  const frac = abs % per
  let s = whole.toString()
  if (frac !== 0n) {
    const digits = MAX_DECIMALS[unit]
    s += '.' + frac.toString().padStart(digits, '0').replace(/0+$/, '')
  }
  return neg ? '-' + s : s
}

/** 分 to 万元 with exactly two decimals, rounding half away from zero (the published form). */
export function fenToWanText(fen: Fen): string {
  return fixedWan(roundToWanCents(fen))
}

/** Round 分 to a whole number of 0.01 万元 (= 10,000 分), half away from zero. */
export function roundToWanCents(fen: Fen): Fen {
  const step = 10_000n
  const neg = fen < 0n
  const abs = neg ? -fen : fen
  const q = (abs + step / 2n) / step
  return (neg ? -q : q) * step
}

/** A whole number of 0.01 万元, written with two decimals: 18_530_540_000n → '18530.54'. */
export function fixedWan(fen: Fen): string {
  const cents = fen / 10_000n
  const neg = cents < 0n
  const abs = neg ? -cents : cents
  const s = `${abs / 100n}.${(abs % 100n).toString().padStart(2, '0')}`
  return neg ? '-' + s : s
}

/** Significant digits Excel (and a double) keep: a printed figure with more would be stored changed. */
export const EXCEL_DIGITS = 15

/**
 * A printed figure (a whole number of 0.01 万元, in 分) as the number a spreadsheet stores, exact or refused: with every amount
 * under the limit a total would need thousands of maximal amounts to pass 15 digits, and if one
 * ever does the export stops with this message rather than write a changed number.
 */
export function printedNumber(fen: Fen): number {
  const text = fixedWan(fen)
  if (text.replace(/^-?0*\.?0*/, '').replace('.', '').length > EXCEL_DIGITS) {
    throw new AmountError(`金额合计 ${text} 万元超过 Excel 能准确保存的 ${EXCEL_DIGITS} 位有效数字，无法导出`)
  }
  return Number(text)
}

/** 分 in `unit`, exact, with at least two decimals and no grouping: '18530.54', '0.001234' (万元). */
export function plainAmount(fen: Fen, unit: AmountUnit): string {
  const [intPart = '0', fracPart = ''] = fenToString(fen, unit).split('.')
  return intPart + '.' + fracPart.padEnd(2, '0')
}

/** Format 分 for display in `unit` with grouping: 1,234.56 (万元: 2 decimals unless more are needed). */
export function formatAmount(fen: Fen, unit: AmountUnit): string {
  return groupedDecimal(plainAmount(fen, unit))
}

/** A plain decimal text ('-18530.54') grouped by thousands ('-18,530.54'); any other text as it is. */
export function groupedDecimal(text: string): string {
  const m = /^(-?)(\d+)(\.\d+)?$/.exec(text)
  return m ? `${m[1]}${groupThousands(m[2]!)}${m[3] ?? ''}` : text
}

/** '1234567' → '1,234,567', in one pass (a lookahead regex here is quadratic in the digits). */
export function groupThousands(digits: string): string {
  const head = digits.length % 3 || 3
  const parts = [digits.slice(0, head)]
  for (let i = head; i < digits.length; i += 3) parts.push(digits.slice(i, i + 3))
  return parts.join(',')
}

export function sumFen(values: Iterable<Fen>): Fen {
  let t = 0n
  for (const v of values) t += v
  return t
}
