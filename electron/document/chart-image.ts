// The charts drawn for the document: ECharts renders the shared option to SVG on the server
// (no DOM, no browser), and resvg rasterises it for the PNG the .docx carries for readers that
// do not draw SVG (Word 2013, older WPS). Both processes and the CLI use this.
// The single-file build, not the package root: the root is some 700 ES modules, and under tsx
// (the CLI) each one crosses the loader hook, which cost every CLI start ~1.5 s of CPU.
// Same library, same charts; echarts.d.ts gives it the package's types.
import * as echarts from 'echarts/dist/echarts.esm.min.mjs'
import { renderAsync } from '@resvg/resvg-js'
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

/** Charts drawn lately, by spec: exporting again, or the PDF's second print, draws none twice. */
const drawn = new Map<string, { svg: string; png?: Promise<Uint8Array> }>()
const KEPT = 16

const specKey = (spec: ChartSpec, width: number, height: number): string =>
  `${width}x${height}:${JSON.stringify(spec, (_, v: unknown) => (typeof v === 'bigint' ? `${v}n` : v))}`

function drawnChart(spec: ChartSpec, width: number, height: number): { svg: string; png?: Promise<Uint8Array> } {
  const key = specKey(spec, width, height)
  let chart = drawn.get(key)
  if (!chart) {
    chart = { svg: renderSvg(spec, width, height) }
    drawn.set(key, chart)
    if (drawn.size > KEPT) drawn.delete(drawn.keys().next().value!)
  }
  return chart
}

function renderSvg(spec: ChartSpec, width: number, height: number): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height })
  try {
    chart.setOption(chartOption(spec))
    return chart.renderToSVGString()
  } finally {
    chart.dispose()
  }
}

export function chartSvg(spec: ChartSpec, width = CHART_WIDTH, height = CHART_HEIGHT): string {
  return drawnChart(spec, width, height).svg
}

/**
 * The charts as SVG and PNG, in the order given. The SVGs are drawn first, in order (ECharts
 * numbers each drawing's CSS classes), then the PNGs off the main thread, all at once: resvg
 * takes ~0.5 s a chart (mostly kernel time: it reads the whole CJK font file again for each text
 * run it shapes, and no option of resvg-js avoids that), which would otherwise hold the app's main process.
 */
export async function chartImages(specs: readonly ChartSpec[]): Promise<ChartImage[]> {
  const charts = specs.map((spec) => drawnChart(spec, CHART_WIDTH, CHART_HEIGHT))
  return Promise.all(
    charts.map(async (chart) => {
      // Twice the size for print; the system's CJK fonts draw the labels (SimHei on Windows, Noto on Linux).
      chart.png ??= renderAsync(chart.svg, { fitTo: { mode: 'width', value: CHART_WIDTH * 2 }, font: { loadSystemFonts: true } }).then((image) => image.asPng())
      try {
        return { svg: chart.svg, png: await chart.png, width: CHART_WIDTH, height: CHART_HEIGHT }
      } catch (error) {
        chart.png = undefined
        throw error
      }
    }),
  )
}
