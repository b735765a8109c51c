// Creates the main window from the tested options (window-options.ts).
import { BrowserWindow } from 'electron'
import { getMainWindowOptions } from './window-options'

export { getMainWindowOptions }

/** Creates the (hidden) main window; it shows itself once the first frame is painted. */
export function createMainWindow(preloadPath: string, isPackaged: boolean): BrowserWindow {
  const win = new BrowserWindow(getMainWindowOptions(preloadPath, isPackaged))
  win.once('ready-to-show', () => win.show())
  return win
}
