import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { createBundleHandler, mimeType, registerAppScheme, resolveBundlePath, setupProtocol } from '../../electron/protocol'
import { contentSecurityPolicy } from '../../electron/security'

let base: string
let root: string

beforeAll(async () => {
  base = await mkdtemp(join(tmpdir(), 'bundle-'))
  root = join(base, 'renderer')
  await mkdir(join(root, 'assets'), { recursive: true })
  await writeFile(join(root, 'index.html'), '<!doctype html><title>预算公开表</title>')
  await writeFile(join(root, 'assets', 'app.js'), 'console.log(1)')
  await writeFile(join(root, 'assets', '表 1.css'), 'body{}')
  await writeFile(join(base, 'secret.txt'), 'secret')
  await symlink(join(base, 'secret.txt'), join(root, 'assets', 'link.txt'))
})

afterAll(async () => {
  await rm(base, { recursive: true, force: true })
})

describe('resolveBundlePath', () => {
  it('maps our URLs into the renderer directory', () => {
    expect(resolveBundlePath(root, 'app://bundle/index.html')).toBe(join(root, 'index.html'))
    expect(resolveBundlePath(root, 'app://bundle/')).toBe(join(root, 'index.html'))
    expect(resolveBundlePath(root, 'app://bundle')).toBe(join(root, 'index.html'))
    expect(resolveBundlePath(root, 'app://bundle/assets/app.js?v=1#x')).toBe(join(root, 'assets', 'app.js'))
    expect(resolveBundlePath(root, 'app://bundle/assets/%E8%A1%A8%201.css')).toBe(join(root, 'assets', '表 1.css'))
  })

  it.each([
    'app://bundle/../../etc/passwd', // the URL parser folds it to /etc/passwd, which is inside the bundle dir
  ])('keeps %s inside the bundle', (url) => {
    expect(resolveBundlePath(root, url)).toBe(join(root, 'etc', 'passwd'))
  })

  it.each([
    'app://bundle/..%2f..%2fsecret.txt',
    'app://bundle/..%2Fsecret.txt',
    'app://bundle/%2e%2e%2fsecret.txt',
    'app://bundle/assets/..%5c..%5csecret.txt',
    'app://bundle/%2e%2e%5csecret.txt',
    'app://bundle/index.html%00.js',
    'app://bundle/%E0%A4%A', // malformed escape
    'app://bundle.evil/index.html',
    'app://user@bundle/index.html',
    'app://bundle:1/index.html',
    'file:///etc/passwd',
    'http://localhost/index.html',
    'not a url',
  ])('refuses %s', (url) => {
    expect(resolveBundlePath(root, url)).toBeNull()
  })
})

describe('createBundleHandler', () => {
  const handler = () => createBundleHandler(root)

  it('serves files with type, CSP and nosniff', async () => {
    const response = await handler()(new Request('app://bundle/index.html'))
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8')
    expect(response.headers.get('content-security-policy')).toBe(contentSecurityPolicy())
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
    expect(await response.text()).toContain('预算公开表')
    const js = await handler()(new Request('app://bundle/assets/app.js'))
    expect(js.headers.get('content-type')).toBe('text/javascript; charset=utf-8')
  })

  it.each([
    'app://bundle/..%2f..%2fsecret.txt',
    'app://bundle/missing.js',
    'app://bundle/assets', // a directory
    'app://bundle/assets/link.txt', // a symlink leading outside
    'app://bundle.evil/index.html',
  ])('answers 404 for %s', async (url) => {
    const response = await handler()(new Request(url))
    expect(response.status).toBe(404)
    expect(await response.text()).not.toContain('secret')
  })

  it('refuses anything but GET and HEAD', async () => {
    const response = await handler()(new Request('app://bundle/index.html', { method: 'POST', body: 'x' }))
    expect(response.status).toBe(405)
    expect((await handler()(new Request('app://bundle/index.html', { method: 'HEAD' }))).status).toBe(200)
  })
})

describe('scheme registration', () => {
  it('registers app: as standard and secure, without bypassCSP or corsEnabled', () => {
    const registerSchemesAsPrivileged = vi.fn((_schemes: { scheme: string; privileges: Record<string, unknown> }[]) => undefined)
    registerAppScheme({ registerSchemesAsPrivileged })
    const schemes = registerSchemesAsPrivileged.mock.calls[0]?.[0]
    expect(schemes).toEqual([{ scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) }])
    expect(schemes?.[0]?.privileges.bypassCSP).toBeUndefined()
    expect(schemes?.[0]?.privileges.corsEnabled).toBeUndefined()
  })

  it('handles the app scheme', () => {
    const handle = vi.fn()
    setupProtocol({ handle }, root)
    expect(handle).toHaveBeenCalledWith('app', expect.any(Function))
  })

  it('knows the MIME types of the bundle', () => {
    expect(mimeType('a.CSS')).toBe('text/css; charset=utf-8')
    expect(mimeType('a.woff2')).toBe('font/woff2')
    expect(mimeType('a.unknown')).toBe('application/octet-stream')
  })
})
