// Builds the disclosure text of a book that needs 舍位平衡 off the window's thread: balancing a
// large department takes seconds, which must never hold up typing in the tables.
import { buildDisclosure } from '../../shared/explanation'
import type { BudgetBook } from '../../shared/model/book'

const scope = self as unknown as { onmessage: ((e: MessageEvent<{ seq: number; book: BudgetBook }>) => void) | null; postMessage(message: unknown): void }

scope.onmessage = (e) => {
  const { seq, book } = e.data
  try {
    scope.postMessage({ seq, disclosure: buildDisclosure(book) })
  } catch (error) {
    scope.postMessage({ seq, error: error instanceof Error ? error.message : String(error) })
  }
}
