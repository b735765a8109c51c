// Window title, the unsaved-changes question on close, and files handed over by the shell.
// The renderer owns the book: main only knows the title and the dirty flag it reports
// (setDocumentState), so "save, then close" means asking the renderer to save and closing
// once it reports the book clean.
import { isAbsolute } from 'node:path'
import type { DocumentState, SaveOutcome } from './ipc/deps'
import { APP_TITLE } from './app-title'

export const UNTITLED = '未命名'

/** "*2025年预算.ysb — 预算公开表": the star marks unsaved changes, as in Windows editors. */
export function formatWindowTitle(state: DocumentState): string {
  const name = state.title.trim() || UNTITLED
  return `${state.dirty ? '*' : ''}${name} — ${APP_TITLE}`
}

export type CloseChoice = 'save' | 'discard' | 'cancel'

export interface CloseGuardDeps {
  /** Asks 保存 / 不保存 / 取消 about the document named `title`. */
  confirm(title: string): Promise<CloseChoice>
  /** Sends the 'save' command to the renderer. */
  requestSave(): void
  /** Closes the window for real (the guard lets that close through). */
  close(): void
  /** Called when the clerk chose 不保存: the crash-recovery copy must not resurrect those edits. */
  discard(): Promise<void>
}

export interface CloseGuard {
  readonly state: DocumentState
  /** Call from the window's 'close' event; true means preventDefault(). */
  shouldPreventClose(): boolean
  documentStateChanged(state: DocumentState): void
  saveSettled(outcome: SaveOutcome): void
  /** The renderer was reloaded (after a crash): its unsaved edits now live only in recovery.json. */
  rendererReset(): void
}

export function createCloseGuard(deps: CloseGuardDeps): CloseGuard {
  let state: DocumentState = { title: '', dirty: false }
  let allowClose = false
  let asking = false
  let closeAfterSave = false

  function closeNow(): void {
    allowClose = true
    deps.close()
  }

  async function ask(): Promise<void> {
    asking = true
    let choice: CloseChoice
    try {
      choice = await deps.confirm(state.title.trim() || UNTITLED)
    } catch {
      choice = 'cancel'
    } finally {
      asking = false
    }
    if (choice === 'cancel') return
    if (choice === 'discard') {
      await deps.discard().catch(() => undefined)
      closeNow()
      return
    }
    // The edits may have been saved while the question was open.
    if (!state.dirty) {
      closeNow()
      return
    }
    closeAfterSave = true
    deps.requestSave()
  }

  return {
    get state() {
      return state
    },
    shouldPreventClose() {
      if (allowClose || !state.dirty) return false
      // A second close while the question is open is ignored; any other starts over, so a
      // save that never reports back cannot leave the window impossible to close.
      if (!asking) {
        closeAfterSave = false
        void ask()
      }
      return true
    },
    documentStateChanged(next) {
      state = next
      if (closeAfterSave && !next.dirty) {
        closeAfterSave = false
        closeNow()
      }
    },
    saveSettled(outcome) {
      // Cancelled save dialog or failed write: stay open, the renderer shows why.
      if (outcome !== 'saved') closeAfterSave = false
    },
    rendererReset() {
      state = { title: state.title, dirty: false }
      closeAfterSave = false
    },
  }
}

/** Budget files named on the command line (double-click on a .ysb, "open with"). */
export function filesFromArgv(argv: readonly string[]): string[] {
  return argv.filter((arg) => !arg.startsWith('-') && isAbsolute(arg) && /\.(ysb|xlsx)$/i.test(arg))
}
