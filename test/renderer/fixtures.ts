// Small books for renderer tests, built with the app's own edit operations.
import { emptyBook, type BudgetBook } from '../../shared/model/book'
import { addSubject, addProject, addEconLine, addRevenueLine, type EditResult } from '../../shared/edit'
import { Derivation } from '../../shared/engine/derivation'
import { inputKey } from '../../shared/model/keys'

export const ok = (r: EditResult): BudgetBook => {
  if (!r.ok) throw new Error(r.message)
  return r.book
}

/** Two 项 under one 款, one project, one 表六 line, one 表九 revenue line, a little money. */
export function smallBook(): BudgetBook {
  let b = emptyBook('孝义市测试局', 2026)
  b = ok(addSubject(b, '2080505'))
  b = ok(addSubject(b, '2080506'))
  b = ok(addSubject(b, '2010601'))
  b = ok(addProject(b, 'u1', 'current', '项目甲'))
  b = ok(addEconLine(b, '30101'))
  b = ok(addRevenueLine(b, 't9', '1060101', '利润收入', { className: '国有资本经营收入', kuanName: '利润收入' }))
  const d = new Derivation(b)
  d.setAmounts([
    [inputKey.subject('2080505', 'b', 'gp'), 427_750_000n],
    [inputKey.subject('2080506', 'b', 'gp'), 36_000_000n],
  ])
  return d.book
}
