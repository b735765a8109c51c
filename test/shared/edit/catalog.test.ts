import { describe, it, expect } from 'vitest'
import { emptyBook, type BudgetBook } from '../../../shared/model/book'
import { addKnownSubjects, addSubject, type EditResult } from '../../../shared/edit'
import { Derivation } from '../../../shared/engine/derivation'
import { validateBook } from '../../../shared/model/validate'

const ok = (r: EditResult): BudgetBook => {
  if (!r.ok) throw new Error(r.message)
  return r.book
}
const base = (): BudgetBook => emptyBook('孝义市测试局', 2026)

describe('addKnownSubjects', () => {
  it('refuses an empty catalog in Chinese', () => {
    expect(addKnownSubjects(base(), [])).toEqual({ ok: false, message: '目录中没有读到任何支出功能分类科目' })
    // Entries the book could not store (bad codes, empty names) count as nothing read.
    expect(addKnownSubjects(base(), [{ code: '3010101', name: '经济' }, { code: '2010101', name: ' ' }]))
      .toEqual({ ok: false, message: '目录中没有读到任何支出功能分类科目' })
  })

  it('merges new codes, replacing earlier names of the same code, without touching the old book', () => {
    const b0 = { ...base(), knownSubjects: { '2010101': '行政运行', '2010102': '旧名称' } }
    const b1 = ok(addKnownSubjects(b0, [{ code: '2010102', name: '一般行政管理事务' }, { code: '2139988', name: '其他农业试点支出' }]))
    expect(b1.knownSubjects).toEqual({ '2010101': '行政运行', '2010102': '一般行政管理事务', '2139988': '其他农业试点支出' })
    expect(b0.knownSubjects).toEqual({ '2010101': '行政运行', '2010102': '旧名称' })
    expect(validateBook(JSON.parse(JSON.stringify(b1))).ok).toBe(true)
  })

  it("stores only what the shipped catalog lacks or names otherwise; a shipped name drops an earlier rename", () => {
    const b1 = ok(addKnownSubjects(base(), [
      { code: '201', name: '一般公共服务支出' },
      { code: '2010601', name: '行政运行' },
      { code: '2080505', name: '机关事业单位基本养老保险缴费' },
    ]))
    expect(b1.knownSubjects).toEqual({ '2080505': '机关事业单位基本养老保险缴费' })
    const b2 = ok(addKnownSubjects(b1, [{ code: '2080505', name: '机关事业单位基本养老保险缴费支出' }]))
    expect(b2.knownSubjects).toBeUndefined()
    expect('knownSubjects' in b2).toBe(false)
  })

  it('returns the same book when the catalog adds nothing (no empty undo step)', () => {
    const b0 = { ...base(), knownSubjects: { '2139988': '其他农业试点支出' } }
    expect(ok(addKnownSubjects(b0, [{ code: '2139988', name: '其他农业试点支出' }, { code: '2010601', name: '行政运行' }]))).toBe(b0)
  })

  it('clears C9 for a subject the imported catalog knows', () => {
    const b0 = ok(addSubject(base(), '2139988', '其他农业试点支出', { kuanName: '其他农林水支出' }))
    const c9 = (b: BudgetBook): string[] => new Derivation(b).findings().filter((f) => f.check === 'C9').map((f) => f.message)
    expect(c9(b0)).toEqual(['功能科目 2139988“其他农业试点支出”不在科目目录中，请核对编码'])
    const b1 = ok(addKnownSubjects(b0, [{ code: '21399', name: '其他农林水支出' }, { code: '2139988', name: '其他农业试点支出' }]))
    expect(c9(b1)).toEqual([])
  })

  it('lets a subject of the imported catalog be added by code alone, its 款 row named by the catalog', () => {
    const b1 = ok(addKnownSubjects(base(), [{ code: '21399', name: '其他农林水支出' }, { code: '2139988', name: '其他农业试点支出' }]))
    const b2 = ok(addSubject(b1, '2139988'))
    expect(b2.subjects.map((s) => s.name)).toEqual(['其他农业试点支出'])
    expect(b2.subjectNames).toEqual({})
    const t5 = new Derivation(b2).layouts.get('t5')!
    expect(t5.find((r) => r.id === 's:21399')!.text.name).toBe('其他农林水支出')
  })
})
