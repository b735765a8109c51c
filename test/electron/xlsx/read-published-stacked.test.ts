// A workbook built here the way other tools and PDF conversions print it: several tables stacked
// on one sheet with an arbitrary name, a 续表 break with a repeated header, spaces inside header
// texts, ASCII colons, 单位名称, numbers as text with thousands separators and full-width digits,
// merged cells, blank rows, and 表四 with class names spelt differently.
import { describe, it, expect } from 'vitest'
import ExcelJS from 'exceljs'
import { readPublishedWorkbook } from '../../../electron/xlsx/read-published'
import { FUNCTION_CLASSES } from '../../../shared/catalog/classes'

type Cell = string | number | null

function stackedWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook()
  const ws = wb.addWorksheet('导出结果(1)')
  let r = 0
  const add = (cells: Cell[], merge?: [number, number]): number => {
    r++
    ws.getRow(r).values = cells
    if (merge) ws.mergeCells(r, merge[0], r, merge[1])
    return r
  }
  const nameLine = (width: number) => add(['单位名称:某某中心', ...Array<Cell>(width - 2).fill(null), '单位:万元'])

  // 表一 with the label line, spaced header texts and the 30 classes.
  add(['预算公开表1'])
  add(['2025年预算收支总表'], [1, 6])
  nameLine(6)
  add(['收入', null, '支出'])
  add(['项 目', '2025 年', '项目', '2025年 合计', '当年预算安排', '上年结转安排'])
  const income: Cell[][] = [['一、一般公共预算', '1,234.50'], ['二、政府性基金预算', null], ['三、国有资本经营预算', null],
    ['四、财政专户管理资金', 100], ['五、单位资金', null]]
  FUNCTION_CLASSES.forEach((c, i) => {
    const amounts: Cell[] = c.code === '212' ? ['1,234.50', '1,234.50'] : c.code === '221' ? ['１００．００', '１００．００'] : []
    add([...(income[i] ?? [null, null]), `${c.seq}、${c.name}`, ...amounts])
  })
  add(['本年收入合计', 1334.5, '本年支出合计', '1,334.50', '1,334.50'])
  add(['上年结转', null, '年终结转'])
  add(['收入总计', '1,334.50', '支出总计', '1,334.50', '1,334.50'])
  add([])

  // 表二 without a label, broken by 续表 with its header printed again.
  add(['2025年预算收入总表'], [1, 9])
  nameLine(9)
  const h1 = add(['项目', null, '本年收入', null, null, null, null, null, '上年结转'], [1, 2])
  ws.mergeCells(h1, 3, h1, 8)
  add(['科目 编码', '科目名称', '合计', '一般公共预算', '政府性基金', '国有资本经营预算', '财政专户管理 资金', '单位资金'])
  ws.mergeCells(h1, 9, h1 + 1, 9)
  add(['合计', null, '1,334.50', '1,234.50', null, null, '100.00'], [1, 2])
  add(['212', '城乡社区支出', '1,234.50', '1,234.50'])
  add(['21201', '城乡社区管理事务', '1,234.50', '1,234.50'])
  add(['2120101', '行政运行', '1,234.50', '1,234.50'])
  add([])
  add(['续表'])
  add(['项目', null, '本年收入', null, null, null, null, null, '上年结转'])
  add(['科目编码', '科目名称', '合计', '一般公共预算', '政府性基金', '国有资本经营预算', '财政专户管理资金', '单位资金'])
  add(['221', '住房保障支出', 100, null, null, null, 100])
  add(['22102', '住房改革支出', 100, null, null, null, 100])
  add(['2210201', '住房公积金', 100, null, null, null, 100])
  add([])

  // 表四 with 表四-of-seed-004 spellings.
  add(['2025年财政拨款收支总表'], [1, 7])
  nameLine(7)
  add(['收入', null, '支出'])
  add(['项目', '金额', '项目', '金额'])
  add([null, null, null, '小 计', '一般公共预算', '政府性基金预算', '国有资本经营预算'])
  const fiscal: Cell[][] = [['一、一般公共预算', 1234.5], ['二、政府性基金预算', null], ['三、国有资本经营预算', null]]
  FUNCTION_CLASSES.forEach((c, i) => {
    const name = c.code === '215' ? '资源勘探工业信息支出' : c.code === '220' ? '自然资源海洋气象支出' : c.name
    const amounts: Cell[] = c.code === '212' ? [1234.5, 1234.5] : c.code === '215' ? [0.5, 0.5] : []
    add([...(fiscal[i] ?? [null, null]), `${c.seq}、${name}`, ...amounts])
  })
  add(['本年收入合计', 1234.5, '本年支出合计', 1234.5, 1234.5])
  add(['收入总计', 1234.5, '支出总计', 1234.5, 1234.5])
  add([])

  // 表十二 of a department with two units.
  add(['2025年项目支出预算表（本年预算）'], [1, 7])
  nameLine(7)
  const p1 = add(['项目名称', '合计', '2025年财政拨款', null, null, '财政专户管理资金', '单位资金'])
  ws.mergeCells(p1, 3, p1, 5)
  add([null, null, '一般公共预算', '政府性基金预算', '国有资本经营预算'])
  add(['1', '2', '3', '4', '5', '6', '7'])
  add(['某某中心', 300, 200, null, null, null, 100])
  add(['某某中心本级', 150, 150])
  add(['项目甲', 50, 50])
  add(['项目乙', 100, 100])
  add(['下属单位A', 150, 50, null, null, null, 100])
  add(['项目丙', 50, 50])
  add(['项目丁', 100, null, null, null, null, 100])
  add([])

  // 表十三, empty, half-width parentheses.
  add(['2025年项目支出预算表(上年结转)'], [1, 5])
  nameLine(5)
  add(['项目名称', '合计', '2025年财政拨款'])
  add([null, null, '一般公共预算', '政府性基金预算', '国有资本经营预算'])
  add(['1', '2', '3', '4', '5'])
  add(['注:本表无数据'])
  return wb
}

describe('readPublishedWorkbook on tables stacked on one sheet with spelling variants', () => {
  it('finds every table, continues 表二 after 续表 and reads all variants', async () => {
    const data = Buffer.from(await stackedWorkbook().xlsx.writeBuffer())
    const d = await readPublishedWorkbook(data, 'stacked.xlsx')

    expect(d.meta).toEqual({ department: '某某中心', nameLabel: '单位名称', year: 2025 })
    expect(Object.entries(d.found).filter(([, v]) => v).map(([k]) => k)).toEqual(['t1', 't2', 't4', 't12', 't13'])

    const t1 = d.tables.t1
    expect(t1.income).toEqual({ gp: '1234.50', gf: null, soe: null, sp: '100.00', unit: null })
    expect([t1.incomeTotal, t1.carryIn, t1.grandIncome]).toEqual(['1334.50', null, '1334.50'])
    expect(t1.expenditure).toHaveLength(30)
    expect(t1.expenditure[11]).toEqual({ seq: '十二', name: '城乡社区支出', total: '1234.50', current: '1234.50', carry: null })
    expect(t1.expenditure[19]).toEqual({ seq: '二十', name: '住房保障支出', total: '100.00', current: '100.00', carry: null })
    expect(t1.expTotal).toEqual({ total: '1334.50', current: '1334.50', carry: null })
    expect(t1.noData).toBe(false)

    const t2 = d.tables.t2.rows
    expect(t2.map((row) => `${row.level}:${row.code}`)).toEqual(
      ['total:', '类:212', '款:21201', '项:2120101', '类:221', '款:22102', '项:2210201'])
    expect(t2[0]).toEqual({ code: '', name: '合计', total: '1334.50', gp: '1234.50', gf: null, soe: null, sp: '100.00', unit: null, carry: null, level: 'total' })
    expect(t2[6]).toMatchObject({ name: '住房公积金', total: '100.00', gp: null, sp: '100.00' })

    const t4 = d.tables.t4
    expect(t4.expenditure).toHaveLength(30)
    expect(t4.expenditure[14]).toEqual({ seq: '十五', name: '资源勘探工业信息支出', total: '0.50', gp: '0.50', gf: null, soe: null })
    expect(t4.expenditure[18]?.name).toBe('自然资源海洋气象支出')
    expect(t4.expenditure[11]).toMatchObject({ total: '1234.50', gp: '1234.50' })
    expect(t4.income.gp).toBe('1234.50')

    expect(d.tables.t12.rows.map((row) => `${row.level}:${row.name}`)).toEqual([
      'dept:某某中心', 'unit:某某中心本级', 'project:项目甲', 'project:项目乙',
      'unit:下属单位A', 'project:项目丙', 'project:项目丁',
    ])
    expect(d.tables.t12.projectCount).toBe(4)
    expect(d.tables.t12.rows[6]).toMatchObject({ total: '100.00', gp: null, unit: '100.00' })
    expect(d.tables.t13).toEqual({ rows: [], projectCount: 0, noData: true })

    // Tables the sheet does not hold are read as empty and reported, nothing else is.
    expect(d.tables.t3).toEqual({ rows: [], noData: true })
    expect(d.notes?.map((n) => n.table)).toEqual(['t3', 't5', 't6', 't7', 't8', 't9', 't10', 't11'])
  })
})
