import { describe, expect, it } from 'vitest'
import { excelFormula, ranges } from '../../../shared/workbook/formulas'

const at = (row: number, col: number): { row: number; col: number } => ({ row, col })

describe('excelFormula', () => {
  it('sums cells on the sheet, compressing runs into ranges', () => {
    expect(excelFormula([at(6, 3), at(7, 3), at(8, 3), at(10, 3)], [])).toBe('SUM(D7:D9,D11)')
    expect(excelFormula([at(6, 3)], [])).toBe('D7')
    expect(excelFormula([at(6, 3)], [at(6, 5)])).toBe('D7-F7')
    expect(excelFormula([], [at(6, 5)])).toBe('0-F7')
  })

  it('is no formula when it adds nothing', () => {
    expect(excelFormula([], [])).toBeNull()
  })
})

describe('ranges', () => {
  it('joins cells side by side in a row', () => {
    expect(ranges([at(8, 2), at(8, 3), at(8, 4), at(8, 6)])).toEqual(['C9:E9', 'G9'])
  })
  it('keeps repeated cells separate', () => {
    expect(ranges([at(1, 1), at(1, 1)])).toEqual(['B2', 'B2'])
  })
})
