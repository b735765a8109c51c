// The 30 function classes that 表一 and 表四 always print, and matching a printed class row to
// one of them. Printed names drift (表四 of seed 004 writes 资源勘探工业信息支出 for
// 资源勘探工业信息等支出), so a row is matched by its code, its exact name, its ordinal backed
// by a similar name, or failing that by the most similar name.
import { chineseNumeral, splitOrdinal, textKey } from './text'

export interface FunctionClass { seq: string; code: string; name: string }

export const FUNCTION_CLASSES: readonly FunctionClass[] = [
  ['一', '201', '一般公共服务支出'], ['二', '202', '外交支出'], ['三', '203', '国防支出'], ['四', '204', '公共安全支出'],
  ['五', '205', '教育支出'], ['六', '206', '科学技术支出'], ['七', '207', '文化旅游体育与传媒支出'],
  ['八', '208', '社会保障和就业支出'], ['九', '209', '社会保险基金支出'], ['十', '210', '卫生健康支出'],
  ['十一', '211', '节能环保支出'], ['十二', '212', '城乡社区支出'], ['十三', '213', '农林水支出'], ['十四', '214', '交通运输支出'],
  ['十五', '215', '资源勘探工业信息等支出'], ['十六', '216', '商业服务业等支出'], ['十七', '217', '金融支出'],
  ['十八', '219', '援助其他地区支出'], ['十九', '220', '自然资源海洋气象等支出'], ['二十', '221', '住房保障支出'],
  ['二十一', '222', '粮油物资储备支出'], ['二十二', '223', '国有资本经营预算支出'], ['二十三', '224', '灾害防治及应急管理支出'],
  ['二十四', '227', '预备费'], ['二十五', '229', '其他支出'], ['二十六', '230', '转移性支出'], ['二十七', '231', '债务还本支出'],
  ['二十八', '232', '债务付息支出'], ['二十九', '233', '债务发行费用支出'], ['三十', '234', '抗疫特别国债安排的支出'],
].map(([seq, code, name]) => ({ seq: seq ?? '', code: code ?? '', name: name ?? '' }))

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
