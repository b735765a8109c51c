import type { IpcMainInvokeEvent } from 'electron'
import { describe, expect, it, vi } from 'vitest'
import { API_CHANNELS } from '../../../shared/ipc-contract'
import type { ApiHandlers } from '../../../electron/ipc/register'
import { createSenderCheck } from '../../../electron/ipc/sender'
import { book, fakeWindow, frame } from './fakes'

// register.ts imports ipcMain at the top level for setupIpc.
const { handle } = vi.hoisted(() => ({ handle: vi.fn() }))
vi.mock('electron', () => ({ ipcMain: { handle } }))
const { registerHandlers, setupIpc, UNTRUSTED_SENDER_MESSAGE } = await import('../../../electron/ipc/register')

type Listener = (event: IpcMainInvokeEvent, ...args: unknown[]) => Promise<unknown>

function fakeHandlers(): ApiHandlers {
  return {
    openDialog: vi.fn(async () => null),
    openRecent: vi.fn(async () => null),
    save: vi.fn(async (_b, path) => (path ? { path } : null)),
    saveAs: vi.fn(async () => null),
    rollForward: vi.fn(async () => null),
    exportXlsx: vi.fn(async () => null),
    exportDocument: vi.fn(async () => null),
    recentFiles: vi.fn(async () => ['/a.ysb']),
    setDocumentState: vi.fn(async () => undefined),
    writeRecovery: vi.fn(async () => undefined),
    clearRecovery: vi.fn(async () => undefined),
    pendingRecovery: vi.fn(async () => null),
    loadRecovery: vi.fn(async () => null),
    importCatalog: vi.fn(async () => null),
    readUnitFiles: vi.fn(async () => null),
    exportTemplate: vi.fn(async () => null),
    rendererReady: vi.fn(async () => undefined),
  }
}

function setup() {
  const listeners = new Map<string, Listener>()
  const ipc = { handle: (channel: string, listener: Listener) => void listeners.set(channel, listener) }
  const window = fakeWindow()
  const handlers = fakeHandlers()
  registerHandlers(ipc, handlers, createSenderCheck(() => window.win, null) as (e: IpcMainInvokeEvent) => boolean)
  const call = (channel: string, event: unknown, ...args: unknown[]) => listeners.get(channel)!(event as IpcMainInvokeEvent, ...args)
  return { listeners, window, handlers, call }
}

describe('registerHandlers', () => {
  it('registers exactly one handler per contract channel', () => {
    const { listeners } = setup()
    expect([...listeners.keys()].sort()).toEqual([...API_CHANNELS].sort())
  })

  it('runs the handler for our own frame with validated arguments', async () => {
    const { window, handlers, call } = setup()
    await expect(call('recentFiles', window.ownEvent())).resolves.toEqual(['/a.ysb'])
    await expect(call('save', window.ownEvent(), book(), '/x/2026.ysb', false)).resolves.toEqual({ path: '/x/2026.ysb' })
    expect(handlers.save).toHaveBeenCalledWith(book(), '/x/2026.ysb', false)
  })

  it.each(API_CHANNELS)('%s rejects a foreign sender before validating or running anything', async (channel) => {
    const { window, handlers, call } = setup()
    const events = [
      { sender: window.webContents, senderFrame: frame('app://bundle/index.html', { routingId: 2 }, window.mainFrame) }, // sub-frame
      { sender: window.webContents, senderFrame: frame('https://evil.example/') }, // foreign URL
      { sender: window.webContents, senderFrame: null }, // frame gone
      fakeWindow().ownEvent(), // another window
    ]
    for (const event of events) await expect(call(channel, event)).rejects.toThrow(UNTRUSTED_SENDER_MESSAGE)
    expect(handlers[channel]).not.toHaveBeenCalled()
  })

  it('rejects our main frame once it shows a foreign page', async () => {
    const window = fakeWindow('https://evil.example/')
    const listeners = new Map<string, Listener>()
    registerHandlers({ handle: (c: string, l: Listener) => void listeners.set(c, l) }, fakeHandlers(), createSenderCheck(() => window.win, null) as (e: IpcMainInvokeEvent) => boolean)
    await expect(listeners.get('recentFiles')!(window.ownEvent() as unknown as IpcMainInvokeEvent)).rejects.toThrow(UNTRUSTED_SENDER_MESSAGE)
  })

  it('rejects invalid arguments with a Chinese message and never calls the handler', async () => {
    const { window, handlers, call } = setup()
    await expect(call('save', window.ownEvent(), book(), '../../etc/passwd.ysb', false)).rejects.toThrow(/^保存：参数无效/)
    await expect(call('save', window.ownEvent(), { schema: 'x' }, null, false)).rejects.toThrow(/^保存：参数无效/)
    expect(handlers.save).not.toHaveBeenCalled()
  })

  it('setupIpc registers on Electron ipcMain', () => {
    setupIpc(fakeHandlers(), () => true)
    expect(handle.mock.calls.map(([channel]) => channel).sort()).toEqual([...API_CHANNELS].sort())
  })
})
