// The .docx of fixture 000 read back as a reader sees it: mammoth's text holds every figure of
// the 13 printed tables and of the generated text, every heading the 目录 lists (with a page
// number), and the charts' SVG labels print the same figures as the tables.
import { beforeAll, describe, expect, it } from 'vitest'
import mammoth from 'mammoth'
import { unzipSync, strFromU8 } from 'fflate'
import { readSeedWorkbook } from '../../support/seed-workbooks'
import { printedFigures, amountText } from '../../../electron/document/printed-tables'
import { disclosureDocument } from '../../../electron/document/write'
import { writeDocx } from '../../../electron/document/docx-writer'
import { CHART_WIDTH, chartImages, chartSvg } from '../../../electron/document/chart-image'
import { chartLabels } from '../../../shared/document/chart-option'
import { tableHeading } from '../../../shared/document/outline'
import { FIRST_PAGE_NUMBER, PAGE_NUMBER_AROUND } from '../../../shared/document/page-numbers'
import type { DisclosureDocument } from '../../../shared/document/types'
import type { BudgetBook } from '../../../shared/model/book'
import type { ChartSpec } from '../../../shared/explanation/types'

let book: BudgetBook
let doc: DisclosureDocument
let text: string
let files: Record<string, Uint8Array>

const squeeze = (s: string): string => s.replace(/\s+/g, '')

beforeAll(async () => {
  book = (await readSeedWorkbook('000.xlsx')).book
  doc = disclosureDocument(book)
  const docx = await writeDocx(doc)
  files = unzipSync(new Uint8Array(docx))
  text = (await mammoth.extractRawText({ buffer: docx })).value
})

const charts = (): ChartSpec[] => doc.parts.flatMap((p) => p.blocks.flatMap((b) => (b.kind === 'chart' ? [b.chart] : [])))

describe('the .docx of fixture 000', () => {
  it('prints every nonzero figure of the 13 tables, as the export prints it', () => {
    const { tables } = printedFigures(book)
    const flat = squeeze(text)
    let figures = 0
    for (const t of tables) {
      expect(flat).toContain(squeeze(tableHeading(t)))
      for (const row of t.body) for (const c of row) if (/^-?[\d,]+\.\d\d$/.test(c.text)) {
        expect(flat).toContain(c.text)
        figures++
      }
    }
    expect(figures).toBeGreaterThan(500)
    // The figure the seed's own text got wrong (基本支出 4158.61) prints as the tables have it.
    expect(flat).toContain('4,158.62')
  })

  it('holds the four parts and every section heading, listed in the 目录 with page numbers', () => {
    for (const part of doc.parts) expect(text).toContain(part.title)
    for (const entry of doc.toc) expect(squeeze(text)).toContain(squeeze(entry.text))
    const toc = text.slice(text.indexOf('目'), text.indexOf(doc.parts[0]!.title, text.indexOf(doc.toc.at(-1)!.text)))
    // Each 目录 line ends in its page number (worked out when the file was written).
    const numbered = doc.toc.filter((e) => new RegExp(`${squeeze(e.text).slice(-6).replace(/[()（）“”]/g, '.')}\\s*\\d+`).test(squeeze(toc)))
    expect(numbered.length).toBe(doc.toc.length)
  })

  it('numbers pages as the PDF does: cover and 目录 without a number, 第一部分 page 1', () => {
    const xml = strFromU8(files['word/document.xml']!)
    const sections = [...xml.matchAll(/<w:sectPr>.*?<\/w:sectPr>/g)].map((m) => m[0])
    expect(sections.length).toBeGreaterThan(3)
    // Cover and 目录: no footer, so no page number (the first section has nothing to inherit).
    for (const s of sections.slice(0, 2)) expect(s).not.toContain('w:footerReference')
    // The first body section restarts the count; every body section prints the footer.
    expect(sections[2]).toContain(`<w:pgNumType w:start="${FIRST_PAGE_NUMBER}"/>`)
    for (const s of sections.slice(2)) expect(s).toContain('w:footerReference')
    for (const s of sections.slice(3)) expect(s).not.toContain('w:start=')
    const footer = strFromU8(files['word/footer1.xml']!)
    expect(footer).toContain(PAGE_NUMBER_AROUND.before)
    expect(footer).toMatch(/PAGE/)
    // The 目录 gives 第一部分 (and its first section) the first number.
    const toc = text.slice(text.indexOf('目'), text.indexOf(doc.toc[2]!.text))
    expect(squeeze(toc)).toContain(`${squeeze(doc.toc[0]!.text)}${FIRST_PAGE_NUMBER}${squeeze(doc.toc[1]!.text)}${FIRST_PAGE_NUMBER}`)
  })

  it('prints the generated text, figures included', () => {
    for (const section of doc.parts[2]!.blocks.flatMap((b) => (b.kind === 'section' ? [b.section] : []))) {
      for (const p of section.paragraphs) for (const run of p.runs) if (run.kind === 'figure') expect(text).toContain(run.text)
    }
  })

  it('embeds each chart as SVG with a PNG fallback, labelled with the printed figures', () => {
    const svgs = Object.keys(files).filter((f) => f.startsWith('word/media/') && f.endsWith('.svg'))
    const pngs = Object.keys(files).filter((f) => f.startsWith('word/media/') && f.endsWith('.png'))
    expect(svgs.length).toBe(charts().length)
    expect(pngs.length).toBe(charts().length)
    const svgText = svgs.map((f) => strFromU8(files[f]!)).join('\n')
    const printed = printedFigures(book)
    let checked = 0
    for (const chart of charts()) {
      expect(svgText).toContain(chart.title)
      chartLabels(chart).forEach((label, i) => {
        const item = chart.items[i]!
        if (item.cents > 0n) expect(svgText).toContain(label.amount)
        // The chart's figure is the printed one of the cell it names.
        if (item.ref) {
          expect(label.amount).toBe(`${amountText(printed.cell(item.ref.table as never, item.ref.row, item.ref.col)!) || '0'}万元`)
          checked++
        }
      })
    }
    expect(checked).toBe(charts().reduce((n, c) => n + c.items.length, 0))
  })

  it('draws each chart once: writing again, or the PDF, takes the drawings the .docx holds', async () => {
    const media = (ext: string) => Object.keys(files).filter((f) => f.startsWith('word/media/') && f.endsWith(ext)).sort().map((f) => files[f]!)
    const images = await chartImages(charts())
    const pngs = media('.png')
    expect(pngs.length).toBe(images.length)
    images.forEach((image, k) => expect(Buffer.from(image.png).equals(Buffer.from(pngs[k]!))).toBe(true))
    expect(images.map((i) => i.svg)).toEqual(media('.svg').map((b) => strFromU8(b)))
    expect(images.map((i) => chartSvg(charts()[images.indexOf(i)]!))).toEqual(images.map((i) => i.svg))
    // The PNG is the SVG at twice its size (IHDR width), for print.
    for (const i of images) expect(new DataView(i.png.buffer, i.png.byteOffset).getUint32(16)).toBe(CHART_WIDTH * 2)
    // An equal chart (another object, the same spec) is the same drawing, not drawn again.
    const again = await chartImages(charts().map((c) => ({ ...c, items: [...c.items] })))
    again.forEach((image, k) => expect(image.png).toBe(images[k]!.png))
  })

  it('lays the pages out on A4 with the GB/T 9704 margins, wide tables landscape, header rows repeated', () => {
    const xml = strFromU8(files['word/document.xml']!)
    expect(xml).toContain('w:top="2098"')
    expect(xml).toContain('w:bottom="1984"')
    expect(xml).toContain('w:left="1587"')
    expect(xml).toContain('w:right="1474"')
    expect(xml).toContain('w:orient="landscape"')
    expect(xml).toContain('<w:tblHeader/>')
    expect(strFromU8(files['word/styles.xml']!)).toContain('仿宋_GB2312')
    // No paragraph is in a Word numbered list (the 目录 estimator relies on it, docx-page-numbers.ts).
    expect(xml).not.toContain('w:numPr')
    expect(strFromU8(files['word/styles.xml']!)).not.toContain('w:numPr')
  })
})
