// The API's implementation as plain functions. Main registers them with ipcMain (through
// register.ts, which adds the sender check and argument validation); the e2e test binds the
// very same functions into headless Chromium with scripted dialogs. Nothing here imports
// Electron: everything environment-specific arrives in `deps`.
import { basename, dirname, join } from 'node:path'
import type { OpenedBook, RecoveryInfo, SavedFile } from '../../shared/ipc-contract'
import { defaultBookName, type BudgetBook } from '../../shared/model/book'
import { NATIVE_EXTENSION } from '../files/native'
import { createRecentFiles } from '../files/recent-files'
import { createRecoveryStore } from '../files/recovery'
import type { FileFilter, HandlerDeps, SaveOutcome } from './deps'
import { describeFileError } from './errors'
import type { ApiHandlers } from './register'
import { bookProblems } from './validate'

const NATIVE_FILTER: FileFilter = { name: '预算书（*.ysb）', extensions: ['ysb'] }
const XLSX_FILTER: FileFilter = { name: 'Excel 工作簿（*.xlsx）', extensions: ['xlsx'] }
const READABLE_FILTERS: FileFilter[] = [
  { name: '预算书或 Excel 公开表（*.ysb；*.xlsx）', extensions: ['ysb', 'xlsx'] },
  NATIVE_FILTER,
  XLSX_FILTER,
]
const CATALOG_FILTERS: FileFilter[] = [
  { name: '科目目录（*.xlsx；*.csv）', extensions: ['xlsx', 'csv'] },
  XLSX_FILTER,
  { name: 'CSV 文件（*.csv；*.txt）', extensions: ['csv', 'txt'] },
]

function isBook(x: unknown): x is BudgetBook {
  return bookProblems(x).length === 0
}

/** Characters Windows forbids in file names become '_'; an empty name gets a default. */
export function safeFileName(name: string, fallback: string): string {
  // eslint-disable-next-line no-control-regex
  const cleaned = name.replace(/[<>:"/\\|?*\u0000-\u001f]/g, '_').replace(/[. ]+$/, '').trim()
  return cleaned === '' ? fallback : cleaned
}

/** GTK's save dialog does not add the filter's extension; Windows does. */
export function withExtension(path: string, extension: string): string {
  return path.toLowerCase().endsWith(extension) ? path : `${path}${extension}`
}

export function createHandlers(deps: HandlerDeps): ApiHandlers {
  const { dialogs, documents } = deps
  const recent = createRecentFiles(deps.userDataDir)
  const recovery = createRecoveryStore(deps.userDataDir, isBook, deps.now)

  async function rememberRecent(path: string): Promise<void> {
    try {
      deps.onRecentFilesChanged?.(await recent.add(path))
    } catch {
      // The recent list is a convenience: failing to update it must not fail the open or save.
    }
  }

  /** The folder dialogs start in: the most recent file's, when there is one. */
  async function startFolder(): Promise<string | undefined> {
    const [latest] = await recent.list().catch(() => [])
    return latest ? dirname(latest) : undefined
  }

  async function suggestedPath(name: string, extension: string): Promise<string> {
    const file = `${name}${extension}`
    const folder = await startFolder()
    return folder ? join(folder, file) : file
  }

  async function read(path: string): Promise<OpenedBook> {
    try {
      return await deps.documents.readAny(path)
    } catch (error) {
      throw describeFileError('打开', basename(path), error)
    }
  }

  async function writeNative(path: string, book: BudgetBook): Promise<SavedFile> {
    try {
      await documents.writeNative(path, book)
    } catch (error) {
      throw describeFileError('保存', path, error)
    }
    await rememberRecent(path)
    return { path }
  }

  /** Reports how a save ended, so a pending "save, then close" can go on or stop. */
  async function settle(run: () => Promise<SavedFile | null>): Promise<SavedFile | null> {
    let outcome: SaveOutcome = 'failed'
    try {
      const saved = await run()
      outcome = saved ? 'saved' : 'cancelled'
      return saved
    } finally {
      deps.onSaveSettled?.(outcome)
    }
  }

  async function chooseAndSave(book: BudgetBook, suggestedName: string): Promise<SavedFile | null> {
    const name = safeFileName(suggestedName, defaultBookName(book))
    const chosen = await dialogs.showSave({ title: '另存为', filters: [NATIVE_FILTER], defaultPath: await suggestedPath(name, NATIVE_EXTENSION) })
    if (!chosen) return null
    return writeNative(withExtension(chosen, NATIVE_EXTENSION), book)
  }

  function toOpened(record: { path: string | null; book: BudgetBook }): OpenedBook {
    return { path: record.path, source: record.path ?? recovery.file, book: record.book, report: null }
  }

  return {
    async openDialog() {
      // A file main asked the renderer to open (最近打开, a double-clicked .ysb, the command line)
      // is opened directly: the renderer's 'open' flow has already dealt with unsaved changes.
      const hint = deps.takeOpenHint?.() ?? null
      const path = hint ?? (await dialogs.showOpen({ title: '打开', filters: READABLE_FILTERS, defaultPath: await startFolder() }))
      if (!path) return null
      const opened = await read(path)
      await rememberRecent(path)
      return opened
    },

    async openPath(path) {
      let opened: OpenedBook
      try {
        opened = await deps.documents.readAny(path)
      } catch (error) {
        if ((error as { code?: unknown } | null)?.code === 'ENOENT') {
          deps.onRecentFilesChanged?.(await recent.remove(path).catch(() => []))
        }
        throw describeFileError('打开', basename(path), error)
      }
      await rememberRecent(path)
      return opened
    },

    save: (book, path) => settle(() => (path === null ? chooseAndSave(book, defaultBookName(book)) : writeNative(path, book))),

    saveAs: (book, suggestedName) => settle(() => chooseAndSave(book, suggestedName)),

    async rollForward(keepAmounts) {
      const path = await dialogs.showOpen({ title: '选择上年预算文件（预算书或 Excel 公开表）', filters: READABLE_FILTERS, defaultPath: await startFolder() })
      if (!path) return null
      const opened = await read(path)
      const book = documents.rollForward(opened, keepAmounts)
      // The rolled book is new and unsaved: it has no native path yet.
      return { path: null, source: opened.source, book, report: opened.report }
    },

    async exportXlsx(book, suggestedName) {
      const name = safeFileName(suggestedName, defaultBookName(book))
      const chosen = await dialogs.showSave({ title: '导出Excel', filters: [XLSX_FILTER], defaultPath: await suggestedPath(name, '.xlsx') })
      if (!chosen) return null
      const path = withExtension(chosen, '.xlsx')
      try {
        await documents.exportXlsx(path, book)
      } catch (error) {
        throw describeFileError('导出Excel', path, error)
      }
      return { path }
    },

    recentFiles: () => recent.list(),

    async setDocumentState(state) {
      deps.setDocumentState(state)
    },

    async writeRecovery(book, path) {
      try {
        await recovery.write(book, path)
      } catch (error) {
        throw describeFileError('写入恢复文件', recovery.file, error)
      }
    },

    clearRecovery: () => recovery.clear(),

    async pendingRecovery(): Promise<RecoveryInfo | null> {
      const record = await recovery.read()
      if (!record) return null
      return { savedAt: record.savedAt, path: record.path, department: record.book.department, year: record.book.year }
    },

    async loadRecovery() {
      const record = await recovery.read()
      return record ? toOpened(record) : null
    },

    async importCatalog() {
      // A catalog is not a book: it starts where books are, and is not added to 最近打开.
      const path = await dialogs.showOpen({ title: '导入科目目录', filters: CATALOG_FILTERS, defaultPath: await startFolder() })
      if (!path) return null
      try {
        return await documents.readCatalog(path)
      } catch (error) {
        // The reader's own errors are already Chinese sentences; only file-system codes need words.
        if ((error as { code?: unknown } | null)?.code !== undefined) throw describeFileError('导入科目目录', basename(path), error)
        throw error
      }
    },
  }
}
