// The window: toolbar, the list of tables on the left, the current pane, modals and toasts;
// plus the document's life: menu commands, title and dirty flag, autosave and recovery.
import { useEffect } from 'react'
import { useBook, isDirty, loadBook, undo, redo, toast } from './store/book-store'
import type { RecoveryInfo } from '../shared/ipc-contract'
import { api, failureText } from './api'
import { fileName } from './commands'
import { listenToMain } from './main-messages'
import { windowKeyAction } from './grid/keyboard'
import { hasTypedEntry, onEntryChange } from './store/pending-entry'
import { ask, useModal } from './dialogs/modal-store'
import { TopBar } from './components/TopBar'
import { Toasts } from './components/Toasts'
import { WaitingNotice } from './components/WaitingNotice'
import { Sidebar } from './panes/Sidebar'
import { InfoPane } from './panes/InfoPane'
import { ChecksPane } from './panes/ChecksPane'
import { TablePane } from './panes/TablePane'
import { TextPane } from './panes/TextPane'
import { ModalHost } from './dialogs/ModalHost'
import { ImportReportDialog } from './dialogs/ImportReportDialog'

export const AUTOSAVE_MS = 30_000

function documentTitle(): string {
  const s = useBook.getState()
  const b = s.derivation.book
  // A book read from an .xlsx or rolled forward has no file of its own yet: name it by its content.
  const name = fileName(s.path) || `${b.department || '未命名'}${b.year}年预算`
  return `${name} - 预算公开表`
}

function useDocumentState(): void {
  useEffect(() => {
    let last = ''
    const push = (): void => {
      const title = documentTitle()
      // A value typed into a cell and not yet confirmed counts: closing the window must ask.
      const dirty = isDirty() || hasTypedEntry()
      const key = `${title}|${dirty}`
      if (key === last) return
      last = key
      document.title = `${dirty ? '● ' : ''}${title}`
      void api().setDocumentState({ title, dirty }).catch(() => undefined)
    }
    push()
    const offBook = useBook.subscribe(push)
    const offEntry = onEntryChange(push)
    return () => {
      offBook()
      offEntry()
    }
  }, [])
}

function useAutosave(): void {
  useEffect(() => {
    let written = -1
    const timer = setInterval(() => {
      const s = useBook.getState()
      if (!isDirty(s) || s.revision === written) return
      written = s.revision
      api().writeRecovery(s.derivation.book, s.path).catch((e) => toast('error', failureText('自动备份', e)))
    }, AUTOSAVE_MS)
    return () => clearInterval(timer)
  }, [])
}

/** The original file, and a warning when it was saved again after this copy began (it may be the newer version). */
function recoveryDetail(info: RecoveryInfo): string | undefined {
  if (!info.path) return undefined
  if (!info.diskChanged) return `原文件：${info.path}`
  const when = new Date(info.diskChanged.modifiedAt).toLocaleString('zh-CN')
  return `注意：原文件在此备份之后又被保存过（${when}），磁盘上的版本可能比这份备份更新。恢复后保存时会再次询问是否覆盖。原文件：${info.path}`
}

async function offerRecovery(): Promise<void> {
  const info = await api().pendingRecovery().catch(() => null)
  if (!info) return
  const when = new Date(info.savedAt).toLocaleString('zh-CN')
  const answer = await ask(
    '恢复未保存的修改',
    `上次关闭前有未保存的修改：${info.department || '未命名部门'} ${info.year}年预算（${when} 自动备份）。要恢复吗？`,
    [{ id: 'discard', label: '放弃', danger: true }, { id: 'restore', label: '恢复', primary: true }],
    recoveryDetail(info),
  )
  if (answer === 'restore') {
    const opened = await api().loadRecovery().catch((e) => (toast('error', failureText('恢复', e)), null))
    if (opened) {
      loadBook(opened.book, { path: info.path, source: info.path, dirty: true })
      toast('success', '已恢复未保存的修改，请记得保存')
    }
  } else if (answer === 'discard') {
    await api().clearRecovery().catch(() => undefined)
  }
}

export function App() {
  const view = useBook((s) => s.view)
  const modalOpen = useModal((s) => s.modal !== null)
  useDocumentState()
  useAutosave()

  useEffect(listenToMain, [])
  useEffect(() => {
    void offerRecovery()
  }, [])
  useEffect(() => {
    const onKey = (e: KeyboardEvent): void => {
      if (useModal.getState().modal) return
      const t = e.target as HTMLElement | null
      const inField = !!t && (t.tagName === 'INPUT' || t.tagName === 'TEXTAREA' || t.tagName === 'SELECT' || t.isContentEditable)
      const action = windowKeyAction(e, inField)
      if (!action) return
      e.preventDefault()
      if (action === 'undo') undo()
      else redo()
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [])

  return (
    <div className={modalOpen ? "app modal-open" : "app"}>
      <TopBar />
      <div className="main">
        <Sidebar />
        <main className="content">
          {view === 'info' ? <InfoPane /> : view === 'checks' ? <ChecksPane /> : view === 'text' ? <TextPane /> : <TablePane table={view} />}
        </main>
      </div>
      <Toasts />
      <WaitingNotice />
      <ImportReportDialog />
      <ModalHost />
    </div>
  )
}
