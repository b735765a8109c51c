// The document of a department with large budgets as a reader sees it on paper: the .docx laid
// out by LibreOffice and the app's PDF laid out by Chromium, their text read back per page with
// poppler's pdftotext. Fixture 000 with every amount ×100 (up to 2,304,126.00 万元, 7 digits)
// and one 国有资本经营 line of 123,456,789.00 (9 digits, the most a book holds): every figure of
// the 13 tables prints whole on one line in both (表四's columns were too narrow in the .docx).
// Skipped without LibreOffice, pdftotext or a Chromium.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { readSeedWorkbook } from '../../support/seed-workbooks'
import { disclosureDocument } from '../../../electron/document/write'
import { writeDocx } from '../../../electron/document/docx-writer'
import { documentPdf } from '../../../electron/document/pdf'
import { cliChromium, withCliPrinter } from '../../../electron/document/pdf-cli'
import { mapAmounts } from '../../../shared/model/convert-unit'
import { fenToString, toFen } from '../../../shared/model/money'
import type { DisclosureDocument } from '../../../shared/document/types'
import type { BudgetBook } from '../../../shared/model/book'

const runs = (cmd: string, args: string[]): boolean => spawnSync(cmd, args, { stdio: 'ignore' }).status === 0
const ready = runs('soffice', ['--version']) && runs('pdftotext', ['-v']) && cliChromium() !== null
const NINE_DIGITS = '123456789.00'

let dir: string
let doc: DisclosureDocument

async function largeBook(): Promise<BudgetBook> {
  const base = (await readSeedWorkbook('000.xlsx')).book
  const book = mapAmounts(base, (t) => (t.trim() === '' ? '' : fenToString(toFen(t, base.amountUnit) * 100n, base.amountUnit)))
  const subject = book.subjects.find((s) => s.code.startsWith('212'))!
  return {
    ...book,
    soeRevenue: [...book.soeRevenue, { code: '1030601', name: '利润收入', amount: NINE_DIGITS }],
    subjects: book.subjects.map((s) => (s === subject ? { ...s, project: { ...s.project, soe: NINE_DIGITS } } : s)),
  }
}

/** The text of each page as pdftotext lays it out (cells of a row side by side on one line). */
function pageTexts(pdf: string): string[] {
  return execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8', maxBuffer: 64 << 20 }).split('\f')
}

const squeeze = (s: string): string => s.normalize('NFKC').replace(/\s+/g, '')

/** The pages of 第二部分: from the one opening it to the one before 第三部分 starts. */
function tablePages(pages: string[]): string {
  const starts = (title: string) => pages.findIndex((p) => squeeze(p).replace(/^—\d+—/, '').startsWith(squeeze(title)))
  const from = starts(doc.parts[1]!.title)
  const to = starts(doc.parts[2]!.title)
  expect(from).toBeGreaterThan(1)
  expect(to).toBeGreaterThan(from)
  return pages.slice(from, to).join('\n').normalize('NFKC')
}

/** Every figure the tables print, with how many cells print it. */
function figures(): Map<string, number> {
  const count = new Map<string, number>()
  for (const part of doc.parts) for (const block of part.blocks) {
    if (block.kind !== 'table') continue
    for (const row of block.table.body) for (const c of row) if (/^-?[\d,]+\.\d\d$/.test(c.text)) count.set(c.text, (count.get(c.text) ?? 0) + 1)
  }
  return count
}

/** Figures printed fewer times whole than the tables hold them: broken over lines. */
function broken(text: string): string[] {
  const out: string[] = []
  for (const [figure, n] of figures()) {
    const whole = text.match(new RegExp(`(?<![\\d,.])${figure.replace(/[.]/g, '\\.')}(?![\\d.])`, 'g'))?.length ?? 0
    if (whole < n) out.push(`${figure} ×${n}, whole ${whole}`)
  }
  return out
}

describe.skipIf(!ready)('a department with large budgets, on paper', () => {
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'document-render-'))
    doc = disclosureDocument(await largeBook())
    expect([...figures().keys()]).toContain('123,456,789.00')
    expect([...figures().keys()].some((f) => /^\d,\d{3},\d{3}\.\d\d$/.test(f))).toBe(true)
  }, 60_000)
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true })
  })

  it('prints every figure of the .docx whole, as LibreOffice lays it out', async () => {
    await writeFile(join(dir, 'doc.docx'), await writeDocx(doc))
    execFileSync('soffice', ['--headless', `-env:UserInstallation=file://${join(dir, 'profile')}`, '--convert-to', 'pdf', '--outdir', dir, join(dir, 'doc.docx')], { stdio: 'ignore', timeout: 240_000 })
    expect(broken(tablePages(pageTexts(join(dir, 'doc.pdf'))))).toEqual([])
  }, 300_000)

  it('prints every figure of the PDF whole, as Chromium lays it out', async () => {
    await writeFile(join(dir, 'app.pdf'), await withCliPrinter((print) => documentPdf(doc, print)))
    const text = tablePages(pageTexts(join(dir, 'app.pdf')))
    expect(broken(text)).toEqual([])
  }, 300_000)
})
