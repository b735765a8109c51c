import { describe, it, expect } from 'vitest'
import { bookSubject, FUNCTION_SUBJECTS, functionSubject, revenueSubject, searchSubjects, subjectCatalog } from '../../../shared/catalog/functions'
import seen from '../../../shared/catalog/data/seen-in-published-tables.json'
import cited from '../../../shared/catalog/data/cited-subjects.json'
import { emptyBook, type BudgetBook } from '../../../shared/model/book'
import { addSubject, renameSubject } from '../../../shared/edit'
import { Derivation } from '../../../shared/engine/derivation'

const withKnown = (knownSubjects?: Record<string, string>): BudgetBook => ({ ...emptyBook('测试局', 2026), ...(knownSubjects ? { knownSubjects } : {}) })

describe('the shipped catalog completed from official catalogs', () => {
  it('adds each cited subject with a source it names, and none a published seed already has', () => {
    const published = new Set([...seen.functionSubjects, ...seen.revenueSubjects].map((s) => s.code))
    for (const s of [...cited.functionSubjects, ...cited.revenueSubjects]) {
      expect(Object.keys(cited.sources), s.code).toContain(s.source)
      expect(published.has(s.code), s.code).toBe(false)
      expect(s.level, s.code).toBe(s.code.length === 3 ? '类' : s.code.length === 5 ? '款' : '项')
    }
  })

  it('knows the 款 of 表九’s revenue lines and of 巩固脱贫攻坚成果衔接乡村振兴, with their standard names', () => {
    expect(revenueSubject('10306')).toEqual({ code: '10306', name: '国有资本经营收入', level: '款' })
    expect(revenueSubject('1030601')?.name).toBe('利润收入')
    expect(functionSubject('21305')?.name).toBe('巩固脱贫攻坚成果衔接乡村振兴')
    expect(functionSubject('2130501')).toEqual({ code: '2130501', name: '行政运行', level: '项' })
  })

  it('knows 2130101 行政运行 under 21301 农业农村', () => {
    expect(functionSubject('21301')).toEqual({ code: '21301', name: '农业农村', level: '款' })
    expect(functionSubject('2130101')?.name).toBe('行政运行')
  })
})

describe('bookSubject', () => {
  it('falls back to the shipped catalog, and knows a book-only code at its level', () => {
    const book = withKnown({ '2139988': '其他农业试点支出', '21399': '其他农林水支出' })
    expect(bookSubject(book, '2010601')).toEqual({ code: '2010601', name: '行政运行', level: '项' })
    expect(bookSubject(book, '2139988')).toEqual({ code: '2139988', name: '其他农业试点支出', level: '项' })
    expect(bookSubject(book, '21399')).toEqual({ code: '21399', name: '其他农林水支出', level: '款' })
    expect(bookSubject(book, '2139977')).toBeUndefined()
    expect(bookSubject(withKnown(), '2139988')).toBeUndefined()
  })

  it("prefers the book's name over the shipped one (an imported catalog is newer)", () => {
    expect(functionSubject('2010601')?.name).toBe('行政运行')
    const book = withKnown({ '2010601': '行政运行（新）' })
    expect(bookSubject(book, '2010601')).toEqual({ code: '2010601', name: '行政运行（新）', level: '项' })
  })

  it('ignores a known entry whose code has no level', () => {
    expect(bookSubject(withKnown({ '2010': '四位' }), '2010')).toBeUndefined()
  })
})

describe('subjectCatalog', () => {
  it('is the shipped catalog when the book knows nothing more', () => {
    expect(subjectCatalog(withKnown())).toEqual([...FUNCTION_SUBJECTS])
  })

  it("adds the book's subjects in code order, each code once, with the book's names winning", () => {
    const list = subjectCatalog(withKnown({ '2139988': '其他农业试点支出', '2010601': '行政运行（新）' }))
    expect(list).toHaveLength(FUNCTION_SUBJECTS.length + 1)
    expect(list.map((s) => s.code)).toEqual([...list.map((s) => s.code)].sort())
    expect(list.filter((s) => s.code === '2010601')).toEqual([{ code: '2010601', name: '行政运行（新）', level: '项' }])
    expect(list.find((s) => s.code === '2139988')).toEqual({ code: '2139988', name: '其他农业试点支出', level: '项' })
  })
})

describe('C9 with known subjects', () => {
  const c9 = (b: BudgetBook): string[] => new Derivation(b).findings().filter((f) => f.check === 'C9').map((f) => f.message)
  const ok = (r: ReturnType<typeof addSubject>): BudgetBook => {
    if (!r.ok) throw new Error(r.message)
    return r.book
  }

  it('does not flag a subject named as the imported catalog renamed it', () => {
    const renamed = ok(renameSubject(ok(addSubject(withKnown(), '2010601')), '2010601', '行政运行（新）'))
    expect(c9(renamed)).toEqual(['功能科目 2010601 的名称“行政运行（新）”与目录中的“行政运行”不同'])
    expect(c9({ ...renamed, knownSubjects: { '2010601': '行政运行（新）' } })).toEqual([])
    // The shipped name now differs from the book's catalog: that is what C9 reports.
    const old = ok(addSubject(withKnown({ '2010601': '行政运行（新）' }), '2010601', '行政运行'))
    expect(c9(old)).toEqual(['功能科目 2010601 的名称“行政运行”与目录中的“行政运行（新）”不同'])
  })
})

describe('searchSubjects by name', () => {
  const items = FUNCTION_SUBJECTS.filter((s) => s.level === '项')
  it('lists first the 项 under a 款, then a 类, the book already uses (every 款 has its 行政运行, 一般行政管理事务 …)', () => {
    const all = searchSubjects('行政运行', items, 200)
    expect(new Set(all.map((s) => s.code.slice(0, 3))).size).toBeGreaterThan(3)
    // A book using 款 21305 and 21201: their 行政运行 first, then the rest of 类 213, then the others (each in code order).
    const near = ['2130502', '2120199']
    const ranked = searchSubjects('行政运行', items, 200, near)
    expect(ranked.map((s) => s.code).sort()).toEqual(all.map((s) => s.code).sort())
    const distance = (code: string): number => (near.some((c) => c.slice(0, 5) === code.slice(0, 5)) ? 0 : near.some((c) => c.slice(0, 3) === code.slice(0, 3)) ? 1 : 2)
    const order = ranked.map((s) => distance(s.code))
    expect(order).toEqual([...order].sort((a, b) => a - b))
    expect(ranked.map((s) => s.code).slice(0, 5)).toEqual(['2120101', '2130501', '2130101', '2010601', '2080201'])
  })
  it('keeps code order for a code prefix', () => {
    expect(searchSubjects('2080', items, 200, ['2130101']).map((s) => s.code)).toEqual(searchSubjects('2080', items, 200).map((s) => s.code))
  })
})
