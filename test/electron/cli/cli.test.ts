// The CLI as a user runs it, on real files: each command once as `node bin/budget-tables.mjs …`
// in a child process (exit code, stdout, stderr, relative paths from the working folder); the
// further cases of a command through the same program in this process (test/support/cli.ts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { copyFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { writeNative, readNative } from '../../../electron/files/native'
import { exportWorkbook } from '../../../electron/xlsx/export'
import { readWorkbookFile } from '../../../electron/xlsx/read-any'
import { sampleBook } from '../support/sample-book'
import { runCli, spawnCli, type CliResult as Result } from '../../support/cli'

const FIXTURES = resolve('test/fixtures')
let dir: string

/** The real program, run from the test's folder (relative paths are the folder's files). */
const cli = (args: string[]): Promise<Result> => spawnCli(args, dir)
/** The same program in this process, as if run from the test's folder. */
const inProcess = (args: string[]): Promise<Result> => runCli(args, dir)

const CHINESE = /[\u4e00-\u9fff]/
/** A message for a clerk: Chinese, one or two lines, no stack trace. */
function expectCleanFailure(r: Result): void {
  expect(r.code).toBe(2)
  expect(r.stderr).toMatch(CHINESE)
  expect(r.stderr).not.toMatch(/\n\s+at /)
  expect(r.stderr.trim().split('\n').length).toBeLessThanOrEqual(2)
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'cli-'))
  await writeNative(join(dir, 'book.ysb'), sampleBook())
  const good = await exportWorkbook(sampleBook())
  await writeFile(join(dir, 'truncated.xlsx'), good.subarray(0, Math.floor(good.length / 2)))
  await writeFile(join(dir, 'random.xlsx'), Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 2654435761) % 251)))
  await writeFile(join(dir, 'empty.xlsx'), '')
  await writeFile(join(dir, 'empty.ysb'), '')
  await writeFile(join(dir, 'notes.txt'), '预算说明')
  await copyFile(join(FIXTURES, '004.xlsx'), join(dir, '004.xlsx'))
})
afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

describe('budget-tables CLI', () => {
  it('prints Chinese help', async () => {
    const r = await cli(['--help'])
    expect(r.code).toBe(0)
    expect(r.stdout).toMatch(/用法/)
    expect(r.stdout).toMatch(/roll-forward/)
    expect((await inProcess([])).code).toBe(2)
    expectCleanFailure(await inProcess(['frobnicate']))
  })

  it('exports a .ysb to the official workbook, run from another folder with relative paths', async () => {
    const r = await cli(['export', 'book.ysb', 'out.xlsx'])
    expect(r).toMatchObject({ code: 0, stderr: '' })
    const read = await readWorkbookFile(await readFile(join(dir, 'out.xlsx')), 'out.xlsx')
    expect(read.book).toEqual(sampleBook())
  })

  it('exports a published workbook made by another tool', async () => {
    const r = await inProcess(['export', join(FIXTURES, '000.xlsx'), 'from-000.xlsx'])
    expect(r.code).toBe(0)
    const read = await readWorkbookFile(await readFile(join(dir, 'from-000.xlsx')), 'x.xlsx')
    expect(read.report).toBeNull()
    expect(read.book.department).toBe('孝义市城市管理局')
  })

  it('checks a consistent book: exit 0', async () => {
    const r = await inProcess(['check', 'book.ysb'])
    expect(r.code).toBe(0)
    expect(r.stdout).toMatch(/勾稽校验：全部通过/)
  })

  it('says beside the book\'s result what the workbook itself printed wrong (clerk9 #9)', async () => {
    const r = await inProcess(['check', join(FIXTURES, '004.xlsx')])
    expect(r.stdout).toMatch(/^结果：\d+ 个错误，\d+ 个警告；原表另有 1 处印刷有误、6 处尾差（已按明细重新计算）$/m)
    const clean = await inProcess(['check', 'book.ysb'])
    expect(clean.stdout).toMatch(/^结果：没有错误(，\d+ 个警告)?$/m)
  })

  it('checks a published workbook with errors: exit 1 and the JSON report', async () => {
    const r = await cli(['check', '004.xlsx', '--json'])
    expect(r.code).toBe(1)
    const json = JSON.parse(r.stdout)
    expect(json.checks.length).toBeGreaterThan(0)
    for (const c of json.checks) {
      expect(c.id).toMatch(/^C\d+$/)
      expect(['error', 'warning']).toContain(c.severity)
      expect(c.message).toMatch(CHINESE)
    }
    expect(json.checks.some((c: { severity: string }) => c.severity === 'error')).toBe(true)
    expect(json.importReport.length).toBeGreaterThan(0)
    expect(Object.keys(json.importReport[0]).sort()).toEqual(['column', 'computed', 'kind', 'printed', 'row', 'table'])
    const roots = json.importReport.filter((d: { kind: string }) => d.kind !== 'follows')
    expect(roots.filter((d: { kind: string }) => d.kind === 'residue')).toHaveLength(6)
    expect(roots.filter((d: { kind: string }) => d.kind === 'mismatch')).toEqual([
      { table: 't8', row: '2120803 城市建设支出', column: '项目支出', printed: null, computed: '275.58', kind: 'mismatch' },
    ])
    expect(json.errors).toBeGreaterThan(0)
  })

  it('rolls a year forward into .ysb or .xlsx', async () => {
    expect((await cli(['roll-forward', 'book.ysb', 'next.ysb', '--keep-amounts'])).code).toBe(0)
    const next = await readNative(join(dir, 'next.ysb'))
    expect(next.year).toBe(2027)
    expect(next.prior?.year).toBe(2026)
    expect(next.econ[0]!.amount).toBe('980')
    expect((await inProcess(['roll-forward', 'book.ysb', 'next.xlsx'])).code).toBe(0)
    const read = await readWorkbookFile(await readFile(join(dir, 'next.xlsx')), 'next.xlsx')
    expect(read.book.year).toBe(2027)
    expect(read.book.econ[0]!.amount).toBe('')
  })

  it('changes the entry unit exactly', async () => {
    expect((await cli(['set-unit', 'book.ysb', 'yuan.ysb', '元'])).code).toBe(0)
    const yuan = await readNative(join(dir, 'yuan.ysb'))
    expect(yuan.amountUnit).toBe('元')
    expect(yuan.subjects[0]!.basic.gp).toBe('8123500')
    expectCleanFailure(await inProcess(['set-unit', 'book.ysb', 'x.ysb', '千元']))
  })

  it('refuses unreadable inputs with exit 2 and a Chinese message', async () => {
    const inputs = ['truncated.xlsx', 'random.xlsx', 'empty.xlsx', 'empty.ysb', 'notes.txt', 'missing.ysb']
    // The first input through the real program, the others in this process.
    const runs = await Promise.all(inputs.flatMap((input, i) => {
      const run = i === 0 ? cli : inProcess
      return [run(['check', input]), run(['export', input, 'never.xlsx'])]
    }))
    for (const r of runs) expectCleanFailure(r)
    await expect(readFile(join(dir, 'never.xlsx'))).rejects.toMatchObject({ code: 'ENOENT' })
  })

  it('refuses a wrong output extension or argument count', async () => {
    expectCleanFailure(await inProcess(['export', 'book.ysb', 'out.pdf']))
    expectCleanFailure(await inProcess(['export', 'book.ysb']))
    expectCleanFailure(await inProcess(['check', 'book.ysb', '--yaml']))
  })
})
