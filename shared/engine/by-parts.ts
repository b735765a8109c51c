// A table's layout and a check group's checks depend only on the parts of the book their spec
// says they read (restructure already relies on that: it lays out again only the tables reading
// a part that changed). So each keeps its last result with the parts it came from, and a build
// from the very same parts reuses it: printing, the 情况说明, 舍位平衡 and a rebuild of the open
// book lay out the same book several times, and 表二 … 表九 alone are thousands of rows.
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
