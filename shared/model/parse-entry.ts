// What a clerk types (or pastes) into a money cell, read in the book's unit and returned as
// exact 分. Accepts grouping commas, full-width characters from a Chinese input method,
// accounting negatives "(1,234.00)", and a leading '=' with + − × ÷ arithmetic evaluated
// exactly with decimal.js (never binary floating point).
import Decimal from 'decimal.js'
import { AMOUNT_TOO_LARGE, FEN_PER, MAX_AMOUNT_FEN, MAX_DECIMALS, formatAmount, tooManyDigits, type AmountUnit, type Fen } from './money'

/**
 * `spaceGrouped`: a space between digits was read as a thousands separator ('100 200' → 100200).
 * Published files print '1 234', but so does a clerk who typed two numbers into one cell, so
 * whoever applies the entry tells the clerk how it was read (`spaceGroupingNote`).
 */
export type EntryResult = { ok: true; fen: Fen; spaceGrouped?: true } | { ok: false; message: string }

export const ENTRY_HINT = '请输入数字，例如 1,234.56 或 =100+20'

/** Decimal with enough precision that any intermediate quotient rounds correctly to 分. */
const D = Decimal.clone({ precision: 60, rounding: Decimal.ROUND_HALF_UP })

const FULL_WIDTH: Record<string, string> = {
  '，': ',', '．': '.', '。': '.', '－': '-', '−': '-', '—': '-', '–': '-', '＋': '+', '＝': '=',
  '×': '*', '＊': '*', '÷': '/', '／': '/', '（': '(', '）': ')', '％': '%', '　': ' ',
}

/**
 * Full-width digits and punctuation to ASCII, spaces (incl. U+3000, NBSP) removed. A space
 * between digits goes only where it groups thousands ('1 234'); elsewhere ('12 5', a full-width
 * space slipped in through an input method) it stays, so the entry is refused rather than read
 * as a different number (125).
 */
export function normalizeEntryText(text: string): string {
  return normalize(text).text
}

function normalize(text: string): { text: string; spaceGrouped: boolean } {
  let spaceGrouped = false
  let out = ''
  for (const ch of text) {
    const code = ch.charCodeAt(0)
    if (code >= 0xff10 && code <= 0xff19) out += String.fromCharCode(code - 0xff10 + 48)
    else out += FULL_WIDTH[ch] ?? ch
  }
  const joined = out.replace(/[\s\u00a0\u3000]+/g, (space, at: number, all: string) => {
    const joinsDigits = /\d/.test(all[at - 1] ?? '') && /\d/.test(all[at + space.length] ?? '')
    if (!joinsDigits) return ''
    if (!/^\d{3}(?!\d)/.test(all.slice(at + space.length))) return ' '
    spaceGrouped = true
    return ''
  })
  return { text: joined, spaceGrouped }
}

/** How an entry read through a grouping space was taken, for the clerk: '“100 200”已按千位分隔读作 100,200.00…'. */
export function spaceGroupingNote(typed: string, fen: Fen, unit: AmountUnit): string {
  return `“${typed.trim()}”中的空格已按千位分隔读作 ${formatAmount(fen, unit)}；如果是两个数，请按 Ctrl+Z 撤销后分别输入`
}

/**
 * A typed 万元 amount this large (10 亿元) in a single cell of a county department is far more
 * likely a 元 figure copied from a 元 sheet ("4,000,000.00") than a real amount: accepted as typed,
 * but the clerk is told what it means and what the 元 reading would be (clerk9 #3).
 */
export const LARGE_WAN_FEN = 100_000n * FEN_PER['万元']

/** The notice for an amount at least LARGE_WAN_FEN typed in a 万元 book; null otherwise (and always in a 元 book). */
export function largeAmountNote(fen: Fen, unit: AmountUnit): string | null {
  if (unit !== '万元' || (fen < 0n ? -fen : fen) < LARGE_WAN_FEN) return null
  // The same digits read as 元 are 1/10,000 of it: offered when that is whole 分 (a 万元 entry may have 6 decimals).
  const asYuan = fen % 10_000n === 0n ? `请按 Ctrl+Z 撤销后输入 ${formatAmount(fen / 10_000n, '万元')}` : '请按 Ctrl+Z 撤销后换算成万元输入'
  return `已按万元读入 ${formatAmount(fen, '万元')} 万元（即 ${formatAmount(fen, '元')} 元）；如果输入的是元数，${asYuan}`
}

const fail = (message: string): EntryResult => ({ ok: false, message })

const SPACE_INSIDE = '数字中间有空格，请删去空格（千位分隔请用逗号，如 1,234）'

const GROUPED = /^\d{1,3}(,\d{3})+(\.\d*)?$/
const PLAIN = /^(\d+(\.\d*)?|\.\d+)$/

/** A plain number with optional grouping commas ('1,234.56', '12.', '.5'); null when malformed. */
function readNumber(s: string): Decimal | null {
  if (GROUPED.test(s)) return new D(s.replace(/,/g, '').replace(/\.$/, ''))
  if (PLAIN.test(s)) return new D(s.replace(/\.$/, ''))
  return null
}

function toFenChecked(value: Decimal, unit: AmountUnit, rounded: boolean): EntryResult {
  const digits = MAX_DECIMALS[unit]
  if (!rounded && value.decimalPlaces() > digits) {
    return fail(`小数位过多：以${unit}为单位最多 ${digits} 位小数`)
  }
  const fixed = value.toDecimalPlaces(digits, Decimal.ROUND_HALF_UP)
  const fen = fixed.times(FEN_PER[unit].toString())
  // Compared as a decimal: a formula's result may have a thousand digits, which must not reach BigInt.
  if (fen.abs().greaterThanOrEqualTo(MAX_AMOUNT_FEN.toString())) return fail(AMOUNT_TOO_LARGE)
  return { ok: true, fen: BigInt(fen.toFixed(0)) }
}

/** Parse an entry in `unit` into 分. Empty (or a lone dash, Excel's zero) is zero. */
export function parseEntry(text: string, unit: AmountUnit): EntryResult {
  const normal = normalize(text)
  const r = parseNormal(normal.text, unit)
  return r.ok && normal.spaceGrouped ? { ...r, spaceGrouped: true } : r
}

function parseNormal(normal: string, unit: AmountUnit): EntryResult {
  let s = normal
  if (s === '' || s === '-') return { ok: true, fen: 0n }
  // normalizeEntryText keeps only a space that groups no thousands; an input method's full-width
  // space is hard to see in the cell, so the message names it.
  if (s.includes(' ')) return fail(SPACE_INSIDE)
  if (s.startsWith('=')) return parseFormula(s.slice(1), unit)
  s = s.replace(/^[¥￥]/, '').replace(/^([+-])[¥￥]/, '$1')
  let sign = 1
  const accounting = /^\((.*)\)$/.exec(s)
  if (accounting) {
    s = accounting[1]!
    sign = -1
  } else if (s.startsWith('-') || s.startsWith('+')) {
    if (s.startsWith('-')) sign = -1
    s = s.slice(1)
  }
  if (tooManyDigits(s.replace(/,/g, ''), unit)) return fail(AMOUNT_TOO_LARGE)
  const n = readNumber(s)
  if (!n) {
    if (/^[\d.,]+([+\-*/][\d.,()]+)+$/.test(s)) return fail('如需计算，请以 = 开头，例如 =100+20')
    return fail(ENTRY_HINT)
  }
  return toFenChecked(sign < 0 ? n.negated() : n, unit, false)
}

// ---- formulas: expr := term (('+'|'-') term)* ; term := factor (('*'|'/') factor)* ;
//      factor := ('+'|'-') factor | number '%'? | '(' expr ')' '%'?

class FormulaError extends Error {}

// The parser recurses once per '(' and per unary sign, so a pasted '=((((…' thousands deep
// would overflow the stack; no real entry comes near these limits.
const MAX_FORMULA_LENGTH = 1000
const MAX_FORMULA_DEPTH = 100
const TOO_COMPLEX = '公式过长或括号层数过多'

function parseFormula(body: string, unit: AmountUnit): EntryResult {
  if (body === '') return fail('公式为空，例如 =100+20')
  if (body.length > MAX_FORMULA_LENGTH) return fail(TOO_COMPLEX)
  let pos = 0
  let depth = 0
  /** Parse a nested factor, refusing past MAX_FORMULA_DEPTH levels. */
  const nested = <T>(parse: () => T): T => {
    if (++depth > MAX_FORMULA_DEPTH) throw new FormulaError(TOO_COMPLEX)
    const v = parse()
    depth--
    return v
  }
  const peek = (): string | undefined => body[pos]
  const expr = (): Decimal => {
    let v = term()
    while (peek() === '+' || peek() === '-') {
      const op = body[pos++]
      const r = term()
      v = op === '+' ? v.plus(r) : v.minus(r)
    }
    return v
  }
  const term = (): Decimal => {
    let v = factor()
    while (peek() === '*' || peek() === '/') {
      const op = body[pos++]
      const r = factor()
      if (op === '/') {
        if (r.isZero()) throw new FormulaError('公式有误：除数不能为零')
        v = v.dividedBy(r)
      } else v = v.times(r)
    }
    return v
  }
  const percent = (v: Decimal): Decimal => {
    if (peek() !== '%') return v
    pos++
    return v.dividedBy(100)
  }
  const factor = (): Decimal => {
    const c = peek()
    if (c === '+' || c === '-') {
      pos++
      const v = nested(factor)
      return c === '-' ? v.negated() : v
    }
    if (c === '(') {
      pos++
      const v = nested(expr)
      if (peek() !== ')') throw new FormulaError('公式有误：括号不配对')
      pos++
      return percent(v)
    }
    const m = /^[\d.,]+/.exec(body.slice(pos))
    if (!m) {
      if (c === undefined) throw new FormulaError('公式不完整，例如 =100+20')
      throw new FormulaError(`公式有误：无法识别“${c}”`)
    }
    const n = readNumber(m[0])
    if (!n) throw new FormulaError(`公式有误：“${m[0]}”不是数字`)
    pos += m[0].length
    return percent(n)
  }
  try {
    const v = expr()
    if (pos < body.length) {
      const c = body[pos]
      throw new FormulaError(c === ')' ? '公式有误：括号不配对' : `公式有误：无法识别“${c}”`)
    }
    return toFenChecked(v, unit, true)
  } catch (e) {
    if (e instanceof FormulaError) return fail(e.message)
    throw e
  }
}
