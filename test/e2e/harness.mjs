// The real renderer in headless Chromium, talking to the real IPC handler functions: the
// renderer is built with Vite and served over http on 127.0.0.1, window.api is defined by an
// init script that forwards every call through a Playwright binding to the very functions
// main registers with ipcMain (electron/ipc/handlers.ts), with scripted dialogs.
// Used by test/e2e/run.mjs and by the UI bench (bench/sections/ui.ts). The browser is found by
// electron/chromium-path.ts (CHROMIUM_PATH, else the usual places), shared with the CLI.
import { createServer } from 'node:http'
import { mkdir, readFile, rm } from 'node:fs/promises'
import { dirname, extname, join, normalize, resolve, sep } from 'node:path'
import { fileURLToPath } from 'node:url'

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..')

/** The Chromium-family browser to drive; with none on the machine, one line saying how to get one, and exit. */
export async function chromiumPath() {
  const { findChromium, ChromiumNotFoundError } = await importTs('electron/chromium-path.ts')
  try {
    return findChromium()
  } catch (error) {
    if (!(error instanceof ChromiumNotFoundError)) throw error
    console.error(error.message)
    process.exit(1)
  }
}

/** Build the renderer as electron.vite.config.ts does (root renderer/, base './', React). */
export async function buildRenderer(outDir, { minify = true } = {}) {
  const { build } = await import('vite')
  const { default: react } = await import('@vitejs/plugin-react')
  await build({
    configFile: false,
    root: join(ROOT, 'renderer'),
    base: './',
    logLevel: 'warn',
    plugins: [react()],
    build: { outDir, emptyOutDir: true, minify, chunkSizeWarningLimit: 8000, reportCompressedSize: false },
  })
  return outDir
}

const MIME = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml',
  '.png': 'image/png', '.woff2': 'font/woff2', '.json': 'application/json',
}

/** Serve a directory on 127.0.0.1 at a random port. */
export async function serveDir(dir) {
  const root = resolve(dir)
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)
    const file = normalize(join(root, path === '/' ? 'index.html' : path))
    if (!file.startsWith(root + sep)) return void res.writeHead(403).end()
    try {
      const body = await readFile(file)
      res.writeHead(200, { 'content-type': MIME[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' }).end(body)
    } catch {
      res.writeHead(404).end()
    }
  })
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok))
  const { port } = server.address()
  return { url: `http://127.0.0.1:${port}/`, close: () => new Promise((ok) => server.close(ok)) }
}

let tsxRegistered = false
/** TypeScript modules of the app (handlers, documents), loaded through tsx. */
export async function importTs(relPath) {
  if (!tsxRegistered) {
    const { register } = await import('tsx/esm/api')
    register()
    tsxRegistered = true
  }
  return import(join(ROOT, relPath))
}

/**
 * The real handlers with scripted dialogs: push the path the next open/save dialog should
 * return onto `script.open` / `script.save` (empty queue = the clerk cancels).
 */
export async function realHandlers(userDataDir) {
  const { createHandlers } = await importTs('electron/ipc/handlers.ts')
  const documents = await importTs('electron/files/documents.ts')
  const { readCatalogFile } = await importTs('electron/files/catalog-file.ts')
  await mkdir(userDataDir, { recursive: true })
  const { readUnitFile } = await importTs('electron/files/unit-file.ts')
  // openMany: the next multi-file open dialog's answer, an array of paths.
  const script = { open: [], save: [], openMany: [], requests: [], documentStates: [], notices: [] }
  const handlers = createHandlers({
    userDataDir,
    dialogs: {
      showOpen: async (request) => (script.requests.push({ kind: 'open', ...request }), script.open.shift() ?? null),
      showSave: async (request) => (script.requests.push({ kind: 'save', ...request }), script.save.shift() ?? null),
      showOpenMany: async (request) => (script.requests.push({ kind: 'openMany', ...request }), script.openMany.shift() ?? null),
    },
    documents: {
      readAny: documents.readAny,
      writeNative: documents.writeNative,
      exportXlsx: documents.exportXlsx,
      exportDocument: (path, book) => documents.exportDocument(path, book),
      rollForward: documents.rollForwardOpened,
      readCatalog: readCatalogFile,
      readUnitFile,
      exportTemplate: documents.exportTemplate,
    },
    setDocumentState: (state) => script.documentStates.push(state),
    notify: (notice) => (script.notices.push(notice), deliverNotice(notice)),
  })
  // Tests open a file by path as main does for 最近打开: the path counts as chosen by the clerk.
  handlers.openPath = async (path) => (script.open.unshift(path), handlers.openDialog())
  return { handlers, script, documents }
}

/** Notices main sends the page (NOTICE_CHANNEL), delivered to every page of the bound context. */
const noticeSinks = new Set()
export function deliverNotice(notice) {
  for (const sink of noticeSinks) sink(notice)
}

/** Defines window.api on every page of the context, forwarding to `handlers` by channel. */
export async function bindApi(context, handlers) {
  const { API_CHANNELS } = await importTs('shared/ipc-contract.ts')
  // Results cross as one JSON string: Electron's IPC (a structured clone) copies an opened
  // book of the synthetic department in ~10 ms, playwright's value-by-value serialization of
  // the same object took 0.6–1.4 s, which timed the harness instead of the app's open. Every
  // API result is plain data (books, reports, paths), so JSON carries it unchanged.
  await context.exposeBinding('__invoke', async (_source, channel, ...args) => {
    const fn = handlers[channel]
    if (typeof fn !== 'function') throw new Error(`unknown channel ${channel}`)
    const result = await fn(...args)
    return JSON.stringify(result === undefined ? null : result)
  })
  noticeSinks.add((notice) => {
    for (const page of context.pages()) void page.evaluate((n) => window.__notice?.(n), notice).catch(() => undefined)
  })
  await context.addInitScript((channels) => {
    const listeners = new Set()
    const noticeListeners = new Set()
    const api = {}
    for (const channel of channels) api[channel] = async (...args) => JSON.parse(await window.__invoke(channel, ...args))
    api.onMenuCommand = (listener) => {
      listeners.add(listener)
      return () => listeners.delete(listener)
    }
    api.onNotice = (listener) => {
      noticeListeners.add(listener)
      return () => noticeListeners.delete(listener)
    }
    Object.defineProperty(window, 'api', { value: Object.freeze(api) })
    // The test's stand-in for the native menu, and for main's notices.
    window.__menu = (command) => listeners.forEach((l) => l(command))
    window.__notice = (notice) => noticeListeners.forEach((l) => l(notice))
  }, API_CHANNELS)
}

/** Headless Chromium with the app's API bound, at `url`. */
export async function launchApp({ url, handlers, viewport = { width: 1440, height: 960 }, init = null }) {
  const { chromium } = await import('playwright-core')
  const browser = await chromium.launch({
    executablePath: await chromiumPath(),
    headless: true,
    args: ['--enable-precise-memory-info', '--font-render-hinting=none'],
  })
  const context = await browser.newContext({ viewport, deviceScaleFactor: 1, locale: 'zh-CN' })
  await bindApi(context, handlers)
  // A script run in the page before the app's own (the bench's cold windows stop the warm-up with it).
  if (init) await context.addInitScript(init)
  const page = await context.newPage()
  const errors = []
  page.on('pageerror', (e) => errors.push(String(e)))
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()))
  await page.goto(url)
  await page.waitForSelector('.app')
  return { browser, context, page, errors }
}

export async function freshDir(path) {
  await rm(path, { recursive: true, force: true })
  await mkdir(path, { recursive: true })
  return path
}
