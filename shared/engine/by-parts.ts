// A table's layout and a check group's checks depend only on the parts of the book their spec
// says they read (restructure already relies on that: it lays out again only the tables reading
// a part that changed; test/shared/tables/reads.test.ts holds every spec to it). So each keeps its
// last result with the parts it came from, and a build from the very same parts reuses it: the
// open book is laid out again to print it for export or the 情况说明 and on a rebuild, and 表二 …
// 表九 alone are thousands of rows. One entry per owner: a book with parts of its own (舍位平衡's
// printed book) replaces it.
import type { BudgetBook } from '../model/book'
import type { BookPart } from '../checks/checks'

interface Kept {
  parts: unknown[]
  unit: BudgetBook['amountUnit']
  value: unknown
}

const KEPT = new WeakMap<object, Kept>()

/**
 * `make(book)`, or what it returned last for `owner` (a table spec or a check group) when every
 * part in `reads` is the same object (or value) as then. No `reads`: made every time. The entry
 * unit is always part of the key (a change of unit rebuilds everything).
 */
export function byParts<T>(owner: object, reads: readonly BookPart[] | undefined, book: BudgetBook, make: (book: BudgetBook) => T): T {
  if (!reads) return make(book)
  const kept = KEPT.get(owner)
  if (kept && kept.unit === book.amountUnit && reads.every((part, k) => kept.parts[k] === book[part])) return kept.value as T
  const value = make(book)
  KEPT.set(owner, { parts: reads.map((part) => book[part]), unit: book.amountUnit, value })
  return value
}
