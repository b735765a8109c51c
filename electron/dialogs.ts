// Electron's native dialogs behind the small interfaces the handlers and the close guard use.
// Dialogs are attached to the main window so they are modal to it and appear in front.
import type { BaseWindow, Dialog, MessageBoxOptions } from 'electron'
import type { Dialogs } from './ipc/deps'
import type { CloseChoice } from './lifecycle'
import { APP_TITLE } from './app-title'

type DialogApi = Pick<Dialog, 'showOpenDialog' | 'showSaveDialog' | 'showMessageBox'>

export function createElectronDialogs(dialog: DialogApi, getWindow: () => BaseWindow | null): Dialogs {
  const parent = () => {
    const win = getWindow()
    return win && !win.isDestroyed() ? win : null
  }
  return {
    async showOpen({ title, filters, defaultPath }) {
      const options = { title, filters, properties: ['openFile' as const], ...(defaultPath ? { defaultPath } : {}) }
      const win = parent()
      const result = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options)
      return result.canceled ? null : (result.filePaths[0] ?? null)
    },
    async showOpenMany({ title, filters, defaultPath }) {
      const options = { title, filters, properties: ['openFile' as const, 'multiSelections' as const], ...(defaultPath ? { defaultPath } : {}) }
      const win = parent()
      const result = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options)
      return result.canceled || result.filePaths.length === 0 ? null : result.filePaths
    },
    async showSave({ title, filters, defaultPath }) {
      const options = { title, filters, defaultPath, properties: ['showOverwriteConfirmation' as const, 'createDirectory' as const] }
      const win = parent()
      const result = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options)
      return result.canceled || !result.filePath ? null : result.filePath
    },
  }
}

/** 保存 / 不保存 / 取消 — Escape and the window's close button mean 取消. */
export async function confirmClose(dialog: DialogApi, win: BaseWindow, documentTitle: string): Promise<CloseChoice> {
  const options: MessageBoxOptions = {
    type: 'warning',
    title: APP_TITLE,
    message: `是否保存对“${documentTitle}”的修改？`,
    detail: '如果不保存，本次的修改将会丢失。',
    buttons: ['保存', '不保存', '取消'],
    defaultId: 0,
    cancelId: 2,
    noLink: true,
  }
  const { response } = await dialog.showMessageBox(win, options)
  return response === 0 ? 'save' : response === 1 ? 'discard' : 'cancel'
}
