import { describe, expect, it } from 'vitest'
import { excelFormula, ranges, type Placement } from '../../../electron/xlsx/export/formulas'

const at = (row: number, col: number): { row: number; col: number } => ({ row, col })

describe('excelFormula', () => {
  const places = new Map<string, Placement>([
    ['a', at(6, 3)], ['b', at(7, 3)], ['c', at(8, 3)], ['d', at(10, 3)], ['e', at(6, 5)], ['z', 'omitted'],
  ])
  const place = (ref: string) => places.get(ref)

  it('sums cells on the sheet, compressing runs into ranges', () => {
    expect(excelFormula({ plus: ['a', 'b', 'c', 'd'], explain: '' }, place)).toBe('SUM(D7:D9,D11)')
    expect(excelFormula({ plus: ['a'], explain: '' }, place)).toBe('D7')
    expect(excelFormula({ plus: ['a'], minus: ['e'], explain: '' }, place)).toBe('D7-F7')
  })

  it('drops cells of omitted (all-zero) rows', () => {
    expect(excelFormula({ plus: ['a', 'z', 'b'], explain: '' }, place)).toBe('SUM(D7:D8)')
    expect(excelFormula({ plus: ['z'], explain: '' }, place)).toBeNull()
  })

  it('gives up when a cell lives on another sheet', () => {
    expect(excelFormula({ plus: ['a', 't3!x!total'], explain: '' }, place)).toBeNull()
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
