import { describe, expect, it } from 'vitest'
import { APP_ENTRY_URL, externalWebUrl, isTrustedUrl } from '../../electron/trusted-url'

describe('isTrustedUrl', () => {
  it.each([
    APP_ENTRY_URL,
    'app://bundle/',
    'app://bundle',
    'app://bundle/assets/index-abc.js',
    'app://bundle/index.html?x=1#top',
    'APP://bundle/index.html', // schemes are case-insensitive
  ])('trusts our bundle: %s', (url) => {
    expect(isTrustedUrl(url)).toBe(true)
  })

  it('trusts app://bundle/../../etc/passwd only as app://bundle/etc/passwd, which the protocol handler confines to the bundle', () => {
    expect(new URL('app://bundle/../../etc/passwd').href).toBe('app://bundle/etc/passwd')
    expect(isTrustedUrl('app://bundle/../../etc/passwd')).toBe(true)
  })

  it.each([
    'app://bundle.evil/index.html',
    'app://bundle.evil',
    'app://evil.bundle/',
    'app://user@bundle/index.html',
    'app://user:pass@bundle/index.html',
    'app://evil\\\\@bundle/',
    'app://bundle:8080/index.html',
    'app://BUNDLE/index.html', // Chromium would lower-case it; an unnormalised host is not ours
    'app://bundle%2eevil/',
    'app://evil#@bundle',
    'app:bundle/index.html',
    'app:///index.html',
    'app://',
    'file:///C:/Windows/win.ini',
    'file:///etc/passwd',
    'http://localhost/',
    'http://localhost:5173/',
    'https://bundle/',
    'javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'about:blank',
    'devtools://devtools/bundled/inspector.html',
    'blob:app://bundle/1234',
    '',
    'not a url',
  ])('does not trust %s', (url) => {
    expect(isTrustedUrl(url)).toBe(false)
  })

  it.each([null, undefined, 42, {}, ['app://bundle/']])('does not trust non-strings (%s)', (url) => {
    expect(isTrustedUrl(url)).toBe(false)
  })

  it('trusts the dev server origin only when it is given', () => {
    expect(isTrustedUrl('http://localhost:5173/', null)).toBe(false)
    expect(isTrustedUrl('http://localhost:5173/', 'http://localhost:5173')).toBe(true)
    expect(isTrustedUrl('http://localhost:5173/src/main.tsx', 'http://localhost:5173/')).toBe(true)
    expect(isTrustedUrl('http://localhost:5174/', 'http://localhost:5173')).toBe(false)
    expect(isTrustedUrl('http://127.0.0.1:5173/', 'http://localhost:5173')).toBe(false)
    expect(isTrustedUrl('http://user@localhost:5173/', 'http://localhost:5173')).toBe(false)
    expect(isTrustedUrl('http://localhost:5173.evil.com/', 'http://localhost:5173')).toBe(false)
    // A dev "server" on a non-web scheme is never trusted.
    expect(isTrustedUrl('file:///tmp/x.html', 'file:///tmp/')).toBe(false)
  })
})

describe('externalWebUrl', () => {
  it('passes http and https links, normalised', () => {
    expect(externalWebUrl('https://www.mof.gov.cn/')).toBe('https://www.mof.gov.cn/')
    expect(externalWebUrl('HTTP://Example.COM/a b')).toBe('http://example.com/a%20b')
  })

  it.each([
    'javascript:alert(1)',
    'file:///C:/Windows/System32/calc.exe',
    'smb://server/share',
    'ms-msdt:/id PCWDiagnostic',
    'app://bundle/index.html',
    'https://user:pw@example.com/',
    'mailto:a@b.c',
    'not a url',
    '',
  ])('refuses %s', (url) => {
    expect(externalWebUrl(url)).toBeNull()
  })
})
