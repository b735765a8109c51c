// 十 2's project counts read back from the generated text: the checker counts as the text does,
// projects with an amount only (clerk8 #9), so the app's own text is no P15.
import { describe, expect, it } from 'vitest'
import { publicationCheck } from '../../../../shared/inspect'
import { emptyBook, type BudgetBook } from '../../../../shared/model/book'

function book(): BudgetBook {
  const b = emptyBook('孝义市测试局', 2026)
  const perf = (category: '其他运转类' | '特定目标类') => ({ category, published: true })
  return {
    ...b,
    subjects: [{ code: '2010101', name: '行政运行', basic: { gp: '100' }, project: { gp: '80' }, carry: {} }],
    projects: [
      { id: 'p1', unitId: 'u1', name: '信息化建设', kind: 'current', amounts: { gp: '50' }, perf: perf('其他运转类') },
      { id: 'p2', unitId: 'u1', name: '环卫保洁', kind: 'current', amounts: { gp: '30' }, perf: perf('特定目标类') },
      // Added and marked, no amount yet.
      { id: 'p3', unitId: 'u1', name: '遗属补助（二）', kind: 'current', amounts: {}, perf: perf('特定目标类') },
    ],
  }
}

describe('十 2 read back by 表文一致', () => {
  it('finds the counts of projects with an amount as the text states them, nothing differing', () => {
    const { findings } = publicationCheck(book())
    expect(findings.filter((f) => f.rule === 'P15').map((f) => f.message)).toEqual([])
  })

  it('still flags a count that is wrong', async () => {
    const { checkText } = await import('../../../../shared/inspect/text/check-text')
    const { printedFigures } = await import('../../../../shared/inspect/printed-figures')
    const b = book()
    const checked = checkText('十、绩效管理情况\n2、项目绩效目标\n2026年孝义市测试局纳入绩效目标管理的二级项目3个，共计金额80.00万元。', printedFigures(b))
    expect(checked.findings.filter((f) => f.kind === 'differs').map((f) => `${f.text}|${f.expected}`)).toEqual(['3个|2个'])
  })
})
