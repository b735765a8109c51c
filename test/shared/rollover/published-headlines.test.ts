// After 结转 of a book printed with 舍位平衡 (a 元 book), the 情况说明 compares this year's
// published figures with last year's published ones: an unchanged amount reads 与上年预算数相同,
// not "减少0.01万元" (last year's 1.805 printed 1.80 after balancing, and the text took 1.81);
// the 上年数对比 columns still compare exact figures with exact ones.
import { describe, expect, it } from 'vitest'
import { rollForward } from '../../../shared/rollover/roll-forward'
import { priorRefs } from '../../../shared/rollover/prior-figures'
import { PRIOR_HEADLINES, publishedPriorId } from '../../../shared/model/prior'
import { priorTotal } from '../../../shared/tables/prior-comparisons'
import { setPriorFigure } from '../../../shared/edit'
import { convertUnit } from '../../../shared/model/convert-unit'
import { fenToString, roundToWanCents } from '../../../shared/model/money'
import { balanceForPrint } from '../../../shared/rounding'
import { buildDisclosure, plainText } from '../../../shared/explanation'
import type { BudgetBook } from '../../../shared/model/book'
import { sampleBook } from '../../electron/support/sample-book'

// clerk7's amounts: each an odd 50 元 over a whole 0.01 万元, so 舍位平衡 moves some of them.
const yuan = convertUnit(sampleBook(), '元')
const book: BudgetBook = {
  ...yuan,
  threePublic: { ...yuan.threePublic, reception: { gp: '20050' }, vehicleOps: { gp: '18050' } },
  runningCosts: yuan.runningCosts.map((r) => ({ ...r, amounts: { gp: '720050' } })),
}

describe('上年数 of the headlines after 结转 of a balanced book', () => {
  const balanced = balanceForPrint(book)
  const rolled = rollForward(book, { keepAmounts: true })
  const headlines = [...priorRefs(book)].filter(([id]) => Object.hasOwn(PRIOR_HEADLINES, id))

  it('keep last year\'s exact figures, and beside them the published ones where 舍位平衡 printed them otherwise', () => {
    let moved = 0
    for (const [id, ref] of headlines) {
      const exact = balanced.truth.value(ref) as bigint
      const printed = balanced.value(ref) ?? 0n
      expect(rolled.prior!.figures[id], id).toBe(fenToString(exact, '元'))
      if (printed === roundToWanCents(exact)) expect(rolled.prior!.figures[publishedPriorId(id)], id).toBeUndefined()
      else {
        expect(rolled.prior!.figures[publishedPriorId(id)], id).toBe(fenToString(printed, '元'))
        moved++
      }
    }
    expect(moved).toBeGreaterThan(0)
  })

  it('show no change in 上年数对比 for an unchanged amount (exact against exact)', () => {
    const t11 = rolled.runningCosts.reduce((a, r) => a + BigInt(r.amounts.gp ?? '0') * 100n, 0n)
    expect(priorTotal('runningCosts').prior(rolled, 'total')).toBe(t11)
  })

  it('a 上年数 the clerk types replaces the published one the text compares with', () => {
    const [id] = headlines.find(([h]) => rolled.prior!.figures[publishedPriorId(h)] !== undefined)!
    const typed = setPriorFigure(rolled, id, '1.23')
    if (!typed.ok) throw new Error(typed.message)
    expect(typed.book.prior!.figures[publishedPriorId(id)]).toBeUndefined()
  })

  it('let the text say an unchanged amount is unchanged', () => {
    const text = buildDisclosure(rolled).explanation.map(plainText).join('\n')
    expect(text).not.toMatch(/(增加|减少)0\.01万元/)
    expect(text).toContain('与上年预算数相同')
  })
})
