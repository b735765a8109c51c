import type { EventEmitter } from 'node:events'
import { describe, expect, it, vi } from 'vitest'
import { APP_TITLE } from '../../electron/app-title'
import { getMainWindowOptions } from '../../electron/window-options'

// window.ts imports BrowserWindow at the top level; the real module would try to fetch the binary.
const created = vi.hoisted(() => [] as { options: unknown; show: () => void }[])
vi.mock('electron', async () => {
  const { EventEmitter } = await import('node:events')
  class BrowserWindow extends EventEmitter {
    show = vi.fn()
    constructor(readonly options: unknown) {
      super()
      created.push(this)
    }
  }
  return { BrowserWindow }
})

describe('getMainWindowOptions', () => {
  const options = getMainWindowOptions('/app/out/preload/preload.cjs')
  const web = options.webPreferences ?? {}

  it('sets every security option explicitly', () => {
    expect(web).toMatchObject({
      preload: '/app/out/preload/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      enableBlinkFeatures: '',
      disableBlinkFeatures: 'Auxclick',
      navigateOnDragDrop: false,
      spellcheck: false,
      plugins: false,
      enableWebSQL: false,
      safeDialogs: true,
    })
    // Explicit means present, not merely falsy by default.
    for (const key of ['contextIsolation', 'sandbox', 'nodeIntegration', 'nodeIntegrationInWorker', 'nodeIntegrationInSubFrames',
      'webviewTag', 'webSecurity', 'allowRunningInsecureContent', 'experimentalFeatures', 'enableBlinkFeatures', 'navigateOnDragDrop', 'spellcheck']) {
      expect(Object.hasOwn(web, key), key).toBe(true)
    }
  })

  it('does not set options that would weaken the page', () => {
    expect(web.additionalArguments).toBeUndefined()
    expect(web.partition).toBeUndefined()
    expect(web.session).toBeUndefined()
  })

  it('allows devtools only in unpackaged builds', () => {
    expect(getMainWindowOptions('/p').webPreferences?.devTools).toBe(false)
    expect(getMainWindowOptions('/p', true).webPreferences?.devTools).toBe(false)
    expect(getMainWindowOptions('/p', false).webPreferences?.devTools).toBe(true)
  })

  it('starts hidden, titled and large enough for the tables', () => {
    expect(options.show).toBe(false)
    expect(options.title).toBe('预算公开表')
    expect(APP_TITLE).toBe('预算公开表')
    expect(options.width).toBeGreaterThanOrEqual(1200)
    expect(options.height).toBeGreaterThanOrEqual(760)
    expect(options.minWidth).toBeLessThanOrEqual(1366)
    expect(options.minHeight).toBeLessThanOrEqual(768)
  })
})

describe('createMainWindow', () => {
  it('builds the window from getMainWindowOptions and shows it when painted', async () => {
    const { createMainWindow } = await import('../../electron/window')
    const win = createMainWindow('/p/preload.cjs', false) as unknown as EventEmitter & { show: () => void; options: unknown }
    expect(created).toHaveLength(1)
    expect(win.options).toEqual(getMainWindowOptions('/p/preload.cjs', false))
    expect(win.show).not.toHaveBeenCalled()
    win.emit('ready-to-show')
    expect(win.show).toHaveBeenCalledOnce()
  })
})
