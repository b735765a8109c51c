// `template` and `consolidate` as a user runs them, on real files: issue one workbook per unit,
// fill each as the unit would, 汇总 them (the first unit's workbook and the 汇总 by the real bin
// in a child process, the rest through the same program in this process, test/support/cli.ts);
// a bad file is refused by cell with exit 1; rolling 000 forward to .xlsx shows its subjects and
// projects.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import ExcelJS from 'exceljs'
import { writeNative, readNative } from '../../../electron/files/native'
import { readAny } from '../../../electron/files/documents'
import { loadGrid } from '../../../electron/xlsx/exceljs-adapter'
import { ROW_KEY } from '../../../shared/template/sheets'
import { writeAmount } from '../../../shared/engine/inputs'
import { inputKey } from '../../../shared/model/keys'
import { toFen } from '../../../shared/model/money'
import { multiUnitBook } from '../../support/multi-unit-book'
import { fillTemplate } from '../../support/fill-template'
import { fixturePath } from '../../support/fixtures'
import { readSeedWorkbook } from '../../support/seed-workbooks'
import { runCli, spawnCli, type CliResult as Result } from '../../support/cli'

let dir: string
/** The real program, run from the test's folder (relative paths are the folder's files). */
const cli = (args: string[]): Promise<Result> => spawnCli(args, dir)
/** The same program in this process, as if run from the test's folder. */
const inProcess = (args: string[]): Promise<Result> => runCli(args, dir)

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'units-cli-'))
})
afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

describe('budget-tables template / consolidate', () => {
  it('issues a workbook per unit and 汇总 the filled ones into the department', async () => {
    const book = multiUnitBook()
    await writeNative(join(dir, 'dept.ysb'), { ...book, projects: book.projects.map((p) => ({ ...p, amounts: {} })) })
    const files: string[] = []
    for (const u of book.units) {
      const out = join(dir, `${u.name}.xlsx`)
      const r = await (u === book.units[0] ? cli : inProcess)(['template', 'dept.ysb', out, '--unit', u.name])
      expect(r).toMatchObject({ code: 0, stderr: '' })
      // Each unit fills its own projects; the first also reports the department-wide rows.
      const own = { ...book, projects: book.projects.filter((p) => p.unitId === u.id), runningCosts: book.runningCosts.filter((x) => x.unitId === u.id) }
      const share = u.id === 'u1' ? own : { ...own, subjects: [], econ: [], govFundRevenue: [], soeRevenue: [], threePublic: { abroad: {}, reception: {}, vehiclePurchase: {}, vehicleOps: {} } }
      await writeFile(out, await fillTemplate(await readFile(out), share))
      files.push(out)
    }
    const r = await cli(['consolidate', 'out.ysb', ...files, '--into', 'dept.ysb'])
    expect(r.stderr).toBe('')
    expect(r.code).toBe(0)
    expect(r.stdout).toContain('已汇总  孝义市测试中心.xlsx（孝义市测试中心）')
    expect(r.stdout).toContain('部门勾稽校验：没有错误')
    const dept = await readNative(join(dir, 'out.ysb'))
    const { consolidation: _parts, ...plain } = dept
    expect(plain.projects.map((p) => [p.unitId, p.name, p.amounts])).toEqual(
      [...book.projects].sort((a, b) => a.unitId.localeCompare(b.unitId)).map((p) => [p.unitId, p.name, p.amounts]))
    expect(plain.subjects).toEqual(book.subjects)
    expect(plain.threePublic).toEqual(book.threePublic)

    // The department corrects 表十一 of the 局 by hand; the 中心 re-sends: the edit is kept and listed.
    await writeNative(join(dir, 'edited.ysb'), writeAmount(dept, inputKey.runningCost('u1', 'gp'), toFen('12', '万元')))
    const again = await inProcess(['consolidate', 'out3.ysb', files[1]!, '--into', 'edited.ysb'])
    expect(again.stdout).toContain('已替换  孝义市测试中心.xlsx（孝义市测试中心）')
    expect(again.stdout).toContain('上次汇总后手工修改的金额（万元）：\n    [保留] 表十一 孝义市测试局 · 一般公共预算：12.00（此前汇总的单位数为 10.00，保留部门修改的数）')
    expect((await readNative(join(dir, 'out3.ysb'))).runningCosts.find((x) => x.unitId === 'u1')!.amounts.gp).toBe('12')
  })

  it('after 结转 of the consolidated department, the first 汇总 says the unit\'s new-year file replaces last year\'s figures', async () => {
    const dept = await readNative(join(dir, 'out.ysb'))
    expect((await inProcess(['roll-forward', 'out.ysb', 'next.ysb'])).code).toBe(0)
    const next = await readNative(join(dir, 'next.ysb'))
    const unit = next.units[1]!.name
    const file = join(dir, `${unit}-${next.year}.xlsx`)
    expect((await inProcess(['template', 'next.ysb', file, '--unit', unit])).code).toBe(0)
    const own = { ...multiUnitBook(), year: next.year }
    await writeFile(file, await fillTemplate(await readFile(file), { ...own, projects: own.projects.filter((p) => p.unitId === next.units[1]!.id && p.kind === 'current'), runningCosts: own.runningCosts.filter((x) => x.unitId === next.units[1]!.id) }))
    const r = await inProcess(['consolidate', 'next-out.ysb', file, '--into', 'next.ysb'])
    expect(r.stderr).toBe('')
    expect(r.stdout).toContain(`已汇总  ${unit}-${next.year}.xlsx（${unit}）`)
    expect(r.stdout).toContain(`以该单位${next.year}年的文件取代结转时带入的上年数据（${dept.year}年汇总的文件“${unit}.xlsx”）`)
    expect(r.stdout).not.toContain('替换此前汇总的文件')
    expect(r.stdout).toContain(`尚未报送的单位：${next.units.filter((u) => u.name !== unit).map((u) => u.name).join('、')}`)
  })

  it('refuses a unit file with text in an amount cell, by cell, with exit 1', async () => {
    const book = multiUnitBook()
    await writeNative(join(dir, 'dept2.ysb'), book)
    const out = join(dir, 'bad.xlsx')
    expect((await inProcess(['template', 'dept2.ysb', out, '--unit', '孝义市测试站'])).code).toBe(0)
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.load((await readFile(out)) as unknown as ExcelJS.Buffer)
    const ws = wb.getWorksheet('本年项目')!
    let at = 0
    ws.eachRow((row, n) => { if (row.getCell(1).value === ROW_KEY.project('p3')) { row.getCell(8).value = '十二万'; at = n } })
    await writeFile(out, Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer))
    const good = join(dir, 'good.xlsx')
    await inProcess(['template', 'dept2.ysb', good, '--unit', '孝义市测试中心', '--keep-amounts'])
    const r = await inProcess(['consolidate', 'out2.ysb', out, good, '--into', 'dept2.ysb'])
    expect(r.code).toBe(1)
    expect(r.stdout).toContain('已退回  bad.xlsx')
    expect(r.stdout).toContain(`[错误] 本年项目 H${at}：“财政专户管理资金”填的是文字“十二万”，金额单元格只能填数字`)
    expect(r.stdout).toContain('已汇总  good.xlsx')
  })

  it('exits 2 when no unit file can be read', async () => {
    const r = await inProcess(['consolidate', 'x.ysb', 'missing.xlsx'])
    expect(r.code).toBe(2)
    expect(r.stderr).toContain('没有可以汇总的文件')
  })

  it('rolls 000 forward to a fill-in workbook that shows its subjects and projects', async () => {
    const r = await inProcess(['roll-forward', fixturePath('000.xlsx'), '2027.xlsx'])
    expect(r.code).toBe(0)
    const last = (await readSeedWorkbook('000.xlsx')).book
    const grid = await loadGrid(await readFile(join(dir, '2027.xlsx')))
    const visible = grid.sheets.filter((s) => !s.name.startsWith('__')).flatMap((s) => s.rows.flat())
    for (const s of last.subjects) expect(visible).toContain(s.name)
    for (const p of last.projects.filter((x) => x.kind === 'current')) expect(visible).toContain(p.name)
    expect(visible).not.toContain('本表无数据')
    // Opened again, it is the rolled book: 2027, the skeleton, last year's figures as 上年数.
    const reopened = (await readAny(join(dir, '2027.xlsx'))).book
    expect(reopened.year).toBe(2027)
    expect(reopened.subjects.map((s) => s.code)).toEqual(last.subjects.map((s) => s.code))
    expect(reopened.prior?.year).toBe(2026)
  })
})
