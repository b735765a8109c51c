// The chart option: shares that add to exactly 100.00%, labels that print the figures exactly.
import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { chartLabels, chartOption, percentText, shares } from '../../../shared/document/chart-option'

describe('shares', () => {
  it('add to exactly 100.00% whatever the amounts', () => {
    fc.assert(
      fc.property(fc.array(fc.bigInt({ min: 0n, max: 10n ** 12n }), { minLength: 1, maxLength: 30 }), (values) => {
        const s = shares(values)
        const total = s.reduce((a, b) => a + b, 0n)
        expect(total).toBe(values.some((v) => v > 0n) ? 10_000n : 0n)
        // Never more than 0.01% from the exact share.
        const sum = values.reduce((a, b) => a + b, 0n)
        if (sum > 0n) values.forEach((v, i) => expect(Math.abs(Number(s[i]! * sum - v * 10_000n))).toBeLessThan(Number(sum)))
      }),
    )
  })

  it('prints as the text does', () => {
    expect(percentText(5566n)).toBe('55.66%')
    expect(percentText(5n)).toBe('0.05%')
  })
})

describe('chartLabels / chartOption', () => {
  const spec = { id: 'general-by-class' as const, title: '一般公共预算当年拨款结构图', items: [{ name: '城乡社区支出', cents: 1031425n }, { name: '节能环保支出', cents: 720138n }, { name: '外交支出', cents: 0n }] }
  it('label each item with its printed amount and share', () => {
    expect(chartLabels(spec)).toEqual([
      { name: '城乡社区支出', amount: '10,314.25万元', share: '58.89%' },
      { name: '节能环保支出', amount: '7,201.38万元', share: '41.11%' },
      { name: '外交支出', amount: '0.00万元', share: '0.00%' },
    ])
  })
  it('leave zero slices out of the pie, and keep every 三公 item as a bar', () => {
    const pie = chartOption(spec) as { series: { data: unknown[] }[] }
    expect(pie.series[0]!.data).toHaveLength(2)
    const bars = chartOption({ ...spec, id: 'sangong' }) as { series: { data: unknown[] }[] }
    expect(bars.series[0]!.data).toHaveLength(3)
  })
})
