// The charts' drawings: an SVG ECharts drew and the PNG resvg made of it at twice the size for
// print, each drawn once per chart however often the document is written.
import { describe, expect, it } from 'vitest'
import { CHART_WIDTH, chartImages, chartSvg } from '../../../electron/document/chart-image'
import type { ChartSpec } from '../../../shared/explanation/types'

const general: ChartSpec = { id: 'general-by-class', title: '一般公共预算支出按功能分类', items: [{ name: '城乡社区支出', cents: 1031425n }, { name: '社会保障和就业支出', cents: 82311n }] }
const sangong: ChartSpec = { id: 'sangong', title: '"三公"经费支出', items: [{ name: '公务接待费', cents: 120000n }, { name: '公务用车运行维护费', cents: 0n }] }

/** Width of a PNG, from its IHDR chunk. */
const pngWidth = (png: Uint8Array): number => new DataView(png.buffer, png.byteOffset).getUint32(16)

describe('chart images', () => {
  it('draws each chart as SVG with its labels and a PNG twice as wide, once per chart', async () => {
    const [a, b, again] = await chartImages([general, sangong, { ...general, items: [...general.items] }])
    expect(a!.svg).toContain('10,314.25万元')
    expect(b!.svg).toContain('公务接待费')
    expect([...a!.png.slice(1, 4)].map((c) => String.fromCharCode(c)).join('')).toBe('PNG')
    expect(pngWidth(a!.png)).toBe(CHART_WIDTH * 2)
    // The same chart (an equal spec) is the same drawing, for the .docx and the PDF's HTML alike.
    expect(again!.svg).toBe(a!.svg)
    expect(again!.png).toBe(a!.png)
    expect(chartSvg(general)).toBe(a!.svg)
    expect(b!.png).not.toEqual(a!.png)
  })
})
