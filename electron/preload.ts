// The sandboxed preload: exposes window.api and nothing else. Each call method forwards to the
// ipcMain handler of the same name, one per entry of the contract's CHANNELS table; main
// checks the sender and validates every argument. Only plain data comes from the contract
// (the table, the menu commands), so the bundle stays tiny and needs no module but electron.
import { contextBridge, ipcRenderer } from 'electron'
import type { IpcRendererEvent } from 'electron'
import { API_CHANNELS, MENU_CHANNEL, MENU_COMMANDS, NOTICE_CHANNEL } from '../shared/ipc-contract'
import type { ApiChannel, BudgetApi, MenuCommand, Notice } from '../shared/ipc-contract'

function isMenuCommand(x: unknown): x is MenuCommand {
  return typeof x === 'string' && (MENU_COMMANDS as readonly string[]).includes(x)
}

function isNotice(x: unknown): x is Notice {
  if (typeof x !== 'object' || x === null) return false
  const n = x as Record<string, unknown>
  return (n.kind === 'waiting-for-unlock' || n.kind === 'wait-over') && typeof n.file === 'string'
}

/** A subscription to one main→renderer channel; the IPC event is never handed to the page (it exposes `sender`). */
function subscribe<T>(channel: string, accept: (x: unknown) => x is T, listener: (message: T) => void): () => void {
  const relay = (_event: IpcRendererEvent, message: unknown) => {
    if (accept(message)) listener(message)
  }
  ipcRenderer.on(channel, relay)
  return () => {
    ipcRenderer.removeListener(channel, relay)
  }
}

const calls = Object.fromEntries(API_CHANNELS.map((channel) => [channel, (...args: unknown[]) => ipcRenderer.invoke(channel, ...args)])) as Pick<BudgetApi, ApiChannel>

const api = {
  ...calls,
  onMenuCommand: (listener) => subscribe(MENU_CHANNEL, isMenuCommand, listener),
  onNotice: (listener) => subscribe(NOTICE_CHANNEL, isNotice, listener),
} satisfies BudgetApi

contextBridge.exposeInMainWorld('api', api)
