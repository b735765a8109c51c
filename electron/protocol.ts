// Serves the built renderer (out/renderer) from app://bundle/… instead of file://: a file://
// page has a null origin and could read any file the user can, while this handler answers
// only for files inside the renderer directory.
import type { Protocol } from 'electron'
import { readFile, realpath, stat } from 'node:fs/promises'
import { extname, isAbsolute, relative, resolve, sep } from 'node:path'
import { APP_HOST, APP_SCHEME } from './trusted-url'
import { contentSecurityPolicy } from './security'

/**
 * Must run before app 'ready'. standard: relative URLs and the origin work like https;
 * secure: the page counts as a secure context; supportFetchAPI: fetch() of bundled assets.
 * corsEnabled is deliberately left unset: it would let other origins read the bundle, and
 * our module scripts are same-origin.
 */
export function registerAppScheme(protocol: Pick<Protocol, 'registerSchemesAsPrivileged'>): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
  ])
}

/**
 * The file under `rendererDir` that `requestUrl` names, or null when the URL is not ours or
 * its path would leave the directory (`..`, encoded `%2f..`, backslashes, NUL bytes).
 */
export function resolveBundlePath(rendererDir: string, requestUrl: string): string | null {
  let url: URL
  try {
    url = new URL(requestUrl)
  } catch {
    return null
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.hostname !== APP_HOST) return null
  if (url.username !== '' || url.password !== '' || url.port !== '') return null
  let path: string
  try {
    path = decodeURIComponent(url.pathname)
  } catch {
    return null
  }
  // Backslashes are separators on Windows; no asset name contains them or NUL.
  if (path.includes('\0') || path.includes('\\')) return null
  if (path === '' || path === '/') path = '/index.html'
  const root = resolve(rendererDir)
  const file = resolve(root, `.${path}`)
  return isInside(root, file) ? file : null
}

function isInside(root: string, file: string): boolean {
  const rel = relative(root, file)
  return rel !== '' && rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel)
}

const MIME_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
}

export function mimeType(file: string): string {
  return MIME_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream'
}

function textResponse(status: number, text: string): Response {
  return new Response(text, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8' } })
}

/** The protocol.handle callback, usable in plain Node with a real directory (see the test). */
export function createBundleHandler(rendererDir: string, csp = contentSecurityPolicy()): (request: Request) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return textResponse(405, '不支持的请求')
    const file = resolveBundlePath(rendererDir, request.url)
    if (!file) return textResponse(404, '未找到')
    try {
      // A symlink inside the bundle must not lead outside it either.
      const [realRoot, realFile] = await Promise.all([realpath(rendererDir), realpath(file)])
      if (!isInside(realRoot, realFile) || !(await stat(realFile)).isFile()) return textResponse(404, '未找到')
      const body = request.method === 'HEAD' ? null : new Uint8Array(await readFile(realFile))
      return new Response(body, {
        status: 200,
        headers: {
          'Content-Type': mimeType(realFile),
          // Set here as well as in the session's onHeadersReceived, so the policy holds even
          // if webRequest hooks do not see custom-protocol responses.
          'Content-Security-Policy': csp,
          'X-Content-Type-Options': 'nosniff',
          'Cache-Control': 'no-cache',
        },
      })
    } catch {
      return textResponse(404, '未找到')
    }
  }
}

/** Call after 'ready'. */
export function setupProtocol(protocol: Pick<Protocol, 'handle'>, rendererDir: string): void {
  protocol.handle(APP_SCHEME, createBundleHandler(rendererDir))
}
