// The charts drawn for the document: ECharts renders the shared option to SVG on the server
// (no DOM, no browser), and resvg rasterises it for the PNG the .docx carries for readers that
// do not draw SVG (Word 2013, older WPS). Both processes and the CLI use this.
// The single-file build, not the package root: the root is some 700 ES modules, and under tsx
// (the CLI) each one crosses the loader hook, which cost every CLI start ~1.5 s of CPU.
// Same library, same charts; echarts.d.ts gives it the package's types.
import * as echarts from 'echarts/dist/echarts.esm.min.mjs'
import { Resvg } from '@resvg/resvg-js'
import type { ChartSpec } from '../../shared/explanation/types'
import { chartOption } from '../../shared/document/chart-option'

export const CHART_WIDTH = 640
export const CHART_HEIGHT = 380

export interface ChartImage {
  svg: string
  png: Uint8Array
  width: number
  height: number
}

export function chartSvg(spec: ChartSpec, width = CHART_WIDTH, height = CHART_HEIGHT): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height })
  try {
    chart.setOption(chartOption(spec))
    return chart.renderToSVGString()
  } finally {
    chart.dispose()
  }
}

export function chartImage(spec: ChartSpec): ChartImage {
  const svg = chartSvg(spec)
  // Twice the size for print; the system's CJK fonts draw the labels (SimHei on Windows, Noto on Linux).
  const png = new Resvg(svg, { fitTo: { mode: 'width', value: CHART_WIDTH * 2 }, font: { loadSystemFonts: true } }).render().asPng()
  return { svg, png, width: CHART_WIDTH, height: CHART_HEIGHT }
}
