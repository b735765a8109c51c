// A chart of the disclosure drawn live by ECharts, from the same option the document's SVG uses.
import { useEffect, useRef } from 'react'
import * as echarts from 'echarts/core'
import { BarChart, PieChart } from 'echarts/charts'
import { GridComponent, TitleComponent } from 'echarts/components'
import { SVGRenderer } from 'echarts/renderers'
import type { ChartSpec } from '../../shared/explanation/types'
import { chartLabels, chartOption } from '../../shared/document/chart-option'

echarts.use([PieChart, BarChart, TitleComponent, GridComponent, SVGRenderer])

export function TextChart({ spec }: { spec: ChartSpec }) {
  const el = useRef<HTMLDivElement>(null)
  const chart = useRef<echarts.ECharts | null>(null)
  useEffect(() => {
    if (!el.current) return
    chart.current = echarts.init(el.current, null, { renderer: 'svg' })
    return () => {
      chart.current?.dispose()
      chart.current = null
    }
  }, [])
  useEffect(() => {
    chart.current?.setOption(chartOption(spec), { notMerge: true })
  }, [spec])
  // The figures as text beside the drawing: what the chart says, readable and testable.
  const labels = chartLabels(spec)
  return (
    <figure className="text-chart" data-chart={spec.id}>
      <div ref={el} className="text-chart-canvas" />
      <figcaption>
        {labels.map((l) => (
          <span key={l.name} className="chart-item" data-name={l.name}>
            {l.name} <b className="chart-amount">{l.amount}</b> {spec.id === 'sangong' ? '' : l.share}
          </span>
        ))}
      </figcaption>
    </figure>
  )
}
