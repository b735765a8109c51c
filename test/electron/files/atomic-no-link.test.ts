// FAT/exFAT USB sticks and some network shares have no hard links: the backup is copied instead.
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type * as FsPromises from 'node:fs/promises'
import { afterAll, describe, expect, it, vi } from 'vitest'

vi.mock('node:fs/promises', async (importOriginal) => {
  const original = await importOriginal<typeof FsPromises>()
  const link = vi.fn(async () => {
    throw Object.assign(new Error('EPERM: operation not permitted, link'), { code: 'EPERM' })
  })
  return { ...original, default: { ...original, link }, link }
})

const { writeFileAtomic } = await import('../../../electron/files/atomic')
const dir = await mkdtemp(join(tmpdir(), 'atomic-nolink-'))
afterAll(() => rm(dir, { recursive: true, force: true }))

describe('writeFileAtomic without hard links', () => {
  it('copies the previous version to .bak', async () => {
    const target = join(dir, 'a.ysb')
    await writeFileAtomic(target, 'one')
    await writeFileAtomic(target, 'two')
    await writeFileAtomic(target, 'three')
    expect(await readFile(target, 'utf8')).toBe('three')
    expect(await readFile(`${target}.bak`, 'utf8')).toBe('two')
    expect((await readdir(dir)).sort()).toEqual(['a.ysb', 'a.ysb.bak'])
  })
})
