// Every book operation returns a new book or a Chinese message saying why it was refused.
import type { BudgetBook } from '../model/book'

export type EditResult = { ok: true; book: BudgetBook } | { ok: false; message: string }

export const done = (book: BudgetBook): EditResult => ({ ok: true, book })
export const refuse = (message: string): EditResult => ({ ok: false, message })

/** The first id `${prefix}${n}` (n = 1, 2 …) not in `taken`. */
export function freshId(prefix: string, taken: Iterable<string>): string {
  const used = new Set(taken)
  let n = 1
  while (used.has(`${prefix}${n}`)) n++
  return `${prefix}${n}`
}

/** Trimmed text with inner runs of whitespace folded to one space. */
export function cleanName(name: string | undefined): string {
  return (name ?? '').replace(/\s+/g, ' ').trim()
}
