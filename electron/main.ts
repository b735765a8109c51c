// App lifecycle only: each concern lives in its own setupX()/createX() module and is composed
// here. Budget logic never runs in this file.
import { app, dialog, Menu, protocol, session, shell } from 'electron'
import type { BrowserWindow } from 'electron'
import { join } from 'node:path'
import { MENU_CHANNEL, NOTICE_CHANNEL } from '../shared/ipc-contract'
import type { MenuCommand } from '../shared/ipc-contract'
import { APP_TITLE } from './app-title'
import { confirmClose, createElectronDialogs } from './dialogs'
import { exportDocument, exportTemplate, exportXlsx, readAny, rollForwardOpened, writeNative } from './files/documents'
import { electronPrinter } from './document/pdf-electron'
import { readCatalogFile } from './files/catalog-file'
import { createSettingsStore, DEFAULT_SETTINGS } from './files/settings'
import { readUnitFile } from './files/unit-file'
import { createHandlers } from './ipc/handlers'
import { createOutbox } from './ipc/outbox'
import { setupIpc } from './ipc/register'
import { createSenderCheck } from './ipc/sender'
import { createCloseGuard, filesFromArgv, formatWindowTitle } from './lifecycle'
import { setupMenu } from './menu'
import { registerAppScheme, setupProtocol } from './protocol'
import { setupSecurity } from './security'
import { APP_ENTRY_URL } from './trusted-url'
import { createMainWindow } from './window'

// out/main/main.js → out/renderer, out/preload/preload.cjs
const here = import.meta.dirname
const rendererDir = join(here, '../renderer')
const preloadPath = join(here, '../preload/preload.cjs')
// Set by `electron-vite dev`; never honoured in a packaged app.
const devServerUrl = app.isPackaged ? null : (process.env.ELECTRON_RENDERER_URL ?? null)

let mainWindow: BrowserWindow | null = null
/** The file the renderer's next openRecent reads (see HandlerDeps.takeOpenHint). */
let openHint: string | null = null

function liveWindow(): BrowserWindow | null {
  return mainWindow && !mainWindow.isDestroyed() ? mainWindow : null
}

/** Main → renderer messages wait for the renderer's handshake (see ipc/outbox.ts). */
const outbox = createOutbox((channel, message) => {
  const win = liveWindow()
  if (!win) return false
  win.webContents.send(channel, message)
  return true
})

function send(command: MenuCommand): void {
  outbox.send(MENU_CHANNEL, command)
}

/** 最近打开 and files from the shell go through the renderer's 'open' flow (it owns the unsaved-changes check). */
function openViaRenderer(path: string): void {
  openHint = path
  send('open-recent')
}

const settingsStore = createSettingsStore(app.getPath('userData'))
let settings = { ...DEFAULT_SETTINGS }
let recentShown: readonly string[] = []

function rebuildMenu(recent: readonly string[] = recentShown): void {
  recentShown = recent
  const exportBackups = {
    checked: settings.exportBackups,
    set: (checked: boolean) => {
      settings = { ...settings, exportBackups: checked }
      void settingsStore.write(settings).catch(() => undefined)
      rebuildMenu()
    },
  }
  setupMenu({ Menu, recent, send, openRecent: openViaRenderer, options: { devTools: !app.isPackaged, exportBackups } })
}

const closeGuard = createCloseGuard({
  confirm: async (title) => {
    const win = liveWindow()
    return win ? confirmClose(dialog, win, title) : 'discard'
  },
  requestSave: () => send('save'),
  close: () => liveWindow()?.close(),
  discard: () => handlers.clearRecovery(),
})

const handlers = createHandlers({
  dialogs: createElectronDialogs(dialog, liveWindow),
  userDataDir: app.getPath('userData'),
  documents: { readAny, writeNative, exportXlsx, exportDocument: (path, book) => exportDocument(path, book, electronPrinter), rollForward: rollForwardOpened, readCatalog: readCatalogFile, readUnitFile, exportTemplate },
  setDocumentState: (state) => {
    closeGuard.documentStateChanged(state)
    liveWindow()?.setTitle(formatWindowTitle(state))
  },
  onRecentFilesChanged: rebuildMenu,
  onSaveSettled: (outcome) => closeGuard.saveSettled(outcome),
  exportBackups: () => settings.exportBackups,
  notify: (notice) => outbox.send(NOTICE_CHANNEL, notice),
  onRendererReady: () => outbox.ready(),
  takeOpenHint: () => {
    const hint = openHint
    openHint = null
    return hint
  },
})

function openWindow(): BrowserWindow {
  const win = createMainWindow(preloadPath, app.isPackaged)
  win.setTitle(formatWindowTitle(closeGuard.state))
  // The page's <title> must not replace the document title main maintains.
  win.on('page-title-updated', (event) => event.preventDefault())
  win.on('close', (event) => {
    if (closeGuard.shouldPreventClose()) event.preventDefault()
  })
  win.on('closed', () => {
    mainWindow = null
  })

  // A crashed page is reloaded; it then offers the recovery copy it wrote every 30 s.
  let reloads = 0
  win.webContents.on('render-process-gone', (_event, details) => {
    if (details.reason === 'clean-exit') return
    closeGuard.rendererReset()
    if (++reloads <= 3) {
      win.webContents.reload()
    } else {
      dialog.showErrorBox(APP_TITLE, '页面多次意外退出。请重新启动程序，最近未保存的修改可以在启动时从恢复文件找回。')
    }
  })

  // A new page (first load, reload after a crash) must shake hands before it is sent anything.
  win.webContents.on('did-start-loading', () => outbox.reset())
  // Queued until the renderer is ready, however long React takes to mount.
  const [file] = filesFromArgv(process.argv)
  if (file) openViaRenderer(file)

  void win.loadURL(devServerUrl ?? APP_ENTRY_URL)
  return win
}

async function start(): Promise<void> {
  setupProtocol(protocol, rendererDir)
  setupSecurity({ app, session: session.defaultSession, openExternal: (url) => void shell.openExternal(url), dev: devServerUrl !== null })
  setupIpc(handlers, createSenderCheck(liveWindow, devServerUrl))
  settings = await settingsStore.read()
  rebuildMenu(await handlers.recentFiles())
  mainWindow = openWindow()
}

// Both must happen before 'ready'.
app.enableSandbox()
registerAppScheme(protocol)

if (!app.requestSingleInstanceLock()) {
  app.quit()
} else {
  app.on('second-instance', (_event, argv) => {
    const win = liveWindow()
    if (!win) return
    if (win.isMinimized()) win.restore()
    win.focus()
    const [file] = filesFromArgv(argv)
    if (file) openViaRenderer(file)
  })
  // One window; closing it ends the app on every platform (it has passed the close guard).
  app.on('window-all-closed', () => app.quit())
  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => {
      dialog.showErrorBox(APP_TITLE, `启动失败：${error instanceof Error ? error.message : String(error)}`)
      app.quit()
    })
}
