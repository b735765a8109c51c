import { describe, it, expect } from 'vitest'
import { AMOUNT_TOO_LARGE, MAX_AMOUNT_FEN, formatAmount, groupThousands, printedNumber, toFen, withinLimit } from '../../../shared/model/money'

describe('the largest amount a book holds', () => {
  it('is under 10^13 元, so a 万元 amount kept to the 分 has at most 15 significant digits, as Excel holds', () => {
    const largest = MAX_AMOUNT_FEN - 1n
    expect(toFen('999999999.999999', '万元')).toBe(largest)
    expect(toFen('9999999999999.99', '元')).toBe(largest)
    // Excel (and a double) keep 15 significant digits: the largest amount survives the trip exactly.
    expect(String(Number('999999999.999999'))).toBe('999999999.999999')
    expect(withinLimit(largest) && withinLimit(-largest)).toBe(true)
    expect(withinLimit(MAX_AMOUNT_FEN) || withinLimit(-MAX_AMOUNT_FEN)).toBe(false)
  })

  it('refuses a stored amount past it with a Chinese sentence, at once however long it is', () => {
    for (const text of ['1000000000', '-1000000000.5', '9'.repeat(25), '9'.repeat(400), '9'.repeat(1_000_000)]) {
      expect(() => toFen(text, '万元')).toThrow(AMOUNT_TOO_LARGE)
    }
    expect(() => toFen('10000000000000', '元')).toThrow(AMOUNT_TOO_LARGE)
    expect(toFen('000000000000001', '万元')).toBe(1_000_000n)
  })
})

describe('formatAmount', () => {
  it('groups in thousands', () => {
    expect(formatAmount(123_456_789_012n, '元')).toBe('1,234,567,890.12')
    expect(formatAmount(-100n, '元')).toBe('-1.00')
    expect(groupThousands('12')).toBe('12')
    expect(groupThousands('123456')).toBe('123,456')
    expect(groupThousands('1234567')).toBe('1,234,567')
  })

  it('groups a very long figure in linear time (the old lookahead regex took minutes on a million digits)', () => {
    const grouped = groupThousands('1'.repeat(1_000_000))
    expect(grouped.length).toBe(1_000_000 + 333_333)
    expect(grouped.startsWith('1,111,')).toBe(true)
  })
})

describe('printedNumber', () => {
  it('gives the exact number for every printed figure up to 15 significant digits, the largest amount included', () => {
    expect(printedNumber(MAX_AMOUNT_FEN - 10_000n)).toBe(999999999.99)
    expect(printedNumber(-18_530_540_000n)).toBe(-18530.54)
    expect(printedNumber(9_999_999_999_999_990_000n)).toBe(9999999999999.99)
    expect(printedNumber(0n)).toBe(0)
  })

  it('refuses a total Excel could not hold exactly instead of writing a changed number', () => {
    expect(() => printedNumber(100_000_000_000_000_000_000n)).toThrow(/超过 Excel 能准确保存的 15 位有效数字/)
  })
})
