// A multi-unit department with money from every source survives being published and read back
// as someone else's workbook: the tables read from our export rebuild the same detail rows, with
// no printed figure differing. Each case is a defect the second reader found.
import { describe, it, expect } from 'vitest'
import ExcelJS from 'exceljs'
import { exportWorkbook } from '../../../electron/xlsx/export'
import { readPublishedWorkbook } from '../../../electron/xlsx/read-published'
import { bookFromPublished } from '../../../shared/import/from-published'
import { Derivation } from '../../../shared/engine/derivation'
import type { BudgetBook } from '../../../shared/model/book'
import { multiUnitBook, publishedDetail } from '../../support/multi-unit-book'
import { subjectCatalog } from '../../../shared/catalog/functions'
import { addSubject } from '../../../shared/edit/subjects'

async function published(book: BudgetBook, edit?: (wb: ExcelJS.Workbook) => void) {
  let data = await exportWorkbook(book)
  if (edit) {
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.load(data as unknown as ArrayBuffer)
    edit(wb)
    data = Buffer.from(await wb.xlsx.writeBuffer())
  }
  return bookFromPublished(await readPublishedWorkbook(data, 'dept.xlsx'), 'dept.xlsx')
}

const roots = (r: ReturnType<typeof bookFromPublished>['report']) => r.differences.filter((d) => d.kind !== 'follows')

describe('a multi-unit department read back from its published tables', () => {
  it('keeps the units in 表十二 order although 表十一 leaves the 事业 unit out, and compares projects within their unit', async () => {
    const book = multiUnitBook()
    const { book: back, report } = await published(book)
    expect(publishedDetail(back)).toEqual(publishedDetail(book))
    expect(report.differences).toEqual([])
  })

  it('splits 财政专户 and 单位资金 into 基本/项目 so that each source adds up to 表十二 (no false C1)', async () => {
    const { book: back } = await published(multiUnitBook())
    expect(back.subjects.find((s) => s.code === '2010101')).toMatchObject({ basic: { gp: '100', sp: '5' }, project: { gp: '20', uf: '3' } })
    expect(new Derivation(back).findings().filter((f) => f.check === 'C1')).toEqual([])
  })

  it('places a 项 that 表五 leaves out by what 表十二 still needs of each source, not by its whole total', async () => {
    const { book: back } = await published(multiUnitBook(), (wb) => {
      wb.getWorksheet('表五')!.eachRow((row) => { if (String(row.getCell(1).value).startsWith('21301')) row.values = [] })
    })
    expect(back.subjects.find((s) => s.code === '2130101')).toMatchObject({ basic: { gp: '8' }, project: { sp: '6' } })
    expect(back.subjects.find((s) => s.code === '2010101')).toMatchObject({ project: { gp: '20', uf: '3' } })
    expect(new Derivation(back).findings().filter((f) => f.check === 'C1')).toEqual([])
  })

  it('keeps a negative 项目支出 of a single unsplit source as 项目支出', async () => {
    const book = multiUnitBook()
    book.subjects[4]!.project = { sp: '-6' }
    book.projects[1]!.amounts = { gf: '50', sp: '-6' }
    const { book: back, report } = await published(book)
    expect(back.subjects.find((s) => s.code === '2130101')).toMatchObject({ basic: { gp: '8' }, project: { sp: '-6' } })
    expect(roots(report)).toEqual([])
  })

  it('reads a negative 上年结转 by source as 表四 prints it', async () => {
    const book = multiUnitBook()
    book.subjects[2]!.carry = { gf: '-7', gp: '4' }
    book.projects[3]!.amounts = { gf: '-7', gp: '4' }
    const { book: back } = await published(book)
    expect(back.subjects[2]!.carry).toEqual({ gf: '-7', gp: '4' })
  })

  it('keeps a 表六 item whose 政府 name was left empty, with a note, and the class of the rows below', async () => {
    const book = multiUnitBook()
    book.econ.push({ id: 'e4', deptClass: '301', deptCode: '30102', deptName: '津贴补贴', govCode: '50101', govName: '工资奖金津补贴', amount: '20' })
    book.subjects[0]!.basic.gp = '120'
    const { book: back, report } = await published(book, (wb) => {
      wb.getWorksheet('表六')!.eachRow((row) => row.eachCell((c) => { if (c.value === '基本工资') row.getCell(Number(c.col) + 1).value = null }))
    })
    expect(back.econ.map((e) => [e.deptClass, e.deptName, e.amount])).toEqual([['301', '基本工资', '100'], ['301', '津贴补贴', '20'], ['302', '办公费', '30'], ['303', '生活补助', '8']])
    expect(report.notes.some((n) => n.table === 't6' && n.message.includes('基本工资'))).toBe(true)
    expect(roots(report)).toEqual([])
  })
})

describe('subjects learned from a published file', () => {
  it('are known to C9 and the picker after import; a code typed afresh is still flagged', async () => {
    const book = multiUnitBook()
    const c9 = (b: BudgetBook) => new Derivation(b).findings().filter((f) => f.check === 'C9').map((f) => f.message)
    expect(c9(book)).toHaveLength(2) // 2010101, 2230105: not in the shipped catalog
    const { book: back } = await published(book)
    expect(back.knownSubjects).toMatchObject({ '2010101': '行政运行', '20101': '人大事务', '2230105': '国有企业政策性补贴' })
    expect(c9(back)).toEqual([])
    expect(subjectCatalog(back).some((s) => s.code === '2130101' && s.name === '行政运行')).toBe(true)
    const added = addSubject(back, '2010102', '一般行政管理事务')
    expect(added.ok && c9(added.book)).toEqual(['功能科目 2010102“一般行政管理事务”不在科目目录中，请核对编码'])
  })
})
