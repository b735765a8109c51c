// Everything the IPC handlers need from the environment. In the app these are Electron
// dialogs and the real document functions (electron/files, electron/xlsx); in tests and in
// the e2e harness they are scripted, so the same handler code runs everywhere.
import type { BudgetApi, CatalogRead, Notice, OpenedBook, UnitReturn } from '../../shared/ipc-contract'
import type { BudgetBook } from '../../shared/model/book'
import type { AtomicOptions, AtomicResult } from '../files/atomic'

export interface FileFilter {
  name: string
  extensions: string[]
}

export interface OpenDialogRequest {
  title: string
  filters: FileFilter[]
  /** A folder, or a file to preselect. */
  defaultPath?: string
}

export interface SaveDialogRequest {
  title: string
  filters: FileFilter[]
  /** Suggested file name, possibly inside a folder. */
  defaultPath: string
}

/** Both resolve to the chosen absolute path, or null when the clerk cancels. */
export interface Dialogs {
  showOpen(request: OpenDialogRequest): Promise<string | null>
  showSave(request: SaveDialogRequest): Promise<string | null>
  /** Several files at once (汇总单位文件); null when the clerk cancels. */
  showOpenMany(request: OpenDialogRequest): Promise<string[] | null>
}

/** The document functions written in electron/files and electron/xlsx. */
export interface Documents {
  /** Reads a native .ysb or any .xlsx (official tables) into a book. */
  readAny(path: string): Promise<OpenedBook>
  /** Writes the native file; must not lose the previous version (atomic write, electron/files/atomic.ts). */
  writeNative(path: string, book: BudgetBook, options?: AtomicOptions): Promise<AtomicResult | void>
  /** Writes the official 13-table workbook (no .bak unless `options.backup`). */
  exportXlsx(path: string, book: BudgetBook, options?: AtomicOptions): Promise<AtomicResult | void>
  /** Writes the whole disclosure document; .docx or .pdf by the path's extension. */
  exportDocument(path: string, book: BudgetBook): Promise<void>
  /** Next year's book from last year's file; `keepAmounts` copies this year's amounts forward. */
  rollForward(opened: OpenedBook, keepAmounts: boolean): BudgetBook
  /** Reads a 功能分类 catalog file (.xlsx, .csv, .txt); throws with a Chinese message. */
  readCatalog(path: string): Promise<CatalogRead>
  /** Writes the fill-in workbook (填报表) of `book` for one unit or the whole book, atomically. */
  exportTemplate(path: string, book: BudgetBook, unitId: string | null, keepAmounts: boolean): Promise<void>
  /** Reads a unit's returned file for 汇总; never throws (an unreadable file comes back refused). */
  readUnitFile(path: string): Promise<UnitReturn>
}

export type DocumentState = Parameters<BudgetApi['setDocumentState']>[0]

/** How a save or save-as call ended; the close guard waits on this. */
export type SaveOutcome = 'saved' | 'cancelled' | 'failed'

export interface HandlerDeps {
  dialogs: Dialogs
  /** Holds recent-files.json and recovery.json (app.getPath('userData') in the app). */
  userDataDir: string
  documents: Documents
  /** Updates the window title and the unsaved flag (see lifecycle.ts). */
  setDocumentState(state: DocumentState): void
  /** After the recent list changed, so main can rebuild the 最近打开 menu. */
  onRecentFilesChanged?(files: string[]): void
  onSaveSettled?(outcome: SaveOutcome): void
  /** Tells the renderer about a call still running (a save waiting for a locked file). */
  notify?(notice: Notice): void
  /** The renderer's handshake: it listens now (see electron/ipc/outbox.ts). */
  onRendererReady?(): void
  /** Keep the previous workbook as name.xlsx.bak when exporting over it (the clerk's setting; default no). */
  exportBackups?(): boolean
  /**
   * The file main asked the renderer to open (chosen from 最近打开 or passed on the command
   * line), consumed by openRecent. The contract has no main→renderer "open this path"
   * message: main sends 'open-recent', and the renderer's flow (unsaved changes first) calls
   * openRecent, which takes this file.
   */
  takeOpenHint?(): string | null
  now?(): Date
}
