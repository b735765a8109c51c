// Which URLs belong to us. Everything security-relevant (the IPC sender check, navigation
// guards, the protocol handler) asks these functions instead of comparing strings, because
// substring checks like `url.includes('app://')` accept app://bundle.evil and app://user@bundle.

/** The renderer is served from app://bundle/… (see protocol.ts). */
export const APP_SCHEME = 'app'
export const APP_HOST = 'bundle'
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`

function parse(url: unknown): URL | null {
  if (typeof url !== 'string' || url.length === 0 || url.length > 8192) return null
  try {
    return new URL(url)
  } catch {
    return null
  }
}

/**
 * True when `url` is a page of our own bundle, or of the electron-vite dev server when one
 * is given (development only; main passes null in a packaged app).
 *
 * `app:` is a non-special scheme to the WHATWG parser, so `URL.origin` is the string "null"
 * for it and the host is not lower-cased: we compare every component explicitly instead.
 * Paths are not judged here: the parser already removes `..` segments, and the protocol
 * handler confines every path to the renderer directory.
 */
export function isTrustedUrl(url: unknown, devServerUrl: string | null = null): boolean {
  const u = parse(url)
  if (!u) return false
  if (
    u.protocol === `${APP_SCHEME}:` &&
    u.hostname === APP_HOST &&
    u.port === '' &&
    u.username === '' &&
    u.password === ''
  ) {
    return true
  }
  if (devServerUrl) {
    const dev = parse(devServerUrl)
    if (
      dev &&
      (dev.protocol === 'http:' || dev.protocol === 'https:') &&
      u.origin === dev.origin &&
      u.username === '' &&
      u.password === ''
    ) {
      return true
    }
  }
  return false
}

/**
 * The normalised href when `url` is an ordinary web link a clerk may open in the system
 * browser (http/https only, no credentials); null for everything else (file:, javascript:,
 * custom schemes that would launch other programs, malformed strings).
 */
export function externalWebUrl(url: unknown): string | null {
  const u = parse(url)
  if (!u) return null
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return null
  if (u.username !== '' || u.password !== '' || u.hostname === '') return null
  return u.href
}
