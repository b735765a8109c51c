// Saving on Windows when WPS, Excel or an antivirus scanner holds the file: injected file
// systems stand in for the locks (there is no Windows here). A failed save must leave the
// target and its .bak as they were, and no temp file behind.
import * as nodeFs from 'node:fs/promises'
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { backupPath, culpritOf, writeFileAtomic, type AtomicFs, type AtomicOptions } from '../../../electron/files/atomic'

let dir: string
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'atomic-locked-'))
})
afterEach(async () => {
  await rm(dir, { recursive: true, force: true })
})

const read = (path: string) => readFile(path, 'utf8')
const lockError = (code: string) => Object.assign(new Error(`${code}: resource busy or locked, rename`), { code })

/** A clock that only moves when the writer sleeps, so waits of many seconds take none. */
function simulatedTime() {
  let now = 0
  const waits: number[] = []
  return {
    waits,
    elapsed: () => now,
    options: { now: () => now, sleep: async (ms: number) => void (waits.push(ms), (now += ms)) } satisfies AtomicOptions,
  }
}

/** Real fs, except renames onto `locked(dest)` fail as Windows fails them while another program has the file open. */
function lockingFs(locked: (dest: string) => boolean, code = 'EBUSY'): AtomicFs {
  return { ...nodeFs, rename: async (from, to) => (locked(String(to)) ? Promise.reject(lockError(code)) : nodeFs.rename(from, to)) }
}

async function twoVersions(name = 'a.ysb'): Promise<string> {
  const target = join(dir, name)
  await writeFileAtomic(target, 'one')
  await writeFileAtomic(target, 'two')
  return target
}

describe('writeFileAtomic when the target is locked', () => {
  it('fails after waiting at least 10 s, keeping the target and the .bak as they were, with no temp file left', async () => {
    const target = await twoVersions()
    const time = simulatedTime()
    const waitingFor: string[] = []
    const save = writeFileAtomic(target, 'three', { ...time.options, fs: lockingFs((to) => to === target), onWaiting: (f) => waitingFor.push(f) })
    const error = await save.then(() => null, (e: unknown) => e)
    expect(error).toMatchObject({ code: 'EBUSY' })
    expect(culpritOf(error)).toBe(target)
    expect(time.elapsed()).toBeGreaterThanOrEqual(10_000)
    expect(waitingFor).toEqual([target])
    expect(await read(target)).toBe('two')
    expect(await read(backupPath(target))).toBe('one')
    expect((await readdir(dir)).sort()).toEqual(['a.ysb', 'a.ysb.bak'])
  })

  it.each(['EPERM', 'EACCES'])('treats %s from a rename as a lock and waits it out', async (code) => {
    const target = await twoVersions()
    const time = simulatedTime()
    const releasedAt = 8_000
    const fs = lockingFs((to) => to === target && time.elapsed() < releasedAt, code)
    const waitingFor: string[] = []
    await writeFileAtomic(target, 'three', { ...time.options, fs, onWaiting: (f) => waitingFor.push(f) })
    expect(time.elapsed()).toBeGreaterThanOrEqual(releasedAt)
    expect(waitingFor).toEqual([target])
    expect(await read(target)).toBe('three')
    expect(await read(backupPath(target))).toBe('two')
    expect((await readdir(dir)).sort()).toEqual(['a.ysb', 'a.ysb.bak'])
  })

  it('says nothing about a lock that lasts only a moment (an antivirus scan)', async () => {
    const target = await twoVersions()
    const time = simulatedTime()
    let failures = 2
    const fs: AtomicFs = { ...nodeFs, rename: async (from, to) => (to === target && failures-- > 0 ? Promise.reject(lockError('EPERM')) : nodeFs.rename(from, to)) }
    const waitingFor: string[] = []
    await writeFileAtomic(target, 'three', { ...time.options, fs, onWaiting: (f) => waitingFor.push(f) })
    expect(waitingFor).toEqual([])
    expect(await read(target)).toBe('three')
  })
})

describe('writeFileAtomic when only the .bak cannot be written', () => {
  it('keeps the new version, reports the .bak as the culprit, and leaves no temp file', async () => {
    const target = await twoVersions()
    const time = simulatedTime()
    const result = await writeFileAtomic(target, 'three', { ...time.options, lockWaitMs: 1_000, fs: lockingFs((to) => to === backupPath(target), 'EACCES') })
    expect(await read(target)).toBe('three')
    expect(result.backupError).toMatchObject({ code: 'EACCES' })
    expect(culpritOf(result.backupError)).toBe(backupPath(target))
    expect(await read(backupPath(target))).toBe('one')
    expect((await readdir(dir)).sort()).toEqual(['a.ysb', 'a.ysb.bak'])
  })
})

describe('writeFileAtomic when the current version cannot be kept or the disk is full', () => {
  it('refuses to replace a file whose previous version it cannot keep, naming that file', async () => {
    const target = await twoVersions()
    const denied = () => Promise.reject(lockError('EBUSY'))
    const error = await writeFileAtomic(target, 'three', { fs: { ...nodeFs, link: denied, copyFile: denied } }).then(() => null, (e: unknown) => e)
    expect(culpritOf(error)).toBe(target)
    expect(await read(target)).toBe('two')
    expect(await read(backupPath(target))).toBe('one')
    expect((await readdir(dir)).sort()).toEqual(['a.ysb', 'a.ysb.bak'])
  })

  it('removes the temp file when writing it fails', async () => {
    const target = await twoVersions()
    const fs: AtomicFs = {
      ...nodeFs,
      open: (async (path: string, flags?: string | number, mode?: number) => {
        const handle = await nodeFs.open(path, flags, mode)
        if (flags !== 'wx') return handle
        return Object.assign(Object.create(handle) as nodeFs.FileHandle, {
          writeFile: () => Promise.reject(Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' })),
          close: () => handle.close(),
        })
      }) as AtomicFs['open'],
    }
    await expect(writeFileAtomic(target, 'three', { fs })).rejects.toMatchObject({ code: 'ENOSPC' })
    expect(await read(target)).toBe('two')
    expect((await readdir(dir)).sort()).toEqual(['a.ysb', 'a.ysb.bak'])
  })
})

describe('writeFileAtomic with long file names', () => {
  it('saves a file whose name is 250 bytes long, and keeps its .bak', async () => {
    const name = `${'预'.repeat(80)}${'x'.repeat(6)}.ysb`
    expect(Buffer.byteLength(name)).toBe(250)
    const target = await twoVersions(name)
    await writeFileAtomic(target, 'three')
    expect(await read(target)).toBe('three')
    expect(await read(backupPath(target))).toBe('two')
    expect((await readdir(dir)).length).toBe(2)
  })

  it('saves a name so long that no .bak fits beside it, and says the .bak could not be kept', async () => {
    const name = `${'x'.repeat(251)}.ysb`
    const target = join(dir, name)
    await writeFileAtomic(target, 'one')
    const result = await writeFileAtomic(target, 'two')
    expect(await read(target)).toBe('two')
    expect(result.backupError).toMatchObject({ code: 'ENAMETOOLONG' })
    expect(culpritOf(result.backupError)).toBe(backupPath(target))
    expect(await readdir(dir)).toEqual([name])
  })
})
