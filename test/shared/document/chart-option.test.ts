// The chart option: labels print the figures and shares as the text writes them (shares adding
// to 100.00%), and nothing a reader sees comes from the float ECharts draws with.
import { describe, expect, it } from 'vitest'
import { chartLabels, chartOption } from '../../../shared/document/chart-option'

const spec = {
  id: 'general-by-class' as const,
  title: '一般公共预算当年拨款结构图',
  items: [{ name: '城乡社区支出', cents: 1031425n }, { name: '节能环保支出', cents: 720138n }, { name: '外交支出', cents: 0n }],
}

describe('chartLabels', () => {
  it('label each item with its printed amount and share, the shares adding to 100.00%', () => {
    expect(chartLabels(spec)).toEqual([
      { name: '城乡社区支出', amount: '10,314.25万元', share: '58.89%' },
      { name: '节能环保支出', amount: '7,201.38万元', share: '41.11%' },
      { name: '外交支出', amount: '0万元', share: '0%' },
    ])
  })
  it('state no share when every item is zero', () => {
    expect(chartLabels({ ...spec, items: spec.items.map((i) => ({ ...i, cents: 0n })) }).map((l) => l.share)).toEqual(['', '', ''])
  })
})

describe('chartOption', () => {
  it('leaves zero slices out of the pie, and keeps every 三公 item as a bar', () => {
    const pie = chartOption(spec) as { series: { data: { label: { formatter: string } }[] }[] }
    expect(pie.series[0]!.data.map((d) => d.label.formatter)).toEqual(['城乡社区支出\n10,314.25万元 58.89%', '节能环保支出\n7,201.38万元 41.11%'])
    const bars = chartOption({ ...spec, id: 'sangong' }) as { series: { data: { label: { formatter: string } }[] }[] }
    expect(bars.series[0]!.data.map((d) => d.label.formatter)).toEqual(['10,314.25万元', '7,201.38万元', '0万元'])
  })
})
