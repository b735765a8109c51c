import { readFile, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { OpenDialogRequest, SaveDialogRequest } from '../../../electron/ipc/deps'
import { safeFileName, withExtension } from '../../../electron/ipc/handlers'
import { MAX_RECENT_FILES, RECENT_FILES_NAME } from '../../../electron/files/recent-files'
import { RECOVERY_FILE_NAME } from '../../../electron/files/recovery'
import { book } from './fakes'
import { dirs, fileOnDisk, jsonDocuments, make, useScratchFolders } from './handler-kit'

useScratchFolders()

describe('open', () => {
  it('opens the chosen file and remembers it', async () => {
    const path = await fileOnDisk('2026.ysb')
    const { handlers, asked, recentChanges } = make([path])
    const opened = await handlers.openDialog()
    expect(opened?.book.department).toBe('某某局')
    expect(asked[0]).toMatchObject({ title: '打开' })
    expect((asked[0] as OpenDialogRequest).filters[0]?.extensions).toEqual(['ysb', 'xlsx'])
    expect(recentChanges.at(-1)).toEqual([path])
    expect(await handlers.recentFiles()).toEqual([path])
  })

  it('returns null when the clerk cancels', async () => {
    const { handlers } = make([null])
    expect(await handlers.openDialog()).toBeNull()
    expect(await handlers.recentFiles()).toEqual([])
  })

  it('openRecent opens the file main named (最近打开) without a dialog; 打开 then asks in its folder', async () => {
    const path = await fileOnDisk('2026.ysb')
    const { handlers, asked, setHint } = make([null])
    setHint(path)
    const opened = await handlers.openRecent()
    expect(opened?.source).toBe(path)
    expect(asked).toHaveLength(0)
    expect(await handlers.openRecent()).toBeNull()
    await handlers.openDialog()
    expect((asked[0] as OpenDialogRequest).defaultPath).toBe(dirs.docsDir)
  })

  it('a recent file the clerk walked away from never makes a later 打开 skip its dialog', async () => {
    const stale = await fileOnDisk('stale.ysb')
    const { handlers, asked, setHint } = make([null])
    setHint(stale) // main sent 'open-recent'; the clerk chose 取消 on the unsaved-changes question
    expect(await handlers.openDialog()).toBeNull()
    expect(asked).toHaveLength(1)
  })

  it('a recent file that vanished fails in Chinese and leaves the recent list', async () => {
    const path = await fileOnDisk('gone.ysb')
    const { handlers, open } = make()
    await open(path)
    expect(await handlers.recentFiles()).toEqual([path])
    await rm(path)
    await expect(open(path)).rejects.toThrow('打开失败：文件或文件夹不存在（gone.ysb）')
    const stored = JSON.parse(await readFile(join(dirs.userDataDir, RECENT_FILES_NAME), 'utf8'))
    expect(stored.files).toEqual([])
  })
})

describe('recent files', () => {
  it('keeps at most 10, most recent first, without duplicates, hiding missing files', async () => {
    const { handlers, open } = make()
    const paths: string[] = []
    for (let i = 0; i < 12; i++) paths.push(await fileOnDisk(`${i}.ysb`))
    for (const p of paths) await open(p)
    await open(paths[5]!)
    const expected = [paths[5]!, ...paths.slice().reverse().filter((p) => p !== paths[5])].slice(0, MAX_RECENT_FILES)
    expect(await handlers.recentFiles()).toEqual(expected)
    await rm(paths[11]!)
    expect(await handlers.recentFiles()).toEqual(expected.filter((p) => p !== paths[11]))
  })

  it('survives a damaged recent-files.json', async () => {
    await writeFile(join(dirs.userDataDir, RECENT_FILES_NAME), '{ not json')
    const { handlers, open } = make()
    expect(await handlers.recentFiles()).toEqual([])
    const path = await fileOnDisk('a.ysb')
    await open(path)
    expect(await handlers.recentFiles()).toEqual([path])
  })

  it('does not lose entries when two saves finish together', async () => {
    const a = join(dirs.docsDir, 'a.ysb')
    const b = join(dirs.docsDir, 'b.ysb')
    const { handlers } = make([a, b])
    await Promise.all([handlers.save(book(), null, false), handlers.save(book(), null, false)])
    expect((await handlers.recentFiles()).sort()).toEqual([a, b].sort())
  })
})

describe('save', () => {
  it("writes to the book's own file and reports success", async () => {
    const path = await fileOnDisk('2026.ysb', book({ department: '旧' }))
    const { handlers, outcomes, open } = make()
    await open(path)
    expect(await handlers.save(book(), path, false)).toEqual({ path })
    expect(JSON.parse(await readFile(path, 'utf8')).department).toBe('某某局')
    expect(outcomes).toEqual(['saved'])
  })

  it('without a path it asks like 另存为, suggesting 部门+年度, and appends .ysb', async () => {
    const chosen = join(dirs.docsDir, '新文件')
    const { handlers, asked, outcomes } = make([chosen])
    expect(await handlers.save(book(), null, false)).toEqual({ path: `${chosen}.ysb` })
    expect((asked[0] as SaveDialogRequest).defaultPath).toBe('某某局2026年预算.ysb')
    expect(outcomes).toEqual(['saved'])
  })

  it('saveAs suggests a safe name in the latest folder; cancelling reports cancelled', async () => {
    const existing = await fileOnDisk('old.ysb')
    const { handlers, asked, outcomes, open } = make([null])
    await open(existing)
    expect(await handlers.saveAs(book(), '某局:2026?')).toBeNull()
    expect((asked[0] as SaveDialogRequest).defaultPath).toBe(join(dirs.docsDir, '某局_2026_.ysb'))
    expect(outcomes).toEqual(['cancelled'])
  })

  it('a failed write is reported in Chinese and as failed', async () => {
    const { handlers, outcomes } = make([join(dirs.dir, 'no-such-dirs.dir', 'x.ysb')])
    await expect(handlers.save(book(), null, false)).rejects.toThrow(/^保存失败：文件或文件夹不存在/)
    expect(outcomes).toEqual(['failed'])
  })
})

describe('import catalog', () => {
  it('asks for an .xlsx or .csv in the latest folder and returns what the reader read, not listing it as recent', async () => {
    const existing = await fileOnDisk('old.ysb')
    const catalog = join(dirs.docsDir, '目录.csv')
    await writeFile(catalog, '2139988,其他农业试点支出\n21399,其他农林水支出')
    const { handlers, asked, open } = make([catalog])
    await open(existing)
    expect(await handlers.importCatalog()).toEqual({
      entries: [{ code: '2139988', name: '其他农业试点支出' }, { code: '21399', name: '其他农林水支出' }],
      skipped: [],
    })
    const request = asked[0] as OpenDialogRequest
    expect(request.title).toBe('导入科目目录')
    expect(request.filters[0]?.extensions).toEqual(['xlsx', 'csv'])
    expect(request.defaultPath).toBe(dirs.docsDir)
    expect(await handlers.recentFiles()).toEqual([existing])
  })

  it('returns null when the clerk cancels', async () => {
    const { handlers } = make([null])
    expect(await handlers.importCatalog()).toBeNull()
  })

  it("passes the reader's Chinese message on, and words file-system errors", async () => {
    const bad = join(dirs.docsDir, '乱码.csv')
    await writeFile(bad, '!文件不是文本格式的 CSV')
    await expect(make([bad]).handlers.importCatalog()).rejects.toThrow(/^无法读取科目目录：文件不是文本格式的 CSV$/)
    await expect(make([join(dirs.docsDir, '没有.csv')]).handlers.importCatalog()).rejects.toThrow('导入科目目录失败：文件或文件夹不存在（没有.csv）')
  })
})

describe('roll forward and export', () => {
  it('rolls the chosen file forward into an unsaved book', async () => {
    const path = await fileOnDisk('2025.ysb', book({ year: 2025 }))
    const { handlers } = make([path])
    const opened = await handlers.rollForward(true)
    expect(opened).toMatchObject({ path: null, source: path })
    expect(opened?.book.year).toBe(2026)
  })

  it('hands on the import report of the file 结转 read as that year\'s, not the rolled book\'s', async () => {
    const path = join(dirs.docsDir, '2025公开表.xlsx')
    const report = { source: '2025公开表.xlsx', differences: [], notes: [{ severity: 'warning' as const, message: '工作簿中没有找到表八，按空表读取', table: 't8' as const }] }
    const documents = { ...jsonDocuments(), readAny: async () => ({ path: null, source: path, book: book({ year: 2025 }), report }) }
    const { handlers } = make([path], { documents })
    const opened = await handlers.rollForward(false)
    expect(opened?.report).toEqual({ ...report, rolledForward: { fromYear: 2025, toYear: 2026 } })
  })

  it('exports to the chosen .xlsx and does not list it as recent', async () => {
    const { handlers, documents, asked } = make([join(dirs.docsDir, '公开表')])
    expect(await handlers.exportXlsx(book(), '')).toEqual({ path: join(dirs.docsDir, '公开表.xlsx') })
    expect(documents.exported).toEqual([join(dirs.docsDir, '公开表.xlsx')])
    expect((asked[0] as SaveDialogRequest).defaultPath).toBe('某某局2026年预算.xlsx')
    expect(await handlers.recentFiles()).toEqual([])
  })

  it('keeps name.xlsx.bak only when the clerk has asked for it', async () => {
    const path = join(dirs.docsDir, '公开表.xlsx')
    const { documents } = make()
    const backups: (boolean | undefined)[] = []
    const recording = { ...documents, exportXlsx: async (_p: string, _b: unknown, options?: { backup?: boolean }) => void backups.push(options?.backup) }
    let wanted = false
    const { handlers } = make([path, path], { documents: recording, exportBackups: () => wanted })
    await handlers.exportXlsx(book(), '公开表')
    wanted = true
    await handlers.exportXlsx(book(), '公开表')
    expect(backups).toEqual([false, true])
  })

  it('exports the disclosure document as .docx, or as .pdf when the clerk chose that', async () => {
    const { handlers, documents, asked } = make([join(dirs.docsDir, '公开文件'), join(dirs.docsDir, '公开.PDF')])
    expect(await handlers.exportDocument(book(), '')).toEqual({ path: join(dirs.docsDir, '公开文件.docx') })
    expect((asked[0] as SaveDialogRequest).defaultPath).toBe('某某局2026年预算公开.docx')
    expect((asked[0] as SaveDialogRequest).filters.map((f) => f.extensions[0])).toEqual(['docx', 'pdf'])
    expect(await handlers.exportDocument(book(), 'x')).toEqual({ path: join(dirs.docsDir, '公开.PDF') })
    expect(documents.exported).toEqual([join(dirs.docsDir, '公开文件.docx'), join(dirs.docsDir, '公开.PDF')])
    expect(await handlers.recentFiles()).toEqual([])
  })

  it('cancelled export returns null', async () => {
    const { handlers, documents } = make([null])
    expect(await handlers.exportXlsx(book(), 'x')).toBeNull()
    expect(documents.exported).toEqual([])
  })
})

describe('document state', () => {
  it('passes the state to main', async () => {
    const { handlers, states } = make()
    await handlers.setDocumentState({ title: '2026.ysb', dirty: true })
    expect(states).toEqual([{ title: '2026.ysb', dirty: true }])
  })
})

describe('recovery', () => {
  const savedAt = new Date('2026-01-15T08:30:00.000Z')

  it('round-trips book, path and time', async () => {
    const path = await fileOnDisk('2026.ysb')
    const { handlers, open } = make([], { now: () => savedAt })
    expect(await handlers.pendingRecovery()).toBeNull()
    expect(await handlers.loadRecovery()).toBeNull()
    await open(path)
    const b = book({ department: '恢复局' })
    await handlers.writeRecovery(b, path)
    expect(await handlers.pendingRecovery()).toEqual({ savedAt: savedAt.toISOString(), path, department: '恢复局', year: 2026, diskChanged: null })
    expect(await handlers.loadRecovery()).toEqual({ path, source: path, book: b, report: null })
    await handlers.clearRecovery()
    expect(await handlers.pendingRecovery()).toBeNull()
    await handlers.clearRecovery() // clearing twice is fine
  })

  it('a never-saved book comes back without a path', async () => {
    const { handlers } = make()
    await handlers.writeRecovery(book(), null)
    await handlers.writeRecovery(book({ department: '第二次' }), null)
    const opened = await handlers.loadRecovery()
    expect(opened?.path).toBeNull()
    expect(opened?.source).toBe(join(dirs.userDataDir, RECOVERY_FILE_NAME))
    expect(opened?.book.department).toBe('第二次')
  })

  it('ignores a damaged recovery file but falls back to the previous copy', async () => {
    const { handlers } = make()
    await handlers.writeRecovery(book({ department: '第一次' }), null)
    await handlers.writeRecovery(book({ department: '第二次' }), null)
    await writeFile(join(dirs.userDataDir, RECOVERY_FILE_NAME), '{"schema":')
    expect((await handlers.loadRecovery())?.book.department).toBe('第一次')
    await writeFile(join(dirs.userDataDir, `${RECOVERY_FILE_NAME}.bak`), 'garbage')
    expect(await handlers.pendingRecovery()).toBeNull()
  })

  it('ignores a recovery file whose book is not a book', async () => {
    await writeFile(join(dirs.userDataDir, RECOVERY_FILE_NAME), JSON.stringify({ schema: 'budget-tables/recovery', version: 1, savedAt: 'x', path: null, book: { schema: 'other' } }))
    const { handlers } = make()
    expect(await handlers.pendingRecovery()).toBeNull()
  })
})

describe('helpers', () => {
  it('safeFileName replaces characters Windows forbids', () => {
    expect(safeFileName('a/b\\c:d*e?f"g<h>i|j', 'x')).toBe('a_b_c_d_e_f_g_h_i_j')
    expect(safeFileName('  ', '默认')).toBe('默认')
    expect(safeFileName('名称. ', 'x')).toBe('名称')
  })

  it('withExtension appends only when missing', () => {
    expect(withExtension('/a/b', '.ysb')).toBe('/a/b.ysb')
    expect(withExtension('/a/b.YSB', '.ysb')).toBe('/a/b.YSB')
  })

  it('handlers never import Electron', async () => {
    const source = await readFile(new URL('../../../electron/ipc/handlers.ts', import.meta.url), 'utf8')
    expect(source).not.toMatch(/from 'electron'/)
  })
})

describe('open with the real readers', () => {
  it('rejects a workbook that is not a disclosure in Chinese (the renderer keeps its book) and does not list it', async () => {
    const { readAny } = await import('../../../electron/files/documents')
    const { damagedInput, KINDS } = await import('../../support/damaged-inputs')
    const path = join(dirs.docsDir, '工资表.xlsx')
    await writeFile(path, (await damagedInput(KINDS.indexOf('payroll'))).data)
    const { handlers } = make([path], { documents: { ...jsonDocuments(), readAny } })
    await expect(handlers.openDialog()).rejects.toThrow(/^打开失败：未找到预算公开表（例如"2026年预算收支总表"）/)
    expect(await handlers.recentFiles()).toEqual([])
  })
})
