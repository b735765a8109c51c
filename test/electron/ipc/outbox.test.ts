// Main → renderer messages wait for the renderer's handshake instead of load-event timing: a
// file given on the command line or a menu click during start-up reaches a page that listens.
import { describe, expect, it } from 'vitest'
import { createOutbox, MAX_QUEUED } from '../../../electron/ipc/outbox'

function page() {
  const received: [string, unknown][] = []
  let alive = true
  return { received, deliver: (c: string, m: unknown) => (alive ? (received.push([c, m]), true) : false), kill: () => (alive = false), revive: () => (alive = true) }
}

describe('outbox', () => {
  it('holds messages until the renderer says it is ready, then delivers them in order', () => {
    const p = page()
    const outbox = createOutbox(p.deliver)
    outbox.send('menu:command', 'open')
    outbox.send('main:notice', { kind: 'waiting-for-unlock', file: 'a.ysb' })
    expect(p.received).toEqual([])
    outbox.ready()
    expect(p.received).toEqual([['menu:command', 'open'], ['main:notice', { kind: 'waiting-for-unlock', file: 'a.ysb' }]])
    outbox.send('menu:command', 'save')
    expect(p.received.at(-1)).toEqual(['menu:command', 'save'])
  })

  it('holds messages again while a reloaded page starts, until it shakes hands again', () => {
    const p = page()
    const outbox = createOutbox(p.deliver)
    outbox.ready()
    outbox.reset()
    outbox.send('menu:command', 'open')
    expect(p.received).toEqual([])
    outbox.ready()
    expect(p.received).toEqual([['menu:command', 'open']])
  })

  it('keeps what it could not deliver when the window is gone, and bounds the queue', () => {
    const p = page()
    const outbox = createOutbox(p.deliver)
    p.kill()
    outbox.ready()
    for (let i = 0; i < MAX_QUEUED + 5; i++) outbox.send('menu:command', i)
    expect(p.received).toEqual([])
    p.revive()
    outbox.ready()
    expect(p.received.map(([, m]) => m)).toEqual(Array.from({ length: MAX_QUEUED }, (_, i) => i + 5))
  })
})
