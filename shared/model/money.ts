// Money is an exact integer count of 分 (0.01 元) held in a bigint, so no binary
// floating point can ever enter a sum. The book stores amounts as decimal strings in
// its entry unit (万元 or 元); these helpers are the only place that converts.
import Decimal from 'decimal.js'

export type Fen = bigint

export type AmountUnit = '万元' | '元'

/** 分 per one unit of entry: 1 万元 = 1,000,000 分, 1 元 = 100 分. */
export const FEN_PER: Record<AmountUnit, bigint> = { 万元: 1_000_000n, 元: 100n }

/** Decimal places an amount may carry in each unit so that it stays a whole number of 分. */
export const MAX_DECIMALS: Record<AmountUnit, number> = { 万元: 6, 元: 2 }

export const ZERO: Fen = 0n

const CANONICAL = /^-?\d+(\.\d+)?$/

export class AmountError extends Error {}

/** Parse a canonical decimal string (as stored in a book) in `unit` into 分. Throws AmountError. */
export function toFen(text: string, unit: AmountUnit): Fen {
  const s = text.trim()
  if (s === '') return 0n
  if (!CANONICAL.test(s)) throw new AmountError(`"${text}" 不是有效金额`)
  // Canonical text converts digit by digit (opening a large book parses tens of thousands).
  const dot = s.indexOf('.')
  const places = MAX_DECIMALS[unit]
  if (dot < 0) return BigInt(s) * FEN_PER[unit]
  const frac = s.slice(dot + 1).replace(/0+$/, '')
  if (frac.length <= places) {
    const neg = s.startsWith('-')
    const whole = BigInt(s.slice(neg ? 1 : 0, dot) || '0') * FEN_PER[unit] + BigInt(frac.padEnd(places, '0') || '0')
    return neg ? -whole : whole
  }
  const d = new Decimal(s).times(FEN_PER[unit].toString())
  if (!d.isInteger()) {
    throw new AmountError(`"${text}" 的小数位过多（${unit}最多 ${MAX_DECIMALS[unit]} 位小数）`)
  }
  return BigInt(d.toFixed(0))
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

/** 分 in `unit`, exact, with at least two decimals and no grouping: '18530.54', '0.001234' (万元). */
export function plainAmount(fen: Fen, unit: AmountUnit): string {
  const [intPart = '0', fracPart = ''] = fenToString(fen, unit).split('.')
  return intPart + '.' + fracPart.padEnd(2, '0')
}

/** Format 分 for display in `unit` with grouping: 1,234.56 (万元: 2 decimals unless more are needed). */
export function formatAmount(fen: Fen, unit: AmountUnit): string {
  const plain = plainAmount(fen, unit)
  const neg = plain.startsWith('-')
  const [intPart = '0', frac = ''] = (neg ? plain.slice(1) : plain).split('.')
  return (neg ? '-' : '') + intPart.replace(/\B(?=(\d{3})+(?!\d))/g, ',') + '.' + frac
}

export function sumFen(values: Iterable<Fen>): Fen {
  let t = 0n
  for (const v of values) t += v
  return t
}
