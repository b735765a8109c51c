// The one typed contract between the renderer and the main process. The preload exposes
// exactly these methods on window.api (checked with `satisfies BudgetApi`), the main process
// registers one handler per channel (electron/ipc/register.ts), and the e2e test binds the
// very same handler functions into headless Chromium.
import type { BudgetBook } from './model/book'
import type { ImportReport } from './import/report'
import type { CatalogRead } from './catalog/catalog-rows'

export type { CatalogRead }

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
}

export interface RecoveryInfo {
  /** When the recovery file was written (ISO string). */
  savedAt: string
  /** The native file it belongs to, if the book had one. */
  path: string | null
  department: string
  year: number
}

/** Commands the application menu sends to the renderer (it owns the book and the undo history). */
export const MENU_COMMANDS = [
  'new', 'open', 'save', 'save-as', 'roll-forward', 'export-xlsx',
  'undo', 'redo', 'copy', 'paste', 'insert-row', 'delete-row',
  'view-zoom-in', 'view-zoom-out', 'view-zoom-reset', 'view-checks', 'view-import-report', 'help-about',
] as const
export type MenuCommand = (typeof MENU_COMMANDS)[number]

/**
 * Renderer → main calls. Every method maps to one ipcMain.handle channel of the same name.
 * Dialog-backed calls resolve to null when the clerk cancels.
 */
export interface BudgetApi {
  /** Show the open dialog (native .ysb or any .xlsx) and read the chosen file. */
  openDialog(): Promise<OpenedBook | null>
  /** Read a file by path (recent files, drag and drop). */
  openPath(path: string): Promise<OpenedBook>
  /** Save to `path`, or to the book's current path; with no path at all this behaves as saveAs. */
  save(book: BudgetBook, path: string | null): Promise<SavedFile | null>
  saveAs(book: BudgetBook, suggestedName: string): Promise<SavedFile | null>
  /** Choose last year's file (native or .xlsx), read it and roll it forward one year. */
  rollForward(keepAmounts: boolean): Promise<OpenedBook | null>
  /** Choose where to write the official workbook and write it. */
  exportXlsx(book: BudgetBook, suggestedName: string): Promise<SavedFile | null>
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
  /** Subscribe to menu commands; returns an unsubscribe function. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void
}

export type ApiChannel = Exclude<keyof BudgetApi, 'onMenuCommand'>
export const API_CHANNELS: readonly ApiChannel[] = [
  'openDialog', 'openPath', 'save', 'saveAs', 'rollForward', 'exportXlsx', 'recentFiles',
  'setDocumentState', 'writeRecovery', 'clearRecovery', 'pendingRecovery', 'loadRecovery', 'importCatalog',
]
export const MENU_CHANNEL = 'menu:command'
