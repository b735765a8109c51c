// The main window's options as a pure function, so a test (and the electronegativity script,
// which cannot follow a function call in the bundle) can check every security setting. Each
// one is set explicitly instead of trusting Electron's defaults, which have changed between
// versions (contextIsolation, sandbox) and may change again.
import type { BrowserWindowConstructorOptions } from 'electron'
import { APP_TITLE } from './app-title'

export function getMainWindowOptions(preloadPath: string, isPackaged = true): BrowserWindowConstructorOptions {
  return {
    title: APP_TITLE,
    // The 13 tables are wide: start large, but still fit a 1366×768 office laptop.
    width: 1360,
    height: 860,
    minWidth: 960,
    minHeight: 600,
    // Shown on 'ready-to-show' so the clerk never sees an empty white frame.
    show: false,
    backgroundColor: '#ffffff',
    autoHideMenuBar: false,
    webPreferences: {
      preload: preloadPath,
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
      // A middle click on a link would otherwise ask for a new window (denied anyway in security.ts).
      disableBlinkFeatures: 'Auxclick',
      navigateOnDragDrop: false,
      // Budget tables are numbers and official names: red squiggles help no one, and the
      // spellchecker would download dictionaries from Google.
      spellcheck: false,
      plugins: false,
      enableWebSQL: false,
      safeDialogs: true,
      devTools: !isPackaged,
    },
  }
}
