// The reader finds a table's columns from the table's own spec: the header text the spec prints
// over each column, the spellings of other departments declared on the column (ColumnDef.read),
// and, for tables of two blocks side by side, each block's columns only within that block.
import { describe, it, expect } from 'vitest'
import { STANDARD_TABLES, tableDef } from '../../../shared/tables'
import { headerText } from '../../../shared/tables/headers'
import type { ColumnDef, TableDef } from '../../../shared/tables/types'
import { mapColumns } from '../../../shared/read/columns'
import { specRoles } from '../../../shared/read/spec-columns'
import type { GridCell } from '../../../shared/workbook/grid'

/** The header block a table's spec prints, starting at column `first`, year 2026. */
function printedHeader(def: TableDef, first = 0): GridCell[][] {
  const rows: GridCell[][] = Array.from({ length: def.headerRows }, () => Array<GridCell>(first + def.columns.length).fill(null))
  for (const h of def.header) rows[h.row]![first + h.col] = headerText(h.text, 2026)
  return rows
}

const read = (def: TableDef, header: GridCell[][]) => mapColumns(header, specRoles(def), 0)

describe('columns found from the spec', () => {
  it('finds every column of each of the 13 tables in the header its own spec prints, wherever it starts', () => {
    for (const def of STANDARD_TABLES.published) {
      for (const first of [0, 2]) {
        const { map, positional } = read(def, printedHeader(def, first))
        expect(positional, def.id).toBe(false)
        expect(def.columns.map((c) => map[c.id]), def.id).toEqual(def.columns.map((_, i) => first + i))
      }
    }
  })

  it("reads another department's spelling through the spelling declared on the spec column, and only through it", () => {
    const t2 = tableDef('t2')
    // A 表二 printing short source names, 上年结转 before the year's income.
    const header: GridCell[][] = [
      ['科目编码', '科目名称', '上年结转', '合计', '一般公共预算', '政府性基金', '国有资本', '财政专户', '单位资金'],
    ]
    const { map } = read(t2, header)
    expect([map.carry, map.total, map.soe, map.sp, map.uf]).toEqual([2, 3, 6, 7, 8])
    const withoutSpelling: TableDef = { ...t2, columns: t2.columns.map((c): ColumnDef => (c.id === 'soe' ? { ...c, read: {} } : c)) }
    expect(read(withoutSpelling, header).map.soe).toBeUndefined()
  })

  it('looks for what a changed spec prints: the header text is the spec\'s, not a list in the reader', () => {
    const def: TableDef = {
      ...tableDef('t10'),
      header: [{ text: '开支事项', row: 0, col: 0 }, { text: '合计', row: 0, col: 1 }, { text: '一般公共预算', row: 0, col: 2 }, { text: '政府性基金预算', row: 0, col: 3 }, { text: '国有资本经营预算', row: 0, col: 4 }],
      headerRows: 1,
    }
    expect(read(def, [[null, '开支事项', '合计', '一般公共预算', '政府性基金预算', '国有资本经营预算']]).map.label).toBe(1)
    expect(read(tableDef('t10'), [[null, '开支事项', '合计', '一般公共预算', '政府性基金预算', '国有资本经营预算']]).map.label).toBeUndefined()
  })

  it('keeps each block of a side-by-side table to its own columns', () => {
    // 表九 with no header over the income names and 预算数 over the income amount: the income block
    // does not take the expenditure block's 科目名称.
    const header: GridCell[][] = [['收入科目编码', null, '预算数', '科目编码', '科目名称', '合计', '基本支出', '项目支出']]
    const { map } = read(tableDef('t9'), header)
    expect([map.incCode, map.incName, map.incAmount, map.code, map.name, map.total]).toEqual([0, undefined, 2, 3, 4, 5])
    // 表一's income amount is whatever its block prints over it.
    const t1: GridCell[][] = [['项目', '本年预算', '项目', '合计', '当年预算安排', '上年结转安排']]
    expect(read(tableDef('t1'), t1).map.incAmount).toBe(1)
  })
})
