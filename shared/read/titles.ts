// Recognising the fixed lines of a published table: its title, the label above it
// ('预算公开表3', '部门公开表9'), '续表', the 部门名称/单位名称 line, '单位：万元' and notes.
import type { TableId } from '../tables/ids'
import type { TableSet } from '../tables/table-set'
import { textKey } from './text'

export interface TitleMatch {
  id: TableId
  /** The budget year printed in the title, null when the title prints none. */
  year: number | null
  continued: boolean
}

const CONTINUED_TAIL = /\((续表?|接上页)\)$|续表$/
const EXCLUDING_CARRY_TAIL = /\(不含上年结转\)$/

/** A title's text key with the year, any prefix before it (a department name) and the tails cut off. */
function titleKey(text: string): { key: string; year: number | null; continued: boolean } | null {
  let key = textKey(text)
  if (key.length < 5 || key.length > 80) return null
  const continued = CONTINUED_TAIL.test(key)
  key = key.replace(CONTINUED_TAIL, '').replace(EXCLUDING_CARRY_TAIL, '')
  let year: number | null = null
  const withYear = /^(.{0,40}?)(\d{4})年度?(.+)$/.exec(key)
  if (withYear) {
    year = Number(withYear[2])
    if (year < 1990 || year > 2200) return null
    key = withYear[3] ?? ''
  }
  return { key, year, continued }
}

// Each set's title matchers, built once: per published table, its own title's key and the titles its spec declares.
const MATCHERS = new WeakMap<TableSet, ReadonlyArray<readonly [TableId, (key: string) => boolean]>>()

function matchersOf(set: TableSet): ReadonlyArray<readonly [TableId, (key: string) => boolean]> {
  let out = MATCHERS.get(set)
  if (!out) {
    out = set.published.map((def) => {
      const own = titleKey(def.title(2000))?.key
      const titles = def.read?.titles ?? []
      return [def.id, (key: string) => key === own || titles.some((t) => t.test(key))] as const
    })
    MATCHERS.set(set, out)
  }
  return out
}

/**
 * Recognise a title of one of the set's tables in one cell's text: the table's own title or one its
 * spec declares (TableDef.read.titles), in any year; a prefix (a department name) may precede the year.
 */
export function matchTitle(text: string, set: TableSet): TitleMatch | null {
  const t = titleKey(text)
  if (!t) return null
  for (const [id, matches] of matchersOf(set)) {
    if (matches(t.key)) return { id, year: t.year, continued: t.continued }
  }
  return null
}

/** '预算公开表1', '部门公开表9', '附表3', '表十二': a label line above a title. */
export function isLabelText(text: string): boolean {
  const key = textKey(text)
  return /^((部门|单位)?(预算)?公开)?(附)?表[0-9一二三四五六七八九十]+$/.test(key) || isContinuationText(text)
}

/** '续表', '(续)', '续表1', '预算公开表2(续表)'. */
export function isContinuationText(text: string): boolean {
  const key = textKey(text)
  return /^\(?续表?[0-9一二三四五六七八九十]*\)?$/.test(key) || /^(.*公开)?表[0-9一二三四五六七八九十]+\(续表?\)$/.test(key)
}

export type NameLabel = '部门名称' | '单位名称'

/** '部门名称：X' (or with ASCII colon, or '单位名称'), possibly followed by '单位：万元' in the same text. */
export function matchNameLine(text: string): { label: NameLabel; name: string } | null {
  const m = /^\s*(部门|单位)\s*名\s*称\s*[:：]\s*(.*)$/s.exec(text)
  if (!m) return null
  const name = (m[2] ?? '').replace(/(金额)?单\s*位\s*[:：]\s*(万元|元)\s*$/, '').trim()
  return { label: m[1] === '部门' ? '部门名称' : '单位名称', name }
}

/** '单位：万元' / '单位:万元' / '金额单位：元'; returns the unit or null. */
export function matchUnitLine(text: string): '万元' | '元' | null {
  const m = /(?:^|\s)(?:金额)?单\s*位\s*[:：]\s*(万\s*元|元)\s*$/.exec(text.normalize('NFKC'))
  if (!m) return null
  return (m[1] ?? '').replace(/\s/g, '') === '元' ? '元' : '万元'
}

/** '注：…' lines under a table. */
export function isNoteText(text: string): boolean {
  return /^注\s*[:：]/.test(text.trim()) || text.includes('本表无数据')
}

export function saysNoData(text: string): boolean {
  return textKey(text).includes('本表无数据')
}

/** Section headings and page furniture that a stacked sheet or a PDF conversion may carry between tables. */
export function isFurnitureText(text: string): boolean {
  const key = textKey(text)
  return /^第[一二三四五六七八九十]+部分/.test(key) || /^第\d+页(\/?共\d+页)?$/.test(key) || /^共\d+页/.test(key)
}
