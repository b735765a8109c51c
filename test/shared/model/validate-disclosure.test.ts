// Book v2: the disclosure fields are validated with Chinese messages; a version-1 file reads as
// the current version.
import { describe, expect, it } from 'vitest'
import { BOOK_VERSION, emptyBook } from '../../../shared/model/book'
import { rollForward } from '../../../shared/rollover/roll-forward'
import { validateBook } from '../../../shared/model/validate'

const json = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T

describe('book version 2', () => {
  it('reads a version-1 file as the current version', () => {
    const v1 = { ...json(emptyBook('孝义市财政局', 2026)), version: 1 }
    const r = validateBook(v1)
    expect(r.ok && r.book.version).toBe(BOOK_VERSION)
    expect(BOOK_VERSION).toBe(3)
    expect(validateBook({ ...v1, version: 0 })).toMatchObject({ ok: false })
  })

  it('accepts the disclosure fields and a project 绩效', () => {
    const b = {
      ...json(emptyBook('孝义市财政局', 2026)),
      projects: [{ id: 'p1', unitId: 'u1', name: '项目', kind: 'current', amounts: {}, perf: { category: '其他运转类', published: false } }],
      disclosure: {
        duties: '职责', organization: '机构', unitCounts: { admin: 1 }, reasons: { total: '原因', 'threePublic:vehicleOps': '报废' },
        procurement: { goods: '45.6', works: '0' }, performance: { basic: '0', project: '101.59' },
        assets: { asOf: '2025-12-31', vehicles: { other: { quota: 1, actual: 1 } }, officeArea: '962', equipment50: 0, equipment100: 0 },
        purchaseCatalog: '无', otherNotes: '无', glossary: [{ term: '基本支出', text: '……' }],
      },
    }
    expect(validateBook(b)).toEqual({ ok: true, book: b })
  })

  it('names each bad field in Chinese', () => {
    const b = {
      ...json(emptyBook('孝义市财政局', 2026)),
      projects: [{ id: 'p1', unitId: 'u1', name: '项目', kind: 'current', amounts: {}, perf: { category: '运转', published: 'yes' } }],
      disclosure: {
        reasons: { total: 5, nope: 'x' }, procurement: { goods: '-1' }, assets: { asOf: '2025-13-01', vehicles: { leader: { quota: 1.5 } }, officeArea: 'abc' },
        glossary: [{ term: 'x' }],
        extra: 1,
      },
    }
    const r = validateBook(b)
    expect(r.ok).toBe(false)
    if (!r.ok) {
      expect(r.problems).toEqual([
        '第 1 个项目（“项目”）的绩效项目类别应为“其他运转类”或“特定目标类”',
        '第 1 个项目（“项目”）的绩效目标是否公开应为真假值',
        '公开文本资料有未知的项目“extra”',
        '增减原因有未知的项目“nope”',
        '“收支总计增减”的原因应为文字',
        '政府采购货物预算应为不小于零的数字',
        '国有资产的截至日期应为“年-月-日”形式的有效日期',
        '办公用房建筑总面积应为不小于零的数字',
        '领导用车编制数应为 0 到 1000000 之间的整数',
        '名词解释第 1 条应有名词和解释文字',
      ])
    }
  })
})

describe('book version 3: the headlines as published (asPublished)', () => {
  it('reads a version-2 file as the current version', () => {
    const r = validateBook({ ...json(emptyBook('孝义市财政局', 2026)), version: 2 })
    expect(r.ok && r.book.version).toBe(3)
  })

  it('accepts headline ids with a printed and a computed figure, and refuses anything else, in Chinese', () => {
    const b = { ...json(emptyBook('孝义市财政局', 2026)), asPublished: { gp: { printed: '18530.54', computed: '18530.55' } } }
    expect(validateBook(b)).toEqual({ ok: true, book: b })
    expect(validateBook({ ...b, asPublished: { 'sub:2010101': { printed: '1', computed: '1' } } })).toEqual({ ok: false, problems: ['公开时印出的数中“sub:2010101”不是可结转的总数'] })
    expect(validateBook({ ...b, asPublished: { gp: { printed: '18,530.54', computed: '18530.55' } } })).toEqual({ ok: false, problems: ['公开时印出的数“gp”应有印出数和计算数'] })
    expect(validateBook({ ...b, asPublished: [] })).toMatchObject({ ok: false })
  })
})

describe('asPublished figures a .ysb may not carry', () => {
  const b = { ...json(emptyBook('孝义市财政局', 2026)), asPublished: { gp: { printed: '18530.54', computed: '18530.55' } } }
  it('refuses a figure 结转 could not read (more than 6 decimals of 万元, over the limit), so the file never opens to fail at 结转', () => {
    for (const printed of ['1.1234567', '99999999999']) {
      const bad = { ...b, asPublished: { gp: { printed, computed: '0' } } }
      const r = validateBook(bad)
      // The empty book computes 0 for gp, so 结转 reads the printed figure.
      if (r.ok) expect(() => rollForward(r.book, { keepAmounts: false }), printed).not.toThrow()
      expect(r.ok, printed).toBe(false)
    }
  })
  it('refuses a field it does not know inside an entry, as everywhere else in the book', () => {
    expect(validateBook({ ...b, asPublished: { gp: { printed: '18530.54', computed: '18530.55', note: 'x' } } })).toMatchObject({ ok: false })
  })
})
