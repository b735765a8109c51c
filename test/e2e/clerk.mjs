// One clerk session for an end-to-end suite: builds the renderer, serves it, binds the real IPC
// handlers with scripted dialogs, launches headless Chromium, and gives the suite the steps and
// the grid-driving helpers every suite uses. Each suite (test/e2e/run.mjs, test/e2e/*.e2e.mjs)
// prints `e2e: N passed, M failed`; test/e2e/all.mjs runs them all.
import { join } from 'node:path'
import { mkdir } from 'node:fs/promises'
import { buildRenderer, serveDir, realHandlers, launchApp, freshDir, ROOT } from './harness.mjs'

export { ROOT }
export const SHOTS = join(ROOT, 'docs', 'screenshots')

export function assert(cond, message) {
  if (!cond) throw new Error(message)
}
const repr = (v) => (typeof v === 'bigint' ? `${v}n` : JSON.stringify(v))
export function equal(actual, expected, what) {
  if (actual !== expected) throw new Error(`${what}: expected ${repr(expected)}, got ${repr(actual)}`)
}

/** Start a session named `name` (its scratch folder is .e2e-tmp/<name>). */
export async function startSession(name) {
  const TMP = await freshDir(join(ROOT, '.e2e-tmp', name))
  await mkdir(SHOTS, { recursive: true })
  let page = null
  let passed = 0
  let failed = 0
  async function step(name, fn) {
    try {
      await fn()
      passed++
      console.log(`  ✓ ${name}`)
    } catch (error) {
      failed++
      console.log(`  ✗ ${name}\n      ${String(error?.stack ?? error).split('\n').slice(0, 4).join('\n      ')}`)
      await page?.screenshot({ path: join(TMP, `failed-${failed}.png`) }).catch(() => undefined)
    }
  }

  console.log(`e2e ${name}: building the renderer …`)
  const rendererDir = await buildRenderer(join(TMP, 'renderer'))
  const server = await serveDir(rendererDir)
  const { handlers, script, documents } = await realHandlers(join(TMP, 'userData'))
  const app = await launchApp({ url: server.url, handlers })
  page = app.page

  // ---- helpers reading and driving the grid like a clerk

  const cellSel = (row, col) => `.table-grid .ag-row[row-id="${row}"] .ag-cell[col-id="${col}"]`
  /** The grid renders only the rows near the viewport: scroll until `selector` exists. */
  async function reveal(selector, name = null) {
    await page.evaluate(async ([selector, name]) => {
      const frame = () => new Promise((ok) => requestAnimationFrame(() => setTimeout(ok, 16)))
      const found = () => [...document.querySelectorAll(selector)].some((el) => name === null || el.textContent?.trim() === name)
      /** Scroll, then give the grid a few frames to render the rows there. */
      const scrollTo = async (top) => {
        vp.scrollTop = top
        for (let i = 0; i < 8 && !found(); i++) await frame()
      }
      const vp = document.querySelector('.table-grid .ag-grid-viewport')
      if (!vp || found()) return
      await scrollTo(0)
      while (!found() && vp.scrollTop + vp.clientHeight < vp.scrollHeight) await scrollTo(vp.scrollTop + Math.max(40, vp.clientHeight * 0.8))
    }, [selector, name])
  }
  async function text(row, col) {
    await reveal(cellSel(row, col))
    const el = await page.waitForSelector(cellSel(row, col), { timeout: 5000 })
    return ((await el.textContent()) ?? '').trim()
  }
  /** '18,530.55' → 1853055n (cents of the display unit); '' → 0n. */
  const cents = (s) => (s === '' ? 0n : BigInt(s.replace(/,/g, '').replace('.', '')))
  async function amount(row, col) {
    return cents(await text(row, col))
  }
  async function waitText(row, col, expected, timeout = 4000) {
    const until = Date.now() + timeout
    let last
    while (Date.now() < until) {
      last = await text(row, col).catch(() => undefined)
      if (last === expected) return
      await page.waitForTimeout(25)
    }
    throw new Error(`${row} / ${col}: expected "${expected}", got "${last}"`)
  }
  async function show(view) {
    await page.click(`[data-view="${view}"]`)
    if (view !== 'info' && view !== 'checks') await page.waitForSelector(`.table-grid[data-table="${view}"] .ag-row`)
  }
  async function clickCell(row, col) {
    await reveal(cellSel(row, col))
    await page.click(cellSel(row, col))
  }
  async function typeInto(row, col, typed) {
    await clickCell(row, col)
    await page.keyboard.type(typed)
    await page.keyboard.press('Enter')
  }
  async function focusedRowId() {
    return page.evaluate(() => document.activeElement?.closest('.ag-row')?.getAttribute('row-id') ?? null)
  }
  async function clipboardEvent(type, data) {
    return page.evaluate(([type, data]) => {
      const dt = new DataTransfer()
      if (data !== null) dt.setData('text/plain', data)
      const target = document.activeElement ?? document.body
      target.dispatchEvent(new ClipboardEvent(type, { clipboardData: dt, bubbles: true, cancelable: true }))
      return dt.getData('text/plain')
    }, [type, data])
  }
  async function toastText(re, timeout = 4000) {
    const el = await page.waitForSelector('.toast', { timeout })
    const until = Date.now() + timeout
    while (Date.now() < until) {
      const all = await page.$$eval('.toast', (ts) => ts.map((t) => t.textContent ?? ''))
      const hit = all.find((t) => re.test(t))
      if (hit) return hit
      await page.waitForTimeout(50)
    }
    throw new Error(`no toast matching ${re}; saw ${JSON.stringify(await el.textContent())}`)
  }
  const navCount = (view) => page.$eval(`[data-view="${view}"]`, (b) => b.querySelector('.nav-count')?.textContent ?? '')
  const hasClass = (row, col, cls) => page.$eval(cellSel(row, col), (el, cls) => el.classList.contains(cls), cls)
  async function shot(name) {
    await page.$$eval('.toast', (ts) => ts.forEach((t) => t.click()))
    await page.mouse.move(1, 1)
    await page.waitForTimeout(150)
    await page.screenshot({ path: join(SHOTS, `${name}.png`) })
  }

  /** Reopen a saved .ysb from a fresh start (a new department first), as a clerk opening it tomorrow. */
  async function reopen(path) {
    await page.evaluate(() => window.__menu('new'))
    await page.waitForSelector('[data-dialog="new"]')
    await page.fill('[data-dialog="new"] input[aria-label="部门名称"]', '临时部门')
    await page.click('[data-dialog="new"] button.primary')
    await page.waitForSelector('.info-pane')
    script.open.push(path)
    await page.click('[data-cmd="open"]')
    await toastText(/已打开/)
  }

  /** 结转 a workbook or .ysb keeping its amounts (a book with 上年数), through the import report, toasts dismissed. */
  async function rollForwardKeeping(path) {
    script.open.push(path)
    await page.click('[data-cmd="roll-forward"]')
    await page.waitForSelector('[data-dialog="ask"] [data-answer="keep"]')
    await page.click('[data-dialog="ask"] [data-answer="keep"]')
    await page.click('[data-dialog="import-report"] button.primary')
    await page.waitForSelector('[data-dialog="import-report"]', { state: 'detached' })
    await page.$$eval('.toast', (ts) => ts.forEach((t) => t.click()))
  }

  /** Polls `fn` until it returns true (anything else is what it saw), failing after `timeout` ms with `what` and the last answer. */
  async function waitFor(fn, what, timeout = 5000) {
    const until = Date.now() + timeout
    let last
    while (Date.now() < until) {
      last = await fn().catch((e) => e)
      if (last === true) return
      await page.waitForTimeout(50)
    }
    throw new Error(`${what}: ${last}`)
  }

  /** Close the browser and server, print the count, and exit non-zero on any failure. */
  async function finish() {
    // A console error or uncaught exception in the page fails the suite (e.g. an AG Grid feature used
    // without its registered module only logs one), whichever step caused it.
    if (app.errors.length > 0) {
      failed++
      console.log(`  ✗ errors in the page\n      ${app.errors.slice(0, 5).join('\n      ')}`)
    }
    await app.browser.close()
    await server.close()
    console.log(`e2e: ${passed} passed, ${failed} failed`)
    process.exit(failed ? 1 : 0)
  }

  return {
    TMP, page, app, handlers, script, documents, server, step, finish,
    cellSel, reveal, text, cents, amount, waitText, show, clickCell, typeInto, focusedRowId, clipboardEvent, toastText, navCount, hasClass, shot, reopen,
    rollForwardKeeping, waitFor,
  }
}
