// One ECharts option per chart of the disclosure, plain data (no functions), so the renderer's
// live chart and the document's server-side SVG draw the same thing. Each item's label carries
// the printed figure as text ("城乡社区支出 10,314.25万元 55.66%"): ECharts only gets a number
// for the size of a slice or bar, never for what is read.
import { formatAmount } from '../model/money'
import type { ChartSpec } from '../explanation/types'

const PALETTE = ['#c0392b', '#2e6da4', '#e0a800', '#3a9d5d', '#8e44ad', '#16a085', '#d35400', '#7f8c8d', '#34495e', '#b03a8c']

/** 0.01 万元 (cents of 万元) as printed: 10,314.25. */
export function wanCentsText(cents: bigint): string {
  return formatAmount(cents * 10_000n, '万元')
}

/**
 * Shares of the total in hundredths of a percent, adding to exactly 100.00% (largest remainder;
 * ties to the earlier item). All zero: all zero.
 */
export function shares(values: readonly bigint[]): bigint[] {
  const total = values.reduce((a, b) => a + b, 0n)
  if (total <= 0n) return values.map(() => 0n)
  const exact = values.map((v) => v * 10_000n)
  const floor = exact.map((e) => e / total)
  let left = 10_000n - floor.reduce((a, b) => a + b, 0n)
  const order = exact.map((e, i) => ({ i, rem: e % total })).sort((a, b) => (a.rem === b.rem ? a.i - b.i : a.rem > b.rem ? -1 : 1))
  for (const { i } of order) {
    if (left <= 0n) break
    floor[i]! += 1n
    left -= 1n
  }
  return floor
}

export function percentText(hundredths: bigint): string {
  return `${hundredths / 100n}.${(hundredths % 100n).toString().padStart(2, '0')}%`
}

export interface ChartLabel {
  name: string
  amount: string
  share: string
}

/** What each item of the chart says, as printed. */
export function chartLabels(spec: ChartSpec): ChartLabel[] {
  const s = shares(spec.items.map((i) => i.cents))
  return spec.items.map((item, k) => ({ name: item.name, amount: `${wanCentsText(item.cents)}万元`, share: percentText(s[k]!) }))
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
