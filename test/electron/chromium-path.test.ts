// `npm test` on a machine without /usr/bin/chromium: the e2e harness and the UI bench find a
// Chromium-family browser where it usually lives, honour CHROMIUM_PATH, and otherwise fail in
// one line that says how to get one.
import { describe, expect, it } from 'vitest'
import { CHROMIUM_HELP, ChromiumNotFoundError, findChromium, type FinderEnv } from '../../electron/chromium-path'

function machine(platform: NodeJS.Platform, present: string[], env: Record<string, string | undefined> = {}): FinderEnv {
  return { platform, env, isExecutable: (path) => present.includes(path) }
}

describe('findChromium', () => {
  it.each([
    ['/usr/bin/chromium-browser'],
    ['/usr/bin/google-chrome-stable'],
    ['/usr/bin/microsoft-edge'],
    ['/snap/bin/chromium'],
    ['/opt/google/chrome/chrome'],
  ])('finds %s on Linux', (path) => {
    expect(findChromium(machine('linux', [path], { PATH: '/usr/local/bin:/usr/bin' }))).toBe(path)
  })

  it('prefers Debian’s chromium, and finds one on PATH elsewhere', () => {
    expect(findChromium(machine('linux', ['/usr/bin/google-chrome', '/usr/bin/chromium']))).toBe('/usr/bin/chromium')
    expect(findChromium(machine('linux', ['/home/me/bin/chromium'], { PATH: '/home/me/bin' }))).toBe('/home/me/bin/chromium')
  })

  it('finds Edge or Chrome under Program Files on Windows, or a per-user Chrome', () => {
    const env = { ProgramFiles: 'C:\\Program Files', 'ProgramFiles(x86)': 'C:\\Program Files (x86)', LOCALAPPDATA: 'C:\\Users\\kj\\AppData\\Local' }
    const edge = 'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe'
    const chrome = 'C:\\Users\\kj\\AppData\\Local\\Google\\Chrome\\Application\\chrome.exe'
    expect(findChromium(machine('win32', [edge, chrome], env))).toBe(edge)
    expect(findChromium(machine('win32', [chrome], env))).toBe(chrome)
  })

  it('finds Chrome on macOS', () => {
    const chrome = '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome'
    expect(findChromium(machine('darwin', [chrome]))).toBe(chrome)
  })

  it('honours CHROMIUM_PATH, and says so in one line when it points at nothing', () => {
    expect(findChromium(machine('linux', ['/usr/bin/chromium', '/x/chrome'], { CHROMIUM_PATH: '/x/chrome' }))).toBe('/x/chrome')
    expect(() => findChromium(machine('linux', ['/usr/bin/chromium'], { CHROMIUM_PATH: '/nope' }))).toThrow(/^CHROMIUM_PATH=\/nope is not an executable file[^\n]*$/)
  })

  it('fails in one line saying how to get a browser when there is none', () => {
    let error: unknown
    try {
      findChromium(machine('linux', [], { PATH: '/usr/bin' }))
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(ChromiumNotFoundError)
    expect((error as Error).message).toBe(CHROMIUM_HELP)
    expect(CHROMIUM_HELP).not.toContain('\n')
    expect(CHROMIUM_HELP).toMatch(/apt-get install chromium/)
    expect(CHROMIUM_HELP).toMatch(/CHROMIUM_PATH/)
  })
})
