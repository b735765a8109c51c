// A sample of the damaged, foreign and hostile inputs `npm run fuzz` runs 200 of: one of each
// kind, generated here (nothing big is committed), through the CLI's `check --json`. Each ends
// with exit 2 and a Chinese message, or is read with the problem reported; never a crash or a
// stack trace. (How long each takes, and how much memory, is measured by the fuzz run, which
// starts a process per input, not here.) The zip bomb and the deeply nested .ysb run in the real
// program's own process, as the fuzz run starts them; the other kinds are about what the reader
// makes of the bytes, and run the same program in this process (test/support/cli.ts).
import { afterAll, describe, it, expect } from 'vitest'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { damagedInput, extensionOf, KINDS, type DamageKind } from '../../support/damaged-inputs'
import { runCli, spawnCli, type CliResult } from '../../support/cli'
import { judge } from '../../../scripts/fuzz-inputs'
import type { CheckOutput } from '../../../electron/cli/check'

const dir = mkdtempSync(join(tmpdir(), 'damaged-'))
// The generated inputs are up to hundreds of MB unpacked; leave nothing behind in /tmp.
afterAll(() => rmSync(dir, { recursive: true, force: true }))

/** The kinds whose danger is to the process itself (memory, stack depth): started as the fuzz run starts them. */
const OWN_PROCESS: readonly DamageKind[] = ['zip-bomb', 'ysb-deep-nesting']

async function checkKind(kind: DamageKind): Promise<CliResult> {
  const { data } = await damagedInput(KINDS.indexOf(kind))
  const file = join(dir, `${kind}${extensionOf(kind)}`)
  writeFileSync(file, data)
  const args = ['check', file, '--json']
  const r = OWN_PROCESS.includes(kind) ? await spawnCli(args) : await runCli(args)
  expect(judge(kind, { ...r, ms: 0 }), r.stderr).toBeNull()
  return r
}

describe('damaged, foreign and hostile inputs', () => {
  it.each(KINDS.filter((k) => !['payroll', 'understated-directory', 'false-size', 'three-decimals', 'uncached-formula', 'ysb-25-digits', 'million-rows'].includes(k)))('%s', async (kind) => {
    await checkKind(kind)
  })

  it('refuses a payroll whose title reads like 表二 (exit 2), instead of opening an empty book', async () => {
    const r = await checkKind('payroll')
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(/未找到预算公开表/)
  })

  it('refuses a zip whose directory lies about its entries (exit 2)', async () => {
    const r = await checkKind('understated-directory')
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(/压缩目录与内容不符/)
  })

  it('stops inflating a part that outgrows its declared size, and says so (exit 2)', async () => {
    const r = await checkKind('false-size')
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(/比它声明的大小更大/)
  })

  it('names the cell of an amount with three decimals in the JSON report, and keeps it exact', async () => {
    const out = JSON.parse((await checkKind('three-decimals')).stdout) as CheckOutput
    const note = out.importNotes.find((n) => n.cell === '表2!D7')
    expect(note?.message).toMatch(/61\.115 有两位以上小数.*未四舍五入/)
  })

  it('names the cell of a formula the file saved no result for', async () => {
    const out = JSON.parse((await checkKind('uncached-formula')).stdout) as CheckOutput
    expect(out.importNotes.find((n) => n.cell === '表2!D7')?.message).toMatch(/是公式，但文件中没有保存它的计算结果/)
  })

  it('reads the first 20,000 rows of a 1,000,000-row sheet beside the tables and says so', async () => {
    const out = JSON.parse((await checkKind('million-rows')).stdout) as CheckOutput
    expect(out.importNotes.map((n) => n.message)).toContain('工作表"明细账"有 1000000 行，超过上限，只读取了前 20000 行')
  })

  it('refuses a .ysb with a 25-digit amount (exit 2) in Chinese', async () => {
    const r = await checkKind('ysb-25-digits')
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(/金额“1234567890123456789012345”超出上限：每笔金额须小于 10 万亿元/)
  })
})
