// Reading a returned fill-in workbook, over the plain cell grid a spreadsheet gives back: what a
// unit typed comes back exactly; rows it added are accepted and listed; text in an amount cell,
// a changed locked cell, a copied row or a missing sheet refuse the file, each named by cell.
import { describe, expect, it } from 'vitest'
import type { BudgetBook } from '../../../shared/model/book'
import { buildTemplate, type TemplateWorkbook } from '../../../shared/template/layout'
import { readBack, type CellGrid, type GridValue, type ReadBack } from '../../../shared/template/read-back'
import { ROW_KEY } from '../../../shared/template/sheets'
import { multiUnitBook } from '../../support/multi-unit-book'

/** The grid a spreadsheet program shows for the laid-out workbook (formulas as their results). */
function gridOf(t: TemplateWorkbook): { sheets: { name: string; rows: GridValue[][] }[] } {
  return {
    sheets: t.sheets.map((s) => {
      const rows: GridValue[][] = []
      for (const c of s.cells) {
        const row = (rows[c.row] ??= [])
        while (row.length <= c.col) row.push(null)
        row[c.col] = typeof c.value === 'object' && c.value !== null ? c.value.result : c.value
      }
      for (let r = 0; r < rows.length; r++) rows[r] ??= []
      return { name: s.name, rows }
    }),
  }
}

const sheet = (g: CellGrid, name: string) => g.sheets.find((s) => s.name === name)! as { name: string; rows: GridValue[][] }
const rowOf = (g: CellGrid, name: string, key: string): GridValue[] => sheet(g, name).rows.find((r) => r[0] === key)!
const firstSpare = (g: CellGrid, name: string): GridValue[] => sheet(g, name).rows.find((r, i) => i > 4 && r[0] === null)!
const read = (g: CellGrid): Extract<ReadBack, { kind: 'read' }> => {
  const r = readBack(g)
  if (r.kind !== 'read') throw new Error('not a template')
  return r
}
const errors = (r: Extract<ReadBack, { kind: 'read' }>) => r.findings.filter((f) => f.severity === 'error')

function unitTemplate(book: BudgetBook = multiUnitBook()) {
  return gridOf(buildTemplate(book, { unitId: 'u2', keepAmounts: false }))
}

describe('reading back a fill-in workbook', () => {
  it('returns exactly what the unit typed, with its identity', () => {
    const g = unitTemplate()
    rowOf(g, '功能科目支出', ROW_KEY.subject('2010101'))[3] = 12.34
    rowOf(g, '本年项目', ROW_KEY.project('p2'))[5] = 50
    rowOf(g, '机关运行经费', ROW_KEY.unit('u2'))[3] = 0.000001
    const r = read(g)
    expect(errors(r)).toEqual([])
    expect(r.identity).toMatchObject({ department: '孝义市测试局', year: 2026, unit: { id: 'u2', name: '孝义市测试中心' } })
    expect(r.book!.units).toEqual([{ id: 'u2', name: '孝义市测试中心', type: '事业' }])
    expect(r.book!.subjects.find((s) => s.code === '2010101')!.basic).toEqual({ gp: '12.34' })
    expect(r.book!.projects.find((p) => p.id === 'p2')!.amounts).toEqual({ gf: '50' })
    expect(r.book!.runningCosts).toEqual([{ unitId: 'u2', amounts: { gp: '0.000001' } }])
  })

  it('accepts and lists a new project and a new subject', () => {
    const g = unitTemplate()
    const p = firstSpare(g, '本年项目')
    p[2] = '新建污水管网'; p[3] = '2120803'; p[4] = 30
    const s = firstSpare(g, '功能科目支出')
    s[1] = '2299901'; s[2] = '其他支出'; s[3] = 5
    const r = read(g)
    expect(errors(r)).toEqual([])
    expect(r.book!.projects.at(-1)).toMatchObject({ unitId: 'u2', name: '新建污水管网', kind: 'current', subject: '2120803', amounts: { gp: '30' } })
    expect(r.book!.subjects.at(-1)).toEqual({ code: '2299901', name: '其他支出', basic: { gp: '5' }, project: {}, carry: {} })
    expect(r.findings.map((f) => f.message)).toEqual(['新增功能科目 2299901 其他支出', '新增本年项目“新建污水管网”'])
  })

  it('refuses a new row for a subject the sheet already has', () => {
    const g = unitTemplate()
    const s = firstSpare(g, '功能科目支出')
    s[1] = '2080505'; s[3] = 5
    const r = read(g)
    expect(r.book).toBeNull()
    expect(errors(r).map((f) => f.message)).toEqual(['功能科目 2080505 已在表中，请在原行填写'])
  })

  it('takes a new subject’s name from the catalog when the unit gives only the code', () => {
    const g = unitTemplate()
    const s = firstSpare(g, '功能科目支出')
    s[1] = '2010601'; s[4] = 7
    const r = read(g)
    expect(errors(r)).toEqual([])
    expect(r.book!.subjects.at(-1)).toEqual({ code: '2010601', name: '行政运行', basic: { gf: '7' }, project: {}, carry: {} })
    expect(r.findings.find((f) => f.severity === 'info')).toMatchObject({ sheet: '功能科目支出', message: '新增功能科目 2010601 行政运行' })
  })

  it('refuses text in an amount cell, naming the cell', () => {
    const g = unitTemplate()
    const row = rowOf(g, '功能科目支出', ROW_KEY.subject('2010101'))
    row[3] = '1,234.50'
    const r = read(g)
    expect(r.book).toBeNull()
    const at = sheet(g, '功能科目支出').rows.indexOf(row) + 1
    expect(errors(r)).toEqual([{ severity: 'error', sheet: '功能科目支出', cell: `D${at}`, message: '“一般公共预算”填的是文字“1,234.50”，金额单元格只能填数字' }])
  })

  it('refuses a formula result with too many decimals, showing it as the unit saw it', () => {
    const g = unitTemplate()
    const row = rowOf(g, '功能科目支出', ROW_KEY.subject('2010101'))
    row[3] = 100 / 3
    const r = read(g)
    expect(r.book).toBeNull()
    const at = sheet(g, '功能科目支出').rows.indexOf(row) + 1
    expect(errors(r)).toEqual([{ severity: 'error', sheet: '功能科目支出', cell: `D${at}`,
      message: '“一般公共预算”单元格显示为 33.333333，实际值是 33.333333333333336，小数位过多（万元最多 6 位小数），多半是公式算出的：请用 ROUND 取两位小数或直接填数' }])
  })

  it('refuses a changed locked cell, a copied row and a deleted sheet', () => {
    const g = unitTemplate()
    const row = rowOf(g, '功能科目支出', ROW_KEY.subject('2010101'))
    row[2] = '别的名称'
    sheet(g, '本年项目').rows.push([...rowOf(g, '本年项目', ROW_KEY.project('p2'))])
    g.sheets.splice(g.sheets.findIndex((s) => s.name === '三公经费'), 1)
    const r = read(g)
    expect(r.book).toBeNull()
    const messages = errors(r).map((f) => `${f.sheet} ${f.cell ?? ''} ${f.message}`)
    expect(messages).toContain(`功能科目支出 C${sheet(g, '功能科目支出').rows.indexOf(row) + 1} 锁定的“科目名称”原为“行政运行”，被改为“别的名称”`)
    expect(messages.some((m) => m.startsWith('本年项目 A') && m.includes('行标识“p:p2”重复'))).toBe(true)
    expect(messages).toContain('三公经费  缺少工作表“三公经费”（工作表不能删除或改名）')
  })

  it('is not a template when the hidden identity sheet is absent', () => {
    const g = unitTemplate()
    g.sheets.splice(g.sheets.findIndex((s) => s.name === '__template__'), 1)
    expect(readBack(g).kind).toBe('not-template')
  })
})
