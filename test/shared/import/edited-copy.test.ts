// The merge on its own, with books standing in for what the reader gives: the tables' books number
// their rows afresh (here r1, r2 …), the embedded book keeps the clerk's ids.
import { describe, expect, it } from 'vitest'
import { mergeEditedWorkbook } from '../../../shared/import/edited-copy'
import type { BudgetBook } from '../../../shared/model/book'
import { cloneJson } from '../../../shared/util/clone'
import { sampleBook } from '../../electron/support/sample-book'

/** The embedded book as the reader would give it back from its printed tables: same rows, fresh ids, no texts. */
function asRead(book: BudgetBook): BudgetBook {
  const read = cloneJson(book)
  const units = new Map(read.units.map((u, i) => [u.id, `v${i + 1}`]))
  for (const u of read.units) u.id = units.get(u.id)!
  for (const r of read.runningCosts) r.unitId = units.get(r.unitId)!
  read.econ.forEach((e, i) => { e.id = `r${i + 1}` })
  read.projects.forEach((p, i) => { p.id = `q${i + 1}`; p.unitId = units.get(p.unitId)!; delete p.subject; delete p.perf })
  delete read.prior
  delete read.disclosure
  return read
}

function embedded(): BudgetBook {
  const book = sampleBook()
  // Two 表六 lines printed with the same names: told apart by their order.
  book.econ.push({ ...book.econ[0]!, id: 'e99', amount: '1.5' })
  book.projects[1]!.perf = { category: '特定目标类', published: false }
  book.disclosure = { duties: '职责' }
  book.prior = { year: 2025, figures: { total: '9000', 'prj:p2': '800', 'prj:p1': '140', 'econ:e99': '1', 'prjUnit:u2': '2000' } }
  return book
}

describe('mergeEditedWorkbook', () => {
  it('patches only the changed amount into the embedded book, matching a repeated 表六 line by its order', () => {
    const emb = embedded()
    const edited = asRead(emb)
    edited.econ[edited.econ.length - 1]!.amount = '2.5'
    const merged = mergeEditedWorkbook({ embedded: emb, edited, unedited: asRead(emb) })
    const expected = cloneJson(emb)
    expected.econ.find((e) => e.id === 'e99')!.amount = '2.5'
    expect(merged.book).toEqual(expected)
    expect(merged.notes.map((n) => n.message)).toContain('已按表格读入：表六 基本工资（工资奖金津补贴）：1.50 → 2.50 万元')
  })

  it('with a deleted project keeps the others\' 绩效 and 上年数 under the new ids and lists the 上年数 it could not place', () => {
    const emb = embedded()
    const edited = asRead(emb)
    edited.projects = edited.projects.filter((p) => p.name !== '城市管理执法专项经费')
    const merged = mergeEditedWorkbook({ embedded: emb, edited, unedited: asRead(emb) })
    const lighting = merged.book.projects.find((p) => p.name === '城市照明及公益事业电费')!
    expect(lighting.id).toBe('q2')
    expect(lighting.perf).toEqual({ category: '特定目标类', published: false })
    expect(lighting.subject).toBe('2120501')
    expect(merged.book.prior!.figures).toEqual({ total: '9000', 'prj:q2': '800', 'econ:r18': '1', 'prjUnit:v2': '2000' })
    expect(merged.book.disclosure).toEqual({ duties: '职责' })
    expect(merged.notes.map((n) => n.message)).toContain('未能保留：1 项上年数（表格中已删去或改名的行的上年数）')
  })

  it('says plainly when nothing could be compared: figures from the tables, the rest kept', () => {
    const emb = embedded()
    const merged = mergeEditedWorkbook({ embedded: emb, edited: asRead(emb) })
    expect(merged.book.prior!.figures['prj:q1']).toBe('140')
    expect(merged.notes[0]!.message).toMatch(/无法确认导出时表格的原样/)
    expect(merged.notes.some((n) => n.message.includes('以元录入'))).toBe(false) // the book was in 万元: nothing of it is lost
  })
})
