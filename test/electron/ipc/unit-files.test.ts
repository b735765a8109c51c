// The 填报表 and 汇总 channels: exportTemplate asks where to write and writes for the chosen unit
// (an id the book does not have is refused); readUnitFiles reads every file the clerk picked.
import { describe, expect, it } from 'vitest'
import { join } from 'node:path'
import { readFile } from 'node:fs/promises'
import { dirs, fileOnDisk, make, useScratchFolders } from './handler-kit'
import { book } from './fakes'

useScratchFolders()

describe('exportTemplate', () => {
  it('writes the workbook for the unit where the clerk chose, named for the unit', async () => {
    const b = book()
    const out = join(dirs.docsDir, '填报表.xlsx')
    const { handlers, asked } = make([out])
    expect(await handlers.exportTemplate(b, b.units[0]!.id, false)).toEqual({ path: out })
    expect(asked[0]).toMatchObject({ title: '生成填报表' })
    expect((asked[0] as { defaultPath: string }).defaultPath).toContain(`填报表（${b.units[0]!.name}）`)
    expect(JSON.parse(await readFile(out, 'utf8'))).toEqual({ template: b.department, unitId: b.units[0]!.id })
  })

  it('refuses a unit the book does not have, and does nothing when cancelled', async () => {
    const { handlers, documents } = make([null])
    await expect(handlers.exportTemplate(book(), 'nope', false)).rejects.toThrow('预算书中没有这个单位')
    expect(await handlers.exportTemplate(book(), null, false)).toBeNull()
    expect(documents.exported).toEqual([])
  })
})

describe('readUnitFiles', () => {
  it('reads every chosen file, in order', async () => {
    const a = await fileOnDisk('a.ysb')
    const b = await fileOnDisk('b.ysb', { ...book(), department: '乙单位' })
    const { handlers } = make([`${a}|${b}`])
    const read = await handlers.readUnitFiles()
    expect(read!.map((r) => [r.source, r.book?.department])).toEqual([[a, book().department], [b, '乙单位']])
  })

  it('is null when the clerk cancels', async () => {
    const { handlers } = make([null])
    expect(await handlers.readUnitFiles()).toBeNull()
  })
})
