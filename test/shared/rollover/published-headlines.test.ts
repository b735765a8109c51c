// After 结转 of a book printed with 舍位平衡 (a 元 book), the 情况说明 compares this year's
// published figures with last year's published ones: an unchanged amount reads 与上年预算数相同,
// not "减少0.01万元" (last year's 1.805 printed 1.80 after balancing, and the text took 1.81).
import { describe, expect, it } from 'vitest'
import { rollForward } from '../../../shared/rollover/roll-forward'
import { priorRefs } from '../../../shared/rollover/prior-figures'
import { PRIOR_HEADLINES } from '../../../shared/model/prior'
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

  it('are last year\'s published figures, some of them off their own rounding', () => {
    let moved = 0
    for (const [id, ref] of headlines) {
      const printed = balanced.value(ref) ?? 0n
      expect(rolled.prior!.figures[id], id).toBe(fenToString(printed, '元'))
      if (printed !== roundToWanCents(balanced.truth.value(ref) as bigint)) moved++
    }
    expect(moved).toBeGreaterThan(0)
  })

  it('let the text say an unchanged amount is unchanged', () => {
    const text = buildDisclosure(rolled).explanation.map(plainText).join('\n')
    expect(text).not.toMatch(/(增加|减少)0\.01万元/)
    expect(text).toContain('与上年预算数相同')
  })
})
