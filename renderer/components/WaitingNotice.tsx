// 正在等待文件解锁…: shown while a save or export waits for a file another program (WPS, Excel)
// holds open, from main's first notice until the one saying the wait is over.
import { create } from 'zustand'
import type { Notice } from '../../shared/ipc-contract'

const useWaiting = create<{ file: string | null }>(() => ({ file: null }))

export function noticeReceived(notice: Notice): void {
  useWaiting.setState({ file: notice.kind === 'waiting-for-unlock' ? notice.file : null })
}

export function WaitingNotice() {
  const file = useWaiting((s) => s.file)
  if (file === null) return null
  return (
    <div className="waiting-notice" role="status" aria-live="polite">
      <span className="waiting-spinner" aria-hidden="true" />
      正在等待文件解锁…“{file}”正被其他程序（如 WPS、Excel）占用，关闭它后会自动继续
    </div>
  )
}
