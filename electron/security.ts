// Hardening that applies to every web page the app creates: no navigation away from the
// bundle, no new windows, no <webview>, no permissions, and a strict Content-Security-Policy.
// Electron objects come in as parameters so the logic is testable without Electron.
import type { App, Session, WebContents } from 'electron'
import { externalWebUrl } from './trusted-url'

/**
 * The CSP for every page. AG Grid injects its theme as <style> elements, hence
 * style-src 'unsafe-inline' (scripts stay 'self' only). In development the React refresh
 * preamble of the Vite dev server is an inline script, so the dev policy allows inline
 * scripts; a packaged app never gets that policy.
 */
export function contentSecurityPolicy(dev = false): string {
  return [
    "default-src 'self' app:",
    dev ? "script-src 'self' 'unsafe-inline'" : "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self' data:",
    "object-src 'none'",
    "frame-src 'none'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
    "form-action 'none'",
  ].join('; ')
}

/**
 * Navigation guards for one webContents. The renderer is a single page: it never needs to
 * navigate, open windows or attach webviews. A link meant for the system browser
 * (target=_blank, http/https only) is handed to `openExternal` after `new URL` parsing.
 */
export function hardenWebContents(contents: WebContents, openExternal: (url: string) => void): void {
  contents.on('will-navigate', (event) => event.preventDefault())
  contents.on('will-frame-navigate', (event) => event.preventDefault())
  contents.on('will-redirect', (event) => event.preventDefault())
  contents.on('will-attach-webview', (event) => event.preventDefault())
  contents.setWindowOpenHandler(({ url }) => {
    const external = externalWebUrl(url)
    if (external) openExternal(external)
    return { action: 'deny' }
  })
}

/** Denies every permission (camera, notifications, clipboard-read, geolocation …) and adds the CSP. */
export function applySessionPolicy(session: Session, dev = false): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false))
  session.setPermissionCheckHandler(() => false)
  session.setDevicePermissionHandler(() => false)
  const csp = contentSecurityPolicy(dev)
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: {
        ...details.responseHeaders,
        'Content-Security-Policy': [csp],
        'X-Content-Type-Options': ['nosniff'],
      },
    })
  })
}

export interface SecurityDeps {
  app: Pick<App, 'on'>
  session: Session
  openExternal: (url: string) => void
  dev: boolean
}

/** Call once after 'ready', before the first window: guards every webContents ever created. */
export function setupSecurity({ app, session, openExternal, dev }: SecurityDeps): void {
  applySessionPolicy(session, dev)
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, openExternal))
}
