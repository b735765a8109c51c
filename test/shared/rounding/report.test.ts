// The pieces around the solver: where a cell is described (table, row, column in a clerk's
// words), the report behind the 舍位平衡说明 sheet, and the bulk amount writer.
import { describe, expect, it } from 'vitest'
import { balanceForPrint, CellDescriber, roundingReport } from '../../../shared/rounding'
import { writeAmounts } from '../../../shared/rounding/write'
import { writeAmount } from '../../../shared/engine/inputs'
import { Derivation } from '../../../shared/engine/derivation'
import { isInputKey } from '../../../shared/model/keys'
import type { Fen } from '../../../shared/model/money'
import { awkwardBook, randomYuanBook, repeatedLines } from './books'
import { seededRng } from '../support/random-book'

describe('CellDescriber', () => {
  const d = new Derivation(awkwardBook(5, [49]))
  const describe_ = new CellDescriber(d)
  it.each([
    [{ table: 't5', row: 's:2010101', col: 'basic' }, { table: '表五', row: '2010101 测试科目0', column: '基本支出' }],
    [{ table: 't2', row: 'total', col: 'total' }, { table: '表二', row: '合计', column: '本年收入·合计' }],
    [{ table: 't2', row: 's:2010101', col: 'gp' }, { table: '表二', row: '2010101 测试科目0', column: '一般公共预算' }],
    [{ table: 't1', row: 'f:grand', col: 'expTotal' }, { table: '表一', row: '支出总计', column: '支出·2026年合计' }],
    [{ table: 't1', row: 'f:grand', col: 'incAmount' }, { table: '表一', row: '收入总计', column: '收入·2026年' }],
    [{ table: 't4', row: 'f:total', col: 'expTotal' }, { table: '表四', row: '本年支出合计', column: '支出·小计' }],
    [{ table: 'detail', row: 's:2010101', col: 'b_sp' }, { table: '支出明细', row: '2010101 测试科目0', column: '基本支出·财政专户管理资金' }],
    [{ table: 't12', row: 'dept', col: 'total' }, { table: '表十二', row: '孝义市测试局', column: '合计' }],
  ] as const)('%j', (at, want) => {
    expect(describe_.describe(at)).toEqual(want)
  })
})

describe('roundingReport', () => {
  it('is null when nothing needed balancing', () => {
    const printed = balanceForPrint(randomYuanBook(1)).printed
    expect(roundingReport(printed, balanceForPrint(printed))).toBeNull()
  })

  it('lists each adjusted cell once, where it is printed, with its figures', () => {
    const book = repeatedLines(300, 49, 'subject')
    const r = balanceForPrint(book)
    const report = roundingReport(book, r)!
    expect(report.title).toBe('舍位平衡说明')
    expect(report.intro.join('')).toContain('以元录入')
    expect(report.adjusted.length).toBe(147)
    for (const line of report.adjusted) {
      expect(line).toMatchObject({ table: '表五', column: '基本支出', trueText: '0.0049', roundedValue: 0n, printedValue: 10_000n, adjustment: 10_000n })
    }
    // No total differs from plain rounding of its own true value here: every subtotal is
    // within one line, and 合计 prints 1.47 = 14,700 元 rounded.
    expect(report.totals.every((t) => t.row !== '合计')).toBe(true)
    expect(report.notes).toEqual([])
  })
})

describe('roundingReport when plain rounding already adds up', () => {
  it('says no figure was adjusted, in its summary (the document\'s 注) too', () => {
    const book = repeatedLines(1, 3333, 'subject')
    const r = balanceForPrint(book)
    const report = roundingReport(book, r)!
    expect(r.adjustments).toEqual([])
    expect(report.summary).toContain('所有明细数均按四舍五入公开，无需作舍位平衡')
    expect(report.summary).not.toContain('作了舍位平衡')
    expect(report.intro).toEqual([report.summary])
  })
})

describe('writeAmounts', () => {
  it('writes what writeAmount writes, one key at a time', () => {
    for (let seed = 0; seed < 30; seed++) {
      const book = randomYuanBook(seed)
      const d = new Derivation(book)
      const rng = seededRng(seed)
      const values = new Map<string, Fen>()
      for (const key of d.locations.keys()) {
        if (isInputKey(key) && rng.int(0, 2) === 0) values.set(key, BigInt(rng.int(-3, 3)) * 1_000_000n)
      }
      let one = book
      for (const [key, v] of values) one = writeAmount(one, key, v)
      expect(writeAmounts(book, values)).toEqual(one)
    }
  })
})
