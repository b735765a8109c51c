// 情况说明 figures: generating the whole disclosure text for the synthetic department (100 units,
// 5,000 projects, all under 绩效目标管理) from its printed model (as the document does), from
// nothing but the book (as the worker does for a book in 元), and from the app's own derivation
// (as the text pane does for a book that needs no 舍位平衡, on the window's thread).
import { buildDisclosure } from '../../shared/explanation'
import { printBook } from '../../shared/printed'
import { Derivation } from '../../shared/engine/derivation'
import { syntheticDepartment } from '../synthetic'
import { median, time } from '../stats'

const RUNS = 5

export async function benchExplanation(): Promise<Record<string, number>> {
  const base = syntheticDepartment()
  const book = { ...base, projects: base.projects.map((p, i) => ({ ...p, perf: { category: i % 3 ? ('特定目标类' as const) : ('其他运转类' as const), published: true } })) }
  const printed = printBook(book)
  const text = median(Array.from({ length: RUNS }, () => time(() => buildDisclosure(book, printed))))
  const whole = median(Array.from({ length: RUNS }, () => time(() => buildDisclosure(book))))
  const derivation = new Derivation(book)
  const pane = median(Array.from({ length: RUNS }, () => time(() => buildDisclosure(book, derivation))))
  return { explanation_text_ms: text, explanation_with_print_ms: whole, explanation_from_derivation_ms: pane }
}
