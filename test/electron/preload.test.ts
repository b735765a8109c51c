import { describe, expect, it, vi } from 'vitest'
import { API_CHANNELS, CHANNELS, MENU_CHANNEL, NOTICE_CHANNEL } from '../../shared/ipc-contract'
import type { BudgetApi, MenuCommand, Notice } from '../../shared/ipc-contract'
import { book } from './ipc/fakes'

const electron = vi.hoisted(() => {
  const listeners = new Map<string, Set<(...args: unknown[]) => void>>()
  return {
    listeners,
    exposed: new Map<string, unknown>(),
    invoke: vi.fn(async (..._args: unknown[]) => 'result'),
  }
})

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, value: unknown) => electron.exposed.set(key, value) },
  ipcRenderer: {
    invoke: electron.invoke,
    on: (channel: string, listener: (...args: unknown[]) => void) => {
      const set = electron.listeners.get(channel) ?? new Set()
      set.add(listener)
      electron.listeners.set(channel, set)
    },
    removeListener: (channel: string, listener: (...args: unknown[]) => void) => electron.listeners.get(channel)?.delete(listener),
  },
}))

await import('../../electron/preload')
const api = electron.exposed.get('api') as BudgetApi

describe('preload', () => {
  it('exposes only window.api', () => {
    expect([...electron.exposed.keys()]).toEqual(['api'])
    expect(Object.keys(api).sort()).toEqual([...Object.keys(CHANNELS), 'onMenuCommand', 'onNotice'].sort())
    expect(api).not.toHaveProperty('openPath')
  })

  it('forwards each method to the channel of the same name with its arguments', async () => {
    const b = book()
    const calls: [keyof BudgetApi, unknown[]][] = [
      ['openDialog', []],
      ['openRecent', []],
      ['save', [b, null, false]],
      ['saveAs', [b, '名']],
      ['rollForward', [false]],
      ['exportXlsx', [b, '名']],
      ['exportDocument', [b, '名']],
      ['recentFiles', []],
      ['setDocumentState', [{ title: 't', dirty: true }]],
      ['writeRecovery', [b, '/a.ysb']],
      ['clearRecovery', []],
      ['pendingRecovery', []],
      ['loadRecovery', []],
      ['importCatalog', []],
      ['rendererReady', []],
      ['exportTemplate', [b, 'u1', true]],
      ['readUnitFiles', []],
    ]
    expect(calls.map(([c]) => c).sort()).toEqual([...API_CHANNELS].sort())
    for (const [channel, args] of calls) {
      electron.invoke.mockClear()
      await expect((api[channel] as (...a: unknown[]) => Promise<unknown>)(...args)).resolves.toBe('result')
      expect(electron.invoke).toHaveBeenCalledWith(channel, ...args)
    }
  })

  it('relays only known menu commands, without the IPC event, and unsubscribes', () => {
    const received: MenuCommand[] = []
    const unsubscribe = api.onMenuCommand((c) => received.push(c))
    const emit = (...args: unknown[]) => electron.listeners.get(MENU_CHANNEL)?.forEach((l) => l({ sender: 'secret' }, ...args))
    emit('save')
    emit('rm -rf')
    emit({ command: 'save' })
    expect(received).toEqual(['save'])
    unsubscribe()
    emit('undo')
    expect(received).toEqual(['save'])
    expect(electron.listeners.get(MENU_CHANNEL)?.size).toBe(0)
  })

  it('relays only well-formed notices, without the IPC event', () => {
    const received: Notice[] = []
    const unsubscribe = api.onNotice((n) => received.push(n))
    const emit = (...args: unknown[]) => electron.listeners.get(NOTICE_CHANNEL)?.forEach((l) => l({ sender: 'secret' }, ...args))
    emit({ kind: 'waiting-for-unlock', file: '2026.ysb' })
    emit({ kind: 'wait-over', file: '2026.ysb' })
    emit({ kind: 'waiting-for-unlock', file: 42 })
    emit({ kind: 'delete-everything', file: '2026.ysb' })
    emit('waiting-for-unlock')
    expect(received).toEqual([{ kind: 'waiting-for-unlock', file: '2026.ysb' }, { kind: 'wait-over', file: '2026.ysb' }])
    unsubscribe()
    expect(electron.listeners.get(NOTICE_CHANNEL)?.size).toBe(0)
  })
})
