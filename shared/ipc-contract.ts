// The one typed contract between the renderer and the main process. The preload exposes
// exactly these methods on window.api (checked with `satisfies BudgetApi`), the main process
// registers one handler per channel (electron/ipc/register.ts), and the e2e test binds the
// very same handler functions into headless Chromium.
import type { BudgetBook } from './model/book'
import type { ImportReport } from './import/report'
import type { CatalogRead } from './catalog/catalog-rows'
import type { UnitReturn } from './consolidate/consolidate'

export type { CatalogRead, UnitReturn }

export interface OpenedBook {
  /** Where the book lives now: a native file path, or null when it came from an .xlsx and has not been saved. */
  path: string | null
  /** The file it was read from (native or .xlsx). */
  source: string
  book: BudgetBook
  report: ImportReport | null
}

export interface SavedFile {
  path: string
  /** The file was written, but something beside it was not (its .bak): say so, it is not a failure. */
  warning?: string
}

/**
 * The file on disk changed since this window opened or last saved it (another PC on a shared
 * folder, or the CLI, saved it meanwhile): nothing was written, the clerk decides.
 */
export interface DiskConflict {
  conflict: {
    path: string
    /** When the file on disk was last modified (ISO string). */
    modifiedAt: string
    size: number
  }
}

export type SaveResult = SavedFile | DiskConflict | null

export interface RecoveryInfo {
  /** When the recovery file was written (ISO string). */
  savedAt: string
  /** The native file it belongs to, if the book had one. */
  path: string | null
  department: string
  year: number
  /**
   * The native file was saved again after the edits in the copy began (another copy of the
   * app, the CLI): restoring the copy would offer an older version than the one on disk.
   */
  diskChanged: { modifiedAt: string } | null
}

/** Commands the application menu sends to the renderer (it owns the book and the undo history). */
export const MENU_COMMANDS = [
  'new', 'open', 'open-recent', 'save', 'save-as', 'roll-forward', 'export-xlsx', 'export-document', 'issue-template', 'consolidate',
  'undo', 'redo', 'copy', 'paste', 'insert-row', 'delete-row',
  'view-zoom-in', 'view-zoom-out', 'view-zoom-reset', 'view-checks', 'view-import-report', 'help-about',
] as const
export type MenuCommand = (typeof MENU_COMMANDS)[number]

/** What main tells the renderer while a call is still running: a write waits for a file another program holds, and that wait is over. */
export type Notice = { kind: 'waiting-for-unlock' | 'wait-over'; file: string }

/**
 * Renderer → main calls. Every method but the `on…` subscriptions maps to one ipcMain.handle
 * channel of the same name, declared in CHANNELS below. Dialog-backed calls resolve to null
 * when the clerk cancels. Paths only ever come back from main (dialogs, recent files, the
 * command line): main refuses a path the clerk did not choose there.
 */
export interface BudgetApi {
  /** Show the open dialog (native .ysb or any .xlsx) and read the chosen file. */
  openDialog(): Promise<OpenedBook | null>
  /**
   * Read the file main asked the renderer to open ('open-recent': 最近打开, a double-clicked
   * .ysb, the command line), after the renderer has dealt with unsaved edits; null when none waits.
   */
  openRecent(): Promise<OpenedBook | null>
  /**
   * Save to `path` (the book's current path, as main gave it), or choose one when null. A
   * file changed on disk since it was opened or saved is not overwritten unless `overwrite`.
   */
  save(book: BudgetBook, path: string | null, overwrite: boolean): Promise<SaveResult>
  saveAs(book: BudgetBook, suggestedName: string): Promise<SavedFile | null>
  /** Choose last year's file (native or .xlsx), read it and roll it forward one year. */
  rollForward(keepAmounts: boolean): Promise<OpenedBook | null>
  /** Choose where to write the official workbook and write it. */
  exportXlsx(book: BudgetBook, suggestedName: string): Promise<SavedFile | null>
  /** Choose where to write the whole disclosure document (.docx or .pdf, by the chosen name) and write it. */
  exportDocument(book: BudgetBook, suggestedName: string): Promise<SavedFile | null>
  recentFiles(): Promise<string[]>
  /** Tell main whether there are unsaved edits and what the window title should say. */
  setDocumentState(state: { title: string; dirty: boolean }): Promise<void>
  /** Write the crash-recovery copy of unsaved edits. */
  writeRecovery(book: BudgetBook, path: string | null): Promise<void>
  clearRecovery(): Promise<void>
  /** A recovery copy left by a crash, if any. */
  pendingRecovery(): Promise<RecoveryInfo | null>
  loadRecovery(): Promise<OpenedBook | null>
  /** Choose a 财政局's 功能分类 catalog (.xlsx or .csv) and read its subjects. */
  importCatalog(): Promise<CatalogRead | null>
  /**
   * 生成填报表: choose where to write the fill-in workbook of `book` for one unit (its id) or
   * for the whole book (null), amounts blank or kept as a starting point, and write it.
   */
  exportTemplate(book: BudgetBook, unitId: string | null, keepAmounts: boolean): Promise<SavedFile | null>
  /**
   * 汇总单位文件: choose several units' files (fill-in workbooks, .ysb, .xlsx) and read each;
   * a file that cannot be read comes back refused with the reason. The renderer consolidates.
   */
  readUnitFiles(): Promise<UnitReturn[] | null>
  /** The renderer listens now: main sends menu commands and notices from here on (queued until then). */
  rendererReady(): Promise<void>
  /** Subscribe to menu commands; returns an unsubscribe function. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void
  /** Subscribe to notices about running calls; returns an unsubscribe function. */
  onNotice(listener: (notice: Notice) => void): () => void
}

export type ApiChannel = Exclude<keyof BudgetApi, `on${string}`>

/**
 * The kinds of argument a channel takes, with their types. Main validates each kind
 * (electron/ipc/validate.ts); a new kind needs a type here and a check there.
 */
export interface ArgTypes {
  book: BudgetBook
  /** A .ysb path main gave the renderer, or null. */
  nativePathOrNull: string | null
  /** A bare file name that only seeds a save dialog. */
  fileName: string
  flag: boolean
  /** A unit id of the book passed along, or null for the whole book. */
  unitIdOrNull: string | null
  documentState: { title: string; dirty: boolean }
}
export type ArgKind = keyof ArgTypes

export interface ChannelSpec {
  /** The operation in Chinese, for messages the clerk may see. */
  readonly label: string
  /** One kind per argument; the arity is its length (extra arguments are refused). */
  readonly args: readonly ArgKind[]
}

/**
 * The channel table, the one place a channel is declared: the preload, main's registration
 * and the validators all follow from it. Adding a channel = a method on BudgetApi, one entry
 * here, one handler in electron/ipc/handlers.ts (the compiler asks for each).
 */
export const CHANNELS = {
  openDialog: { label: '打开文件', args: [] },
  openRecent: { label: '打开文件', args: [] },
  save: { label: '保存', args: ['book', 'nativePathOrNull', 'flag'] },
  saveAs: { label: '另存为', args: ['book', 'fileName'] },
  rollForward: { label: '导入上年文件并结转', args: ['flag'] },
  exportXlsx: { label: '导出Excel', args: ['book', 'fileName'] },
  exportDocument: { label: '导出公开文件', args: ['book', 'fileName'] },
  recentFiles: { label: '读取最近打开的文件', args: [] },
  setDocumentState: { label: '更新窗口标题', args: ['documentState'] },
  writeRecovery: { label: '写入恢复文件', args: ['book', 'nativePathOrNull'] },
  clearRecovery: { label: '清除恢复文件', args: [] },
  pendingRecovery: { label: '检查恢复文件', args: [] },
  loadRecovery: { label: '读取恢复文件', args: [] },
  importCatalog: { label: '导入科目目录', args: [] },
  exportTemplate: { label: '生成填报表', args: ['book', 'unitIdOrNull', 'flag'] },
  readUnitFiles: { label: '读取单位文件', args: [] },
  rendererReady: { label: '页面就绪', args: [] },
} as const satisfies Record<ApiChannel, ChannelSpec>

/** The arguments a channel's kinds stand for. */
export type ArgsOf<K extends readonly ArgKind[]> = { -readonly [I in keyof K]: ArgTypes[K[I]] }

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false
/** Channels whose declared argument kinds do not match BudgetApi's parameters (must be none). */
type Mismatched = { [C in ApiChannel]: Same<ArgsOf<(typeof CHANNELS)[C]['args']>, Parameters<BudgetApi[C]>> extends true ? never : C }[ApiChannel]
// A compile error here names the channel whose `args` disagree with its method in BudgetApi.
const argsMatchApi: [Mismatched] extends [never] ? true : Mismatched = true
void argsMatchApi

export const API_CHANNELS = Object.keys(CHANNELS) as ApiChannel[]
export const MENU_CHANNEL = 'menu:command'
export const NOTICE_CHANNEL = 'main:notice'
