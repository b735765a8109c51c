// The PDF: the document's HTML printed by Chromium, twice — the first print tells on which page
// each 目录 entry landed (read back from the PDF's text), the second prints the 目录 with those
// numbers. Page numbers count from the cover, as the footer prints them. Who prints is given:
// the app's own Chromium (pdf-electron.ts) or one found on the system for the CLI (pdf-cli.ts).
import { extractText, getDocumentProxy } from 'unpdf'
import type { DisclosureDocument } from '../../shared/document/types'
import { documentHtml, type TocPages } from './html'

export type PrintHtml = (html: string) => Promise<Uint8Array>

/** The footer Chromium prints on every page: "— 3 —". */
export const FOOTER_TEMPLATE =
  '<div style="width:100%;text-align:center;font-size:12pt;font-family:SimSun,\'Noto Serif CJK SC\',serif">— <span class="pageNumber"></span> —</div>'

/**
 * Text compared without spaces and in NFKC: Chromium's PDFs map some CJK glyphs to the Kangxi
 * radicals (U+2F00 ⼀ for 一), which NFKC folds back.
 */
export const squeeze = (text: string): string => text.normalize('NFKC').replace(/\s+/g, '')

/** Page texts of a PDF, one string per page. */
export async function pdfPageTexts(pdf: Uint8Array): Promise<string[]> {
  const proxy = await getDocumentProxy(new Uint8Array(pdf))
  const { text } = await extractText(proxy, { mergePages: false })
  return text
}

/** The first page at or after the previous entry's on which each 目录 entry's heading is printed. */
export async function tocPages(pdf: Uint8Array, doc: DisclosureDocument): Promise<TocPages> {
  const texts = (await pdfPageTexts(pdf)).map(squeeze)
  const pages = new Map<string, number>()
  // The cover and the 目录 come first: headings are looked for from the page that opens with
  // 第一部分 on (a 目录 page lists it too, but never starts with it).
  const bodyStart = texts.findIndex((t) => t.startsWith(squeeze(doc.parts[0]?.title ?? '')))
  let from = bodyStart < 0 ? 2 : bodyStart
  for (const entry of doc.toc) {
    const want = squeeze(entry.text)
    const at = texts.findIndex((t, i) => i >= from && t.includes(want))
    if (at < 0) continue
    pages.set(entry.id, at + 1)
    from = at
  }
  return pages
}

export async function documentPdf(doc: DisclosureDocument, print: PrintHtml): Promise<Uint8Array> {
  const first = await print(documentHtml(doc))
  const pages = await tocPages(first, doc)
  return pages.size > 0 ? print(documentHtml(doc, pages)) : first
}
