// Numbers and punctuation as the disclosure text prints them. Amounts are whole 0.01 万元
// ("cents", bigint) as the printed tables show them; percents are whole 0.01 % (bigint).
// No binary floating point anywhere.

/** 0.01 万元 → "23,041.25"; zero prints "0" as the published texts write it ("0万元"). */
export function wanText(cents: bigint): string {
  if (cents === 0n) return '0'
  const neg = cents < 0n
  const abs = neg ? -cents : cents
  const int = (abs / 100n).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',')
  return `${neg ? '-' : ''}${int}.${(abs % 100n).toString().padStart(2, '0')}`
}

/** 0.01 万元 → exact decimal string without grouping ("23041.25"). */
export function wanValue(cents: bigint): string {
  const neg = cents < 0n
  const abs = neg ? -cents : cents
  return `${neg ? '-' : ''}${abs / 100n}.${(abs % 100n).toString().padStart(2, '0')}`
}

/** 0.01 % → "51.49"; zero prints "0". */
export function percentText(hundredths: bigint): string {
  return hundredths === 0n ? '0' : wanValue(hundredths)
}

const abs = (x: bigint): bigint => (x < 0n ? -x : x)

/** a / b rounded half away from zero to an integer (b ≠ 0). */
export function divRound(a: bigint, b: bigint): bigint {
  const neg = a < 0n !== b < 0n
  const q = (2n * abs(a) + abs(b)) / (2n * abs(b))
  return neg ? -q : q
}

function floorDiv(a: bigint, b: bigint): bigint {
  const q = a / b
  return (a % b !== 0n && a < 0n !== b < 0n) ? q - 1n : q
}

/** |change| as a percent of |prior|, in 0.01 %; null when there is no base (prior zero). */
export function changePercent(change: bigint, prior: bigint): bigint | null {
  if (prior === 0n) return null
  return divRound(abs(change) * 10_000n, abs(prior))
}

/**
 * Shares of `parts` in `total` (= Σ parts), in 0.01 %, adding to exactly 100.00 %: each share is
 * its exact quota rounded down, and the hundredths left over go to the largest remainders
 * (earlier parts first on a tie). Null when the total is zero (no share can be stated).
 */
export function shares(parts: readonly bigint[], total: bigint): bigint[] | null {
  if (total === 0n) return null
  const scaled = parts.map((p) => p * 10_000n)
  const floors = scaled.map((s) => floorDiv(s, total))
  // remainder_i = scaled_i − floor_i·total, compared as fractions of |total| (same denominator).
  const rems = scaled.map((s, i) => abs(s - floors[i]! * total))
  let left = 10_000n - floors.reduce((a, b) => a + b, 0n)
  const order = parts.map((_, i) => i).sort((i, j) => (rems[j]! > rems[i]! ? 1 : rems[j]! < rems[i]! ? -1 : i - j))
  for (const i of order) {
    if (left <= 0n) break
    if (rems[i] === 0n) continue
    floors[i]! += 1n
    left -= 1n
  }
  return floors
}

/** Trailing punctuation a typed phrase must lose before the template continues the sentence. */
const TRAILING = /[\s。．.；;，,、：:！!？?]+$/u
const LEADING = /^[\s。．.；;，,、：:]+/u

/**
 * A clerk-typed phrase to be embedded in a template sentence: whitespace folded, ASCII comma and
 * semicolon between Chinese made full-width, doubled punctuation folded, and no leading or
 * trailing punctuation (the template adds its own), so "报废4辆。" never prints "。。" or "。；".
 */
export function cleanPhrase(text: string): string {
  return tidyPunctuation(text.replace(/\s+/g, ' ').trim()).replace(TRAILING, '').replace(LEADING, '')
}

/** A reason as typed, without a leading "主要原因是"/"原因是" that the template already says. */
export function cleanReason(text: string): string {
  return cleanPhrase(cleanPhrase(text).replace(/^(主要)?原因(是|为|：|:)?/u, ''))
}

/** Punctuation inside a typed text: ASCII ,; next to Chinese → full width; runs like "。。" "。；" "。," → the first mark. */
export function tidyPunctuation(text: string): string {
  return text
    .replace(/(?<=[\u3400-\u9fff）”])\s*,\s*|\s*,\s*(?=[\u3400-\u9fff（“])/gu, '，')
    .replace(/(?<=[\u3400-\u9fff）”])\s*;\s*|\s*;\s*(?=[\u3400-\u9fff（“])/gu, '；')
    .replace(/([。；，、：！？])[。；，、,;.：！？]+/gu, '$1')
}

/** A typed paragraph text (概况, 其他说明): tidied, ending with one full stop unless it ends in a closing mark. */
export function cleanParagraph(text: string): string {
  const t = tidyPunctuation(text.replace(/[ \t\u3000]+/g, ' ').trim())
  return t
}
