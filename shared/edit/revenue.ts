// Revenue 项 rows of 表七 (政府性基金收入) and of 表九's income block (国有资本经营收入).
import type { BudgetBook, RevenueLine } from '../model/book'
import { revenueSubject } from '../catalog/functions'
import { cleanName, done, refuse, type EditResult } from './result'

export type RevenueTable = 't7' | 't9'
const FIELD = { t7: 'govFundRevenue', t9: 'soeRevenue' } as const
const TABLE = { t7: '表七', t9: '表九' } as const

export function addRevenueLine(book: BudgetBook, which: RevenueTable, code: string, name?: string): EditResult {
  const c = code.trim()
  if (!/^1\d{6}$/.test(c)) return refuse('请输入 7 位收入分类科目编码（项），例如 1030148')
  const lines = book[FIELD[which]]
  if (lines.some((l) => l.code === c)) return refuse(`${TABLE[which]}已有收入科目 ${c}`)
  const n = cleanName(name) || revenueSubject(c)?.name || ''
  if (!n) return refuse(`收入科目目录中没有 ${c}，请输入科目名称`)
  const line: RevenueLine = { code: c, name: n, amount: '' }
  return done({ ...book, [FIELD[which]]: [...lines, line].sort((a, b) => a.code.localeCompare(b.code)) })
}

/** Remove a revenue 项, or every 项 under a revenue 类/款. */
export function removeRevenueLine(book: BudgetBook, which: RevenueTable, code: string): EditResult {
  const lines = book[FIELD[which]]
  if (!code || !lines.some((l) => l.code.startsWith(code))) return refuse(`${TABLE[which]}中没有收入科目 ${code}`)
  return done({ ...book, [FIELD[which]]: lines.filter((l) => !l.code.startsWith(code)) })
}

export function renameRevenueLine(book: BudgetBook, which: RevenueTable, code: string, name: string): EditResult {
  const n = cleanName(name)
  if (!n) return refuse('科目名称不能为空')
  const lines = book[FIELD[which]]
  if (!lines.some((l) => l.code === code)) return refuse(`${TABLE[which]}中没有收入科目 ${code}`)
  return done({ ...book, [FIELD[which]]: lines.map((l) => (l.code === code ? { ...l, name: n } : l)) })
}
