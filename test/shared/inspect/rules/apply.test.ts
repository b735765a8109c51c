// The publication rules on seed 000's book and text, and on changed copies of them: each rule
// fires on the fault it names and stays silent on the published originals where they comply.
import { beforeAll, describe, expect, it } from 'vitest'
import type { OpenedBook } from '../../../../shared/ipc-contract'
import type { BudgetBook } from '../../../../shared/model/book'
import { printedFigures } from '../../../../shared/inspect/printed-figures'
import { inspectAll, inspectBook, inspectText } from '../../../../shared/inspect/rules/apply'
import { PUBLICATION_RULES } from '../../../../shared/inspect/rules/catalog'
import { checkText, printedInFile } from '../../../../shared/inspect/text/check-text'
import { openSeed, seedText } from '../support'

let opened: OpenedBook
const clone = (b: BudgetBook): BudgetBook => structuredClone(b)
const rulesOf = (fs: { rule: string }[]): string[] => [...new Set(fs.map((f) => f.rule))].sort()

beforeAll(async () => {
  opened = await openSeed('000')
})

function textRules(book: BudgetBook, text: string) {
  const pf = printedFigures(book)
  return inspectText(text, checkText(text, pf), pf)
}

describe('the rule catalog', () => {
  it('gives every rule an id, severity, Chinese title, what it checks and its source', () => {
    expect(PUBLICATION_RULES.map((r) => r.id)).toEqual(['P01', 'P02', 'P03', 'P04', 'P05', 'P06', 'P07', 'P08', 'P09', 'P10', 'P11', 'P12', 'P13', 'P14', 'P15'])
    for (const r of PUBLICATION_RULES) {
      expect(r.title).toMatch(/[\u4e00-\u9fff]/)
      expect(r.checks).toMatch(/[\u4e00-\u9fff]/)
      expect(r.source).toMatch(/地方预决算公开/)
    }
  })
})

describe('book rules', () => {
  it('the published seed passes the book rules', () => {
    expect(inspectBook(opened.book, printedFigures(opened.book), opened.report)).toEqual([])
  })

  it('flags placeholders, 类-only 表六 rows, outdated names, non-项 codes and a missing table', () => {
    const book = clone(opened.book)
    book.projects[0]!.name = 'XX项目'
    book.econ[0]!.deptName = '工资福利支出'
    book.subjects[0]!.name = '文化体育与传媒支出'
    book.subjects.push({ code: '20801', name: '人力资源和社会保障管理事务', basic: {}, project: {}, carry: {} })
    const report = { source: 'x.xlsx', differences: [], notes: [{ table: 't8' as const, severity: 'warning' as const, message: '工作簿中没有找到表八，按空表读取' }] }
    const found = inspectBook(book, printedFigures(book), report)
    expect(rulesOf(found)).toEqual(['P01', 'P03', 'P04', 'P11', 'P14'])
    const p11 = found.find((f) => f.rule === 'P11')!
    expect(p11.cells[0]).toMatchObject({ table: 't12', row: `p:${book.projects[0]!.id}` })
  })

  it('does not hold a table last year\'s file lacked against the book 结转 made of it (P01)', () => {
    const notes = [{ table: 't8' as const, severity: 'warning' as const, message: '工作簿中没有找到表八，按空表读取' }]
    const rolled = { source: '2025.xlsx', differences: [], notes, rolledForward: { fromYear: 2025, toYear: 2026 } }
    expect(rulesOf(inspectBook(opened.book, printedFigures(opened.book), rolled))).toEqual([])
    expect(rulesOf(inspectBook(opened.book, printedFigures(opened.book), { ...rolled, rolledForward: undefined }))).toEqual(['P01'])
  })

  it('warns when 行政 units have no 机关运行经费 and no 公用经费, unless the text says there is none', () => {
    const book = clone(opened.book)
    book.runningCosts = []
    // 表六 keeps only 人员经费 classes (301 工资福利, 303 对个人和家庭的补助): 公用经费 0.
    book.econ = book.econ.filter((e) => e.deptClass === '301' || e.deptClass === '303')
    const pf = printedFigures(book)
    expect(pf.cents('t6', 'total', 'public') ?? 0n).toBe(0n)
    expect(inspectBook(book, pf).map((f) => f.message)).toEqual(['有1个行政或参公单位，机关运行经费却为零，请核实或在说明中解释'])
    const text = '八、机关运行经费增减变动原因说明\n本单位无机关运行经费。'
    expect(inspectAll(book, pf, null, { text, checked: checkText(text, pf) }).filter((f) => f.rule === 'P06')).toEqual([])
  })

  it('asks about a 行政 unit with 公用经费 and 表十一 empty, even when the text says there is none (clerk8 #3)', () => {
    const book = clone(opened.book)
    book.runningCosts = []
    const pf = printedFigures(book)
    // Seed 000's 表六 公用经费 as printed: 232.21 万元.
    expect(pf.cents('t6', 'total', 'public')).toBe(23221n)
    const expected = [{
      rule: 'P06',
      severity: 'warning',
      message: '行政单位有公用经费 232.21 万元，表十一机关运行经费为空，请核对',
      cells: [{ table: 't11', row: 'total', col: 'total' }, { table: 't6', row: 'total', col: 'public' }],
    }]
    expect(inspectBook(book, pf)).toEqual(expected)
    const text = '八、机关运行经费增减变动原因说明\n本单位无机关运行经费。'
    expect(inspectAll(book, pf, null, { text, checked: checkText(text, pf) }).filter((f) => f.rule === 'P06')).toEqual(expected)
    // A 事业 unit's 公用经费 is no 机关运行经费: nothing to ask.
    book.units = book.units.map((u) => ({ ...u, type: '事业' as const }))
    expect(inspectBook(book, printedFigures(book)).filter((f) => f.rule === 'P06')).toEqual([])
  })
})

describe('text rules', () => {
  it('the seed text: only the figures copied from 尾差 totals (P15)', () => {
    const found = textRules(opened.book, seedText('000'))
    expect(rulesOf(found)).toEqual(['P15'])
    expect(found.filter((f) => f.rule === 'P15')).toHaveLength(17)
  })

  it('a P15 figure the published workbook printed as the text states says so, with the figure recomputed from its detail', () => {
    const pf = printedFigures(opened.book)
    const text = seedText('000')
    const found = inspectText(text, checkText(text, pf, printedInFile(opened.report)), pf).filter((f) => f.rule === 'P15')
    const total = found.find((f) => f.message.includes('表一 收入总计'))
    expect(total?.message).toMatch(/“23,041\.25万元”与表一 收入总计（23,041\.26）不一致；原表印刷为 23,041\.25，与文中相同，但按明细相加为 23,041\.26：原表有尾差$/)
  })

  it('a change of the totals, 三公 or 机关运行经费 stated without its reason is P13', () => {
    const text = '八、机关运行经费增减变动原因说明\n本单位机关运行经费财政拨款预算232.21万元，比2025年预算增加3.19万元，增长1.39%。'
    const found = textRules(opened.book, text).filter((f) => f.rule === 'P13')
    expect(found.map((f) => f.message)).toEqual(['第2行“比2025年预算增加3.19万元”没有说明增减原因'])
    expect(textRules(opened.book, text.replace('。', '，原因是人员增加。')).filter((f) => f.rule === 'P13')).toEqual([])
  })

  it('flags missing sections, placeholders, outdated names and unexplained empty tables', () => {
    const found = textRules(opened.book, '一、收支总体情况\n本单位文化体育与传媒支出0万元，由×××填写。')
    expect(rulesOf(found)).toEqual(['P02', 'P05', 'P06', 'P07', 'P08', 'P09', 'P11', 'P14'])
    expect(found.find((f) => f.rule === 'P11')!.text).toMatchObject({ line: 2 })
    expect(found.find((f) => f.rule === 'P02')!.message).toMatch(/表九/)
  })

  it('checks changes against 上年数 when the book has them; no rate from a zero base', () => {
    const book = clone(opened.book)
    book.prior = { year: 2025, figures: { threePublic: '53.2', runningCosts: '229.02' } }
    const pf = printedFigures(book)
    const text = seedText('000')
    const checked = checkText(text, pf)
    const at = (t: string, line: number) => checked.findings.find((f) => f.text === t && f.line === line)!
    expect(at('5.20万元', 49)).toMatchObject({ kind: 'matched', expected: '减少5.20万元' })
    expect(at('3.19万元', 59)).toMatchObject({ kind: 'matched' })
    expect(at('1.39%', 59)).toMatchObject({ kind: 'matched', expected: '增长1.39%' })
    book.prior.figures.runningCosts = '0'
    const zero = printedFigures(book)
    const again = checkText(text, zero)
    expect(again.findings.find((f) => f.text === '1.39%')).toMatchObject({ kind: 'unplaced', reason: '上年数为零，不应写增减百分比' })
    expect(again.findings.find((f) => f.text === '3.19万元')).toMatchObject({ kind: 'differs', expected: '增加232.21万元' })
    expect(rulesOf(inspectText(text, again, zero))).toContain('P12')
  })
})
