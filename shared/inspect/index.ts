// 公开检查: the publication rules and 表文一致 (see rules/catalog.ts, text/check-text.ts).
import type { BudgetBook } from '../model/book'
import type { ImportReport } from '../import/report'
import { buildDisclosure } from '../explanation'
import type { MissingField } from '../explanation/types'
import type { Derivation } from '../engine/derivation'
import { printBook } from '../printed'
import { printedFigures } from './printed-figures'
import { answeredByText, inspectBook, type RuleFinding } from './rules/apply'
import { inspectDisclosure } from './rules/disclosure'

export { PUBLICATION_RULES, RULE_BY_ID, type PublicationRule, type RuleId } from './rules/catalog'
export type { RuleFinding } from './rules/apply'

/** What 审核's 公开检查 group lists: the book rules and the rules on the generated 情况说明. */
export function publicationFindings(book: BudgetBook, report?: ImportReport | null, derivation?: Derivation): RuleFinding[] {
  return publicationCheck(book, report, derivation).findings
}

/** The places of the text left to fill in, by kind, as the 导出公开文件 question names them. */
export interface Unfilled {
  count: number
  /** "8 处上年数未填、1 处原因未填" ('' when none). */
  kinds: string
  /** The yellow placeholders the document would print: "“（上年数未填）”“（请填写原因）”". */
  placeholders: string
}

const UNFILLED_KINDS: { test: (field: string) => boolean; kind: string; placeholder: string }[] = [
  { test: (f) => f.startsWith('prior.figures.'), kind: '上年数未填', placeholder: '（上年数未填）' },
  { test: (f) => f.startsWith('disclosure.reasons.'), kind: '原因未填', placeholder: '（请填写原因）' },
  { test: () => true, kind: '其他内容未填', placeholder: '（请填写…）' },
]

/** 上年数, reasons and the rest counted apart: an 上年数 is typed elsewhere than a reason (clerk8 #8). */
export function unfilledByKind(missing: readonly MissingField[]): Unfilled {
  const counts = UNFILLED_KINDS.map((k) => ({ ...k, n: 0 }))
  for (const m of missing) counts.find((k) => k.test(m.field))!.n++
  const present = counts.filter((k) => k.n > 0)
  return {
    count: missing.length,
    kinds: present.map((k) => `${k.n} 处${k.kind}`).join('、'),
    placeholders: present.map((k) => `“${k.placeholder}”`).join(''),
  }
}

/** The rules' findings and the places of the text still left to fill in (what 导出公开文件 asks about), from one print. */
export function publicationCheck(book: BudgetBook, report?: ImportReport | null, derivation?: Derivation): { findings: RuleFinding[]; unfilled: Unfilled } {
  // One printed model for the rules and the generated text; the app's live derivation saves
  // building another (a large department prints in a fraction of the time).
  const printed = printBook(book, undefined, derivation ? { derivation } : {})
  const pf = printedFigures(book, printed)
  const disclosure = buildDisclosure(book, printed)
  const text = inspectDisclosure(disclosure, pf)
  // The book's P06 is answered when the generated text states there is no 机关运行经费 (not against 公用经费: answeredByText).
  const own = inspectBook(book, pf, report).filter((f) => !answeredByText(f, text.text.text))
  // 八's gap for the unit counts has the same cause as the book's P06 on each 事业 unit with
  // 机关运行经费 (shared/explanation/unit-counts.ts): those name the units, so it is not listed again.
  return { findings: [...own, ...text.findings.filter((f) => f.field !== 'units')], unfilled: unfilledByKind(disclosure.missing) }
}
