// The document's order and 目录, and the hover label of a figure, from a real book.
import { describe, expect, it } from 'vitest'
import { readSeedWorkbook } from '../../support/seed-workbooks'
import { buildDisclosure } from '../../../shared/explanation'
import { documentOutline, tableHeading } from '../../../shared/document/outline'
import { figureLabel } from '../../../shared/document/figure-label'
import { printedFigures } from '../../../electron/document/printed-tables'
import { Derivation } from '../../../shared/engine/derivation'

describe('documentOutline', async () => {
  const book = (await readSeedWorkbook('000.xlsx')).book
  const disclosure = buildDisclosure(book)
  const { tables } = printedFigures(book)
  const doc = documentOutline(disclosure, tables)

  it('orders the four parts as published, the tables in the second', () => {
    expect(doc.parts.map((p) => p.title)).toEqual(['第一部分 概况', '第二部分 2026年单位预算报表', '第三部分 2026年度单位预算情况说明', '第四部分 名词解释'])
    expect(doc.parts[1]!.blocks.map((b) => (b.kind === 'table' ? b.table.short : b.kind))).toEqual(tables.map((t) => t.short))
    expect(doc.cover).toMatchObject({ department: '孝义市城市管理局', heading: '2026年度单位预算公开' })
  })

  it('lists every part, section and table in the 目录, each with its own id', () => {
    expect(doc.toc.filter((e) => e.level === 1)).toHaveLength(4)
    expect(doc.toc.map((e) => e.text)).toContain(tableHeading(tables[4]!))
    expect(doc.toc.map((e) => e.text)).toContain('七、“三公”经费增减变动原因说明')
    expect(new Set(doc.toc.map((e) => e.id)).size).toBe(doc.toc.length)
  })

  it('puts the charts after their sections', () => {
    const blocks = doc.parts[2]!.blocks
    const charts = blocks.flatMap((b, i) => (b.kind === 'chart' ? [{ id: b.chart.id, after: blocks[i - 1] }] : []))
    expect(charts.map((c) => c.id)).toEqual(['general-by-class', 'sangong'])
    for (const c of charts) expect(c.after?.kind).toBe('section')
  })

  it('names a figure by table, row and column header', () => {
    const d = new Derivation(book)
    expect(figureLabel({ table: 't5', row: 'total', col: 'total' }, d.tables, d.layouts, 2026)).toBe('表五 合计 · 合计')
    expect(figureLabel({ table: 't5', row: 'total', col: 'basic', prior: true }, d.tables, d.layouts, 2026)).toBe('表五 合计 · 基本支出（上年数）')
  })
})
