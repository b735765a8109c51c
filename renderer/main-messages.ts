// What the main process sends the page: menu commands and notices about a running call. The
// renderer subscribes, then shakes hands (rendererReady); main holds its messages until then,
// so a file passed on the command line or a menu click during start-up is never lost.
import type { Notice } from '../shared/ipc-contract'
import { api } from './api'
import { runCommand } from './commands'
import { toast } from './store/book-store'

export function noticeText(notice: Notice): string {
  return `正在等待文件解锁…“${notice.file}”正被其他程序（如 WPS、Excel）占用，关闭它后会自动继续`
}

/** Subscribes and tells main the page listens; returns the unsubscribe (a React effect's cleanup). */
export function listenToMain(): () => void {
  const offMenu = api().onMenuCommand(runCommand)
  const offNotice = api().onNotice((notice) => toast('info', noticeText(notice)))
  void api().rendererReady().catch(() => undefined)
  return () => {
    offMenu()
    offNotice()
  }
}
