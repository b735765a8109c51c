// The 万元 preview of a 元 book: the banner counts the book's adjustments, and each table the
// cells it marks itself, so a clerk on 表五 is not told of orange cells they cannot find there.
import { describe, expect, it } from 'vitest'
import { emptyBook, type BudgetBook } from '../../shared/model/book'
import { addSubject } from '../../shared/edit'
import { Derivation } from '../../shared/engine/derivation'
import { inputKey } from '../../shared/model/keys'
import { buildPreview } from '../../renderer/store/preview'
import { ok } from './fixtures'

describe('buildPreview', () => {
  it('counts per table the cells it marks: every one of them carries a mark, other tables none', () => {
    let b: BudgetBook = { ...emptyBook('孝义市测试局', 2026), amountUnit: '元' }
    for (const code of ['2080502', '2080505', '2080506']) b = ok(addSubject(b, code))
    const d = new Derivation(b)
    // 3,333 元 three times: each rounds to 0.33 万元, their 款 (9,999 元) to 1.00: one 项 takes 0.01.
    d.setAmounts(['2080502', '2080505', '2080506'].map((code) => [inputKey.subject(code, 'b', 'gp'), 333_300n] as const))
    const preview = buildPreview(d.book)
    expect(preview.adjusted).toBe(1)
    const inT5 = [...preview.marks.keys()].filter((k) => k.startsWith('t5|'))
    expect(inT5.length).toBeGreaterThan(0)
    expect(preview.markedCells.get('t5')).toBe(inT5.length)
    const counted = [...preview.markedCells.values()].reduce((a, n) => a + n, 0)
    expect(counted).toBe(preview.marks.size)
    expect(preview.markedCells.get('t12')).toBeUndefined()
  })
})
