// Builds the disclosure text off the window's thread: for a large department it takes seconds
// (the 舍位平衡 of the whole book), which must never hold up typing in the tables.
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
