// Text as printed vs text as compared. Output keeps what the file prints (trimmed, line breaks
// removed); comparisons use a key that ignores spacing, width (full/half) and quote styles,
// because PDF conversions and different tools differ exactly there.
import type { GridCell } from '../workbook/grid'
import { foldRadicals } from './radicals'

/** The cell as printed text: trimmed, with wrapped-line breaks removed (Chinese needs no space there). */
export function cellText(value: GridCell | undefined): string {
  if (value === null || value === undefined) return ''
  const s = typeof value === 'number' ? String(value) : value
  return s.replace(/\s*[\r\n]+\s*/g, '').replace(/^[\s\u200b]+|[\s\u200b]+$/g, '')
}

/** Comparison key: NFKC (full-width → ASCII), radicals read as their ideographs, no whitespace, no quotes. */
export function textKey(value: GridCell | undefined): string {
  return foldRadicals(cellText(value))
    .normalize('NFKC')
    .replace(/[\s\u200b]+/g, '')
    .replace(/["'“”‘’「」『』]/g, '')
}

/** Non-empty texts of a row (numbers included as text), in column order. */
export function rowTexts(cells: readonly GridCell[]): string[] {
  const out: string[] = []
  for (const c of cells) {
    const t = cellText(c)
    if (t !== '') out.push(t)
  }
  return out
}

export function isBlankRow(cells: readonly GridCell[]): boolean {
  return cells.every((c) => cellText(c) === '')
}

const CN_DIGITS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 }

/** '一' → 1, '十五' → 15, '二十' → 20, '三十' → 30; null when not a simple Chinese numeral below 100. */
export function chineseNumeral(s: string): number | null {
  const m = /^([一二三四五六七八九])?(十)?([一二三四五六七八九])?$/.exec(s)
  if (!m || s === '') return null
  const [, tens, ten, ones] = m
  if (!ten) return tens && !ones ? (CN_DIGITS[tens] ?? null) : null
  return (tens ? (CN_DIGITS[tens] ?? 0) : 1) * 10 + (ones ? (CN_DIGITS[ones] ?? 0) : 0)
}

/** Split a leading ordinal: '十五、资源勘探工业信息等支出' → { seq: '十五', rest: '资源勘探…' }. */
export function splitOrdinal(text: string): { seq: string; rest: string } {
  const m = /^([一二三四五六七八九十]+)\s*[、.．,，]\s*(.*)$/.exec(text)
  return m ? { seq: m[1] ?? '', rest: m[2] ?? '' } : { seq: '', rest: text }
}
