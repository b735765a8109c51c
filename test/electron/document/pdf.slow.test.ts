// The PDF of fixture 000, printed by the Chromium the CLI finds, read back with unpdf: the
// tables' figures, the headings, the 目录's page numbers pointing at the pages the headings
// are on. Needs a Chromium-based browser (the CLI's own requirement for PDF); without one the
// test says so and is skipped.
import { beforeAll, describe, expect, it } from 'vitest'
import { readSeedWorkbook } from '../../support/seed-workbooks'
import { printedFigures } from '../../../electron/document/printed-tables'
import { disclosureDocument } from '../../../electron/document/write'
import { documentPdf, pdfPageTexts, squeeze } from '../../../electron/document/pdf'
import { cliChromium, withCliPrinter } from '../../../electron/document/pdf-cli'
import type { DisclosureDocument } from '../../../shared/document/types'
import type { BudgetBook } from '../../../shared/model/book'

const chromium = cliChromium()
let book: BudgetBook
let doc: DisclosureDocument
let pages: string[]

// 部门 as well as 单位: Chromium's PDF names the glyph of 门 by the radical ⻔ (U+2EE8), and a
// 目录 line with 部门 in it lost its page number until the text read back folded it.
describe.skipIf(!chromium).each(['单位', '部门'] as const)('the PDF of fixture 000 (%s)', (scope) => {
  beforeAll(async () => {
    book = { ...(await readSeedWorkbook('000.xlsx')).book, scope }
    doc = disclosureDocument(book)
    const pdf = await withCliPrinter((print) => documentPdf(doc, print))
    expect(new TextDecoder().decode(pdf.subarray(0, 5))).toBe('%PDF-')
    pages = (await pdfPageTexts(pdf)).map(squeeze)
  })

  it('prints every nonzero figure of the 13 tables', () => {
    const all = pages.join('')
    let figures = 0
    for (const t of printedFigures(book).tables) {
      for (const row of t.body) for (const c of row) if (/^-?[\d,]+\.\d\d$/.test(c.text)) {
        expect(all).toContain(c.text)
        figures++
      }
    }
    expect(figures).toBeGreaterThan(500)
  })

  it('puts each heading on the page its 目录 line names, numbering pages from 第一部分 as the .docx does', () => {
    // The body starts on the page opening with 第一部分 (after its page number, which the text
    // of a page holds first); the pages before it are cover and 目录.
    const bodyStart = pages.findIndex((p) => p.replace(/^—\d+—/, '').startsWith(squeeze(doc.parts[0]!.title)))
    expect(bodyStart).toBeGreaterThan(1)
    // Cover and 目录 carry no page number; 第一部分 is page 1 and every later page counts on.
    for (const p of pages.slice(0, bodyStart)) expect(p).not.toMatch(/—\d+—/)
    pages.slice(bodyStart).forEach((p, i) => expect(p).toContain(`—${i + 1}—`))
    const tocText = pages.slice(1, bodyStart).join('')
    expect(tocText).toContain(`${squeeze(doc.toc[0]!.text)}1`)
    let from = bodyStart
    for (const entry of doc.toc) {
      const want = squeeze(entry.text)
      const index = pages.findIndex((p, i) => i >= from && p.includes(want))
      expect(index, entry.text).toBeGreaterThanOrEqual(from)
      from = index
      const page = index - bodyStart + 1
      expect(tocText).toContain(`${want}${page}`)
      expect(pages[index]).toContain(`—${page}—`)
    }
  })
})
