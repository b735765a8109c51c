// Two copies of the app (two PCs on a shared folder, or the app and the CLI) saving one file:
// a save over a file someone else saved since this window opened or saved it writes nothing
// and reports the conflict; the clerk decides. A recovery copy older than the file on disk
// says so.
import * as nodeFs from 'node:fs/promises'
import { readFile, utimes, writeFile } from 'node:fs/promises'
import { describe, expect, it } from 'vitest'
import type { Notice } from '../../../shared/ipc-contract'
import type { BudgetBook } from '../../../shared/model/book'
import { writeFileAtomic, type AtomicFs, type AtomicOptions } from '../../../electron/files/atomic'
import { book } from './fakes'
import { fileOnDisk, jsonDocuments, make, useScratchFolders } from './handler-kit'

useScratchFolders()

const departmentOn = async (path: string) => (JSON.parse(await readFile(path, 'utf8')) as BudgetBook).department
/** What the other PC (or the CLI) does: writes its own version of the file. */
const otherCopySaves = (path: string, department: string) => writeFile(path, JSON.stringify(book({ department })))

describe('saving over a file changed on disk', () => {
  it('does not overwrite edits saved by another copy since the file was opened, and tells when', async () => {
    const path = await fileOnDisk('2026.ysb', book({ department: '打开时' }))
    const { handlers, outcomes, open } = make()
    await open(path)
    await otherCopySaves(path, '另一台电脑')
    const result = await handlers.save(book({ department: '本窗口' }), path, false)
    const { mtimeMs, size } = await nodeFs.stat(path)
    expect(result).toEqual({ conflict: { path, modifiedAt: new Date(mtimeMs).toISOString(), size } })
    expect(await departmentOn(path)).toBe('另一台电脑')
    expect(outcomes).toEqual(['cancelled'])
    // 覆盖: the clerk decided.
    expect(await handlers.save(book({ department: '本窗口' }), path, true)).toEqual({ path })
    expect(await departmentOn(path)).toBe('本窗口')
  })

  it('detects a change after this window’s own last save too', async () => {
    const path = await fileOnDisk('2026.ysb')
    const { handlers, open } = make()
    await open(path)
    expect(await handlers.save(book({ department: '第一次' }), path, false)).toEqual({ path })
    expect(await handlers.save(book({ department: '第二次' }), path, false)).toEqual({ path })
    await otherCopySaves(path, '命令行')
    expect(await handlers.save(book({ department: '第三次' }), path, false)).toHaveProperty('conflict')
    expect(await departmentOn(path)).toBe('命令行')
  })

  it('a change of the same size is still a change (the hash decides)', async () => {
    const path = await fileOnDisk('2026.ysb', book({ department: '甲局' }))
    const { handlers, open } = make()
    await open(path)
    await otherCopySaves(path, '乙局')
    expect(await handlers.save(book(), path, false)).toHaveProperty('conflict')
  })

  it('a new modification time with the same content is not a change', async () => {
    const path = await fileOnDisk('2026.ysb')
    const { handlers, open } = make()
    await open(path)
    await utimes(path, new Date('2030-01-01'), new Date('2030-01-01'))
    expect(await handlers.save(book({ department: '新' }), path, false)).toEqual({ path })
  })

  it('a file that was deleted meanwhile is simply written again', async () => {
    const path = await fileOnDisk('2026.ysb')
    const { handlers, open } = make()
    await open(path)
    await nodeFs.rm(path)
    expect(await handlers.save(book({ department: '新' }), path, false)).toEqual({ path })
  })
})

describe('a recovery copy older than the file on disk', () => {
  it('says the file was saved again after the copy began, and saving the restored edits asks first', async () => {
    const path = await fileOnDisk('2026.ysb', book({ department: '原来' }))
    const crashed = make()
    await crashed.open(path)
    await crashed.handlers.writeRecovery(book({ department: '未保存的修改' }), path)
    await otherCopySaves(path, '另一台电脑后来保存')
    const { mtimeMs } = await nodeFs.stat(path)

    const { handlers } = make()
    expect(await handlers.pendingRecovery()).toMatchObject({ path, diskChanged: { modifiedAt: new Date(mtimeMs).toISOString() } })
    const restored = await handlers.loadRecovery()
    expect(await handlers.save(restored!.book, path, false)).toHaveProperty('conflict')
    expect(await departmentOn(path)).toBe('另一台电脑后来保存')
  })

  it('says nothing when the file is as the copy found it', async () => {
    const path = await fileOnDisk('2026.ysb')
    const crashed = make()
    await crashed.open(path)
    await crashed.handlers.writeRecovery(book({ department: '未保存的修改' }), path)
    expect(await make().handlers.pendingRecovery()).toMatchObject({ path, diskChanged: null })
  })
})

describe('saving while another program holds the file', () => {
  const lockedFor = (ms: number, clock: { now: number }): AtomicFs => ({
    ...nodeFs,
    rename: async (from, to) => {
      if (String(to).endsWith('.ysb') && clock.now < ms) throw Object.assign(new Error('EBUSY'), { code: 'EBUSY' })
      return nodeFs.rename(from, to)
    },
  })

  it('tells the renderer it is waiting for the file, then saves', async () => {
    const path = await fileOnDisk('2026.ysb')
    const clock = { now: 0 }
    const documents = jsonDocuments()
    documents.writeNative = (p: string, b: BudgetBook, options?: AtomicOptions) =>
      writeFileAtomic(p, JSON.stringify(b), { ...options, fs: lockedFor(5_000, clock), now: () => clock.now, sleep: async (ms) => void (clock.now += ms) })
    const notices: Notice[] = []
    const { handlers, open } = make([], { documents, notify: (n) => notices.push(n) })
    await open(path)
    expect(await handlers.save(book({ department: '等到了' }), path, false)).toEqual({ path })
    expect(notices).toEqual([{ kind: 'waiting-for-unlock', file: '2026.ysb' }, { kind: 'wait-over', file: '2026.ysb' }])
    expect(await departmentOn(path)).toBe('等到了')
  })

  it('a file saved without its .bak says so, naming the .bak and why', async () => {
    const path = await fileOnDisk('2026.ysb')
    const documents = jsonDocuments()
    documents.writeNative = async (p: string, b: BudgetBook) => {
      await writeFile(p, JSON.stringify(b))
      return { backupError: Object.assign(new Error('EBUSY: resource busy'), { code: 'EBUSY', culprit: `${p}.bak` }) }
    }
    const { handlers, open } = make([], { documents })
    await open(path)
    expect(await handlers.save(book(), path, false)).toEqual({
      path,
      warning: '已保存，但未能更新备份文件“2026.ysb.bak”：文件正被其他程序（如 WPS、Excel）占用。上一版本没有留下备份',
    })
  })

  it('a locked target fails naming the target, not the temp file', async () => {
    const path = await fileOnDisk('2026.ysb')
    const clock = { now: 0 }
    const documents = jsonDocuments()
    documents.writeNative = (p: string, b: BudgetBook, options?: AtomicOptions) =>
      writeFileAtomic(p, JSON.stringify(b), { ...options, fs: lockedFor(Infinity, clock), now: () => clock.now, sleep: async (ms) => void (clock.now += ms) })
    const notices: Notice[] = []
    const { handlers, open } = make([], { documents, notify: (n) => notices.push(n) })
    await open(path)
    await expect(handlers.save(book(), path, false)).rejects.toThrow(`保存失败：文件正被其他程序（如 WPS、Excel）占用（${path}）`)
    expect(notices.map((n) => n.kind)).toEqual(['waiting-for-unlock', 'wait-over'])
    expect(clock.now).toBeGreaterThanOrEqual(10_000)
  })
})
