// Matching a printed class row to one of the 30 function classes (shared/catalog/classes.ts)
// that 表一 and 表四 always print. Printed names drift (表四 of seed 004 writes 资源勘探工业信息支出
// for 资源勘探工业信息等支出), so a row is matched by its code, its exact name, its ordinal backed
// by a similar name, or failing that by the most similar name.
import { FUNCTION_CLASSES } from '../catalog/classes'
import { chineseNumeral, splitOrdinal, textKey } from './text'

export interface PrintedClass {
  /** Index into FUNCTION_CLASSES, or null when the row matches none. */
  index: number | null
  seq: string
  name: string
}

/** Dice similarity of character bigrams: 1 for equal strings, ~0.9 for one dropped character. */
export function similarity(a: string, b: string): number {
  if (a === b) return 1
  if (a.length < 2 || b.length < 2) return 0
  const grams = new Map<string, number>()
  for (let i = 0; i < a.length - 1; i++) {
    const g = a.slice(i, i + 2)
    grams.set(g, (grams.get(g) ?? 0) + 1)
  }
  let shared = 0
  for (let i = 0; i < b.length - 1; i++) {
    const g = b.slice(i, i + 2)
    const n = grams.get(g) ?? 0
    if (n > 0) {
      shared++
      grams.set(g, n - 1)
    }
  }
  return (2 * shared) / (a.length + b.length - 2)
}

/**
 * Match the printed label of an expenditure row ('十五、资源勘探工业信息支出', '215 教育支出', …).
 * `position` is the row's 0-based place among the class rows, the last resort.
 */
export function matchClass(label: string, position: number): PrintedClass {
  const { seq, rest } = splitOrdinal(label.trim())
  let name = rest.trim()
  let code = ''
  const coded = /^(\d{3})\s*(.*)$/.exec(name) ?? /^(.*?)\s*[(（](\d{3})[)）]$/.exec(name)
  if (coded) {
    const [, a = '', b = ''] = coded
    ;[code, name] = /^\d{3}$/.test(a) ? [a, b.trim()] : [b, a.trim()]
  }
  const key = textKey(name)
  const byCode = FUNCTION_CLASSES.findIndex((c) => c.code === code)
  if (code !== '' && byCode >= 0) return { index: byCode, seq, name }
  const exact = FUNCTION_CLASSES.findIndex((c) => c.name === key)
  if (exact >= 0) return { index: exact, seq, name }
  const ordinal = chineseNumeral(seq)
  const atOrdinal = ordinal !== null ? FUNCTION_CLASSES[ordinal - 1] : undefined
  if (ordinal !== null && atOrdinal && similarity(key, atOrdinal.name) >= 0.5) return { index: ordinal - 1, seq, name }
  let best = -1
  let bestScore = 0
  FUNCTION_CLASSES.forEach((c, i) => {
    const score = similarity(key, c.name)
    if (score > bestScore) {
      best = i
      bestScore = score
    }
  })
  if (best >= 0 && bestScore >= 0.6) return { index: best, seq, name }
  if (atOrdinal && ordinal !== null) return { index: ordinal - 1, seq, name }
  const atPosition = FUNCTION_CLASSES[position]
  if (atPosition && similarity(key, atPosition.name) >= 0.3) return { index: position, seq, name }
  return { index: null, seq, name }
}
