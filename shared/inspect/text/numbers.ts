// Numbers as a 情况说明 writes them: "23,041.25", "23041.25", "０.５" (full-width), and counts in
// Chinese numerals ("一家行政单位", "二十三个"). Values stay decimal strings: never floats.

const FULL_WIDTH = /[０-９．]/g

/** Full-width digits, point and comma to ASCII. */
export function asciiDigits(text: string): string {
  return text.replace(FULL_WIDTH, (c) => (c === '．' ? '.' : String.fromCharCode(c.charCodeAt(0) - 0xfee0)))
}

/** "23,041.25" → "23041.25"; "-5" stays; leading zeros dropped ("007" → "7"). */
export function plainNumber(written: string): string {
  const s = asciiDigits(written).replace(/[,\s]/g, '')
  const neg = s.startsWith('-')
  const [i = '0', f] = (neg ? s.slice(1) : s).split('.')
  const int = i.replace(/^0+(?=\d)/, '')
  return (neg ? '-' : '') + int + (f !== undefined ? '.' + f : '')
}

/** Decimal places of a plain number ("18.05" → 2, "100" → 0). */
export function decimalsOf(plain: string): number {
  const dot = plain.indexOf('.')
  return dot < 0 ? 0 : plain.length - dot - 1
}

/**
 * A plain decimal scaled to an integer of `places` decimals, rounding half away from zero:
 * toScaled("4158.615", 2) = 415862n.
 */
export function toScaled(plain: string, places: number): bigint {
  const neg = plain.startsWith('-')
  const [i = '0', f = ''] = (neg ? plain.slice(1) : plain).split('.')
  const digits = BigInt(i + f.slice(0, places).padEnd(places, '0'))
  const rest = f.slice(places)
  const up = rest.length > 0 && rest[0]! >= '5' ? 1n : 0n
  const v = digits + up
  return neg ? -v : v
}

/** An integer of `places` decimals written out: (415862n, 2) → "4158.62"; grouped with commas when asked. */
export function fromScaled(v: bigint, places: number, grouped = false): string {
  const neg = v < 0n
  const s = (neg ? -v : v).toString().padStart(places + 1, '0')
  let int = places ? s.slice(0, -places) : s
  if (grouped) int = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',')
  return (neg ? '-' : '') + int + (places ? '.' + s.slice(-places) : '')
}

/** num/den × 100 rounded half away from zero to `places` decimals, as a scaled integer. */
export function percentScaled(num: bigint, den: bigint, places: number): bigint {
  const scale = 10n ** BigInt(places)
  const n = num * 100n * scale
  const neg = (n < 0n) !== (den < 0n)
  const a = n < 0n ? -n : n
  const d = den < 0n ? -den : den
  const q = (2n * a + d) / (2n * d)
  return neg ? -q : q
}

const CN_DIGIT: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 }

/** "一" → 1, "十二" → 12, "二十" → 20, "一百零五" → 105; null when not a numeral below 10,000. */
export function chineseNumber(text: string): number | null {
  if (!text) return null
  let total = 0
  let digit = -1
  const UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 }
  for (const c of text) {
    if (c in CN_DIGIT) digit = CN_DIGIT[c]!
    else if (c in UNITS) {
      total += (digit < 0 ? 1 : digit) * UNITS[c]!
      digit = -1
    } else return null
  }
  return total + (digit > 0 ? digit : 0)
}
