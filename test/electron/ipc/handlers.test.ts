import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { OpenedBook } from '../../../shared/ipc-contract'
import type { BudgetBook } from '../../../shared/model/book'
import type { Documents, OpenDialogRequest, SaveDialogRequest, SaveOutcome } from '../../../electron/ipc/deps'
import { createHandlers, safeFileName, withExtension } from '../../../electron/ipc/handlers'
import { MAX_RECENT_FILES, RECENT_FILES_NAME } from '../../../electron/files/recent-files'
import { RECOVERY_FILE_NAME } from '../../../electron/files/recovery'
import { book } from './fakes'

let dir: string
let userDataDir: string
let docsDir: string

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'handlers-'))
  userDataDir = join(dir, 'userData')
  docsDir = join(dir, '文档')
  await mkdir(userDataDir)
  await mkdir(docsDir)
})

afterEach(async () => {
  await rm(dir, { recursive: true, force: true })
})

/** Dialogs that answer from a script, recording what they were asked. */
function scriptedDialogs(answers: (string | null)[]) {
  const asked: (OpenDialogRequest | SaveDialogRequest)[] = []
  const next = async (request: OpenDialogRequest | SaveDialogRequest) => {
    asked.push(request)
    if (answers.length === 0) throw new Error('unexpected dialog')
    return answers.shift() ?? null
  }
  return { dialogs: { showOpen: next, showSave: next }, asked }
}

/** Documents backed by JSON files, enough to exercise the handlers' file flow. */
function jsonDocuments(): Documents & { exported: string[] } {
  const exported: string[] = []
  return {
    exported,
    async readAny(path) {
      const text = await readFile(path, 'utf8')
      const parsed = JSON.parse(text) as BudgetBook
      return { path: path.endsWith('.ysb') ? path : null, source: path, book: parsed, report: null }
    },
    async writeNative(path, b) {
      await writeFile(path, JSON.stringify(b))
    },
    async exportXlsx(path) {
      exported.push(path)
      await writeFile(path, 'xlsx')
    },
    rollForward(opened: OpenedBook, keepAmounts: boolean) {
      return { ...opened.book, year: opened.book.year + 1, department: keepAmounts ? opened.book.department : '新' }
    },
    // "code,name" lines; a file starting with "!" stands for one the reader refuses.
    async readCatalog(path) {
      const text = await readFile(path, 'utf8')
      if (text.startsWith('!')) throw new Error(`无法读取科目目录：${text.slice(1)}`)
      const entries = text.trim().split('\n').map((line) => {
        const [code = '', name = ''] = line.split(',')
        return { code, name }
      })
      return { entries, skipped: [] }
    },
  }
}

async function fileOnDisk(name: string, b: BudgetBook = book()): Promise<string> {
  const path = join(docsDir, name)
  await writeFile(path, JSON.stringify(b))
  return path
}

function make(answers: (string | null)[] = [], extra: { now?: () => Date } = {}) {
  const { dialogs, asked } = scriptedDialogs(answers)
  const documents = jsonDocuments()
  const states: unknown[] = []
  const outcomes: SaveOutcome[] = []
  const recentChanges: string[][] = []
  let hint: string | null = null
  const handlers = createHandlers({
    dialogs,
    userDataDir,
    documents,
    setDocumentState: (s) => states.push(s),
    onRecentFilesChanged: (files) => recentChanges.push(files),
    onSaveSettled: (o) => outcomes.push(o),
    takeOpenHint: () => {
      const h = hint
      hint = null
      return h
    },
    ...extra,
  })
  return { handlers, asked, documents, states, outcomes, recentChanges, setHint: (h: string) => (hint = h) }
}

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

  it('opens the hinted file (最近打开) at once without a dialog, then asks again with the latest folder', async () => {
    const path = await fileOnDisk('2026.ysb')
    const { handlers, asked, setHint } = make([null])
    setHint(path)
    const opened = await handlers.openDialog()
    expect(opened?.source).toBe(path)
    expect(asked).toHaveLength(0)
    await handlers.openDialog()
    expect((asked[0] as OpenDialogRequest).defaultPath).toBe(docsDir)
  })

  it('openPath of a vanished file fails in Chinese and drops it from the recent list', async () => {
    const path = await fileOnDisk('gone.ysb')
    const { handlers } = make()
    await handlers.openPath(path)
    expect(await handlers.recentFiles()).toEqual([path])
    await rm(path)
    await expect(handlers.openPath(path)).rejects.toThrow('打开失败：文件或文件夹不存在（gone.ysb）')
    const stored = JSON.parse(await readFile(join(userDataDir, RECENT_FILES_NAME), 'utf8'))
    expect(stored.files).toEqual([])
  })
})

describe('recent files', () => {
  it('keeps at most 10, most recent first, without duplicates, hiding missing files', async () => {
    const { handlers } = make()
    const paths: string[] = []
    for (let i = 0; i < 12; i++) paths.push(await fileOnDisk(`${i}.ysb`))
    for (const p of paths) await handlers.openPath(p)
    await handlers.openPath(paths[5]!)
    const expected = [paths[5]!, ...paths.slice().reverse().filter((p) => p !== paths[5])].slice(0, MAX_RECENT_FILES)
    expect(await handlers.recentFiles()).toEqual(expected)
    await rm(paths[11]!)
    expect(await handlers.recentFiles()).toEqual(expected.filter((p) => p !== paths[11]))
  })

  it('survives a damaged recent-files.json', async () => {
    await writeFile(join(userDataDir, RECENT_FILES_NAME), '{ not json')
    const { handlers } = make()
    expect(await handlers.recentFiles()).toEqual([])
    const path = await fileOnDisk('a.ysb')
    await handlers.openPath(path)
    expect(await handlers.recentFiles()).toEqual([path])
  })

  it('does not lose entries when two saves finish together', async () => {
    const { handlers } = make()
    const a = join(docsDir, 'a.ysb')
    const b = join(docsDir, 'b.ysb')
    await Promise.all([handlers.save(book(), a), handlers.save(book(), b)])
    expect((await handlers.recentFiles()).sort()).toEqual([a, b].sort())
  })
})

describe('save', () => {
  it('writes to the given path and reports success', async () => {
    const { handlers, outcomes } = make()
    const path = join(docsDir, '2026.ysb')
    expect(await handlers.save(book(), path)).toEqual({ path })
    expect(JSON.parse(await readFile(path, 'utf8')).department).toBe('某某局')
    expect(outcomes).toEqual(['saved'])
  })

  it('without a path it asks like 另存为, suggesting 部门+年度, and appends .ysb', async () => {
    const chosen = join(docsDir, '新文件')
    const { handlers, asked, outcomes } = make([chosen])
    expect(await handlers.save(book(), null)).toEqual({ path: `${chosen}.ysb` })
    expect((asked[0] as SaveDialogRequest).defaultPath).toBe('某某局2026年预算.ysb')
    expect(outcomes).toEqual(['saved'])
  })

  it('saveAs suggests a safe name in the latest folder; cancelling reports cancelled', async () => {
    const existing = await fileOnDisk('old.ysb')
    const { handlers, asked, outcomes } = make([null])
    await handlers.openPath(existing)
    expect(await handlers.saveAs(book(), '某局:2026?')).toBeNull()
    expect((asked[0] as SaveDialogRequest).defaultPath).toBe(join(docsDir, '某局_2026_.ysb'))
    expect(outcomes).toEqual(['cancelled'])
  })

  it('a failed write is reported in Chinese and as failed', async () => {
    const { handlers, outcomes } = make()
    await expect(handlers.save(book(), join(dir, 'no-such-dir', 'x.ysb'))).rejects.toThrow(/^保存失败：文件或文件夹不存在/)
    expect(outcomes).toEqual(['failed'])
  })
})

describe('import catalog', () => {
  it('asks for an .xlsx or .csv in the latest folder and returns what the reader read, not listing it as recent', async () => {
    const existing = await fileOnDisk('old.ysb')
    const catalog = join(docsDir, '目录.csv')
    await writeFile(catalog, '2139988,其他农业试点支出\n21399,其他农林水支出')
    const { handlers, asked } = make([catalog])
    await handlers.openPath(existing)
    expect(await handlers.importCatalog()).toEqual({
      entries: [{ code: '2139988', name: '其他农业试点支出' }, { code: '21399', name: '其他农林水支出' }],
      skipped: [],
    })
    const request = asked[0] as OpenDialogRequest
    expect(request.title).toBe('导入科目目录')
    expect(request.filters[0]?.extensions).toEqual(['xlsx', 'csv'])
    expect(request.defaultPath).toBe(docsDir)
    expect(await handlers.recentFiles()).toEqual([existing])
  })

  it('returns null when the clerk cancels', async () => {
    const { handlers } = make([null])
    expect(await handlers.importCatalog()).toBeNull()
  })

  it("passes the reader's Chinese message on, and words file-system errors", async () => {
    const bad = join(docsDir, '乱码.csv')
    await writeFile(bad, '!文件不是文本格式的 CSV')
    await expect(make([bad]).handlers.importCatalog()).rejects.toThrow(/^无法读取科目目录：文件不是文本格式的 CSV$/)
    await expect(make([join(docsDir, '没有.csv')]).handlers.importCatalog()).rejects.toThrow('导入科目目录失败：文件或文件夹不存在（没有.csv）')
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

  it('exports to the chosen .xlsx and does not list it as recent', async () => {
    const { handlers, documents, asked } = make([join(docsDir, '公开表')])
    expect(await handlers.exportXlsx(book(), '')).toEqual({ path: join(docsDir, '公开表.xlsx') })
    expect(documents.exported).toEqual([join(docsDir, '公开表.xlsx')])
    expect((asked[0] as SaveDialogRequest).defaultPath).toBe('某某局2026年预算.xlsx')
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
    const { handlers } = make([], { now: () => savedAt })
    expect(await handlers.pendingRecovery()).toBeNull()
    expect(await handlers.loadRecovery()).toBeNull()
    const b = book({ department: '恢复局' })
    await handlers.writeRecovery(b, '/home/clerk/2026.ysb')
    expect(await handlers.pendingRecovery()).toEqual({ savedAt: savedAt.toISOString(), path: '/home/clerk/2026.ysb', department: '恢复局', year: 2026 })
    expect(await handlers.loadRecovery()).toEqual({ path: '/home/clerk/2026.ysb', source: '/home/clerk/2026.ysb', book: b, report: null })
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
    expect(opened?.source).toBe(join(userDataDir, RECOVERY_FILE_NAME))
    expect(opened?.book.department).toBe('第二次')
  })

  it('ignores a damaged recovery file but falls back to the previous copy', async () => {
    const { handlers } = make()
    await handlers.writeRecovery(book({ department: '第一次' }), null)
    await handlers.writeRecovery(book({ department: '第二次' }), null)
    await writeFile(join(userDataDir, RECOVERY_FILE_NAME), '{"schema":')
    expect((await handlers.loadRecovery())?.book.department).toBe('第一次')
    await writeFile(join(userDataDir, `${RECOVERY_FILE_NAME}.bak`), 'garbage')
    expect(await handlers.pendingRecovery()).toBeNull()
  })

  it('ignores a recovery file whose book is not a book', async () => {
    await writeFile(join(userDataDir, RECOVERY_FILE_NAME), JSON.stringify({ schema: 'budget-tables/recovery', version: 1, savedAt: 'x', path: null, book: { schema: 'other' } }))
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
    const path = join(docsDir, '工资表.xlsx')
    await writeFile(path, (await damagedInput(KINDS.indexOf('payroll'))).data)
    const { dialogs } = scriptedDialogs([path])
    const handlers = createHandlers({ dialogs, userDataDir, documents: { ...jsonDocuments(), readAny }, setDocumentState: () => undefined })
    await expect(handlers.openDialog()).rejects.toThrow(/^打开失败：未找到预算公开表（例如"2026年预算收支总表"）/)
    expect(await handlers.recentFiles()).toEqual([])
  })
})
