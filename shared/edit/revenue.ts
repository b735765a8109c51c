// Revenue 项 rows of 表七 (政府性基金收入) and of 表九's income block (国有资本经营收入). Their
// 类 and 款 rows follow from the 项 codes; one the catalog lacks is named by the clerk
// (book.subjectNames, shared by both tables: a revenue code means the same everywhere).
import type { BudgetBook, RevenueLine } from '../model/book'
import { revenueSubject } from '../catalog/functions'
import { cleanName, done, refuse, type EditResult } from './result'
import { nameProblem } from '../model/limits'

export type RevenueTable = 't7' | 't9'
const FIELD = { t7: 'govFundRevenue', t9: 'soeRevenue' } as const
const TABLE = { t7: '表七', t9: '表九' } as const

export interface AddRevenueOptions {
  /** Name of the 类, required when neither the catalog nor the book knows it. */
  className?: string
  /** Name of the 款, likewise. */
  kuanName?: string
}

/** The printed name of a revenue 类 or 款 (the clerk's, else the catalog's; undefined: neither). */
export function revenueGroupName(book: BudgetBook, code: string): string | undefined {
  return book.subjectNames[code] || revenueSubject(code)?.name
}

/** Which of the 类 and 款 of a revenue 项 code need a name from the clerk. */
export function revenueGroupsNeedingNames(book: BudgetBook, code: string): { class: boolean; kuan: boolean } {
  const c = code.trim()
  return { class: !revenueGroupName(book, c.slice(0, 3)), kuan: !revenueGroupName(book, c.slice(0, 5)) }
}

export function addRevenueLine(book: BudgetBook, which: RevenueTable, code: string, name?: string, options: AddRevenueOptions = {}): EditResult {
  const c = code.trim()
  const tooLong = nameProblem(name ?? '')
  if (tooLong) return refuse(tooLong)
  if (!/^1\d{6}$/.test(c)) return refuse('请输入 7 位收入分类科目编码（项），例如 1030148')
  const lines = book[FIELD[which]]
  if (lines.some((l) => l.code === c)) return refuse(`${TABLE[which]}已有收入科目 ${c}`)
  const n = cleanName(name) || revenueSubject(c)?.name || ''
  if (!n) return refuse(`收入科目目录中没有 ${c}，请输入科目名称`)
  const need = revenueGroupsNeedingNames(book, c)
  const className = cleanName(options.className)
  const kuanName = cleanName(options.kuanName)
  if (need.class && !className) return refuse(`收入科目目录中没有类 ${c.slice(0, 3)}，请输入类名称`)
  if (need.kuan && !kuanName) return refuse(`收入科目目录中没有款 ${c.slice(0, 5)}，请输入款名称`)
  const subjectNames = need.class || need.kuan
    ? { ...book.subjectNames, ...(need.class ? { [c.slice(0, 3)]: className } : {}), ...(need.kuan ? { [c.slice(0, 5)]: kuanName } : {}) }
    : book.subjectNames
  const line: RevenueLine = { code: c, name: n, amount: '' }
  return done({ ...book, subjectNames, [FIELD[which]]: [...lines, line].sort((a, b) => a.code.localeCompare(b.code)) })
}

/** Remove a revenue 项, or every 项 under a revenue 类/款. */
export function removeRevenueLine(book: BudgetBook, which: RevenueTable, code: string): EditResult {
  const lines = book[FIELD[which]]
  if (!code || !lines.some((l) => l.code.startsWith(code))) return refuse(`${TABLE[which]}中没有收入科目 ${code}`)
  return done({ ...book, [FIELD[which]]: lines.filter((l) => !l.code.startsWith(code)) })
}

/** Rename a revenue 项, or set the printed name of a revenue 类/款 (empty: back to the catalog's). */
export function renameRevenueLine(book: BudgetBook, which: RevenueTable, code: string, name: string): EditResult {
  const n = cleanName(name)
  const lines = book[FIELD[which]]
  if (code.length === 3 || code.length === 5) {
    if (!lines.some((l) => l.code.startsWith(code))) return refuse(`${TABLE[which]}中没有收入科目 ${code}`)
    // Clearing goes back to the catalog's name; without one the row would print its code.
    if (!n && !revenueSubject(code)) return refuse('科目名称不能为空')
    const subjectNames = { ...book.subjectNames }
    if (n) subjectNames[code] = n
    else delete subjectNames[code]
    return done({ ...book, subjectNames })
  }
  if (!n) return refuse('科目名称不能为空')
  if (!lines.some((l) => l.code === code)) return refuse(`${TABLE[which]}中没有收入科目 ${code}`)
  return done({ ...book, [FIELD[which]]: lines.map((l) => (l.code === code ? { ...l, name: n } : l)) })
}
