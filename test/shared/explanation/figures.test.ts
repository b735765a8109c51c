// The text reads its figures where it needs them (figures.ts) rather than from the printed model
// of the whole book; it must say exactly what it said when read from the printed model: the three
// fixture workbooks and a large department (every project under 绩效目标管理, so 表十二/表十三
// rows are looked up), each in 万元 and in 元 with 分 left over (舍位平衡).
import { describe, expect, it } from 'vitest'
import { buildDisclosure, type Disclosure } from '../../../shared/explanation'
import { Derivation } from '../../../shared/engine/derivation'
import type { BudgetBook } from '../../../shared/model/book'
import { convertUnit } from '../../../shared/model/convert-unit'
import { fenToString, toFen } from '../../../shared/model/money'
import { printBook } from '../../../shared/printed'
import { needsBalancing } from '../../../shared/rounding'
import { STANDARD_TABLES } from '../../../shared/tables'
import { syntheticDepartment } from '../../../bench/synthetic'
import { readSeedWorkbook } from '../../support/seed-workbooks'

/** The book in 元 with up to 0.99 元 added to its subjects' 基本支出 (一般公共预算), so it needs balancing. */
function inYuanWithFen(book: BudgetBook): BudgetBook {
  const yuan = convertUnit(book, '元')
  const add = (text: string | undefined, fen: bigint): string | undefined => (text ? fenToString(toFen(text, '元') + fen, '元') : text)
  return { ...yuan, subjects: yuan.subjects.map((s, i) => ({ ...s, basic: { ...s.basic, gp: add(s.basic.gp, BigInt((i * 37) % 100)) } })) }
}

function largeDepartment(): BudgetBook {
  const base = syntheticDepartment()
  return { ...base, projects: base.projects.map((p, i) => ({ ...p, perf: { category: i % 3 ? ('特定目标类' as const) : ('其他运转类' as const), published: i % 2 === 0 } })) }
}

/** As the text was built before: from the printed model of the whole book, derived with every check. */
const fromPrintedModel = (book: BudgetBook): Disclosure => buildDisclosure(book, printBook(book, STANDARD_TABLES, { derivation: new Derivation(book) }))

function expectSameText(book: BudgetBook): void {
  const reference = fromPrintedModel(book)
  expect(buildDisclosure(book)).toEqual(reference)
  // The app's own derivation (with its checks), as the text pane passes it.
  expect(buildDisclosure(book, new Derivation(book))).toEqual(reference)
}

describe('the disclosure read from a derivation', () => {
  it.each(['000', '002', '004'])('says what the printed model says for fixture %s, in 万元 and in 元', async (seed) => {
    const { book } = await readSeedWorkbook(`${seed}.xlsx`)
    expect(needsBalancing(book)).toBe(false)
    expectSameText(book)
    const yuan = inYuanWithFen(book)
    expect(needsBalancing(yuan)).toBe(true)
    expectSameText(yuan)
  })

  it('says what the printed model says for a department of 5,000 projects, in 万元', () => {
    const book = largeDepartment()
    const d = buildDisclosure(book)
    // The 绩效 section sums the projects' printed 合计 of both 表十二 and 表十三.
    const perf = d.explanation.find((s) => s.number === '十')!
    expect(perf.paragraphs.flatMap((p) => p.runs).some((r) => r.kind === 'figure' && r.from?.some((f) => f.table === 't13'))).toBe(true)
    expect(d).toEqual(fromPrintedModel(book))
    expect(buildDisclosure(book, new Derivation(book))).toEqual(d)
  })

  it('says what the printed model says for a department of 5,000 projects, in 元 (balanced)', () => {
    const book = inYuanWithFen(largeDepartment())
    expect(needsBalancing(book)).toBe(true)
    expect(buildDisclosure(book)).toEqual(fromPrintedModel(book))
  }, 120_000)
})
