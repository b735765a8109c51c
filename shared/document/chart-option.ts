// One ECharts option per chart of the disclosure, plain data (no functions), so the renderer's
// live chart and the document's server-side SVG draw the same thing. Each item's label carries
// the printed figure as text ("城乡社区支出 10,314.25万元 55.66%"): ECharts only gets a number
// for the size of a slice or bar, never for what is read.
import type { ChartSpec } from '../explanation/types'
import { percentText, shares, wanText } from '../explanation/format'

const PALETTE = ['#c0392b', '#2e6da4', '#e0a800', '#3a9d5d', '#8e44ad', '#16a085', '#d35400', '#7f8c8d', '#34495e', '#b03a8c']

export interface ChartLabel {
  name: string
  amount: string
  share: string
}

/** What each item of the chart says, written as the text writes figures and shares (adding to 100.00%). */
export function chartLabels(spec: ChartSpec): ChartLabel[] {
  const parts = spec.items.map((i) => i.cents)
  const s = shares(parts, parts.reduce((a, b) => a + b, 0n))
  return spec.items.map((item, k) => ({ name: item.name, amount: `${wanText(item.cents)}万元`, share: s ? `${percentText(s[k]!)}%` : '' }))
}

/** Size of a slice or bar: a float for drawing only, never read back as a figure. */
const drawn = (cents: bigint): number => Number(cents) / 100

export function chartOption(spec: ChartSpec): Record<string, unknown> {
  const labels = chartLabels(spec)
  const title = { text: spec.title, left: 'center', top: 8, textStyle: { fontSize: 16, fontWeight: 'bold' } }
  const base = { animation: false, color: PALETTE, backgroundColor: '#ffffff', title, textStyle: { fontFamily: 'SimHei, Microsoft YaHei, Noto Sans CJK SC, sans-serif' } }
  if (spec.id === 'sangong') {
    return {
      ...base,
      grid: { left: 60, right: 30, top: 60, bottom: 50 },
      xAxis: { type: 'category', data: labels.map((l) => l.name), axisLabel: { interval: 0, fontSize: 13 } },
      yAxis: { type: 'value', name: '万元' },
      series: [
        {
          type: 'bar',
          barMaxWidth: 48,
          data: spec.items.map((item, k) => ({ value: drawn(item.cents), label: { show: true, position: 'top', fontSize: 13, formatter: labels[k]!.amount } })),
        },
      ],
    }
  }
  return {
    ...base,
    series: [
      {
        type: 'pie',
        radius: ['0%', '50%'],
        center: ['50%', '56%'],
        avoidLabelOverlap: true,
        // Never cut a label short: the figure must be read whole.
        label: { fontSize: 13, lineHeight: 17, overflow: 'none' },
        data: spec.items
          .map((item, k) => ({ name: item.name, value: drawn(item.cents), label: { formatter: `${labels[k]!.name}\n${labels[k]!.amount} ${labels[k]!.share}` } }))
          .filter((d) => d.value > 0),
      },
    ],
  }
}
