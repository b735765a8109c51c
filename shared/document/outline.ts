// The order of the published document, as the seeds have it: cover, 目录, 第一部分 概况,
// 第二部分 the 13 tables (after the 舍位平衡 注 of a 元 book), 第三部分 情况说明 (with its
// charts), 第四部分 名词解释. Every heading the 目录 lists gets an id, which the writers use as
// bookmark / anchor.
import type { Disclosure, Section } from '../explanation/types'
import type { RoundingReport } from '../rounding'
import type { DisclosureDocument, DocBlock, DocPart, DocTable, TocEntry } from './types'

const NUMERALS = ['一', '二', '三', '四']

/** '一、本单位职责' — the heading a section prints (an unnumbered one prints its title). */
export function sectionHeading(section: Section): string {
  return section.number ? `${section.number}、${section.title}` : section.title
}

/** "表一 2026年预算收支总表": a table's heading (an ideographic space between number and title). */
export function tableHeading(table: Pick<DocTable, 'short' | 'title'>): string {
  return `${table.short}\u3000${table.title}`
}

/** "目录" as the heading of the 目录 prints. */
export const TOC_TITLE = '目\u3000录'

export function scopeWord(scope: 'dept' | 'unit'): '部门' | '单位' {
  return scope === 'unit' ? '单位' : '部门'
}

/**
 * The 注 on the tables of a book printed with 舍位平衡 (kept in 元, or finer than 0.01 万元): the
 * first paragraph of the workbook's 舍位平衡说明 sheet, word for word. Null when none was needed.
 */
export function balancingNote(balancing: RoundingReport | null): string | null {
  return balancing ? `注：${balancing.summary}` : null
}

/**
 * The block of `part` that shares the part title's page: its first table (a 注 may come before
 * it); later tables each start a page. -1 for a part without tables.
 */
export function firstTableIndex(part: DocPart): number {
  return part.blocks.findIndex((b) => b.kind === 'table')
}

export function documentOutline(disclosure: Disclosure, tables: readonly DocTable[], balancing: RoundingReport | null = null): DisclosureDocument {
  const { cover } = disclosure
  const word = scopeWord(cover.scope)
  const toc: TocEntry[] = []
  const parts: DocPart[] = []

  const part = (title: string, fill: (blocks: DocBlock[], add: (text: string) => string) => void): void => {
    const id = `part${parts.length + 1}`
    const full = `第${NUMERALS[parts.length]}部分 ${title}`
    toc.push({ id, level: 1, text: full })
    const blocks: DocBlock[] = []
    let n = 0
    fill(blocks, (text) => {
      const entry = `${id}-${++n}`
      toc.push({ id: entry, level: 2, text })
      return entry
    })
    parts.push({ id, title: full, blocks })
  }

  const sections = (blocks: DocBlock[], add: (text: string) => string, list: readonly Section[]): void => {
    for (const section of list) {
      const text = sectionHeading(section)
      blocks.push({ kind: 'heading', level: 2, text, id: add(text) })
      blocks.push({ kind: 'section', section })
      if (section.chart) blocks.push({ kind: 'chart', chart: section.chart })
    }
  }

  part('概况', (blocks, add) => sections(blocks, add, disclosure.overview))
  part(`${cover.year}年${word}预算报表`, (blocks, add) => {
    // Before the tables, where a reader learns how to read their figures.
    const note = balancingNote(balancing)
    if (note) blocks.push({ kind: 'note', text: note })
    for (const table of tables) blocks.push({ kind: 'table', table, id: add(tableHeading(table)) })
  })
  part(`${cover.year}年度${word}预算情况说明`, (blocks, add) => sections(blocks, add, disclosure.explanation))
  part('名词解释', (blocks) => {
    blocks.push({ kind: 'section', section: disclosure.glossary })
  })

  const heading = cover.title || `${cover.year}年度${word}预算公开`
  return { cover: { ...cover, heading }, toc, parts }
}
