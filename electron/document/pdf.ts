// The PDF: the document's HTML printed by Chromium, twice — the first print tells on which page
// each 目录 entry landed (read back from the PDF's text), the second prints the 目录 with those
// numbers. Pages are numbered from 第一部分 on (shared/document/page-numbers.ts), the number
// printed by the HTML's own page margin box, not Chromium's header/footer. Who prints is given:
// the app's own Chromium (pdf-electron.ts) or one found on the system for the CLI (pdf-cli.ts).
import { extractText, getDocumentProxy } from 'unpdf'
import type { DisclosureDocument } from '../../shared/document/types'
import { PAGE_NUMBER_AROUND, printedPageNumber } from '../../shared/document/page-numbers'
import { documentHtml, type TocPages } from './html'
import { foldRadicals } from '../../shared/read/radicals'

export type PrintHtml = (html: string) => Promise<Uint8Array>

/** Chromium's print options: the page size, margins and page numbers are the HTML's own (@page). */
export const PRINT_OPTIONS = { preferCSSPageSize: true, printBackground: true, displayHeaderFooter: false } as const

/** Text compared without spaces and in NFKC (Chromium's text may hold full-width digits and punctuation the HTML printed). */
export const squeeze = (text: string): string => text.normalize('NFKC').replace(/\s+/g, '')

/** Page texts of a PDF, one string per page. */
export async function pdfPageTexts(pdf: Uint8Array): Promise<string[]> {
  const proxy = await getDocumentProxy(new Uint8Array(pdf))
  const { text } = await extractText(proxy, { mergePages: false })
  // Chromium names some CJK glyphs by a radical (⼀ for 一, ⻔ for 门): read as printed.
  return text.map(foldRadicals)
}

/** The printed number of the first page at or after the previous entry's on which each 目录 entry's heading is printed. */
export async function tocPages(pdf: Uint8Array, doc: DisclosureDocument): Promise<TocPages> {
  const texts = (await pdfPageTexts(pdf)).map(squeeze)
  const pages = new Map<string, number>()
  // The cover and the 目录 come first: headings are looked for from the page that opens with
  // 第一部分 on (a 目录 page lists it too, but never starts with it). A page's text begins with
  // its page number (the margin box is read first), which is no part of the page's content.
  const opening = new RegExp(`^${squeeze(PAGE_NUMBER_AROUND.before)}\\d+${squeeze(PAGE_NUMBER_AROUND.after)}`)
  const bodyStart = texts.findIndex((t) => t.replace(opening, '').startsWith(squeeze(doc.parts[0]?.title ?? '')))
  const start = bodyStart < 0 ? 2 : bodyStart
  let from = start
  for (const entry of doc.toc) {
    const want = squeeze(entry.text)
    const at = texts.findIndex((t, i) => i >= from && t.includes(want))
    if (at < 0) continue
    // at ≥ start: a body page, which carries a number.
    pages.set(entry.id, printedPageNumber(at, start)!)
    from = at
  }
  return pages
}

export async function documentPdf(doc: DisclosureDocument, print: PrintHtml): Promise<Uint8Array> {
  const first = await print(documentHtml(doc))
  const pages = await tocPages(first, doc)
  return pages.size > 0 ? print(documentHtml(doc, pages)) : first
}
