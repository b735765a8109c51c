// A fill-in workbook filled and saved in LibreOffice (the spreadsheet program on the build
// machines; WPS and Excel write the same OOXML): the 合计 formulas compute, the cover's checks
// say 相符, and reading it back gives the book exactly. Skipped where soffice is absent.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { readAny } from '../../../electron/files/documents'
import { loadGrid } from '../../../electron/xlsx/exceljs-adapter'
import { readTemplateFile, writeTemplate } from '../../../electron/xlsx/template'
import { consolidate } from '../../../shared/consolidate/consolidate'
import { toFen } from '../../../shared/model/money'
import { fillTemplate } from '../../support/fill-template'
import { fixturePath } from '../../support/fixtures'

const hasSoffice = spawnSync('soffice', ['--version'], { stdio: 'ignore' }).status === 0
let dir: string
// A workbook written by exceljs (the test's filling) carries stale cached results; LibreOffice
// recomputes them on loading only when told to, as it does for a clerk who types into the cells.
const RECALC_ALWAYS = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'lo-template-'))
  await mkdir(join(dir, 'profile', 'user'), { recursive: true })
  await writeFile(join(dir, 'profile', 'user', 'registrymodifications.xcu'), RECALC_ALWAYS)
})
afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

describe.skipIf(!hasSoffice)('a fill-in workbook re-saved by LibreOffice', () => {
  it('computes its totals and reads back to seed 000 exactly', async () => {
    const { book } = await readAny(fixturePath('000.xlsx'))
    const input = join(dir, 'in', '000.xlsx')
    await mkdir(join(dir, 'in'))
    await writeFile(input, await fillTemplate(await writeTemplate(book, { keepAmounts: false }), book))
    execFileSync('soffice', [
      '--headless', `-env:UserInstallation=file://${join(dir, 'profile')}`,
      '--convert-to', 'xlsx:Calc MS Excel 2007 XML', '--outdir', join(dir, 'out'), input,
    ], { stdio: 'ignore', timeout: 120_000 })
    const resaved = await readFile(join(dir, 'out', '000.xlsx'))

    const grid = await loadGrid(resaved)
    const subjects = grid.sheets.find((s) => s.name === '功能科目支出')!
    const total = subjects.rows.find((r) => r[0] === '#合计')!
    // 基本支出 一般公共预算 合计, as LibreOffice computed it from the typed cells.
    const basicGp = book.subjects.reduce((t, s) => t + toFen(s.basic.gp ?? '', '万元'), 0n)
    expect(Math.round((total[3] as number) * 100)).toBe(Number(basicGp / 10_000n))
    const cover = grid.sheets.find((s) => s.name === '填报说明')!
    const checks = cover.rows.filter((r) => r[4] === '相符' || r[4] === '不相符')
    expect(checks.length).toBe(11)
    // 经济科目合计 = 基本支出（一般公共预算）: both sides computed, and 000 agrees.
    const econ = checks.find((r) => String(r[0]).startsWith('经济科目合计'))!
    expect([econ[1], econ[2], econ[4]]).toEqual([4158.62, 4158.62, '相符'])

    const read = await readTemplateFile(resaved)
    if (read.kind !== 'read') throw new Error('not read as a template')
    expect(read.findings).toEqual([])
    const { consolidation: _parts, ...back } = consolidate(null, [{ source: '000.xlsx', book: read.book, identity: read.identity, findings: [] }]).book!
    expect(back).toEqual(book)
  }, 180_000)
})
