// A book kept in 元 prints balanced 万元 figures (舍位平衡). The .xlsx explains it on its
// 舍位平衡说明 sheet; the disclosure document says the same, word for word, as the 注 before its
// tables, in the .docx and in the PDF. A 万元 book that needs no balancing has no such 注.
import { beforeAll, describe, expect, it } from 'vitest'
import mammoth from 'mammoth'
import { readSeedWorkbook } from '../../support/seed-workbooks'
import { disclosureDocument } from '../../../electron/document/write'
import { writeDocx } from '../../../electron/document/docx-writer'
import { documentPdf, pdfPageTexts, squeeze } from '../../../electron/document/pdf'
import { cliChromium, withCliPrinter } from '../../../electron/document/pdf-cli'
import { exportWorkbook } from '../../../electron/xlsx/export'
import { loadGrid } from '../../../electron/xlsx/exceljs-adapter'
import { ROUNDING_SHEET } from '../../../shared/rounding'
import { convertUnit } from '../../../shared/model/convert-unit'
import type { BudgetBook } from '../../../shared/model/book'
import type { DisclosureDocument } from '../../../shared/document/types'

let book: BudgetBook
let doc: DisclosureDocument
/** The first paragraph of the exported workbook's 舍位平衡说明 sheet. */
let sheetText: string

beforeAll(async () => {
  // Fixture 000 entered in 元, one 项 typed to the 元 (0.01 万元 rounding leaves a 尾差).
  const yuan = convertUnit((await readSeedWorkbook('000.xlsx')).book, '元')
  const subject = yuan.subjects.find((s) => s.basic.gp)!
  book = { ...yuan, subjects: yuan.subjects.map((s) => (s === subject ? { ...s, basic: { ...s.basic, gp: '123456.78' } } : s)) }
  doc = disclosureDocument(book)
  const grid = await loadGrid(await exportWorkbook(book))
  const sheet = grid.sheets.find((s) => s.name === ROUNDING_SHEET)!
  sheetText = String(sheet.rows[1]![0])
}, 60_000)

const NOTE = /^注：本套报表以元录入，公开时按万元保留两位小数。/

describe('the 舍位平衡 注 of a book kept in 元', () => {
  it('opens 第二部分, before 表一, with the workbook sheet’s own words', () => {
    expect(sheetText).toMatch(/^本套报表以元录入/)
    const first = doc.parts[1]!.blocks[0]!
    expect(first).toEqual({ kind: 'note', text: `注：${sheetText}` })
    expect(doc.parts[1]!.blocks[1]!.kind).toBe('table')
  })

  it('is in the .docx, after the part title and before 表一', async () => {
    const text = (await mammoth.extractRawText({ buffer: await writeDocx(doc) })).value
    const part = text.lastIndexOf(doc.parts[1]!.title)
    const note = text.indexOf(`注：${sheetText}`)
    expect(note).toBeGreaterThan(part)
    expect(note).toBeLessThan(text.indexOf('表一', part))
    expect(text.slice(note)).toMatch(NOTE)
  }, 60_000)

  it.skipIf(!cliChromium())('is in the PDF, on the page 第二部分 opens', async () => {
    const pages = (await withCliPrinter((print) => documentPdf(doc, print)).then(pdfPageTexts)).map(squeeze)
    const at = pages.findIndex((p) => p.includes(squeeze(`注：${sheetText}`)))
    expect(at).toBeGreaterThan(1)
    expect(pages[at]).toContain(squeeze(doc.parts[1]!.title))
    expect(pages[at]).toContain('表一')
  }, 120_000)

  it('is not printed for a 万元 book that needs no balancing', async () => {
    const plain = disclosureDocument((await readSeedWorkbook('000.xlsx')).book)
    expect(plain.parts[1]!.blocks.some((b) => b.kind === 'note')).toBe(false)
  })
})
