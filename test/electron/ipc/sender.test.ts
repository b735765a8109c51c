import { describe, expect, it } from 'vitest'
import { createSenderCheck, isTrustedSender } from '../../../electron/ipc/sender'
import { fakeWindow, frame } from './fakes'

describe('isTrustedSender', () => {
  it('accepts the main frame of our window showing our bundle', () => {
    const { win, ownEvent } = fakeWindow()
    expect(isTrustedSender(ownEvent(), win)).toBe(true)
  })

  it('accepts an equal frame object for the same main frame (Electron may hand out new wrappers)', () => {
    const { win, webContents } = fakeWindow()
    expect(isTrustedSender({ sender: webContents, senderFrame: frame('app://bundle/index.html') }, win)).toBe(true)
  })

  it('rejects a sub-frame of our window', () => {
    const { win, webContents, mainFrame } = fakeWindow()
    const child = frame('app://bundle/index.html', { routingId: 2 }, mainFrame)
    expect(isTrustedSender({ sender: webContents, senderFrame: child }, win)).toBe(false)
  })

  it('rejects a top-level frame of another webContents (a second window, devtools)', () => {
    const { win } = fakeWindow()
    const other = fakeWindow()
    expect(isTrustedSender(other.ownEvent(), win)).toBe(false)
  })

  it('rejects a different frame even in our webContents', () => {
    const { win, webContents } = fakeWindow()
    expect(isTrustedSender({ sender: webContents, senderFrame: frame('app://bundle/index.html', { processId: 8 }) }, win)).toBe(false)
    expect(isTrustedSender({ sender: webContents, senderFrame: frame('app://bundle/index.html', { routingId: 9 }) }, win)).toBe(false)
  })

  it.each(['https://evil.example/', 'file:///C:/x.html', 'app://bundle.evil/index.html', 'http://localhost:5173/', 'about:blank'])(
    'rejects our main frame when it shows %s',
    (url) => {
      const { win, ownEvent } = fakeWindow(url)
      expect(isTrustedSender(ownEvent(), win)).toBe(false)
    },
  )

  it('accepts the dev server only when main runs with one', () => {
    const { win, ownEvent } = fakeWindow('http://localhost:5173/')
    expect(isTrustedSender(ownEvent(), win, 'http://localhost:5173')).toBe(true)
  })

  it('rejects when the frame is gone, the window is gone or there is no window', () => {
    const { win, webContents, ownEvent } = fakeWindow()
    expect(isTrustedSender({ sender: webContents, senderFrame: null }, win)).toBe(false)
    expect(isTrustedSender(ownEvent(), null)).toBe(false)
    win.destroy()
    expect(isTrustedSender(ownEvent(), win)).toBe(false)
  })

  it('rejects a frame whose properties throw (disposed WebFrameMain)', () => {
    const { win, webContents } = fakeWindow()
    const disposed = {
      processId: 7,
      routingId: 1,
      parent: null,
      get url(): string {
        throw new Error('Render frame was disposed before WebFrameMain could be accessed')
      },
    }
    expect(isTrustedSender({ sender: webContents, senderFrame: disposed }, win)).toBe(false)
  })

  it('follows the current window through the getter', () => {
    let current = fakeWindow()
    const check = createSenderCheck(() => current.win, null)
    const first = current
    expect(check(first.ownEvent())).toBe(true)
    current = fakeWindow()
    expect(check(first.ownEvent())).toBe(false)
    expect(check(current.ownEvent())).toBe(true)
  })
})
