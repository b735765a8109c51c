import { describe, it, expect } from 'vitest'
import ExcelJS from 'exceljs'
import { loadGrid } from '../../../electron/xlsx/exceljs-adapter'
import { exportWorkbook } from '../../../electron/xlsx/export'
import { readPublishedWorkbook } from '../../../electron/xlsx/read-published'
import { bookFromPublished } from '../../../shared/import/from-published'
import { seedDisclosure } from '../../support/fixtures'

async function workbookWith(cells: Record<string, ExcelJS.CellValue>): Promise<Buffer> {
  const wb = new ExcelJS.Workbook()
  const ws = wb.addWorksheet('表1')
  for (const [address, value] of Object.entries(cells)) ws.getCell(address).value = value
  return Buffer.from(await wb.xlsx.writeBuffer())
}

describe('loadGrid reads a formula as the result the file saved', () => {
  it('a saved result of 0 is 0, not an unsaved result (every empty SUM row of a WPS workbook)', async () => {
    const file = await workbookWith({
      A1: { formula: 'B1-C1', result: 0 },
      A2: { formula: 'SUM(B2:C2)', result: 12.5 },
      A3: { formula: 'SUM(B3:C3)' } as ExcelJS.CellFormulaValue,
    })
    const [sheet] = (await loadGrid(file)).sheets
    expect(sheet!.rows.map((r) => r[0] ?? null)).toEqual([0, 12.5, null])
    // Only the formula with nothing saved is reported as such.
    expect(sheet!.uncachedFormulas).toEqual([[2, 0]])
  })

  it('our own export read back as a published workbook has no formula without a saved result', async () => {
    const seed = seedDisclosure('000')
    const { book } = bookFromPublished(seed, '000.xlsx')
    const file = await exportWorkbook(book)
    const grid = await loadGrid(file)
    expect(grid.sheets.flatMap((s) => s.uncachedFormulas ?? [])).toEqual([])
    const read = await readPublishedWorkbook(file, 'export.xlsx')
    expect(JSON.stringify(read)).not.toContain('没有保存它的计算结果')
  })
})
