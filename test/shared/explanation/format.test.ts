import { describe, expect, it } from 'vitest'
import { changePercent, cleanReason, shares, tidyPunctuation, wanText } from '../../../shared/explanation/format'

describe('figures as the text prints them', () => {
  it('writes 万元 with grouping and two decimals, zero as 0', () => {
    expect(wanText(2_304_125n)).toBe('23,041.25')
    expect(wanText(4_800n)).toBe('48.00')
    expect(wanText(0n)).toBe('0')
    expect(wanText(-520n)).toBe('-5.20')
  })

  it('gives no percent from a zero base and rounds half away from zero', () => {
    expect(changePercent(100n, 0n)).toBeNull()
    expect(changePercent(-2_445_518n, 4_749_643n)).toBe(5149n) // seed 000: 下降51.49%
    expect(changePercent(1n, 8n)).toBe(1250n)
    expect(changePercent(1n, 3n)).toBe(3333n)
    expect(changePercent(2n, 3n)).toBe(6667n)
  })

  it('shares add to exactly 100.00% by largest remainder', () => {
    // Seed 000's income: 18,530.54 / 4,203.71 / 307.00 of 23,041.25 → 80.42 + 18.25 + 1.33.
    expect(shares([1_853_054n, 420_371n, 0n, 30_700n], 2_304_125n)).toEqual([8042n, 1825n, 0n, 133n])
    expect(shares([1n, 1n, 1n], 3n)).toEqual([3334n, 3333n, 3333n])
    expect(shares([5n, -1n], 4n)).toEqual([12500n, -2500n])
    expect(shares([0n, 0n], 0n)).toBeNull()
    for (const parts of [[7n, 11n, 13n, 17n], [1n, 999_999n], [3n, 3n, 3n, 1n]]) {
      expect(shares(parts, parts.reduce((a, b) => a + b))!.reduce((a, b) => a + b)).toBe(10_000n)
    }
  })
})

describe('typed phrases meet the template cleanly', () => {
  it('drops the reason lead and trailing marks the template adds itself', () => {
    expect(cleanReason('主要原因是我单位2025年公务用车报废4辆。')).toBe('我单位2025年公务用车报废4辆')
    expect(cleanReason('原因：人员增加；')).toBe('人员增加')
    expect(cleanReason('  公车调拨。。 ')).toBe('公车调拨')
  })

  it('folds doubled punctuation and makes ASCII marks between Chinese full width', () => {
    expect(tidyPunctuation('报废4辆。；公务用车')).toBe('报废4辆。公务用车')
    expect(tidyPunctuation('报废4辆。,公务用车')).toBe('报废4辆。公务用车')
    expect(tidyPunctuation('一,二;三')).toBe('一，二；三')
    expect(tidyPunctuation('晋财综[2025]28号')).toBe('晋财综[2025]28号')
  })
})
