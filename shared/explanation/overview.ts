// 第一部分 概况 and 第四部分 名词解释: the clerk's own texts, carried from year to year.
import { STANDARD_GLOSSARY } from '../model/disclosure'
import { chineseOrdinal } from '../catalog/classes'
import type { Paragraph, Section } from './types'
import type { Context } from './compose'
import { cleanParagraph } from './format'

/** A typed text as paragraphs (one per non-empty line), each a field run of `field`. */
function typedParagraphs(ctx: Context, section: string, field: string, text: string | undefined, message: string): Paragraph[] {
  const lines = (text ?? '').split(/\r?\n/).map(cleanParagraph).filter((l) => l !== '')
  if (!lines.length) {
    ctx.need(field, section, message)
    return [{ runs: [{ kind: 'field', field, text: '（请填写）', missing: true }] }]
  }
  return lines.map((line) => ({ runs: [{ kind: 'field', field, text: line, missing: false }] }))
}

export function overviewSections(ctx: Context): Section[] {
  const d = ctx.book.disclosure
  return [
    { id: 'duties', number: '一', title: `本${ctx.scopeWord}职责`, paragraphs: typedParagraphs(ctx, 'duties', 'disclosure.duties', d?.duties, `请填写本${ctx.scopeWord}职责`) },
    {
      id: 'organization',
      number: '二',
      title: '机构设置情况',
      paragraphs: typedParagraphs(ctx, 'organization', 'disclosure.organization', d?.organization, '请填写机构设置情况'),
    },
  ]
}

export function glossarySection(ctx: Context): Section {
  const entries = ctx.book.disclosure?.glossary ?? STANDARD_GLOSSARY
  const paragraphs: Paragraph[] = entries.map((g, i) => ({
    runs: [
      { kind: 'text', text: `${chineseOrdinal(i + 1)}、` },
      { kind: 'field', field: `disclosure.glossary.${i}`, text: `${cleanParagraph(g.term)}：${cleanParagraph(g.text)}`, missing: false },
    ],
  }))
  return { id: 'glossary', number: '', title: '名词解释', paragraphs }
}
