// Where a Chromium-family browser lives on this machine: for the end-to-end tests and the UI
// bench (test/e2e/harness.mjs drives it with Playwright) and for printing PDFs from the CLI.
// No download, no Electron: CHROMIUM_PATH if set, else the usual places on Linux, Windows and
// macOS, else one line saying how to get one. Plain Node, so tsx runs it from .mjs and the CLI.
import { accessSync, constants, statSync } from 'node:fs'
import { delimiter, join } from 'node:path'

export interface FinderEnv {
  platform: NodeJS.Platform
  env: Record<string, string | undefined>
  /** Whether `path` is an executable file. */
  isExecutable(path: string): boolean
}

/** Names looked up on PATH (Linux, and macOS with Homebrew). */
const COMMANDS = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'microsoft-edge', 'microsoft-edge-stable']

const LINUX_PATHS = ['/snap/bin/chromium', '/opt/google/chrome/chrome', '/opt/microsoft/msedge/msedge']

const MAC_PATHS = [
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
]

/** Under Program Files, Program Files (x86) and the user's own LocalAppData (per-user Chrome installs). */
const WINDOWS_SUFFIXES = ['Microsoft\\Edge\\Application\\msedge.exe', 'Google\\Chrome\\Application\\chrome.exe', 'Chromium\\Application\\chrome.exe']

export const CHROMIUM_HELP =
  'No Chromium-family browser found (chromium, google-chrome, microsoft-edge): install one (Debian/Ubuntu: apt-get install chromium) or set CHROMIUM_PATH to its executable.'

export class ChromiumNotFoundError extends Error {}

/** Every place looked at, in order of preference. */
export function chromiumCandidates({ platform, env }: Pick<FinderEnv, 'platform' | 'env'>): string[] {
  if (platform === 'win32') {
    const roots = [env.ProgramFiles, env['ProgramFiles(x86)'], env.LOCALAPPDATA].filter((r): r is string => !!r)
    return roots.flatMap((root) => WINDOWS_SUFFIXES.map((suffix) => `${root.replace(/[\\/]+$/, '')}\\${suffix}`))
  }
  const onPath = (env.PATH ?? '').split(delimiter).filter(Boolean).flatMap((dir) => COMMANDS.map((name) => join(dir, name)))
  const standard = COMMANDS.map((name) => `/usr/bin/${name}`)
  return [...new Set([...standard, ...onPath, ...(platform === 'darwin' ? MAC_PATHS : LINUX_PATHS)])]
}

function isExecutableFile(path: string): boolean {
  try {
    if (!statSync(path).isFile()) return false
    accessSync(path, constants.X_OK)
    return true
  } catch {
    return false
  }
}

const thisMachine: FinderEnv = { platform: process.platform, env: process.env, isExecutable: isExecutableFile }

/** The browser's executable; throws ChromiumNotFoundError with a one-line message when there is none. */
export function findChromium(machine: FinderEnv = thisMachine): string {
  const chosen = machine.env.CHROMIUM_PATH
  if (chosen) {
    if (machine.isExecutable(chosen)) return chosen
    throw new ChromiumNotFoundError(`CHROMIUM_PATH=${chosen} is not an executable file: point it at chromium/chrome/msedge, or unset it to search the usual places.`)
  }
  const found = chromiumCandidates(machine).find((path) => machine.isExecutable(path))
  if (!found) throw new ChromiumNotFoundError(CHROMIUM_HELP)
  return found
}
