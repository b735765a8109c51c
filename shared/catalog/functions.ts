// 功能分类 and 收入分类 subjects known from published tables (shared/catalog/data/seen-…json),
// completed by a few the seeds lack from an official catalog, each with its source
// (data/cited-subjects.json). The full official catalog (about 1,500 项) is not shipped: a book
// learns more subjects from last year's disclosure or a catalog the clerk imports
// (book.knownSubjects); a code in neither is accepted with the clerk's own name and flagged by check C9.
import seen from './data/seen-in-published-tables.json'
import cited from './data/cited-subjects.json'
import type { BudgetBook } from '../model/book'
import { CLASS_BY_CODE } from './classes'

export type SubjectLevel = '类' | '款' | '项'

export interface CatalogSubject {
  code: string
  name: string
  level: SubjectLevel
}

const SUBJECTS = new Map<string, CatalogSubject>()
for (const c of CLASS_BY_CODE.values()) SUBJECTS.set(c.code, { code: c.code, name: c.name, level: '类' })
for (const s of [...seen.functionSubjects, ...cited.functionSubjects]) SUBJECTS.set(s.code, { code: s.code, name: s.name, level: s.level as SubjectLevel })

/** Every known function subject, in code order. */
export const FUNCTION_SUBJECTS: readonly CatalogSubject[] = [...SUBJECTS.values()].sort((a, b) => a.code.localeCompare(b.code))

export function functionSubject(code: string): CatalogSubject | undefined {
  return SUBJECTS.get(code)
}

export function levelOf(code: string): SubjectLevel | null {
  return code.length === 3 ? '类' : code.length === 5 ? '款' : code.length === 7 ? '项' : null
}

/** The 类 and 款 codes above a 项 code: '2080505' → ['208', '20805']. */
export function ancestorsOf(code: string): string[] {
  return code.length === 7 ? [code.slice(0, 3), code.slice(0, 5)] : code.length === 5 ? [code.slice(0, 3)] : []
}

export const SUBJECT_CODE = /^2\d{2}(\d{2}(\d{2})?)?$/

const REVENUE = new Map<string, CatalogSubject>()
for (const s of [...seen.revenueSubjects, ...cited.revenueSubjects]) REVENUE.set(s.code, { code: s.code, name: s.name, level: s.level as SubjectLevel })

export const REVENUE_SUBJECTS: readonly CatalogSubject[] = [...REVENUE.values()].sort((a, b) => a.code.localeCompare(b.code))

export function revenueSubject(code: string): CatalogSubject | undefined {
  return REVENUE.get(code)
}

/**
 * Search function subjects by code prefix or name fragment (the catalog picker). A name found in
 * many 款 (every 款 has its 一般行政管理事务) lists first under the 款, then the 类, the book
 * already uses (`near`: the book's 项 codes), so Enter does not add one of another 类.
 */
export function searchSubjects(query: string, list: readonly CatalogSubject[] = FUNCTION_SUBJECTS, limit = 50, near: readonly string[] = []): CatalogSubject[] {
  const q = query.trim()
  if (!q) return list.slice(0, limit)
  const found = list.filter((s) => s.code.startsWith(q) || s.name.includes(q))
  if (/^\d/.test(q) || !near.length) return found.slice(0, limit)
  const kuan = new Set(near.map((c) => c.slice(0, 5)))
  const cls = new Set(near.map((c) => c.slice(0, 3)))
  const distance = (code: string): number => (kuan.has(code.slice(0, 5)) ? 0 : cls.has(code.slice(0, 3)) ? 1 : 2)
  // Array.prototype.sort is stable: code order within each distance.
  return found.sort((a, b) => distance(a.code) - distance(b.code)).slice(0, limit)
}

/**
 * A function subject as this book knows it: the subjects the book has learned from a published
 * disclosure or an imported catalog (book.knownSubjects), else the shipped catalog. The book's
 * names win: an imported official catalog is newer than the shipped one, so a subject renamed
 * since must not be flagged by C9's name check.
 */
export function bookSubject(book: Pick<BudgetBook, 'knownSubjects'>, code: string): CatalogSubject | undefined {
  const name = book.knownSubjects?.[code]
  const level = levelOf(code)
  if (name && level) return { code, name, level }
  return functionSubject(code)
}

/** The shipped catalog together with the book's known subjects (whose names win), in code order (the picker's list). */
export function subjectCatalog(book: Pick<BudgetBook, 'knownSubjects'>): CatalogSubject[] {
  const known = Object.entries(book.knownSubjects ?? {}).filter(([code, name]) => name && levelOf(code))
  if (!known.length) return [...FUNCTION_SUBJECTS]
  const merged = new Map(SUBJECTS)
  for (const [code, name] of known) merged.set(code, { code, name, level: levelOf(code)! })
  return [...merged.values()].sort((a, b) => a.code.localeCompare(b.code))
}
