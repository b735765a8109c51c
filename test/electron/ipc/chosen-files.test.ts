// Paths reach main only from main: its dialogs, 最近打开, the command line, or the recovery copy
// it wrote. A path the page names that the clerk never chose there is refused in Chinese, and
// nothing is written.
import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { book } from './fakes'
import { dirs, fileOnDisk, make, useScratchFolders } from './handler-kit'

useScratchFolders()

describe('paths the clerk did not choose', () => {
  it('the API has no way to open a file by a path the page names', () => {
    const { handlers } = make()
    expect(handlers).not.toHaveProperty('openPath')
  })

  it.each([
    ['another folder', () => join(dirs.dir, 'elsewhere.ysb')],
    ['a path climbing out with ..', () => join(dirs.docsDir, '..', '..', 'x.ysb')],
    ['a UNC share', () => '\\\\server\\share\\x.ysb'],
    ['a device', () => '/dev/zero.ysb'],
  ])('save refuses %s, writes nothing and reports the save failed', async (_what, path) => {
    const { handlers, outcomes } = make()
    await expect(handlers.save(book(), path(), false)).rejects.toThrow(/^已拒绝保存到“.*”：只能使用在本程序的对话框、最近打开列表或命令行中选择的文件/)
    await expect(handlers.save(book(), path(), true)).rejects.toThrow(/^已拒绝/)
    expect(await readdir(dirs.dir)).toEqual(['userData', '文档'])
    expect(outcomes).toEqual(['failed', 'failed'])
  })

  it('save accepts a file chosen in the open dialog, from 最近打开, or in 另存为', async () => {
    const opened = await fileOnDisk('opened.ysb')
    const recent = await fileOnDisk('recent.ysb')
    const savedAs = join(dirs.docsDir, 'saved-as.ysb')
    const { handlers, open } = make([opened, savedAs])
    await handlers.openDialog()
    await open(recent)
    await handlers.saveAs(book(), '名')
    for (const path of [opened, recent, savedAs]) expect(await handlers.save(book({ department: path }), path, false)).toEqual({ path })
    expect(JSON.parse(await readFile(recent, 'utf8')).department).toBe(recent)
  })

  it('writeRecovery refuses to record a path the clerk did not choose (it would become one on restore)', async () => {
    const { handlers } = make()
    await expect(handlers.writeRecovery(book(), '/etc/cron.d/x.ysb')).rejects.toThrow(/^已拒绝记录/)
    expect(await handlers.pendingRecovery()).toBeNull()
  })

  it('a restored copy may be saved to the file it was made for', async () => {
    const path = await fileOnDisk('2026.ysb')
    const first = make()
    await first.open(path)
    await first.handlers.writeRecovery(book({ department: '恢复局' }), path)
    // The next start: a new main process knows nothing but what it wrote.
    const { handlers } = make()
    await expect(handlers.save(book(), path, false)).rejects.toThrow(/^已拒绝/)
    const restored = await handlers.loadRecovery()
    expect(await handlers.save(restored!.book, path, false)).toEqual({ path })
  })
})
