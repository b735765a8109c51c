// `budget-tables document` as a clerk's IT staff run it: a child process, real files.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { execFile } from 'node:child_process'
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import mammoth from 'mammoth'

const BIN = resolve('bin/budget-tables.mjs')
let dir: string

function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((done) => {
    execFile(process.execPath, [BIN, ...args], { cwd: dir, encoding: 'utf8' }, (error, stdout, stderr) => {
      done({ code: error ? (typeof error.code === 'number' ? error.code : -1) : 0, stdout, stderr })
    })
  })
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'cli-document-'))
})
afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

describe('budget-tables document', () => {
  it('writes the .docx of a published workbook', async () => {
    const out = join(dir, '公开.docx')
    const r = await cli(['document', resolve('test/fixtures/000.xlsx'), out])
    expect(r.stderr).toBe('')
    expect(r.code).toBe(0)
    expect(r.stdout).toContain('已生成公开文件')
    const { value } = await mammoth.extractRawText({ buffer: await readFile(out) })
    expect(value).toContain('孝义市城市管理局')
    expect(value).toContain('第三部分 2026年度单位预算情况说明')
  })

  it('refuses an output it cannot write, in one Chinese sentence, exit 2', async () => {
    const r = await cli(['document', resolve('test/fixtures/000.xlsx'), join(dir, 'x.txt')])
    expect(r.code).toBe(2)
    expect(r.stderr).toContain('.docx 或 .pdf')
    await expect(stat(join(dir, 'x.txt'))).rejects.toThrow()
  })
})
