// The generated disclosure of the current book, built once per book (the pane and the sidebar's
// count of missing fields share it).
import { buildDisclosure } from '../../shared/explanation'
import type { Disclosure } from '../../shared/explanation/types'
import type { BudgetBook } from '../../shared/model/book'
import { useBook } from '../store/book-store'

const cache = new WeakMap<BudgetBook, Disclosure>()

export function disclosureOf(book: BudgetBook): Disclosure {
  let d = cache.get(book)
  if (!d) cache.set(book, (d = buildDisclosure(book)))
  return d
}

export function useDisclosure(): Disclosure {
  return disclosureOf(useBook((s) => s.derivation.book))
}
