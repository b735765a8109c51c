// A workbook opened and saved unchanged in another spreadsheet program must still give back
// the embedded book. LibreOffice is the one available on the build machines; skipped without it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { exportWorkbook } from '../../../electron/xlsx/export'
import { readWorkbookFile } from '../../../electron/xlsx/read-any'
import { sampleBook } from '../support/sample-book'

const hasSoffice = spawnSync('soffice', ['--version'], { stdio: 'ignore' }).status === 0
let dir: string

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'lo-'))
})
afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

describe.skipIf(!hasSoffice)('a re-save in LibreOffice', () => {
  it('keeps the embedded book', async () => {
    const input = join(dir, 'in', 'book.xlsx')
    await mkdir(join(dir, 'in'))
    await writeFile(input, await exportWorkbook(sampleBook()))
    execFileSync('soffice', [
      '--headless', `-env:UserInstallation=file://${join(dir, 'profile')}`,
      '--convert-to', 'xlsx:Calc MS Excel 2007 XML', '--outdir', join(dir, 'out'), input,
    ], { stdio: 'ignore', timeout: 120_000 })
    const resaved = await readFile(join(dir, 'out', 'book.xlsx'))
    const read = await readWorkbookFile(resaved, 'book.xlsx')
    expect(read.report).toBeNull()
    expect(read.book).toEqual(sampleBook())
  })
})
