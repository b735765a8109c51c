// The app's printer: its own Chromium. The HTML is loaded from a temporary file into a hidden
// window of its own in-memory session (no scripts, not the renderer's CSP), printed, thrown away.
import { BrowserWindow } from 'electron'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { PRINT_OPTIONS, type PrintHtml } from './pdf'

export const electronPrinter: PrintHtml = async (html) => {
  const dir = await mkdtemp(join(tmpdir(), 'budget-document-'))
  // Every option spelled out (as the main window's are), so the security scan sees them: nothing in this window
  // runs or navigates, and a middle click (Auxclick) cannot open anything either.
  const win = new BrowserWindow({
    show: false,
    webPreferences: {
      sandbox: true, contextIsolation: true, nodeIntegration: false, webSecurity: true, javascript: false,
      disableBlinkFeatures: 'Auxclick', partition: 'document-print',
    },
  })
  try {
    const file = join(dir, 'document.html')
    await writeFile(file, html, 'utf8')
    await win.loadFile(file)
    const pdf = await win.webContents.printToPDF(PRINT_OPTIONS)
    return new Uint8Array(pdf)
  } finally {
    win.destroy()
    await rm(dir, { recursive: true, force: true })
  }
}
