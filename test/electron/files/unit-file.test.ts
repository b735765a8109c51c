// A unit's returned file, whatever it is: a fill-in workbook (read against its skeleton), a .ysb
// book, a published workbook, or a file that cannot be read (refused with the reason).
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { readUnitFile } from '../../../electron/files/unit-file'
import { writeNative } from '../../../electron/files/native'
import { writeTemplate } from '../../../electron/xlsx/template'
import { multiUnitBook } from '../../support/multi-unit-book'
import { fixturePath } from '../../support/fixtures'

let dir: string
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'unit-file-'))
})
afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

describe('readUnitFile', () => {
  it('reads a fill-in workbook with its identity', async () => {
    const path = join(dir, '中心.xlsx')
    await writeFile(path, await writeTemplate(multiUnitBook(), { unitId: 'u2', keepAmounts: true }))
    const r = await readUnitFile(path)
    expect(r.source).toBe('中心.xlsx')
    expect(r.identity?.unit?.name).toBe('孝义市测试中心')
    expect(r.book!.projects.map((p) => [p.name, p.amounts])).toEqual([['项目乙', { gf: '50', sp: '6' }], ['结转甲', { gf: '7', gp: '4' }]])
  })

  it('reads a .ysb book and a published workbook without an identity', async () => {
    const ysb = join(dir, 'a.ysb')
    await writeNative(ysb, multiUnitBook())
    expect((await readUnitFile(ysb)).book).toEqual(multiUnitBook())
    const published = await readUnitFile(fixturePath('000.xlsx'))
    expect(published.identity).toBeNull()
    expect(published.book!.department).toBe('孝义市城市管理局')
  })

  it('refuses a file that cannot be read, saying why', async () => {
    const r = await readUnitFile(join(dir, '不存在.xlsx'))
    expect(r.book).toBeNull()
    expect(r.findings[0]!.severity).toBe('error')
    expect(r.findings[0]!.message).toMatch(/[\u4e00-\u9fff]/)
  })
})
