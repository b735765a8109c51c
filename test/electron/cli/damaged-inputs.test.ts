// A sample of the damaged and foreign inputs `npm run fuzz` runs 200 of: one of each kind,
// through the real CLI in its own process. Each ends with exit 2 and a Chinese message, or is
// read with the problem reported; never a crash or a stack trace.
import { describe, it, expect } from 'vitest'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { execFile } from 'node:child_process'
import { damagedInput, KINDS } from '../../support/damaged-inputs'
import { judge } from '../../../scripts/fuzz-inputs'

const BIN = resolve('bin/budget-tables.mjs')
const dir = mkdtempSync(join(tmpdir(), 'damaged-'))

function check(file: string): Promise<{ code: number | null; stdout: string; stderr: string; ms: number }> {
  return new Promise((done) => {
    execFile(process.execPath, [BIN, 'check', file, '--json'], { timeout: 30_000 }, (err, stdout, stderr) => {
      const code = err ? (typeof err.code === 'number' ? err.code : null) : 0
      done({ code, stdout, stderr, ms: 0 })
    })
  })
}

describe('damaged and foreign inputs', () => {
  it.each(KINDS.map((kind, i) => [kind, i] as const))('%s', async (_kind, n) => {
    const { kind, data } = await damagedInput(n)
    const file = join(dir, `${kind}.xlsx`)
    writeFileSync(file, data)
    const r = await check(file)
    expect(judge(kind, r), r.stderr).toBeNull()
  })
})
