// The disclosure text generated from the book and the printed tables (contract B): every figure
// is read from the printed model (contract A), so the text says what the tables print.
import type { BudgetBook } from '../model/book'
import type { Disclosure, Run, Section } from './types'
import { printBook, type PrintedBook } from '../printed'
import { Derivation } from '../engine/derivation'
import { needsBalancing } from '../rounding'
import { STANDARD_TABLES, withoutChecks } from '../tables'
import { Context } from './compose'
import { figuresOfDerivation, figuresOfPrinted, type TextFigures } from './figures'
import { sectionFive, sectionFour, sectionOne, sectionSix, sectionThree, sectionTwo } from './sections-budget'
import { sectionEight, sectionEleven, sectionNine, sectionSeven, sectionTen, sectionTwelve } from './sections-other'
import { glossarySection, overviewSections } from './overview'

/**
 * The disclosure of `book`, its figures read from `from`: the printed model of the book, or a
 * derivation of it (the app's own, kept up to date; printed with 舍位平衡 when the book needs
 * it), or else one made here.
 */
export function buildDisclosure(book: BudgetBook, from?: PrintedBook | Derivation): Disclosure {
  return disclosureOf(book, figuresFor(book, from))
}

/**
 * The disclosure of `book` from figures already read (a caller that knows the book needs no
 * 舍位平衡 reads them off its derivation: figuresOfDerivation).
 */
export function disclosureOf(book: BudgetBook, figures: TextFigures): Disclosure {
  const ctx = new Context(book, figures)
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

function figuresFor(book: BudgetBook, from: PrintedBook | Derivation | undefined): TextFigures {
  if (from !== undefined && !(from instanceof Derivation)) return figuresOfPrinted(from)
  // 舍位平衡 decides every figure over the whole book at once: only the printed model has them.
  if (needsBalancing(book)) return figuresOfPrinted(printBook(book, from?.tables ?? STANDARD_TABLES, from ? { derivation: from } : {}))
  // Nothing to balance: each figure prints its value rounded, read where the text needs it. The
  // checks (a few per project) only read the tables, and the text reads none of them.
  return figuresOfDerivation(book, from ?? new Derivation(book, withoutChecks(STANDARD_TABLES)))
}

export function runText(run: Run): string {
  return run.text
}

/** The section's paragraphs as the published text reads, one per line. */
export function plainText(section: Section): string {
  return section.paragraphs.map((p) => p.runs.map(runText).join('')).join('\n')
}
