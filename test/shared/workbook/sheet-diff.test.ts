import { describe, expect, it } from 'vitest'
import { changedCells, printedAt, shownCell } from '../../../shared/workbook/sheet-diff'
import type { SheetSpec, SpecValue } from '../../../shared/workbook/sheet-model'
import { STYLES } from '../../../shared/workbook/styles'
import type { GridBook, GridCell } from '../../../shared/workbook/grid'

// A small printed table as the writer lays it out: title, a two-row header with a merged group, body rows.
const VALUES: SpecValue[][] = [
  ['预算表', null, null, null],
  ['科目编码', '科目名称', '本年预算', null],
  [null, null, '基本支出', '项目支出'],
  ['201', '一般公共服务支出', { formula: 'SUM(C5:C5)', result: 235 }, null],
  ['2010101', '行政运行', 235, 3.3],
]
const SHEET: SheetSpec = {
  name: '表五',
  state: 'visible',
  columnWidths: [10, 20, 12, 12],
  rowHeights: new Map(),
  cells: VALUES.flatMap((row, r) => row.map((value, col) => ({ row: r, col, value, style: STYLES.header }))),
  merges: [{ top: 1, left: 2, bottom: 1, right: 3 }, { top: 1, left: 0, bottom: 2, right: 0 }],
  page: { landscape: false, onePage: false, repeatRows: { first: 1, last: 2 } },
}

function grid(change: (rows: GridCell[][]) => void, formulaCells = ['C4']): GridBook {
  const rows = VALUES.map((row) => row.map((v) => (v !== null && typeof v === 'object' ? v.result : v)))
  change(rows)
  return { sheets: [{ name: '表五', rows, rowCount: rows.length, truncated: false, formulaCells }] }
}

describe('changedCells: what an outside edit changed, as a clerk sees the table', () => {
  it('finds nothing where only the binary form or a zero/empty spelling differs', () => {
    expect(changedCells([SHEET], grid((rows) => { rows[4]![3] = 3.3000000000000003; rows[3]![3] = 0 }))).toEqual([])
    expect(shownCell('  行政运行 ')).toBe('s:行政运行')
  })

  it('names an edited amount by its row (code and name) and its header path, merged groups included', () => {
    expect(changedCells([SHEET], grid((rows) => { rows[4]![2] = 240 }))).toEqual([
      { sheet: '表五', cell: 'C5', at: [4, 2], row: '2010101 行政运行', column: '本年预算·基本支出', before: '235.00', after: '240.00', recomputed: false },
    ])
  })

  it('marks a formula the spreadsheet recomputed, but not one typed over with a number', () => {
    const recomputed = changedCells([SHEET], grid((rows) => { rows[3]![2] = 240 }))
    expect(recomputed.map((c) => [c.cell, c.recomputed])).toEqual([['C4', true]])
    const typedOver = changedCells([SHEET], grid((rows) => { rows[3]![2] = 240 }, []))
    expect(typedOver.map((c) => [c.cell, c.recomputed])).toEqual([['C4', false]])
  })

  it('finds what a new print shows at a changed cell by its row\'s texts, even after a row dropped out', () => {
    const changes = changedCells([SHEET], grid((rows) => { rows[4]![2] = 240; rows[3]![2] = 999 }, []))
    // The new print lost the 类 row (say it has no amount any more): 行政运行 moved up one row.
    const reprinted: SheetSpec = { ...SHEET, cells: SHEET.cells.filter((c) => c.row !== 3).map((c) => (c.row === 4 ? { ...c, row: 3, value: c.col === 2 ? 240 : c.value } : c)) }
    const shown = printedAt(changes, [reprinted], grid((rows) => { rows[4]![2] = 240; rows[3]![2] = 999 }, []))
    expect(changes.map((c) => [c.cell, shown.get(c)])).toEqual([['C4', undefined], ['C5', '240.00']])
  })

  it('lists texts, emptied cells and a missing sheet', () => {
    const cells = changedCells([SHEET], grid((rows) => { rows[4]![1] = '行政运行（改）'; rows[4]![3] = null }))
    expect(cells.map((c) => `${c.cell} ${c.before} → ${c.after}`)).toEqual(['B5 行政运行 → 行政运行（改）', 'D5 3.30 → 空白'])
    expect(changedCells([SHEET], { sheets: [] })).toHaveLength(13) // every cell shown
  })
})
