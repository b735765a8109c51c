// Rolling the published fixture 000 (2026) forward through the real CLI gives a 2027 book
// with the same skeleton, last year's figures as 上年数 and this year's amounts cleared.
import { describe, it, expect, onTestFinished } from 'vitest'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { execFileSync } from 'node:child_process'
import { readNative } from '../../../electron/files/native'
import { Derivation } from '../../../shared/engine/derivation'
import { priorValue, priorId } from '../../../shared/model/prior'
import { fixturePath } from '../../support/fixtures'
import { readSeedWorkbook } from '../../support/seed-workbooks'

describe('budget-tables roll-forward 000.xlsx', () => {
  it('gives 2027 with the 2026 skeleton, 上年数 filled and amounts cleared', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'roll-')), '2027.ysb')
    onTestFinished(() => rmSync(dirname(out), { recursive: true, force: true }))
    execFileSync(process.execPath, [resolve('bin/budget-tables.mjs'), 'roll-forward', fixturePath('000.xlsx'), out])
    const last = (await readSeedWorkbook('000.xlsx')).book
    const next = await readNative(out)

    expect(last.year).toBe(2026)
    expect(next.year).toBe(2027)
    expect(next.department).toBe(last.department)
    expect(next.units).toEqual(last.units)
    expect(next.subjects.map((s) => [s.code, s.name])).toEqual(last.subjects.map((s) => [s.code, s.name]))
    expect(next.econ.map((e) => [e.deptName, e.govName])).toEqual(last.econ.map((e) => [e.deptName, e.govName]))
    expect(next.projects.map((p) => p.name)).toEqual(last.projects.filter((p) => p.kind === 'current').map((p) => p.name))

    // 上年数: the headline figures and every row's figure of 2026.
    expect(next.prior?.year).toBe(2026)
    expect(priorValue(next, 'total')).toBe(23_041_250_000n + 10_000n) // 收入总计 recomputed (the seed prints 23041.25 with a 0.01 尾差)
    expect(priorValue(next, 'gp')).toBe(18_530_550_000n)
    expect(priorValue(next, 'threePublic')).toBe(48_000_000n)
    expect(priorValue(next, priorId.subject('2110301'))).toBe(4_201_380_000n)

    // Amounts cleared; 上年结转 of the new year empty: every figure of every table is zero.
    const d = new Derivation(next)
    for (const rows of d.layouts.values()) {
      for (const row of rows) for (const cell of Object.values(row.cells)) expect(d.value(cell!.ref)).toBe(0n)
    }
  })
})
