// Where the tables of the document break across pages, as a reader sees them on paper: the .docx
// laid out by LibreOffice and the PDF laid out by Chromium, read back page by page with poppler.
// The book is the second reader's (clerk7-2027.xlsx: 孝义市财政局 2027 after 结转, exported by the
// app), whose 表二 left one row alone on a second landscape page and whose 表四 was squeezed into
// portrait with every 类 name on two or three lines. Skipped without LibreOffice, poppler or a Chromium.
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
import { tableHeading } from '../../../shared/document/outline'
import { KEEP_LAST_ROWS } from '../../../shared/document/table-layout'
import type { DisclosureDocument, DocTable } from '../../../shared/document/types'

const runs = (cmd: string, args: string[]): boolean => spawnSync(cmd, args, { stdio: 'ignore' }).status === 0
const ready = runs('soffice', ['--version']) && runs('pdftotext', ['-v']) && runs('pdfinfo', ['-v']) && cliChromium() !== null

let dir: string
let doc: DisclosureDocument

const squeeze = (s: string): string => s.normalize('NFKC').replace(/\s+/g, '')

interface Page { text: string; landscape: boolean }

function pagesOf(pdf: string): Page[] {
  const texts = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8', maxBuffer: 64 << 20 }).split('\f')
  const info = execFileSync('pdfinfo', ['-f', '1', '-l', String(texts.length), pdf], { encoding: 'utf8' })
  const sizes = [...info.matchAll(/^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)/gm)].map((m) => Number(m[1]) > Number(m[2]))
  return texts.map((text, i) => ({ text: text.normalize('NFKC'), landscape: sizes[i] ?? false }))
}

const tables = (): DocTable[] => doc.parts[1]!.blocks.flatMap((b) => (b.kind === 'table' ? [b.table] : []))

/** Each table's pages: from the one printing its heading to the one before the next table's (第三部分's). */
function tablePages(pages: Page[]): Map<DocTable, Page[]> {
  const after = pages.findIndex((p) => squeeze(p.text).replace(/^—\d+—/, '').startsWith(squeeze(doc.parts[1]!.title)))
  const starts = tables().map((t) => pages.findIndex((p, i) => i >= after && squeeze(p.text).includes(squeeze(tableHeading(t)))))
  const end = pages.findIndex((p, i) => i > after && squeeze(p.text).replace(/^—\d+—/, '').startsWith(squeeze(doc.parts[2]!.title)))
  expect(starts.every((s) => s >= after && after > 1)).toBe(true)
  return new Map(tables().map((t, i) => [t, pages.slice(starts[i]!, i + 1 < starts.length ? starts[i + 1]! : end)]))
}

/** The first printed text of a body row (its code or name), which says which row it is. */
const rowKey = (row: DocTable['body'][number]): string => row.find((c) => c.text.trim() !== '')?.text ?? ''

/** Tables whose last KEEP_LAST_ROWS rows do not all print on the table's last page. */
function lonely(byTable: Map<DocTable, Page[]>): string[] {
  const out: string[] = []
  for (const [table, pages] of byTable) {
    const printed = (p: Page): boolean => p.text.split('\n').some((l) => l.trim() !== '' && !/^—\s*\d+\s*—$/.test(l.trim()))
    const last = pages.length - 1 - [...pages].reverse().findIndex(printed)
    const keys = table.body.slice(-KEEP_LAST_ROWS).map(rowKey).filter(Boolean)
    const onLast = keys.filter((k) => squeeze(pages[last]!.text).includes(squeeze(k)))
    if (onLast.length < keys.length) out.push(`${table.short}: last page holds ${onLast.length} of its last ${keys.length} rows (${keys.join(' / ')})`)
  }
  return out
}

/** 表四's pages: landscape, and every 类 name (支出 项目) whole on one line. */
function t4Problems(byTable: Map<DocTable, Page[]>): string[] {
  const t4 = tables().find((t) => t.id === 't4')!
  const pages = byTable.get(t4)!
  const out = pages.filter((p) => !p.landscape).map(() => '表四 on a portrait page')
  const lines = pages.flatMap((p) => p.text.split('\n').map(squeeze))
  for (const row of t4.body) {
    const name = row[2]?.text ?? ''
    if (/^[一二三四五六七八九十]+、/.test(name) && !lines.some((l) => l.includes(squeeze(name)))) out.push(`表四 breaks “${name}”`)
  }
  return out
}

describe.skipIf(!ready)('the tables on paper: 表四 landscape, no lone last rows', () => {
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'document-breaks-'))
    doc = disclosureDocument((await readSeedWorkbook('clerk7-2027.xlsx')).book)
  }, 60_000)
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true })
  })

  it('the .docx, as LibreOffice lays it out', async () => {
    await writeFile(join(dir, 'doc.docx'), await writeDocx(doc))
    execFileSync('soffice', ['--headless', `-env:UserInstallation=file://${join(dir, 'profile')}`, '--convert-to', 'pdf', '--outdir', dir, join(dir, 'doc.docx')], { stdio: 'ignore', timeout: 240_000 })
    const byTable = tablePages(pagesOf(join(dir, 'doc.pdf')))
    expect(t4Problems(byTable)).toEqual([])
    expect(lonely(byTable)).toEqual([])
  }, 300_000)

  it('the PDF, as Chromium lays it out', async () => {
    await writeFile(join(dir, 'app.pdf'), await withCliPrinter((print) => documentPdf(doc, print)))
    const byTable = tablePages(pagesOf(join(dir, 'app.pdf')))
    expect(t4Problems(byTable)).toEqual([])
    expect(lonely(byTable)).toEqual([])
    // 表二 runs onto a second page here: the check above is about a real break.
    expect(byTable.get(tables().find((t) => t.id === 't2')!)!.length).toBeGreaterThan(1)
  }, 300_000)
})
