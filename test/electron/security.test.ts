import { EventEmitter } from 'node:events'
import type { App, Session, WebContents } from 'electron'
import { describe, expect, it, vi } from 'vitest'
import { applySessionPolicy, contentSecurityPolicy, hardenWebContents, setupSecurity } from '../../electron/security'

type OpenHandler = (details: { url: string }) => { action: string }

function fakeContents() {
  const emitter = new EventEmitter()
  let openHandler: OpenHandler | null = null
  const contents = Object.assign(emitter, {
    setWindowOpenHandler: (handler: OpenHandler) => {
      openHandler = handler
    },
  })
  const fire = (event: string, ...args: unknown[]) => {
    const e = { preventDefault: vi.fn() }
    emitter.emit(event, e, ...args)
    return e.preventDefault
  }
  return { contents: contents as unknown as WebContents, fire, open: (url: string) => openHandler?.({ url }) }
}

describe('hardenWebContents', () => {
  it.each(['will-navigate', 'will-frame-navigate', 'will-redirect', 'will-attach-webview'])('prevents %s', (event) => {
    const { contents, fire } = fakeContents()
    hardenWebContents(contents, vi.fn())
    expect(fire(event, 'https://example.com/')).toHaveBeenCalledOnce()
  })

  it('denies every new window and opens only http(s) links externally', () => {
    const openExternal = vi.fn()
    const { contents, open } = fakeContents()
    hardenWebContents(contents, openExternal)
    expect(open('https://www.mof.gov.cn/')).toEqual({ action: 'deny' })
    expect(open('javascript:alert(1)')).toEqual({ action: 'deny' })
    expect(open('file:///C:/Windows/System32/calc.exe')).toEqual({ action: 'deny' })
    expect(open('app://bundle/index.html')).toEqual({ action: 'deny' })
    expect(openExternal.mock.calls).toEqual([['https://www.mof.gov.cn/']])
  })
})

function fakeSession() {
  const calls: Record<string, unknown> = {}
  const session = {
    setPermissionRequestHandler: (h: unknown) => (calls.request = h),
    setPermissionCheckHandler: (h: unknown) => (calls.check = h),
    setDevicePermissionHandler: (h: unknown) => (calls.device = h),
    webRequest: { onHeadersReceived: (h: unknown) => (calls.headers = h) },
  }
  return { session: session as unknown as Session, calls }
}

describe('applySessionPolicy', () => {
  it('denies every permission request and check', () => {
    const { session, calls } = fakeSession()
    applySessionPolicy(session)
    for (const permission of ['clipboard-read', 'media', 'notifications', 'geolocation', 'openExternal']) {
      const callback = vi.fn()
      ;(calls.request as (c: unknown, p: string, cb: (ok: boolean) => void) => void)({}, permission, callback)
      expect(callback).toHaveBeenCalledWith(false)
    }
    expect((calls.check as () => boolean)()).toBe(false)
    expect((calls.device as () => boolean)()).toBe(false)
  })

  it('adds the CSP to every response, keeping the other headers', () => {
    const { session, calls } = fakeSession()
    applySessionPolicy(session)
    const callback = vi.fn()
    ;(calls.headers as (d: unknown, cb: unknown) => void)({ responseHeaders: { 'Content-Type': ['text/html'] } }, callback)
    const headers = callback.mock.calls[0]?.[0].responseHeaders
    expect(headers['Content-Type']).toEqual(['text/html'])
    expect(headers['Content-Security-Policy']).toEqual([contentSecurityPolicy()])
    expect(headers['X-Content-Type-Options']).toEqual(['nosniff'])
  })
})

describe('contentSecurityPolicy', () => {
  const directives = (csp: string) => new Map(csp.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1).join(' ')]))

  it('is strict in the packaged app', () => {
    const csp = directives(contentSecurityPolicy())
    expect(csp.get('default-src')).toBe("'self' app:")
    expect(csp.get('script-src')).toBe("'self'")
    expect(csp.get('style-src')).toBe("'self' 'unsafe-inline'")
    expect(csp.get('img-src')).toBe("'self' data:")
    expect(csp.get('font-src')).toBe("'self' data:")
    expect(csp.get('object-src')).toBe("'none'")
    expect(csp.get('base-uri')).toBe("'none'")
    expect(csp.get('frame-ancestors')).toBe("'none'")
    expect(csp.get('form-action')).toBe("'none'")
    expect(contentSecurityPolicy()).not.toContain('unsafe-eval')
  })

  it('allows inline scripts only for the dev server', () => {
    expect(directives(contentSecurityPolicy(true)).get('script-src')).toBe("'self' 'unsafe-inline'")
  })
})

describe('setupSecurity', () => {
  it('hardens every webContents created later', () => {
    const app = new EventEmitter()
    const { session } = fakeSession()
    setupSecurity({ app: app as unknown as App, session, openExternal: vi.fn(), dev: false })
    const { contents, fire } = fakeContents()
    app.emit('web-contents-created', {}, contents)
    expect(fire('will-navigate', 'https://example.com/')).toHaveBeenCalledOnce()
  })
})
