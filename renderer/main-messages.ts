// What the main process sends the page: menu commands and notices about a running call. The
// renderer subscribes, then shakes hands (rendererReady); main holds its messages until then,
// so a file passed on the command line or a menu click during start-up is never lost.
import { api } from './api'
import { runCommand } from './commands'
import { noticeReceived } from './components/WaitingNotice'

/** Subscribes and tells main the page listens; returns the unsubscribe (a React effect's cleanup). */
export function listenToMain(): () => void {
  const offMenu = api().onMenuCommand(runCommand)
  const offNotice = api().onNotice(noticeReceived)
  void api().rendererReady().catch(() => undefined)
  return () => {
    offMenu()
    offNotice()
  }
}
