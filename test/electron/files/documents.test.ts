import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { exportXlsx, readAny, rollForwardOpened, writeNative } from '../../../electron/files/documents'
import { sampleBook } from '../support/sample-book'

let dir: string
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'docs-'))
})
afterEach(async () => {
  await rm(dir, { recursive: true, force: true })
})

describe('documents', () => {
  it('opens a .ysb as a book that lives at that path', async () => {
    const path = join(dir, 'a.ysb')
    await writeNative(path, sampleBook())
    expect(await readAny(path)).toEqual({ path, source: path, book: sampleBook(), report: null })
  })

  it('opens an exported .xlsx (upper-case extension too) as an unsaved book', async () => {
    const path = join(dir, 'A.XLSX')
    await exportXlsx(path, sampleBook())
    expect(await readAny(path)).toEqual({ path: null, source: path, book: sampleBook(), report: null })
    expect(await readdir(dir)).toEqual(['A.XLSX'])
  })

  it('refuses other kinds of file with a Chinese message', async () => {
    for (const name of ['notes.txt', 'old.xls', 'noext']) {
      const path = join(dir, name)
      await writeFile(path, 'hello')
      await expect(readAny(path)).rejects.toThrow(/无法打开.*\.ysb.*\.xlsx/)
    }
  })

  it('rolls an opened book forward', async () => {
    const path = join(dir, 'a.ysb')
    await writeNative(path, sampleBook())
    const next = rollForwardOpened(await readAny(path), false)
    expect(next.year).toBe(2027)
    expect(next.prior?.year).toBe(2026)
  })
})

describe('exported workbooks and their backups', () => {
  it('leaves no name.xlsx.bak beside a workbook exported twice', async () => {
    const path = join(dir, '公开表.xlsx')
    await exportXlsx(path, sampleBook())
    await exportXlsx(path, { ...sampleBook(), department: '另一个局' })
    expect(await readdir(dir)).toEqual(['公开表.xlsx'])
  })

  it('keeps the previous workbook as .bak when the clerk asks for one', async () => {
    const path = join(dir, '公开表.xlsx')
    await exportXlsx(path, sampleBook())
    await exportXlsx(path, sampleBook(), { backup: true })
    expect((await readdir(dir)).sort()).toEqual(['公开表.xlsx', '公开表.xlsx.bak'])
  })
})
