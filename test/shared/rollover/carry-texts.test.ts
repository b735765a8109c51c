// Rolling forward keeps the clerk's 概况, unit counts, catalog reference and 名词解释, and starts
// the year's own reasons, 政府采购, 资产, 绩效 and 其他 empty; the 三公 items' figures become 上年数.
import { describe, expect, it } from 'vitest'
import { rollForward } from '../../../shared/rollover/roll-forward'
import { emptyBook, type BudgetBook } from '../../../shared/model/book'
import { validateBook } from '../../../shared/model/validate'
import { buildDisclosure, plainText } from '../../../shared/explanation'

const book: BudgetBook = {
  ...emptyBook('孝义市财政局', 2026),
  threePublic: { abroad: {}, reception: { gp: '0.5' }, vehiclePurchase: {}, vehicleOps: { gp: '1.6' } },
  projects: [{ id: 'p1', unitId: 'u1', name: '项目', kind: 'current', amounts: { gp: '10' }, perf: { category: '其他运转类', published: true } }],
  disclosure: {
    duties: '职责', organization: '机构', unitCounts: { admin: 1 }, purchaseCatalog: '晋财综〔2025〕28号', glossary: [{ term: '基本支出', text: '……' }],
    reasons: { total: '增人增资' }, procurement: { goods: '45.6' }, assets: { officeArea: '962' }, performance: { project: '10' }, otherNotes: '其他',
  },
}

describe('roll forward of the disclosure texts', () => {
  const next = rollForward(book, { keepAmounts: false })

  it('carries 概况 and 名词解释, clears the year’s own fields', () => {
    expect(next.disclosure).toEqual({ duties: '职责', organization: '机构', unitCounts: { admin: 1 }, purchaseCatalog: '晋财综〔2025〕28号', glossary: [{ term: '基本支出', text: '……' }] })
    expect(next.projects[0]!.perf).toEqual({ category: '其他运转类', published: true })
    expect(validateBook(JSON.parse(JSON.stringify(next))).ok).toBe(true)
    expect(rollForward({ ...book, disclosure: undefined }, { keepAmounts: false })).not.toHaveProperty('disclosure')
  })

  it('keeps each 三公 item as 上年数, so next year states its change', () => {
    expect(next.prior?.figures).toMatchObject({ 'threePublic:reception': '0.5', 'threePublic:vehicleOps': '1.6', 'threePublic:vehicle': '1.6', 'threePublic:abroad': '0' })
    const text = plainText(buildDisclosure(next).explanation.find((s) => s.number === '七')!)
    expect(text).toContain('公务接待费0万元，与上年相比预算数减少0.50万元')
  })
})
