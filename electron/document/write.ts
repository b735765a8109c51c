// The whole disclosure document of a book, written as .docx or PDF: the printed tables and the
// generated text from the same book, so text, charts and tables cannot disagree.
import type { BudgetBook } from '../../shared/model/book'
import { buildDisclosure } from '../../shared/explanation'
import { documentOutline } from '../../shared/document/outline'
import type { DisclosureDocument } from '../../shared/document/types'
import { writeDocx } from './docx-writer'
import { documentPdf, type PrintHtml } from './pdf'
import { printedFigures } from './printed-tables'
import { printBook } from '../../shared/printed'

export type DocumentKind = 'docx' | 'pdf'

/** One printed model for both the text and the tables: they cannot disagree. */
export function disclosureDocument(book: BudgetBook): DisclosureDocument {
  const printed = printBook(book)
  return documentOutline(buildDisclosure(book, printed), printedFigures(book, printed).tables, printed.balancing)
}

/** The document's bytes; a PDF needs a Chromium to print with. */
export async function documentBytes(book: BudgetBook, kind: DocumentKind, print?: PrintHtml): Promise<Uint8Array> {
  const doc = disclosureDocument(book)
  if (kind === 'docx') return writeDocx(doc)
  if (!print) throw new Error('PDF needs a printer')
  return documentPdf(doc, print)
}
