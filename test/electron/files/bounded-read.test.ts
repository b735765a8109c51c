// Only regular files are read, and only up to a limit checked before reading: a FIFO, a
// device such as /dev/zero (which once ran to 15.6 GB) or a folder named like a budget file
// is refused at once with a Chinese message, by every reader the clerk's paths reach.
import { execFileSync } from 'node:child_process'
import { mkdir, mkdtemp, rm, symlink, truncate, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { FileRefusedError, readRegularFile } from '../../../electron/files/bounded-read'
import { readCatalogFile } from '../../../electron/files/catalog-file'
import { exportXlsx, MAX_WORKBOOK_BYTES, readAny } from '../../../electron/files/documents'
import { MAX_NATIVE_BYTES } from '../../../electron/files/native'
import { sampleBook } from '../support/sample-book'

let dir: string
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'bounded-'))
})
afterEach(async () => {
  await rm(dir, { recursive: true, force: true })
})

const posix = process.platform !== 'win32'

describe('readRegularFile', () => {
  it('reads a regular file whole', async () => {
    await writeFile(join(dir, 'a.txt'), '预算')
    expect((await readRegularFile(join(dir, 'a.txt'), 100)).toString('utf8')).toBe('预算')
  })

  it('refuses a file over the limit by its size, before reading it', async () => {
    const path = join(dir, 'big.ysb')
    await writeFile(path, '')
    await truncate(path, 10 * 1024 * 1024 * 1024) // sparse: 10 GB that cost no disk
    await expect(readRegularFile(path, MAX_NATIVE_BYTES)).rejects.toThrow(/“big\.ysb”过大（10240 MB，上限 64 MB）/)
  })

  it('refuses a folder', async () => {
    await mkdir(join(dir, 'folder.ysb'))
    await expect(readRegularFile(join(dir, 'folder.ysb'), 100)).rejects.toBeInstanceOf(FileRefusedError)
  })
})

describe.skipIf(!posix)('readers given a device or a pipe named like a budget file', () => {
  it('refuses /dev/zero behind a .xlsx name, and behind a .ysb name', async () => {
    await symlink('/dev/zero', join(dir, 'zero.xlsx'))
    await symlink('/dev/zero', join(dir, 'zero.ysb'))
    await expect(readAny(join(dir, 'zero.xlsx'))).rejects.toThrow('“zero.xlsx”不是普通文件')
    await expect(readAny(join(dir, 'zero.ysb'))).rejects.toThrow('“zero.ysb”不是普通文件')
  })

  it('refuses a FIFO without waiting for a writer', async () => {
    execFileSync('mkfifo', [join(dir, 'pipe.ysb')])
    await expect(readAny(join(dir, 'pipe.ysb'))).rejects.toThrow('不是普通文件')
  })

  it('refuses /dev/zero as a catalog', async () => {
    await symlink('/dev/zero', join(dir, 'zero.csv'))
    await expect(readCatalogFile(join(dir, 'zero.csv'))).rejects.toThrow(/^无法读取科目目录：“zero\.csv”不是普通文件/)
  })
})

describe('the size limits', () => {
  it('refuses a workbook over the limit', async () => {
    const path = join(dir, 'huge.xlsx')
    await writeFile(path, '')
    await truncate(path, MAX_WORKBOOK_BYTES + 1)
    await expect(readAny(path)).rejects.toThrow('“huge.xlsx”过大')
  })

  it('still opens an ordinary exported workbook', async () => {
    await exportXlsx(join(dir, 'ok.xlsx'), sampleBook())
    expect((await readAny(join(dir, 'ok.xlsx'))).book).toEqual(sampleBook())
  })
})
