// Where the CLI finds a Chromium to print the PDF with (the app prints with its own). One
// function, so a shared finder can replace it: $BUDGET_TABLES_CHROMIUM first, then the usual
// places of Chromium, Chrome and Edge (on every Windows 10/11) and UOS's browser.
import { existsSync } from 'node:fs'
import { join } from 'node:path'

function candidates(): string[] {
  const env = process.env
  const list: string[] = []
  if (env.BUDGET_TABLES_CHROMIUM) list.push(env.BUDGET_TABLES_CHROMIUM)
  if (process.platform === 'win32') {
    for (const base of [env['PROGRAMFILES'], env['PROGRAMFILES(X86)'], env.LOCALAPPDATA]) {
      if (!base) continue
      list.push(join(base, 'Google', 'Chrome', 'Application', 'chrome.exe'), join(base, 'Microsoft', 'Edge', 'Application', 'msedge.exe'), join(base, 'Chromium', 'Application', 'chrome.exe'))
    }
  } else if (process.platform === 'darwin') {
    list.push('/Applications/Google Chrome.app/Contents/MacOS/Google Chrome', '/Applications/Chromium.app/Contents/MacOS/Chromium', '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge')
  } else {
    list.push('/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable', '/usr/bin/microsoft-edge', '/usr/bin/browser', '/opt/apps/org.deepin.browser/files/bin/browser', '/snap/bin/chromium')
  }
  return list
}

/** The path of a Chromium-based browser, or null when none is found. */
export function findChromium(): string | null {
  return candidates().find((path) => existsSync(path)) ?? null
}
