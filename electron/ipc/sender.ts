// Who may call the API: only the top-level frame of our main window while it shows our own
// bundle. An iframe, a devtools page, another window or a page that somehow navigated
// elsewhere is refused, because each of those could run code we did not write.
import { isTrustedUrl } from '../trusted-url'

/** The parts of Electron's WebFrameMain the check reads. */
export interface FrameLike {
  readonly processId: number
  readonly routingId: number
  readonly parent: unknown
  readonly url: string
}

/** The parts of IpcMainInvokeEvent the check reads. */
export interface SenderEvent {
  readonly sender: unknown
  readonly senderFrame: FrameLike | null
}

/** The parts of BrowserWindow the check reads. */
export interface WindowLike {
  isDestroyed(): boolean
  readonly webContents: { readonly mainFrame: FrameLike }
}

export function isTrustedSender(event: SenderEvent, win: WindowLike | null, devServerUrl: string | null = null): boolean {
  try {
    if (!win || win.isDestroyed()) return false
    const contents = win.webContents
    if (event.sender !== contents) return false
    // senderFrame is null once the frame has navigated away or been destroyed.
    const frame = event.senderFrame
    if (!frame || frame.parent !== null) return false
    const main = contents.mainFrame
    if (frame !== main && (frame.processId !== main.processId || frame.routingId !== main.routingId)) return false
    return isTrustedUrl(frame.url, devServerUrl)
  } catch {
    // Reading a disposed frame throws; a frame we cannot inspect is not trusted.
    return false
  }
}

/** The check bound to the current main window (it may be recreated, hence the getter). */
export function createSenderCheck(getWindow: () => WindowLike | null, devServerUrl: string | null): (event: SenderEvent) => boolean {
  return (event) => isTrustedSender(event, getWindow(), devServerUrl)
}
