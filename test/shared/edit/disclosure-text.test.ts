// The clerk's text fields of the disclosure, as the 公开文本 pane edits them.
import { describe, expect, it } from 'vitest'
import { emptyBook } from '../../../shared/model/book'
import { STANDARD_GLOSSARY } from '../../../shared/model/disclosure'
import { isDisclosureText, readDisclosureText, setDisclosureText } from '../../../shared/edit'
import { buildDisclosure } from '../../../shared/explanation'

const book = () => emptyBook('某某局', 2026)
const ok = (r: ReturnType<typeof setDisclosureText>) => {
  if (!r.ok) throw new Error(r.message)
  return r.book
}

describe('disclosure text fields', () => {
  it('set a reason, and clearing it makes it missing again', () => {
    const b = ok(setDisclosureText(book(), 'disclosure.reasons.total', '  人员增加。 '))
    expect(b.disclosure?.reasons?.total).toBe('人员增加。')
    expect(readDisclosureText(b, 'disclosure.reasons.total')).toBe('人员增加。')
    const cleared = ok(setDisclosureText(b, 'disclosure.reasons.total', ''))
    expect(cleared.disclosure?.reasons?.total).toBeUndefined()
  })

  it('edit 职责 as one text of several paragraphs, which the text prints as paragraphs', () => {
    const b = ok(setDisclosureText(book(), 'disclosure.duties', '1. 负责甲。\r\n2. 负责乙。'))
    expect(readDisclosureText(b, 'disclosure.duties')).toBe('1. 负责甲。\n2. 负责乙。')
    const duties = buildDisclosure(b).overview.find((s) => s.id === 'duties')!
    expect(duties.paragraphs.map((p) => p.runs.map((r) => r.text).join(''))).toEqual(['1. 负责甲。', '2. 负责乙。'])
  })

  it('edit one 名词解释 entry as “名词：解释”, keeping the standard others', () => {
    const b = ok(setDisclosureText(book(), 'disclosure.glossary.1', '项目支出：为完成特定任务的支出。'))
    expect(b.disclosure?.glossary?.[1]).toEqual({ term: '项目支出', text: '为完成特定任务的支出。' })
    expect(b.disclosure?.glossary?.[0]).toEqual(STANDARD_GLOSSARY[0])
    const refused = setDisclosureText(book(), 'disclosure.glossary.1', '没有冒号')
    expect(refused.ok).toBe(false)
  })

  it('refuse what is not a text field, and leave the book as it was', () => {
    const b = book()
    for (const field of ['disclosure.procurement.goods', 'prior.figures.x', 'disclosure.reasons.nope', 'department']) {
      expect(isDisclosureText(field)).toBe(false)
      const r = setDisclosureText(b, field, '1')
      expect(r.ok).toBe(false)
      if (!r.ok) expect(r.message).toMatch(/[\u4e00-\u9fff]/)
    }
  })
})
