// The disclosure's own fields: department name, budget year, 部门/单位 scope.
import type { BudgetBook } from '../model/book'
import { cleanName, done, refuse, type EditResult } from './result'
import { nameProblem } from '../model/limits'

/** Set the department name; a single unit that carried the old name is renamed with it. */
export function setDepartment(book: BudgetBook, name: string): EditResult {
  const n = cleanName(name)
  if (!n) return refuse('请输入部门名称')
  const tooLong = nameProblem(n)
  if (tooLong) return refuse(tooLong)
  const old = cleanName(book.department)
  let units = book.units
  if (units.length === 0) units = [{ id: 'u1', name: n, type: '行政' }]
  else if (units.length === 1 && cleanName(units[0]!.name) === old) units = [{ ...units[0]!, name: n }]
  return done({ ...book, department: n, units })
}

export function setYear(book: BudgetBook, year: number): EditResult {
  if (!Number.isInteger(year) || year < 2000 || year > 2100) return refuse('年度应为 2000 到 2100 之间的整数')
  return done({ ...book, year })
}

export function setScope(book: BudgetBook, scope: BudgetBook['scope']): EditResult {
  if (scope !== '部门' && scope !== '单位') return refuse('公开类型应为部门或单位')
  return done({ ...book, scope })
}
