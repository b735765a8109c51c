// Main → renderer messages (menu commands, notices) wait for the renderer's handshake. A page
// that has not yet subscribed would drop them; `did-finish-load` only says the document loaded,
// not that React has mounted and subscribed. So, as Electron Fiddle does, messages queue until
// the renderer calls rendererReady(), and queue again from the moment the page starts loading
// anew (a reload after a crash).

/** Enough for any burst a clerk can cause; beyond it the oldest are dropped, not memory. */
export const MAX_QUEUED = 50

export interface Outbox {
  send(channel: string, message: unknown): void
  /** The renderer's handshake: deliver what waited, and from now on directly. */
  ready(): void
  /** The page is (re)loading: hold messages until it shakes hands again. */
  reset(): void
}

/** `deliver` sends to the live window and returns false when there is none. */
export function createOutbox(deliver: (channel: string, message: unknown) => boolean): Outbox {
  let isReady = false
  const queue: [string, unknown][] = []
  return {
    send(channel, message) {
      if (isReady && deliver(channel, message)) return
      queue.push([channel, message])
      if (queue.length > MAX_QUEUED) queue.shift()
    },
    ready() {
      isReady = true
      while (queue.length > 0) {
        const [channel, message] = queue[0]!
        if (!deliver(channel, message)) return
        queue.shift()
      }
    },
    reset() {
      isReady = false
    },
  }
}
