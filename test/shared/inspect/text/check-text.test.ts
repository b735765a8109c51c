// 表文一致 on the three seeds' published 情况说明 against their own tables: the exact figures
// that differ (each verified by hand against the workbook: the published tables print the
// text's figure but their details add up to the other — the texts copied a 尾差), and every
// figure of the text accounted for.
import { beforeAll, describe, expect, it } from 'vitest'
import { printedFigures, type PrintedFigures } from '../../../../shared/inspect/printed-figures'
import { checkText, printedInFile, type TextCheck } from '../../../../shared/inspect/text/check-text'
import { SEEDS, type Seed } from '../../../support/fixtures'
import { openSeed, seedText } from '../support'

const DIFFERS: Record<Seed, [number, string, string, string][]> = {
  '000': [
    [5, '23,041.25万元', '表一 收入总计', '23,041.26'],
    [5, '22,734.25万元', '表一 本年收入合计', '22,734.26'],
    [5, '23,041.25万元', '表一 支出总计', '23,041.26'],
    [5, '22,734.25万元', '表一 本年支出合计 当年预算安排', '22,734.26'],
    [9, '23,041.25万元', '表一 收入总计', '23,041.26'],
    [9, '18,530.54万元', '表二 合计行 一般公共预算', '18,530.55'],
    [15, '23041.25万元', '表三 合计行 合计', '23,041.26'],
    [15, '4158.61万元', '表三 合计行 基本支出', '4,158.62'],
    [19, '23,041.25万元', '表四 收入总计', '23,041.26'],
    [19, '18,800.54万元', '表四 支出总计 一般公共预算', '18,800.55'],
    [21, '22,734.25万元', '表四 本年收入合计', '22,734.26'],
    [21, '175.55万元', '表四 卫生健康支出 小计', '175.56'],
    [28, '18,530.54万元', '表五 合计行 合计', '18,530.55'],
    [32, '18,530.54万元', '表五 合计行 合计', '18,530.55'],
    [32, '175.55万元', '表五 210 卫生健康支出 合计', '175.56'],
    [40, '4,158.61万元', '表六 合计行 合计', '4,158.62'],
    [42, '3,926.40万元', '表六 合计行 人员经费', '3,926.41'],
  ],
  '002': [
    [5, '2,355.13万元', '表一 收入总计', '2,355.12'],
    [5, '2,355.13万元', '表一 本年收入合计', '2,355.12'],
    [5, '2,355.13万元', '表一 支出总计', '2,355.12'],
    [5, '2,355.13万元', '表一 本年支出合计 当年预算安排', '2,355.12'],
    [9, '2,355.13万元', '表一 收入总计', '2,355.12'],
    [9, '2,355.13万元', '表二 合计行 一般公共预算', '2,355.12'],
    [15, '2355.13万元', '表三 合计行 合计', '2,355.12'],
    [15, '1339.21万元', '表三 合计行 基本支出', '1,339.20'],
    [19, '2,355.13万元', '表四 收入总计', '2,355.12'],
    [19, '2,355.13万元', '表四 支出总计 一般公共预算', '2,355.12'],
    [19, '2,355.13万元', '表四 本年收入合计', '2,355.12'],
    [19, '1,948.41万元', '表四 一般公共服务支出 小计', '1,948.40'],
    [26, '2,355.13万元', '表五 合计行 合计', '2,355.12'],
    [30, '2,355.13万元', '表五 合计行 合计', '2,355.12'],
    [30, '1,948.41万元', '表五 201 一般公共服务支出 合计', '1,948.40'],
    [36, '1,339.21万元', '表六 合计行 合计', '1,339.20'],
    [38, '1,268.70万元', '表六 合计行 人员经费', '1,268.69'],
  ],
  '004': [
    [15, '1138.44万元', '表三 合计行 基本支出', '1,138.43'],
    [38, '1,138.44万元', '表六 合计行 合计', '1,138.45'],
    [42, '51.64万元', '表六 合计行 公用经费', '51.65'],
  ],
}

// An independent count of the money and percent figures of the prose (not the attached forms).
function proseFigureCount(text: string): number {
  const lines = text.split('\n')
  let inForm = false
  const prose: string[] = []
  for (const l of lines) {
    if (/^\s*十[一二]、/.test(l)) inForm = false
    else if (/绩效目标(?:申报)?表/.test(l) && !/见附件/.test(l)) inForm = true
    if (!inForm && !l.includes('\t')) prose.push(l)
  }
  // A PDF may wrap between a number and its unit ("18,882.64\n\n万元").
  return (prose.join('\n').match(/\d[\d,]*(?:\.\d+)?\s*(?:万元|%)/g) ?? []).length
}

describe.each(SEEDS)('seed %s: its 情况说明 against its tables', (seed) => {
  let pf: PrintedFigures
  let result: TextCheck
  beforeAll(async () => {
    const opened = await openSeed(seed)
    pf = printedFigures(opened.book)
    result = checkText(seedText(seed), pf, printedInFile(opened.report))
  })

  it('reports exactly the figures that differ, with both figures and the line', () => {
    const differs = result.findings.filter((f) => f.kind === 'differs').map((f) => [f.line, f.text, f.where, f.expected])
    expect(differs).toEqual(DIFFERS[seed])
    // Each one the published workbook itself printed: the note says so.
    for (const f of result.findings.filter((x) => x.kind === 'differs')) expect(f.note).toMatch(/原表印刷为 .*原表有尾差/)
  })

  it('accounts for every figure: matched, differing or unplaced with a reason', () => {
    expect(result.findings).toHaveLength(result.figures.length)
    for (const f of result.findings) {
      expect(['matched', 'differs', 'unplaced']).toContain(f.kind)
      if (f.kind === 'unplaced') expect(f.reason).toMatch(/[\u4e00-\u9fff]/)
      else expect(f.table ?? f.field).toBeDefined()
    }
    const moneyAndPercent = result.figures.filter((f) => ['万元', '%'].includes(f.unit)).length
    expect(moneyAndPercent).toBe(proseFigureCount(seedText(seed)))
    // The attached 绩效目标 forms are set apart and said so, not checked.
    if (seed !== '004') expect(result.skipped.length).toBeGreaterThan(10)
  })

  it('places the figures the tables print: shares, sources, classes and 三公 items are matched', () => {
    const matched = result.findings.filter((f) => f.kind === 'matched')
    expect(matched.some((f) => f.role === 'share')).toBe(true)
    expect(matched.some((f) => f.table === 't10')).toBe(true)
    expect(matched.some((f) => f.table === 't5' && f.row?.startsWith('s:') === true)).toBe(true)
  })
})

describe('wording of other departments', () => {
  let pf: PrintedFigures
  beforeAll(async () => {
    pf = printedFigures((await openSeed('000')).book)
  })
  const kinds = (text: string): string[] => checkText(text, pf).findings.map((f) => `${f.kind}:${f.text}`)

  it('reads 元 figures, full-width digits, no separators and a text without numbered headings', () => {
    expect(kinds('三、支出预算情况说明\n本部门支出预算230,412,600元，其中：项目支出１８８８２．６４万元。')).toEqual([
      'matched:230,412,600元',
      'matched:18882.64万元',
    ])
    // No heading at all: the words alone place the figure.
    expect(kinds('本单位机关运行经费财政拨款预算232.21万元。')).toEqual(['matched:232.21万元'])
  })

  it('says why a figure cannot be placed instead of guessing', () => {
    const r = checkText('九、政府采购情况\n政府采购预算总额2,594.00万元。\n二、收入预算情况说明\n另有若干资金12.00万元。', pf)
    expect(r.findings.map((f) => [f.kind, f.reason])).toEqual([
      ['unplaced', '预算书中未填政府采购预算，无法核对'],
      ['unplaced', '文字没有指明这是哪张表的哪个数'],
    ])
  })
})
