import { chmod, mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { backupPath, writeFileAtomic } from '../../../electron/files/atomic'

let dir: string
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'atomic-'))
})
afterEach(async () => {
  await rm(dir, { recursive: true, force: true })
})

const read = (path: string) => readFile(path, 'utf8')

describe('writeFileAtomic', () => {
  it('creates the file without a backup the first time', async () => {
    const target = join(dir, '预算.ysb')
    await writeFileAtomic(target, '{"v":1}')
    expect(await read(target)).toBe('{"v":1}')
    expect(await readdir(dir)).toEqual(['预算.ysb'])
  })

  it('keeps the previous version as .bak, and only that one', async () => {
    const target = join(dir, 'a.ysb')
    await writeFileAtomic(target, 'one')
    await writeFileAtomic(target, 'two')
    expect(await read(target)).toBe('two')
    expect(await read(backupPath(target))).toBe('one')
    await writeFileAtomic(target, new TextEncoder().encode('three'))
    expect(await read(target)).toBe('three')
    expect(await read(`${target}.bak`)).toBe('two')
    expect((await readdir(dir)).sort()).toEqual(['a.ysb', 'a.ysb.bak'])
  })

  it('the backup is a separate file from the new version (a hard link must not alias it)', async () => {
    const target = join(dir, 'a.ysb')
    await writeFileAtomic(target, 'old')
    await writeFileAtomic(target, 'new')
    const [a, b] = await Promise.all([stat(target), stat(backupPath(target))])
    expect(a.ino).not.toBe(b.ino)
  })

  it('writes large content completely', async () => {
    const target = join(dir, 'big.ysb')
    const text = 'x'.repeat(5_000_000) + '预算'
    await writeFileAtomic(target, text)
    expect(await read(target)).toBe(text)
  })

  it.skipIf(process.platform === 'win32')('keeps the file mode of the file it replaces', async () => {
    const target = join(dir, 'a.ysb')
    await writeFileAtomic(target, 'one')
    await chmod(target, 0o600)
    await writeFileAtomic(target, 'two')
    expect((await stat(target)).mode & 0o777).toBe(0o600)
  })

  it('fails cleanly when the folder does not exist', async () => {
    await expect(writeFileAtomic(join(dir, 'missing', 'a.ysb'), 'x')).rejects.toMatchObject({ code: 'ENOENT' })
    expect(await readdir(dir)).toEqual([])
  })

  it('refuses to replace a directory', async () => {
    await mkdir(join(dir, 'folder.ysb'))
    await expect(writeFileAtomic(join(dir, 'folder.ysb'), 'x')).rejects.toThrow('不是普通文件')
  })

  it.skipIf(process.platform === 'win32' || process.getuid?.() === 0)('leaves the old file untouched when the folder is read-only', async () => {
    const target = join(dir, 'a.ysb')
    await writeFile(target, 'old')
    await chmod(dir, 0o500)
    try {
      await expect(writeFileAtomic(target, 'new')).rejects.toMatchObject({ code: 'EACCES' })
      expect(await read(target)).toBe('old')
    } finally {
      await chmod(dir, 0o700)
    }
  })

  it('concurrent saves leave one complete version and no temp files', async () => {
    const target = join(dir, 'a.ysb')
    await writeFileAtomic(target, 'initial')
    const versions = Array.from({ length: 8 }, (_, i) => `version ${i} `.repeat(20_000))
    await Promise.all(versions.map((v) => writeFileAtomic(target, v)))
    expect(versions).toContain(await read(target))
    expect(['initial', ...versions]).toContain(await read(backupPath(target)))
    expect((await readdir(dir)).filter((n) => n.endsWith('.tmp'))).toEqual([])
  })
})
