// `budget-tables document` as a clerk's IT staff run it: a child process, real files (the
// refused output through the same program in this process, test/support/cli.ts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import mammoth from 'mammoth'
import { runCli, spawnCli } from '../../support/cli'

let dir: string

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'cli-document-'))
})
afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

describe('budget-tables document', () => {
  it('writes the .docx of a published workbook', async () => {
    const out = join(dir, '公开.docx')
    const r = await spawnCli(['document', resolve('test/fixtures/000.xlsx'), out], dir)
    expect(r.stderr).toBe('')
    expect(r.code).toBe(0)
    expect(r.stdout).toContain('已生成公开文件')
    const { value } = await mammoth.extractRawText({ buffer: await readFile(out) })
    expect(value).toContain('孝义市城市管理局')
    expect(value).toContain('第三部分 2026年度单位预算情况说明')
  })

  it('refuses an output it cannot write, in one Chinese sentence, exit 2', async () => {
    const r = await runCli(['document', resolve('test/fixtures/000.xlsx'), join(dir, 'x.txt')])
    expect(r.code).toBe(2)
    expect(r.stderr).toContain('.docx 或 .pdf')
    await expect(stat(join(dir, 'x.txt'))).rejects.toThrow()
  })
})
