// Comparing through a second province's set (test/shared/tables/province-set.ts): the book built
// from its workbook is the book it was exported from, and a figure edited in its renamed 表十 or
// under its renamed 表十一 header is reported by that set's own row and column names.
import { describe, expect, it } from 'vitest'
import { bookFromPublished } from '../../../shared/import/from-published'
import { STANDARD_TABLES, withTables } from '../../../shared/tables'
import type { GridBook } from '../../../shared/workbook/grid'
import { exportWorkbook } from '../../../electron/xlsx/export'
import { loadWorkbookGrid, parseWorkbookGrid } from '../../../electron/xlsx/read-published'
import { seedDisclosure } from '../../support/fixtures'
import { PROVINCE_GP_HEADER, PROVINCE_TABLES } from '../tables/province-set'
import { tTree } from '../tables/toy-tree-table'

const source = bookFromPublished(seedDisclosure('000'), '000.json').book
const exported = async (): Promise<GridBook> => loadWorkbookGrid(await exportWorkbook(source, { tables: PROVINCE_TABLES }), 'province.xlsx')
const importThrough = (grid: GridBook) => bookFromPublished(parseWorkbookGrid(grid, PROVINCE_TABLES), 'province.xlsx', PROVINCE_TABLES)

/** Row r of a sheet whose first cell is `label`, and the column printing `header` in its header. */
function cellOf(grid: GridBook, sheet: string, label: string, header: string): [number, number, GridBook['sheets'][number]] {
  const s = grid.sheets.find((x) => x.name === sheet)!
  const r = s.rows.findIndex((row) => row[0] === label)
  const c = s.rows.map((row) => row.indexOf(header)).find((i) => i >= 0)!
  return [r, c, s]
}

describe('the import comparison through a second province\'s set', () => {
  it('builds the exported book again with no difference', async () => {
    const { book, report } = importThrough(await exported())
    expect(report.differences).toEqual([])
    const standard = bookFromPublished(parseWorkbookGrid(await loadWorkbookGrid(await exportWorkbook(source), 'standard.xlsx')), 'standard.xlsx')
    expect(book).toEqual(standard.book)
  })

  it('reports a figure edited under the set\'s own 表十一 header, named by that header', async () => {
    const grid = await exported()
    const [r, c, sheet] = cellOf(grid, '表十一', '部门合计', PROVINCE_GP_HEADER)
    sheet.rows[r]![c] = 999
    const diffs = importThrough(grid).report.differences
    expect(diffs.map((d) => [d.table, d.row, d.column, d.printed])).toEqual([['t11', '部门合计', PROVINCE_GP_HEADER, '999.00']])
  })

  it('reports a figure edited in the set\'s renamed 表十', async () => {
    const grid = await exported()
    const [r, c, sheet] = cellOf(grid, '表十', '合计', '一般公共预算')
    sheet.rows[r]![c] = 1
    const diffs = importThrough(grid).report.differences
    expect(diffs.map((d) => [d.table, d.row, d.column, d.printed, d.kind])).toEqual([['t10', '合计', '一般公共预算', '1.00', 'mismatch']])
  })

})

describe('a subject tree a set adds', () => {
  const set = withTables(STANDARD_TABLES, tTree)
  const grid = async (): Promise<GridBook> => loadWorkbookGrid(await exportWorkbook(source, { tables: set }), 'tree.xlsx')
  const differences = (g: GridBook) => bookFromPublished(parseWorkbookGrid(g, set), 'tree.xlsx', set).report.differences.filter((x) => x.table === 't15')

  it('is compared row by row by subject code, its 合计 on the total row, from its spec alone', async () => {
    const g = await grid()
    expect(parseWorkbookGrid(g, set).extra!.find((t) => t.id === 't15')!.rows.length).toBeGreaterThan(3)
    expect(differences(g)).toEqual([])
  })

  it('reports an edited figure on the subject it is printed for', async () => {
    const g = await grid()
    const sheet = g.sheets.find((x) => x.name === '表十五')!
    const r = sheet.rows.findIndex((row) => typeof row[0] === 'string' && /^\d{7}$/.test(row[0]))
    const [code, name] = sheet.rows[r]! as string[]
    sheet.rows[r]![2] = 4321
    expect(differences(g).map((x) => [x.row, x.column, x.printed])).toEqual([[`${code} ${name}`, '基本支出', '4321.00']])
  })
})
