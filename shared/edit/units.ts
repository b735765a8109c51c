// The department's units (单位): name and type (行政/参公/事业).
import { UNIT_TYPES, type BudgetBook, type UnitType } from '../model/book'
import { toFen } from '../model/money'
import { cleanName, done, refuse, type EditResult } from './result'
import { newId } from './fresh-ids'
import { nameProblem } from '../model/limits'

export function addUnit(book: BudgetBook, name: string, type: UnitType = '行政'): EditResult {
  const n = cleanName(name)
  if (!n) return refuse('请输入单位名称')
  const tooLong = nameProblem(n)
  if (tooLong) return refuse(tooLong)
  if (!UNIT_TYPES.includes(type)) return refuse('单位类型应为行政、参公或事业')
  if (book.units.some((u) => cleanName(u.name) === n)) return refuse(`已有单位“${n}”`)
  const unit = { id: newId(book, 'unit'), name: n, type }
  return done({ ...book, units: [...book.units, unit] })
}

export function renameUnit(book: BudgetBook, id: string, name: string): EditResult {
  const n = cleanName(name)
  if (!n) return refuse('单位名称不能为空')
  if (!book.units.some((u) => u.id === id)) return refuse('没有这个单位')
  if (book.units.some((u) => u.id !== id && cleanName(u.name) === n)) return refuse(`已有单位“${n}”`)
  return done({ ...book, units: book.units.map((u) => (u.id === id ? { ...u, name: n } : u)) })
}

export function setUnitType(book: BudgetBook, id: string, type: UnitType): EditResult {
  if (!UNIT_TYPES.includes(type)) return refuse('单位类型应为行政、参公或事业')
  if (!book.units.some((u) => u.id === id)) return refuse('没有这个单位')
  return done({ ...book, units: book.units.map((u) => (u.id === id ? { ...u, type } : u)) })
}

const hasMoney = (amounts: Record<string, string | undefined>, unit: BudgetBook['amountUnit']): boolean =>
  Object.values(amounts).some((v) => v !== undefined && toFen(v, unit) !== 0n)

/** Remove a unit with its (empty) projects; refused while any of them, or its 机关运行经费, holds money. */
export function removeUnit(book: BudgetBook, id: string): EditResult {
  const unit = book.units.find((u) => u.id === id)
  if (!unit) return refuse('没有这个单位')
  if (book.units.length === 1) return refuse('至少要保留一个单位')
  const funded = book.projects.filter((p) => p.unitId === id && hasMoney(p.amounts, book.amountUnit))
  if (funded.length) {
    return refuse(`“${unit.name}”还有 ${funded.length} 个项目有金额（如“${funded[0]!.name}”），请先删除或清零这些项目`)
  }
  const running = book.runningCosts.find((r) => r.unitId === id)
  if (running && hasMoney(running.amounts, book.amountUnit)) return refuse(`“${unit.name}”在表十一还有机关运行经费金额，请先清零`)
  return done({
    ...book,
    units: book.units.filter((u) => u.id !== id),
    projects: book.projects.filter((p) => p.unitId !== id),
    runningCosts: book.runningCosts.filter((r) => r.unitId !== id),
  })
}
