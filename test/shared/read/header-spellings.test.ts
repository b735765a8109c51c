// Another department's header rows, read through the whole reader (not just the column mapping):
// a header row printing a spelling that a spec column declares (ColumnDef.read.also, e.g. 财政专户
// for 财政专户管理资金) is still a header row, so its columns are found by their texts, even in
// another order, and the header row is never read as a data row.
import { describe, it, expect } from 'vitest'
import type { GridBook, GridCell } from '../../../shared/workbook/grid'
import { parsePublishedGrid } from '../../../shared/read/parse'

function book(rows: GridCell[][]): GridBook {
  return { sheets: [{ name: '表12', rows, rowCount: rows.length, truncated: false }] }
}

describe('header rows with the spellings the specs declare', () => {
  it('表十二 with 财政专户 and the two fiscal columns swapped: right numbers, no project named 项目名称', () => {
    const d = parsePublishedGrid(book([
      ['2026年项目支出预算表（本年预算）'],
      ['单位名称：某局', null, null, null, null, null, '单位：万元'],
      ['项目名称', '合计', '政府性基金预算', '一般公共预算', '国有资本经营预算', '财政专户', '单位资金'],
      ['某局', 15, 10, 5, null, null, null],
      ['道路维修', 15, 10, 5, null, null, null],
    ]))
    expect(d.notes.filter((n) => n.message.includes('表头无法识别'))).toEqual([])
    const rows = d.tables.t12.rows
    expect(rows.map((r) => r.name)).toEqual(['某局', '道路维修'])
    expect(rows.map((r) => [r.gp, r.gf])).toEqual([['5.00', '10.00'], ['5.00', '10.00']])
  })

  it('表二 with 国有资本 and 财政专户 over its source columns, 政府性基金 before 一般公共预算', () => {
    const d = parsePublishedGrid({ sheets: [{ name: '表2', truncated: false, rowCount: 6, rows: [
      ['2026年预算收入总表'],
      ['单位名称：某局', null, null, null, null, null, null, null, '单位：万元'],
      ['科目编码', '科目名称', '合计', '政府性基金', '一般公共预算', '国有资本', '财政专户', '单位资金', '上年结转'],
      [null, '合计', 15, 10, 5, null, null, null, null],
      ['212', '城乡社区支出', 15, 10, 5, null, null, null, null],
      ['2120803', '城市建设支出', 15, 10, 5, null, null, null, null],
    ] }] })
    expect(d.notes.filter((n) => n.message.includes('表头无法识别'))).toEqual([])
    const rows = d.tables.t2.rows
    expect(rows.map((r) => r.code)).not.toContain('科目编码')
    expect(rows.filter((r) => r.code === '2120803').map((r) => [r.gp, r.gf])).toEqual([['5.00', '10.00']])
  })

  it('表六 headed 部门预算支出经济分类科目 / 政府预算支出经济分类科目 is read by its header', () => {
    const d = parsePublishedGrid({ sheets: [{ name: '表6', truncated: false, rowCount: 5, rows: [
      ['2026年一般公共预算安排基本支出分经济科目表（不含上年结转）'],
      ['单位名称：某局', null, null, null, '单位：万元'],
      ['部门预算支出经济分类科目', '政府预算支出经济分类科目', '合计', '公用经费', '人员经费'],
      ['合计', null, 15, 5, 10],
      ['工资福利支出', null, 10, null, 10],
    ] }] })
    expect(d.notes.filter((n) => n.message.includes('表头无法识别'))).toEqual([])
    expect(d.tables.t6.rows.map((r) => [r.deptEcon, r.personnel, r.public])).toEqual([['合计', '10.00', '5.00'], ['工资福利支出', '10.00', null]])
  })

  it('表十一 headed 单位 with 国有资本经营预算 printed first: the amount goes to 一般公共预算, not by position', () => {
    const d = parsePublishedGrid({ sheets: [{ name: '表11', truncated: false, rowCount: 6, rows: [
      ['2026年财政拨款安排机关运行经费预算表'],
      ['单位名称：某局', null, null, null, '单位：万元'],
      ['单位', '2026预算数', '2026预算数', '2026预算数', '2026预算数'],
      ['单位', '合计', '国有资本经营预算', '政府性基金预算', '一般公共预算'],
      ['部门合计', 232.21, null, null, 232.21],
      ['某局', 232.21, null, null, 232.21],
    ] }] })
    expect(d.tables.t11.rows.map((r) => [r.unit, r.gp, r.soe])).toEqual([['部门合计', '232.21', null], ['某局', '232.21', null]])
  })

  it('the row of column numbers under the header, led by 栏次 or 甲 乙, is not read as a data row', () => {
    for (const lead of [['栏次'], ['甲'], ['甲', '乙']]) {
      const numbers = lead.length === 2 ? [...lead, 1, 2, 3, 4, 5] : [...lead, 1, 2, 3, 4, 5, 6]
      const d = parsePublishedGrid(book([
        ['2026年项目支出预算表（本年预算）'],
        ['单位名称：某局', null, null, null, null, null, '单位：万元'],
        ['项目名称', '合计', '一般公共预算', '政府性基金预算', '国有资本经营预算', '财政专户管理资金', '单位资金'],
        numbers,
        ['某局', 15, 5, 10, null, null, null],
        ['道路维修', 15, 5, 10, null, null, null],
      ]))
      expect(d.tables.t12.rows.map((r) => r.name), lead.join()).toEqual(['某局', '道路维修'])
    }
  })

  it('column numbers printed out of order (columns moved with their numbers) are not a data row either', () => {
    const d = parsePublishedGrid(book([
      ['2026年项目支出预算表（本年预算）'],
      ['单位名称：某局', null, null, null, null, null, '单位：万元'],
      ['项目名称', '合计', '政府性基金预算', '一般公共预算', '国有资本经营预算', '财政专户管理资金', '单位资金'],
      ['栏次', 1, 3, 2, 4, 5, 6],
      ['某局', 15, 10, 5, null, null, null],
      ['道路维修', 15, 10, 5, null, null, null],
    ]))
    expect(d.tables.t12.rows.map((r) => r.name)).toEqual(['某局', '道路维修'])
    expect(d.tables.t12.rows.map((r) => [r.gp, r.gf])).toEqual([['5.00', '10.00'], ['5.00', '10.00']])
  })

  it('a row of small amounts that are not the numbers 1 … n once each stays a data row', () => {
    const d = parsePublishedGrid(book([
      ['2026年项目支出预算表（本年预算）'],
      ['单位名称：某局', null, null, null, null, null, '单位：万元'],
      ['项目名称', '合计', '一般公共预算', '政府性基金预算', '国有资本经营预算', '财政专户管理资金', '单位资金'],
      ['某局', 3, 1, 2, null, null, null],
      ['道路维修', 3, 1, 2, null, null, null],
    ]))
    expect(d.tables.t12.rows.map((r) => [r.name, r.total, r.gp])).toEqual([['某局', '3.00', '1.00'], ['道路维修', '3.00', '1.00']])
  })
})
