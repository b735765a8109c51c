// 结转 of a published workbook that carries a 尾差 (seed 000: 21011 印 175.55, its parts 175.56):
// last year's headlines as the workbook printed them are what was published, so they are kept as
// the published 上年数 beside the exact ones, and next year's text compares with them (clerk8 #1:
// the text said 一般公共预算 "与上年预算数相同" against a published figure 0.01 lower).
import { describe, expect, it } from 'vitest'
import { rollForwardOpened } from '../../../electron/files/documents'
import { priorRefs, figuresAsPrinted } from '../../../shared/rollover/prior-figures'
import { PRIOR_HEADLINES, publishedPriorId } from '../../../shared/model/prior'
import { buildDisclosure, plainText } from '../../../shared/explanation'
import { fenToString } from '../../../shared/model/money'
import { readSeedWorkbook } from '../../support/seed-workbooks'

describe('结转 of a published workbook with a 尾差', async () => {
  const read = await readSeedWorkbook('000.xlsx')
  const opened = { path: null, source: '000.xlsx', book: read.book, report: read.report }
  const rolled = rollForwardOpened(opened, true)
  const printed = figuresAsPrinted(read.report)
  const headlines = [...priorRefs(read.book)].filter(([id]) => Object.hasOwn(PRIOR_HEADLINES, id))

  it('keeps each headline the workbook printed otherwise as its published 上年数, and no other', () => {
    const moved = headlines.filter(([, ref]) => printed.has(ref))
    expect(moved.map(([id]) => id)).toContain('gp')
    for (const [id, ref] of headlines) {
      const p = printed.get(ref)
      expect(rolled.prior!.figures[publishedPriorId(id)], id).toBe(p === undefined ? undefined : fenToString(p, read.book.amountUnit))
    }
    expect(rolled.prior!.figures[publishedPriorId('gp')]).toBe('18530.54')
    expect(rolled.prior!.figures.gp).toBe('18530.55')
  })

  it('next year’s text compares the 一般公共预算 with the published 18,530.54, not the recomputed 18,530.55', () => {
    const text = buildDisclosure(rolled).explanation.map(plainText).join('\n')
    const sentence = text.split(/[。；\n]/).find((s) => s.includes('一般公共预算当年') && s.includes('18,530.55'))
    expect(sentence, text.slice(0, 400)).toBeDefined()
    expect(sentence).toMatch(/增加0\.01万元/)
  })
})
