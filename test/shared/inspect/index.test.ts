// What 导出公开文件 asks about before printing a text with gaps: the places left to fill in, by kind
// (clerk8 #8: "9 处未填写 … “（请填写…）”" when 8 of them were 上年数 typed elsewhere).
import { describe, expect, it } from 'vitest'
import { bookFromPublished } from '../../../shared/import/from-published'
import { publicationCheck, unfilledByKind } from '../../../shared/inspect'
import { seedDisclosure } from '../../support/fixtures'

describe('the places left to fill in, by kind', () => {
  it('names 上年数, reasons and the rest apart, with the placeholders the document prints', () => {
    const missing = ['prior.figures.total', 'prior.figures.gp', 'disclosure.reasons.total', 'disclosure.duties'].map((field) => ({ field, section: 'x', message: '' }))
    expect(unfilledByKind(missing)).toEqual({
      count: 4,
      kinds: '2 处上年数未填、1 处原因未填、1 处其他内容未填',
      placeholders: '“（上年数未填）”“（请填写原因）”“（请填写…）”',
    })
    expect(unfilledByKind([])).toEqual({ count: 0, kinds: '', placeholders: '' })
  })

  it('a published book opened the first time: its two headline 上年数, not six for an empty 表十', () => {
    const { book } = bookFromPublished(seedDisclosure('004'), '004.xlsx')
    const { unfilled, findings } = publicationCheck(book)
    expect(unfilled.kinds).toMatch(/^2 处上年数未填、\d+ 处其他内容未填$/)
    expect(findings.filter((f) => f.rule === 'P13').map((f) => f.message)).toEqual([
      '收支总计的上年数未填，无法说明比上年增减',
      '一般公共预算当年支出的上年数未填，无法说明比上年增减',
    ])
    // 上年数 typed and different: the reason for 收支总计 is asked for, as a reason (五 states 一般公共预算's change without one).
    const typed = publicationCheck({ ...book, prior: { year: book.year - 1, figures: { total: '1', gp: '1' } } }).unfilled
    expect(typed.kinds).toMatch(/^1 处原因未填、\d+ 处其他内容未填$/)
  })
})
