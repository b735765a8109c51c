// 表六 rows: a 部门经济科目 item with the 政府经济科目 it maps to, proposed from the unit's type.
import type { BudgetBook, EconLine, UnitType } from '../model/book'
import { deptEcon, deptEconByName, govEcon, govEconByName, normalizeName, proposeGovEcon } from '../catalog/economic'
import { cleanName, done, refuse, type EditResult } from './result'
import { newId } from './fresh-ids'

export interface AddEconOptions {
  /** The spending unit whose type decides the 政府 item (default: the first unit). */
  unitId?: string
  unitType?: UnitType
  /** Override the proposed 政府 item, by code or name. */
  gov?: string
}

export function unitTypeFor(book: BudgetBook, options: { unitId?: string; unitType?: UnitType }): UnitType {
  if (options.unitType) return options.unitType
  const unit = options.unitId ? book.units.find((u) => u.id === options.unitId) : book.units[0]
  return unit?.type ?? '行政'
}

/** Add a 表六 row for a 部门 item given by code (30101) or name (基本工资). */
export function addEconLine(book: BudgetBook, dept: string, options: AddEconOptions = {}): EditResult {
  const key = dept.trim()
  if (!key) return refuse('请选择部门预算支出经济科目')
  const item = /^\d+$/.test(key) ? deptEcon(key) : deptEconByName(key)
  if (!item) return refuse(`“${key}”不在部门预算支出经济分类中`)
  if (item.code.length !== 5) return refuse(`“${item.name}”是经济分类的类，请选择其下的具体科目`)
  let gov = proposeGovEcon(item.code, unitTypeFor(book, options))
  if (options.gov?.trim()) {
    const g = options.gov.trim()
    gov = /^\d+$/.test(g) ? govEcon(g) : govEconByName(g)
    if (!gov) return refuse(`“${g}”不在政府预算支出经济分类中`)
  }
  if (!gov) return refuse(`无法为“${item.name}”确定政府预算支出经济科目，请手工选择`)
  const dup = book.econ.find((e) => normalizeName(e.deptName) === normalizeName(item.name) && normalizeName(e.govName) === normalizeName(gov.name))
  if (dup) return refuse(`表六已有“${item.name} | ${gov.name}”`)
  const line: EconLine = {
    id: newId(book, 'econ'),
    deptClass: item.code.slice(0, 3),
    deptCode: item.code,
    deptName: item.name,
    govCode: gov.code,
    govName: gov.name,
    amount: '',
  }
  return done({ ...book, econ: [...book.econ, line].sort(byDeptCode) })
}

function byDeptCode(a: EconLine, b: EconLine): number {
  return (a.deptCode ?? a.deptClass + '99').localeCompare(b.deptCode ?? b.deptClass + '99')
}

export function removeEconLine(book: BudgetBook, id: string): EditResult {
  if (!book.econ.some((e) => e.id === id)) return refuse('表六中没有这一行')
  return done({ ...book, econ: book.econ.filter((e) => e.id !== id) })
}

/** Remove every 表六 row of a 部门 class (a class row deleted). */
export function removeEconClass(book: BudgetBook, deptClass: string): EditResult {
  if (!book.econ.some((e) => e.deptClass === deptClass)) return refuse('表六中没有这一类')
  return done({ ...book, econ: book.econ.filter((e) => e.deptClass !== deptClass) })
}

/** Rename the 部门 side; a name the catalog knows also sets its code (and so its class and nature). */
export function renameEconDept(book: BudgetBook, id: string, name: string): EditResult {
  const n = cleanName(name)
  if (!n) return refuse('经济科目名称不能为空')
  const line = book.econ.find((e) => e.id === id)
  if (!line) return refuse('表六中没有这一行')
  const item = deptEconByName(n)
  const { deptCode: _old, ...rest } = line
  const next: EconLine = item && item.code.length === 5
    ? { ...rest, deptName: n, deptCode: item.code, deptClass: item.code.slice(0, 3) }
    : { ...rest, deptName: n }
  return done({ ...book, econ: book.econ.map((e) => (e.id === id ? next : e)) })
}

export function renameEconGov(book: BudgetBook, id: string, name: string): EditResult {
  const n = cleanName(name)
  if (!n) return refuse('政府经济科目名称不能为空')
  const line = book.econ.find((e) => e.id === id)
  if (!line) return refuse('表六中没有这一行')
  const gov = govEconByName(n)
  const { govCode: _old, ...rest } = line
  const next: EconLine = gov ? { ...rest, govName: n, govCode: gov.code } : { ...rest, govName: n }
  return done({ ...book, econ: book.econ.map((e) => (e.id === id ? next : e)) })
}
