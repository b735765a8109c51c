import { describe, it, expect } from 'vitest'
import { readFileSync } from 'node:fs'
import { unzipSync } from 'fflate'
import { DEFAULT_LIMITS, guardWorkbook, readDirectory, ZipGuardError } from '../../../electron/xlsx/zip-guard'
import { loadGrid } from '../../../electron/xlsx/exceljs-adapter'
import { fixturePath } from '../../support/fixtures'
import { entry, falseDeclaredSize, manySheets, overlappingBomb, rawZip, understatedDirectory, withLongSheet } from '../../support/hostile-archives'

const realBuffer = readFileSync(fixturePath('000.xlsx'))
const real = new Uint8Array(realBuffer)

function refusal(data: Uint8Array): string {
  try {
    guardWorkbook(data)
  } catch (e) {
    expect(e).toBeInstanceOf(ZipGuardError)
    return (e as Error).message
  }
  throw new Error('the guard accepted it')
}

describe('guardWorkbook', () => {
  it('hands on the value parts of a real workbook unchanged', () => {
    const g = guardWorkbook(real)
    expect(g.parts).toContain('xl/workbook.xml')
    expect(g.parts.some((p) => p.startsWith('xl/worksheets/sheet'))).toBe(true)
    const original = unzipSync(real)
    const kept = unzipSync(g.archive)
    for (const part of g.parts) expect(Buffer.from(kept[part]!).equals(Buffer.from(original[part]!))).toBe(true)
    expect(g.cut.size).toBe(0)
  })

  it('refuses random bytes, a truncated file and an empty file with a Chinese message', () => {
    const random = new Uint8Array(4096).map((_, i) => (i * 7919) % 251)
    for (const bad of [random, real.subarray(0, real.byteLength >> 1), new Uint8Array(0)]) expect(refusal(bad)).toMatch(/文件/)
  })

  it('refuses a directory with more entries than its end record counts', () => {
    expect(refusal(understatedDirectory(realBuffer))).toMatch(/压缩目录与内容不符/)
  })

  it('stops inflating a part as soon as it outgrows its declared size', () => {
    expect(refusal(falseDeclaredSize(realBuffer))).toMatch(/比它声明的大小更大/)
  })

  it('refuses a bomb of parts honestly declaring gigabytes before inflating anything', () => {
    expect(refusal(overlappingBomb(realBuffer))).toMatch(/解压后超过 64 MB/)
  })

  it('counts bytes actually inflated, whatever sizes the parts declare', () => {
    const limits = { ...DEFAULT_LIMITS, inflated: 100_000 }
    expect(() => guardWorkbook(real, limits)).toThrow(/解压后超过/)
  })

  it('refuses 20,000 sheets and a workbook listing more sheets than it may hold', () => {
    expect(refusal(manySheets(20_000))).toMatch(/超过 5000 个部件/)
    expect(refusal(manySheets(600))).toMatch(/600 个工作表/)
  })

  it('walks the directory itself and reads the names it holds', () => {
    const zip = rawZip([entry('xl/workbook.xml', '<workbook/>'), entry('a.txt', 'x')])
    expect(readDirectory(zip).map((e) => e.name)).toEqual(['xl/workbook.xml', 'a.txt'])
    expect(refusal(rawZip([entry('readme.txt', '这不是工作簿')]))).toMatch(/没有工作表/)
  })
})

describe('loadGrid through the guard', () => {
  it('reads the first 20,000 rows of a 100,000-row sheet and knows how long it was', async () => {
    const grid = await loadGrid(withLongSheet(realBuffer, 100_000))
    const long = grid.sheets.find((s) => s.name === '明细账')!
    expect(long.truncated).toBe(true)
    expect(long.rowCount).toBe(100_000)
    expect(long.rows).toHaveLength(20_000)
    expect(long.rows[19_999]).toEqual([20_000])
    // The other sheets are whole.
    expect(grid.sheets.filter((s) => s.truncated)).toHaveLength(1)
  })
})
