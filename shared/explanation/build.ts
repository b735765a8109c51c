// The disclosure text generated from the book and the printed tables (contract B): every figure
// is read from the printed model (contract A), so the text says what the tables print.
import type { BudgetBook } from '../model/book'
import type { Disclosure, Run, Section } from './types'
import { printBook, type PrintedBook } from '../printed'
import { Context } from './compose'
import { sectionFive, sectionFour, sectionOne, sectionSix, sectionThree, sectionTwo } from './sections-budget'
import { sectionEight, sectionEleven, sectionNine, sectionSeven, sectionTen, sectionTwelve } from './sections-other'
import { glossarySection, overviewSections } from './overview'

export function buildDisclosure(book: BudgetBook, printed: PrintedBook = printBook(book)): Disclosure {
  const ctx = new Context(book, printed)
  const overview = overviewSections(ctx)
  const explanation = [sectionOne, sectionTwo, sectionThree, sectionFour, sectionFive, sectionSix, sectionSeven, sectionEight, sectionNine, sectionTen, sectionEleven, sectionTwelve].map((f) => f(ctx))
  const glossary = glossarySection(ctx)
  return {
    cover: { title: `${book.year}年度${ctx.scopeWord}预算公开`, department: book.department, year: book.year, scope: book.scope === '单位' ? 'unit' : 'dept' },
    overview,
    explanation,
    glossary,
    missing: ctx.missing,
  }
}

export function runText(run: Run): string {
  return run.text
}

/** The section's paragraphs as the published text reads, one per line. */
export function plainText(section: Section): string {
  return section.paragraphs.map((p) => p.runs.map(runText).join('')).join('\n')
}
