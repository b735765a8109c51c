// Fake Electron window/frame objects for the sender check, and a minimal valid book.
import { emptyBook } from '../../../shared/model/book'
import type { BudgetBook } from '../../../shared/model/book'
import type { FrameLike, SenderEvent, WindowLike } from '../../../electron/ipc/sender'

export function frame(url: string, ids: { processId?: number; routingId?: number } = {}, parent: unknown = null): FrameLike {
  return { processId: ids.processId ?? 7, routingId: ids.routingId ?? 1, parent, url }
}

export function fakeWindow(url = 'app://bundle/index.html') {
  const mainFrame = frame(url)
  const webContents = { mainFrame }
  let destroyed = false
  const win: WindowLike & { destroy(): void } = {
    isDestroyed: () => destroyed,
    webContents,
    destroy: () => {
      destroyed = true
    },
  }
  const ownEvent = (): SenderEvent => ({ sender: webContents, senderFrame: mainFrame })
  return { win, webContents, mainFrame, ownEvent }
}

export function book(overrides: Partial<BudgetBook> = {}): BudgetBook {
  return { ...emptyBook('某某局', 2026), ...overrides }
}
