import type { BaseWindow } from 'electron'
import { describe, expect, it, vi } from 'vitest'
import { confirmClose, createElectronDialogs } from '../../electron/dialogs'

const win = { isDestroyed: () => false } as unknown as BaseWindow

function fakeDialog(answers: { open?: unknown; save?: unknown; box?: number }) {
  return {
    showOpenDialog: vi.fn(async (..._args: unknown[]) => answers.open),
    showSaveDialog: vi.fn(async (..._args: unknown[]) => answers.save),
    showMessageBox: vi.fn(async (..._args: unknown[]) => ({ response: answers.box ?? 2, checkboxChecked: false })),
  }
}

describe('createElectronDialogs', () => {
  it('returns the chosen path, modal to the window', async () => {
    const dialog = fakeDialog({ open: { canceled: false, filePaths: ['/a.ysb'] }, save: { canceled: false, filePath: '/b.ysb' } })
    const dialogs = createElectronDialogs(dialog as never, () => win)
    expect(await dialogs.showOpen({ title: '打开', filters: [] })).toBe('/a.ysb')
    expect(dialog.showOpenDialog).toHaveBeenCalledWith(win, { title: '打开', filters: [], properties: ['openFile'] })
    expect(await dialogs.showSave({ title: '另存为', filters: [], defaultPath: 'x.ysb' })).toBe('/b.ysb')
    expect(dialog.showSaveDialog.mock.calls[0]?.[0]).toBe(win)
  })

  it('returns null when cancelled, and works without a window', async () => {
    const dialog = fakeDialog({ open: { canceled: true, filePaths: [] }, save: { canceled: true, filePath: '' } })
    const dialogs = createElectronDialogs(dialog as never, () => null)
    expect(await dialogs.showOpen({ title: '打开', filters: [], defaultPath: '/home' })).toBeNull()
    expect(dialog.showOpenDialog).toHaveBeenCalledWith({ title: '打开', filters: [], properties: ['openFile'], defaultPath: '/home' })
    expect(await dialogs.showSave({ title: '另存为', filters: [], defaultPath: 'x.ysb' })).toBeNull()
  })
})

describe('confirmClose', () => {
  it.each([[0, 'save'], [1, 'discard'], [2, 'cancel']] as const)('button %i means %s', async (response, choice) => {
    const dialog = fakeDialog({ box: response })
    expect(await confirmClose(dialog as never, win, '2026.ysb')).toBe(choice)
    const options = dialog.showMessageBox.mock.calls[0]?.[1] as { buttons: string[]; cancelId: number; message: string }
    expect(options.buttons).toEqual(['保存', '不保存', '取消'])
    expect(options.cancelId).toBe(2)
    expect(options.message).toContain('2026.ysb')
  })
})
