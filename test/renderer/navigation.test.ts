import { describe, it, expect } from 'vitest'
import { nextEntryCell } from '../../renderer/grid/navigation'

// 表五 in miniature: col 0 code, 1 name, 2 合计 (computed), 3 基本支出, 4 项目支出;
// rows 0 合计, 1 类, 2 款, 3 项, 4 项, 5 类, 6 款, 7 项. Only 项 rows take amounts, in cols 3–4.
const ITEM_ROWS = new Set([3, 4, 7])
const takes = (r: number, c: number) => ITEM_ROWS.has(r) && (c === 3 || c === 4)
const next = (row: number, col: number, step: Parameters<typeof nextEntryCell>[4]) => nextEntryCell(8, 5, takes, { row, col }, step)

describe('nextEntryCell', () => {
  it('Enter moves down the column past 类/款 rows, Shift+Enter up', () => {
    expect(next(3, 3, 'down')).toEqual({ row: 4, col: 3 })
    expect(next(4, 3, 'down')).toEqual({ row: 7, col: 3 })
    expect(next(7, 3, 'up')).toEqual({ row: 4, col: 3 })
    expect(next(7, 3, 'down')).toBeNull()
  })

  it('Tab past the last money column goes to the next row\'s first money column, never a name', () => {
    expect(next(3, 3, 'right')).toEqual({ row: 3, col: 4 })
    expect(next(3, 4, 'right')).toEqual({ row: 4, col: 3 })
    expect(next(4, 4, 'right')).toEqual({ row: 7, col: 3 })
    expect(next(7, 4, 'right')).toBeNull()
  })

  it('Shift+Tab goes back to the previous row\'s last money column', () => {
    expect(next(4, 3, 'left')).toEqual({ row: 3, col: 4 })
    expect(next(7, 3, 'left')).toEqual({ row: 4, col: 4 })
    expect(next(3, 3, 'left')).toBeNull()
  })

  it('from a name cell, Tab goes to the money cells of its row', () => {
    expect(next(3, 1, 'right')).toEqual({ row: 3, col: 3 })
    expect(next(1, 1, 'right')).toEqual({ row: 3, col: 3 })
  })
})
