// The clerk's own text of the disclosure, edited in the 公开文本 pane: a reason (主要原因), 职责,
// 机构设置, 其他说明, a 名词解释 entry. A field is named by its path in the book, as the generated
// text's field runs name it ('disclosure.reasons.total', 'disclosure.glossary.3' …). Numbers
// typed for the text (政府采购, 资产, 上年数) are not text fields.
import type { BudgetBook } from '../model/book'
import { REASON_IDS, STANDARD_GLOSSARY, type DisclosureFields, type GlossaryEntry, type ReasonId } from '../model/disclosure'
import { done, refuse, type EditResult } from './result'

const PLAIN = ['duties', 'organization', 'purchaseCatalog', 'otherNotes'] as const
type Plain = (typeof PLAIN)[number]

type TextField = { kind: 'plain'; key: Plain } | { kind: 'reason'; id: ReasonId } | { kind: 'glossary'; index: number }

function parse(field: string): TextField | null {
  const [root, key, sub] = field.split('.')
  if (root !== 'disclosure' || key === undefined) return null
  if ((PLAIN as readonly string[]).includes(key) && sub === undefined) return { kind: 'plain', key: key as Plain }
  if (key === 'reasons' && sub !== undefined && (REASON_IDS as readonly string[]).includes(sub)) return { kind: 'reason', id: sub as ReasonId }
  if (key === 'glossary' && sub !== undefined && /^\d+$/.test(sub)) return { kind: 'glossary', index: Number(sub) }
  return null
}

export function isDisclosureText(field: string): boolean {
  return parse(field) !== null
}

const glossaryOf = (book: BudgetBook): readonly GlossaryEntry[] => book.disclosure?.glossary ?? STANDARD_GLOSSARY

/** The whole stored text of a field (all its paragraphs); '' when empty; undefined: not a text field. */
export function readDisclosureText(book: BudgetBook, field: string): string | undefined {
  const f = parse(field)
  if (!f) return undefined
  const d = book.disclosure
  if (f.kind === 'plain') return d?.[f.key] ?? ''
  if (f.kind === 'reason') return d?.reasons?.[f.id] ?? ''
  const g = glossaryOf(book)[f.index]
  return g ? `${g.term}：${g.text}` : undefined
}

const MAX_TEXT = 20_000

export function setDisclosureText(book: BudgetBook, field: string, text: string): EditResult {
  const f = parse(field)
  if (!f) return refuse('这一项不是文字，不能在这里修改')
  if (text.length > MAX_TEXT) return refuse(`文字太长（${text.length} 字），最多 ${MAX_TEXT} 字`)
  const value = text.replace(/\r\n?/g, '\n').trim()
  const d: DisclosureFields = { ...book.disclosure }
  if (f.kind === 'plain') {
    if (value === '') delete d[f.key]
    else d[f.key] = value
  } else if (f.kind === 'reason') {
    const reasons = { ...d.reasons }
    if (value === '') delete reasons[f.id]
    else reasons[f.id] = value
    d.reasons = reasons
  } else {
    const glossary = [...glossaryOf(book)]
    if (!glossary[f.index]) return refuse('没有这一条名词解释')
    const cut = value.search(/[：:]/)
    if (cut <= 0) return refuse('名词解释应写成“名词：解释”')
    glossary[f.index] = { term: value.slice(0, cut).trim(), text: value.slice(cut + 1).trim() }
    d.glossary = glossary
  }
  return done({ ...book, disclosure: d })
}
