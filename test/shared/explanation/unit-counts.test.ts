// 第三部分 八's "本部门…所属N家行政单位" on a real department (seed 000 read from its workbook) made a
// 部门 with two units added in 基本信息 as the pane adds them (type 事业 unless changed) and given
// 机关运行经费 in 表十一: the sentence must not state a count that leaves them out, the clerk is
// shown where to look, and 公开检查 P06 names each unit; with the types set it states the counts.
import { beforeAll, describe, expect, it } from 'vitest'
import type { BudgetBook } from '../../../shared/model/book'
import { buildDisclosure, plainText } from '../../../shared/explanation'
import { publicationFindings } from '../../../shared/inspect'
import { addUnit, setUnitType } from '../../../shared/edit/units'
import { setDisclosureField } from '../../../shared/edit/disclosure-field'
import type { EditResult } from '../../../shared/edit/result'
import { writeAmount } from '../../../shared/engine/inputs'
import { inputKey } from '../../../shared/model/keys'
import { toFen } from '../../../shared/model/money'
import { readSeedWorkbook } from '../../support/seed-workbooks'

const ok = (r: EditResult): BudgetBook => {
  if (!r.ok) throw new Error(r.message)
  return r.book
}
const eight = (book: BudgetBook): string => plainText(buildDisclosure(book).explanation.find((s) => s.number === '八')!)

let dept: BudgetBook
beforeAll(async () => {
  const seed = (await readSeedWorkbook('000.xlsx')).book
  let book: BudgetBook = { ...seed, scope: '部门' }
  // The pane's 添加单位 offers 事业 first; the clerk types each unit's 机关运行经费 in 表十一.
  for (const name of ['孝义市环境卫生服务中心', '孝义市市政设施养护中心']) {
    book = ok(addUnit(book, name, '事业'))
    const id = book.units.at(-1)!.id
    book = writeAmount(book, inputKey.runningCost(id, 'gp'), toFen('20', book.amountUnit))
  }
  dept = book
})

describe('八 机关运行经费: the units the department counts', () => {
  it('the published book as read states its one 行政 unit', () => {
    expect(dept.units.map((u) => u.type)).toEqual(['行政', '事业', '事业'])
    const asRead = { ...dept, units: dept.units.slice(0, 1), runningCosts: dept.runningCosts.filter((r) => r.unitId === dept.units[0]!.id) }
    expect(eight(asRead)).toMatch(/^本部门2026年所属1家行政单位。机关运行经费财政拨款预算/)
    expect(publicationFindings(asRead).filter((f) => f.rule === 'P06')).toEqual([])
  })

  it('states no count while 表十一 lists 事业 units with 机关运行经费, and says where to look', () => {
    const text = eight(dept)
    expect(text).not.toMatch(/所属\d+家/)
    expect(text).toMatch(/^本部门2026年所属（请在基本信息中核对单位类型）。机关运行经费财政拨款预算/)
    const d = buildDisclosure(dept)
    expect(d.missing).toContainEqual({
      field: 'units',
      section: 'runningCosts',
      message: '表十一列出“孝义市环境卫生服务中心”、“孝义市市政设施养护中心”的机关运行经费，但这些单位在“基本信息”中的单位类型是“事业”；'
        + '机关运行经费只属于行政单位和参公单位，请在“基本信息”中核对单位类型，说明中才能写出所属单位数',
    })
    const p06 = publicationFindings(dept).filter((f) => f.rule === 'P06')
    expect(p06.map((f) => [f.message, f.cells[0]?.row ?? f.paragraph?.section])).toEqual([
      ['表十一列出“孝义市环境卫生服务中心”的机关运行经费，但该单位在“基本信息”中的单位类型是“事业”：机关运行经费只属于行政单位和参公单位，请在“基本信息”中核对单位类型', `u:${dept.units[1]!.id}`],
      ['表十一列出“孝义市市政设施养护中心”的机关运行经费，但该单位在“基本信息”中的单位类型是“事业”：机关运行经费只属于行政单位和参公单位，请在“基本信息”中核对单位类型', `u:${dept.units[2]!.id}`],
    ])
  })

  it('states the counts once the types are set, and a 事业 unit without 机关运行经费 is no finding', () => {
    let typed = ok(setUnitType(dept, dept.units[1]!.id, '行政'))
    typed = ok(setUnitType(typed, dept.units[2]!.id, '参公'))
    expect(eight(typed)).toMatch(/^本部门2026年所属2家行政单位、1家参照公务员法管理的事业单位。机关运行经费财政拨款预算/)
    expect(publicationFindings(typed).filter((f) => f.rule === 'P06')).toEqual([])
    const withoutCosts = ok(addUnit(typed, '孝义市城市照明管理所', '事业'))
    expect(eight(withoutCosts)).toMatch(/^本部门2026年所属2家行政单位、1家参照公务员法管理的事业单位。/)
    expect(publicationFindings(withoutCosts).filter((f) => f.rule === 'P06')).toEqual([])
  })

  it('does not state typed counts that list fewer 行政 and 参公 units than 表十一', () => {
    const typed = ok(setDisclosureField(dept, 'disclosure.unitCounts.admin', '1'))
    expect(eight(typed)).toMatch(/^本部门2026年所属（请核对所属单位数）。/)
    expect(buildDisclosure(typed).missing).toContainEqual({ field: 'disclosure.unitCounts', section: 'runningCosts', message: '所填所属行政单位和参公单位共1家，表十一却列出3家单位的机关运行经费，请核对所属单位数' })
    expect(publicationFindings(typed).filter((f) => f.field === 'disclosure.unitCounts').map((f) => f.rule)).toEqual(['P06'])
    const enough = ok(setDisclosureField(typed, 'disclosure.unitCounts.civil', '2'))
    expect(eight(enough)).toMatch(/^本部门2026年所属1家行政单位、2家参照公务员法管理的事业单位。/)
  })
})
