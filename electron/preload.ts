// The sandboxed preload: exposes window.api and nothing else. Each method forwards to the
// ipcMain handler of the same name; main checks the sender and validates every argument.
// Only types and constants come from the contract, so the bundle stays tiny.
import { contextBridge, ipcRenderer } from 'electron'
import type { IpcRendererEvent } from 'electron'
import { MENU_CHANNEL, MENU_COMMANDS } from '../shared/ipc-contract'
import type { BudgetApi, MenuCommand } from '../shared/ipc-contract'

function isMenuCommand(x: unknown): x is MenuCommand {
  return typeof x === 'string' && (MENU_COMMANDS as readonly string[]).includes(x)
}

const api = {
  openDialog: () => ipcRenderer.invoke('openDialog'),
  openPath: (path) => ipcRenderer.invoke('openPath', path),
  save: (book, path) => ipcRenderer.invoke('save', book, path),
  saveAs: (book, suggestedName) => ipcRenderer.invoke('saveAs', book, suggestedName),
  rollForward: (keepAmounts) => ipcRenderer.invoke('rollForward', keepAmounts),
  exportXlsx: (book, suggestedName) => ipcRenderer.invoke('exportXlsx', book, suggestedName),
  exportDocument: (book, suggestedName) => ipcRenderer.invoke('exportDocument', book, suggestedName),
  recentFiles: () => ipcRenderer.invoke('recentFiles'),
  setDocumentState: (state) => ipcRenderer.invoke('setDocumentState', state),
  writeRecovery: (book, path) => ipcRenderer.invoke('writeRecovery', book, path),
  clearRecovery: () => ipcRenderer.invoke('clearRecovery'),
  pendingRecovery: () => ipcRenderer.invoke('pendingRecovery'),
  loadRecovery: () => ipcRenderer.invoke('loadRecovery'),
  importCatalog: () => ipcRenderer.invoke('importCatalog'),
  onMenuCommand: (listener) => {
    // The IPC event object is never handed to the page: it exposes `sender`.
    const relay = (_event: IpcRendererEvent, command: unknown) => {
      if (isMenuCommand(command)) listener(command)
    }
    ipcRenderer.on(MENU_CHANNEL, relay)
    return () => {
      ipcRenderer.removeListener(MENU_CHANNEL, relay)
    }
  },
} satisfies BudgetApi

contextBridge.exposeInMainWorld('api', api)
