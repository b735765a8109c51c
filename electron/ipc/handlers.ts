// The API's implementation as plain functions. Main registers them with ipcMain (through
// register.ts, which adds the sender check and argument validation); the e2e test binds the
// very same functions into headless Chromium with scripted dialogs. Nothing here imports
// Electron: everything environment-specific arrives in `deps`.
import { basename, dirname, join } from 'node:path'
import type { OpenedBook, SavedFile, SaveResult } from '../../shared/ipc-contract'
import { defaultBookName, type BudgetBook } from '../../shared/model/book'
import type { AtomicOptions, AtomicResult } from '../files/atomic'
import { contentChanged, readStamp } from '../files/disk-stamp'
import { NATIVE_EXTENSION } from '../files/native'
import { createRecentFiles } from '../files/recent-files'
import { createRecoveryStore } from '../files/recovery'
import { createChosenFiles } from './chosen-files'
import type { FileFilter, HandlerDeps, SaveOutcome } from './deps'
import { describeFileError, fileErrorReason } from './errors'
import { recoveryHandlers } from './recovery-handlers'
import type { ApiHandlers } from './register'
import { bookProblems } from './validate'

const NATIVE_FILTER: FileFilter = { name: '预算书（*.ysb）', extensions: ['ysb'] }
const XLSX_FILTER: FileFilter = { name: 'Excel 工作簿（*.xlsx）', extensions: ['xlsx'] }
const DOCUMENT_FILTERS: FileFilter[] = [
  { name: 'Word 文档（*.docx）', extensions: ['docx'] },
  { name: 'PDF 文件（*.pdf）', extensions: ['pdf'] },
]
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

/** The words for a save that worked but could not keep the previous version as .bak. */
function backupWarning(result: AtomicResult | void): string | undefined {
  const error = result?.backupError
  if (!error) return undefined
  const file = basename((error as { culprit?: string }).culprit ?? '')
  const reason = fileErrorReason(error) ?? error.message
  return `已保存，但未能更新备份文件“${file}”：${reason}。上一版本没有留下备份`
}

export function createHandlers(deps: HandlerDeps): ApiHandlers {
  const { dialogs, documents } = deps
  const recent = createRecentFiles(deps.userDataDir)
  const recovery = createRecoveryStore(deps.userDataDir, isBook, deps.now)
  const files = createChosenFiles()

  /** Every path a dialog of ours returns is one the clerk chose. */
  const chosenBy = <T extends string | null>(path: T): T => {
    if (path !== null) files.choose(path)
    return path
  }
  const showOpen: typeof dialogs.showOpen = async (request) => chosenBy(await dialogs.showOpen(request))
  const showSave: typeof dialogs.showSave = async (request) => chosenBy(await dialogs.showSave(request))

  /**
   * Runs a write that reports a lock it waits for, so the renderer shows 正在等待文件解锁… from
   * the first notice until the one saying the wait is over (saved or failed).
   */
  async function withLockNotices<T>(write: (options: AtomicOptions) => Promise<T>, extra: AtomicOptions = {}): Promise<T> {
    let waitingFor: string | null = null
    const onWaiting = (file: string) => {
      waitingFor = basename(file)
      deps.notify?.({ kind: 'waiting-for-unlock', file: waitingFor })
    }
    try {
      return await write({ ...extra, onWaiting })
    } finally {
      if (waitingFor !== null) deps.notify?.({ kind: 'wait-over', file: waitingFor })
    }
  }

  /** Records what a native file looks like now that this window has read or written it. */
  async function rememberStamp(path: string): Promise<void> {
    files.remember(path, await readStamp(path).catch(() => null))
  }

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
    let opened: OpenedBook
    try {
      opened = await deps.documents.readAny(path)
    } catch (error) {
      throw describeFileError('打开', basename(path), error)
    }
    if (opened.path !== null) await rememberStamp(opened.path)
    return opened
  }

  async function writeNative(path: string, book: BudgetBook): Promise<SavedFile> {
    let result: AtomicResult | void
    try {
      result = await withLockNotices((options) => documents.writeNative(path, book, options))
    } catch (error) {
      throw describeFileError('保存', path, error)
    }
    files.choose(path)
    await rememberStamp(path)
    await rememberRecent(path)
    const warning = backupWarning(result)
    return warning ? { path, warning } : { path }
  }

  /**
   * Saves over the book's own file unless someone else saved it since this window read or
   * wrote it: then nothing is written and the renderer asks 覆盖 / 另存为 / 取消.
   */
  async function saveToOwnFile(book: BudgetBook, path: string, overwrite: boolean): Promise<SaveResult> {
    files.require(path, '保存到')
    if (!overwrite) {
      const now = await readStamp(path).catch(() => null)
      const known = files.stamp(path)
      // A file that is gone cannot be wiped; one this window never saw the content of might.
      if (now && (!known || contentChanged(known, now))) {
        return { conflict: { path, modifiedAt: new Date(now.mtimeMs).toISOString(), size: now.size } }
      }
    }
    return writeNative(path, book)
  }

  /** Reports how a save ended, so a pending "save, then close" can go on or stop. */
  async function settle<T extends SaveResult>(run: () => Promise<T>): Promise<T> {
    let outcome: SaveOutcome = 'failed'
    try {
      const saved = await run()
      // A conflict is a question for the clerk: a pending close waits for the next save.
      outcome = saved && 'path' in saved ? 'saved' : 'cancelled'
      return saved
    } finally {
      deps.onSaveSettled?.(outcome)
    }
  }

  async function chooseAndSave(book: BudgetBook, suggestedName: string): Promise<SavedFile | null> {
    const name = safeFileName(suggestedName, defaultBookName(book))
    const chosen = await showSave({ title: '另存为', filters: [NATIVE_FILTER], defaultPath: await suggestedPath(name, NATIVE_EXTENSION) })
    if (!chosen) return null
    return writeNative(withExtension(chosen, NATIVE_EXTENSION), book)
  }


  return {
    async openDialog() {
      const path = await showOpen({ title: '打开', filters: READABLE_FILTERS, defaultPath: await startFolder() })
      if (!path) return null
      const opened = await read(path)
      await rememberRecent(path)
      return opened
    },

    async openRecent() {
      // Chosen by the clerk in main (a menu item, the shell), not by the page. Only this call
      // takes it: a hint the clerk walked away from (取消 on unsaved changes) never makes a
      // later 打开 skip its dialog.
      const path = chosenBy(deps.takeOpenHint?.() ?? null)
      if (!path) return null
      let opened: OpenedBook
      try {
        opened = await read(path)
      } catch (error) {
        // A recent file that has gone leaves the list (it comes back when opened again).
        if ((error as { cause?: { code?: unknown } }).cause?.code === 'ENOENT') {
          deps.onRecentFilesChanged?.(await recent.remove(path).catch(() => []))
        }
        throw error
      }
      await rememberRecent(path)
      return opened
    },

    save: (book, path, overwrite) => settle(() => (path === null ? chooseAndSave(book, defaultBookName(book)) : saveToOwnFile(book, path, overwrite))),

    saveAs: (book, suggestedName) => settle(() => chooseAndSave(book, suggestedName)),

    async rollForward(keepAmounts) {
      const path = await showOpen({ title: '选择上年预算文件（预算书或 Excel 公开表）', filters: READABLE_FILTERS, defaultPath: await startFolder() })
      if (!path) return null
      const opened = await read(path)
      const book = documents.rollForward(opened, keepAmounts)
      // The rolled book is new and unsaved: it has no native path yet. What reading found is
      // still worth reading, as last year's file's report.
      const report = opened.report && { ...opened.report, rolledForward: { fromYear: opened.book.year, toYear: book.year } }
      return { path: null, source: opened.source, book, report }
    },

    async exportXlsx(book, suggestedName) {
      const name = safeFileName(suggestedName, defaultBookName(book))
      const chosen = await showSave({ title: '导出Excel', filters: [XLSX_FILTER], defaultPath: await suggestedPath(name, '.xlsx') })
      if (!chosen) return null
      const path = withExtension(chosen, '.xlsx')
      let result: AtomicResult | void
      try {
        result = await withLockNotices((options) => documents.exportXlsx(path, book, options), { backup: deps.exportBackups?.() ?? false })
      } catch (error) {
        throw describeFileError('导出Excel', path, error)
      }
      const warning = backupWarning(result)
      return warning ? { path, warning } : { path }
    },

    async exportDocument(book, suggestedName) {
      const name = safeFileName(suggestedName, `${book.department || '未命名'}${book.year}年预算公开`)
      const chosen = await dialogs.showSave({ title: '导出公开文件', filters: DOCUMENT_FILTERS, defaultPath: await suggestedPath(name, '.docx') })
      if (!chosen) return null
      // A name the clerk typed without .docx/.pdf gets the Word document.
      const path = /\.pdf$/i.test(chosen) ? chosen : withExtension(chosen, '.docx')
      try {
        await documents.exportDocument(path, book)
      } catch (error) {
        throw describeFileError('导出公开文件', path, error)
      }
      return { path }
    },

    recentFiles: () => recent.list(),

    async setDocumentState(state) {
      deps.setDocumentState(state)
    },

    ...recoveryHandlers(recovery, files),

    async importCatalog() {
      // A catalog is not a book: it starts where books are, and is not added to 最近打开.
      const path = await showOpen({ title: '导入科目目录', filters: CATALOG_FILTERS, defaultPath: await startFolder() })
      if (!path) return null
      try {
        return await documents.readCatalog(path)
      } catch (error) {
        // The reader's own errors are already Chinese sentences; only file-system codes need words.
        if ((error as { code?: unknown } | null)?.code !== undefined) throw describeFileError('导入科目目录', basename(path), error)
        throw error
      }
    },

    async exportTemplate(book, unitId, keepAmounts) {
      const unit = unitId === null ? null : book.units.find((u) => u.id === unitId)
      if (unit === undefined) throw new Error('生成填报表失败：预算书中没有这个单位')
      const name = safeFileName(`${book.department || '未命名'}${book.year}年填报表${unit ? `（${unit.name}）` : ''}`, '填报表')
      const chosen = await showSave({ title: '生成填报表', filters: [XLSX_FILTER], defaultPath: await suggestedPath(name, '.xlsx') })
      if (!chosen) return null
      const path = withExtension(chosen, '.xlsx')
      try {
        await documents.exportTemplate(path, book, unitId, keepAmounts)
      } catch (error) {
        throw describeFileError('生成填报表', path, error)
      }
      return { path }
    },

    async readUnitFiles() {
      const paths = await dialogs.showOpenMany({ title: '汇总单位文件：选择各单位报送的文件', filters: READABLE_FILTERS, defaultPath: await startFolder() })
      if (!paths?.length) return null
      const returns = []
      // One at a time: a department's files are few, and each read is already parallel inside.
      for (const path of paths) returns.push(await documents.readUnitFile(path))
      return returns
    },

    async rendererReady() {
      deps.onRendererReady?.()
    },
  }
}
