// Subjects learned from a 功能分类 catalog the clerk imports (the 财政局's .xlsx or .csv): merged
// into book.knownSubjects, which C9 and the subject picker read through bookSubject.
import type { CatalogEntry } from '../catalog/catalog-rows'
import { functionSubject, SUBJECT_CODE } from '../catalog/functions'
import type { BudgetBook } from '../model/book'
import { done, refuse, type EditResult } from './result'

/**
 * Merge catalog entries into the book's known subjects; an entry replaces an earlier name of its
 * code. An entry the shipped catalog already holds under the same name is not stored (and drops
 * an earlier different name), so knownSubjects keeps only what the shipped catalog lacks or
 * names otherwise. Nothing new: the same book, so no empty undo step.
 */
export function addKnownSubjects(book: BudgetBook, entries: readonly CatalogEntry[]): EditResult {
  // The book validator refuses other codes and empty names, so such a book could not be saved.
  const usable = entries
    .map((e) => ({ code: e.code.trim(), name: e.name.trim() }))
    .filter((e) => SUBJECT_CODE.test(e.code) && e.name !== '')
  if (usable.length === 0) return refuse('目录中没有读到任何支出功能分类科目')
  const known: Record<string, string> = { ...book.knownSubjects }
  let changed = false
  for (const { code, name } of usable) {
    if (functionSubject(code)?.name === name) {
      if (code in known) {
        delete known[code]
        changed = true
      }
    } else if (known[code] !== name) {
      known[code] = name
      changed = true
    }
  }
  if (!changed) return done(book)
  if (Object.keys(known).length) return done({ ...book, knownSubjects: known })
  const { knownSubjects: _none, ...rest } = book
  return done(rest)
}
