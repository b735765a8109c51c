// UI figures on the synthetic department, in the real renderer (headless Chromium, the e2e
// harness): the time from pressing Enter in a 表五 cell to the updated 合计 being painted
// (in-page: performance.now() at the keydown, a MutationObserver on the 合计 cell, then the
// next animation frame, i.e. the frame that paints it), the time to open the department and to
// switch to 表十二 and to 表五 (in-page from the click event to the painted frame, and the wall
// time around playwright's click beside it; medians over several freshly launched windows, left
// to settle as a clerk's window is — its grid warmed up while idle, renderer/grid/warm-up.ts — and
// beside them windows without the warm-up, clicked at once: `…_cold_ms`, the figures as measured
// before the warm-up existed), and the renderer's JS heap.
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { buildRenderer, freshDir, launchApp, realHandlers, ROOT, serveDir } from '../../test/e2e/harness.mjs'
import { syntheticDepartment } from '../synthetic'
import { median, percentile } from '../stats'

const WARMUP = 5
const EDITS = 40

interface Timing {
  /** Enter → the 合计 cell's DOM changed. */
  dom: number
  /** Enter → the animation frame that paints it. */
  paint: number
}

/**
 * Arms the page to time the next Enter until the 合计 cell of 表五 changes and is painted.
 * A string, not a function: tsx would wrap named inner functions in a helper the page lacks.
 */
const ARM_TIMER = `(() => {
  const target = document.querySelector('.table-grid .ag-row[row-id="total"] .ag-cell[col-id="basic"]')
  if (!target) throw new Error('表五 合计 cell not rendered')
  window.__timing = new Promise((resolve, reject) => {
    let t0 = 0
    window.addEventListener('keydown', (e) => { if (e.key === 'Enter') t0 = performance.now() }, { capture: true, once: true })
    const observer = new MutationObserver(() => {
      const dom = performance.now() - t0
      observer.disconnect()
      requestAnimationFrame(() => resolve({ dom, paint: performance.now() - t0 }))
    })
    observer.observe(target, { childList: true, characterData: true, subtree: true })
    setTimeout(() => reject(new Error('the 合计 cell did not change within 5 s')), 5000)
  })
})()`

/**
 * Arms the page to time the next click until `selector` is in the DOM and its frame is painted:
 * from the click event's own time stamp to a task queued from the next animation frame, which
 * runs after that frame's style, layout and paint. The in-page figure is what a clerk waits for;
 * the wall time around playwright's click and waitForSelector adds its actionability checks
 * (element stable over two frames, hit test) and protocol round trips, ~150 ms here.
 */
const ARM_SHOW_TIMER = (selector: string): string => `(() => {
  window.__shown = new Promise((resolve, reject) => {
    let t0 = -1
    window.addEventListener('click', (e) => { t0 = e.timeStamp }, { capture: true, once: true })
    const done = () => requestAnimationFrame(() => {
      const channel = new MessageChannel()
      channel.port1.onmessage = () => resolve(performance.now() - t0)
      channel.port2.postMessage(0)
    })
    const observer = new MutationObserver(() => {
      if (t0 < 0 || !document.querySelector(${JSON.stringify(selector)})) return
      observer.disconnect()
      done()
    })
    observer.observe(document.body, { childList: true, subtree: true, attributes: true })
    setTimeout(() => reject(new Error('not shown within 10 s: ' + ${JSON.stringify(selector)})), 10000)
  })
})()`

/** Clicks `target` and returns [click → painted in-page, wall time around playwright's click and wait]. */
async function timeShow(page: Page, target: string, shown: string): Promise<[number, number]> {
  await page.evaluate(ARM_SHOW_TIMER(shown))
  const t = Date.now()
  await page.click(target)
  await page.waitForSelector(shown)
  const wall = Date.now() - t
  return [(await page.evaluate('window.__shown')) as number, wall]
}

async function armTimer(page: Page): Promise<void> {
  await page.evaluate(ARM_TIMER)
}

async function timeOneEdit(page: Page, rowId: string, amount: string): Promise<Timing> {
  await page.click(`.table-grid .ag-row[row-id="${rowId}"] .ag-cell[col-id="basic"]`)
  await page.keyboard.type(amount)
  await armTimer(page)
  await page.keyboard.press('Enter')
  return page.evaluate('window.__timing') as Promise<Timing>
}

/**
 * A first visit happens once per open window, and one sample of it moved by ±20 % from run to run
 * on this 2-core machine: it is sampled in this many freshly launched windows left to settle and
 * as many without the warm-up, alternately (each opens the department, then switches to 表十二 and
 * to 表五), and the median (and for the settled ones the largest) reported.
 */
const FIRST_VISITS = 7

interface FirstVisit {
  /** How long the window was left alone before the first click. */
  settleMs: number
  openMs: number
  show: [number, number]
  showT5: [number, number]
}

/**
 * How long a window is left alone before the first click, at most: a clerk's window is idle for a
 * second or more before they open a file (the 打开 dialog alone takes that), and the renderer
 * uses that time to warm the grid's code (renderer/grid/warm-up.ts). The bench waits until the
 * warm-up is over (done, or stopped), as that clerk's window would have.
 */
const SETTLE_MAX_MS = 5000

/**
 * A window whose warm-up never runs: a key at DOMContentLoaded (after the app's modules ran,
 * before their first idle callback) stops it before its first step.
 */
const STOP_WARM_UP = `document.addEventListener('DOMContentLoaded', () => window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Shift' })))`

/**
 * Opens the department in a window and times the first switches to 表十二 and then 表五; `settle`:
 * after the window's idle warm-up (a clerk's pace), else at once.
 */
async function firstVisit(page: Page, script: { open: string[] }, ysb: string, settle: boolean): Promise<FirstVisit> {
  const s0 = Date.now()
  // A selector, not a predicate: the page's CSP (script-src 'self') refuses a string predicate
  // (waitForFunction evaluates it in the page), and the bench's own types have no DOM for a function.
  // At most SETTLE_MAX_MS: a warm-up not over by then is waited for no longer (settleMs says so).
  if (settle) await page.waitForSelector('html:not([data-grid-warm-up="running"])', { state: 'attached', timeout: SETTLE_MAX_MS }).catch(() => undefined)
  const settleMs = Date.now() - s0
  script.open.push(ysb)
  const t0 = Date.now()
  await page.click('[data-cmd="open"]')
  await page.waitForSelector('.toast.success')
  const openMs = Date.now() - t0
  // Switch to 表十二 (5,000 projects), the measure, then to 表五 for the edits.
  const show = await timeShow(page, '[data-view="t12"]', '.table-grid[data-table="t12"] .ag-row[row-id="dept"]')
  const showT5 = await timeShow(page, '[data-view="t5"]', '.table-grid[data-table="t5"] .ag-row[row-id="total"]')
  return { openMs, show, showT5, settleMs }
}

export async function benchUi(): Promise<Record<string, number>> {
  const tmp = await freshDir(join(ROOT, '.e2e-tmp', 'bench-ui'))
  const server = await serveDir(await buildRenderer(join(tmp, 'renderer')))
  const { handlers, script, documents } = await realHandlers(join(tmp, 'userData'))
  const book = syntheticDepartment()
  const ysb = join(tmp, 'synthetic.ysb')
  await documents.writeNative(ysb, book)
  const visits: FirstVisit[] = []
  /** Windows without the warm-up (stopped before its first step), clicked at once: the grid's code cold, as before it existed. */
  const cold: FirstVisit[] = []
  try {
    // Every window but the last is only for its first visits, alternately left to settle and
    // cold; the last one (settled) also takes the edits.
    for (let k = 1; k < 2 * FIRST_VISITS; k++) {
      const settle = k % 2 === 0
      const app = await launchApp({ url: server.url, handlers, viewport: { width: 1440, height: 960 }, init: settle ? undefined : STOP_WARM_UP })
      try {
        ;(settle ? visits : cold).push(await firstVisit(app.page, script, ysb, settle))
      } finally {
        await app.browser.close()
      }
    }
    const app = await launchApp({ url: server.url, handlers, viewport: { width: 1440, height: 960 } })
    const { page } = app
    try {
      visits.push(await firstVisit(page, script, ysb, true))
      const rows = await page.$$eval('.table-grid .ag-row[row-id^="s:"]', (els) =>
        els.map((e) => e.getAttribute('row-id') ?? '').filter((id) => /^s:\d{7}$/.test(id)),
      )
      const visible = rows.slice(0, 12)
      if (visible.length === 0) throw new Error('no 项 rows rendered in 表五')
      const timings: Timing[] = []
      for (let i = 0; i < WARMUP + EDITS; i++) {
        const t = await timeOneEdit(page, visible[i % visible.length]!, String(100 + i * 7) + '.25')
        if (i >= WARMUP) timings.push(t)
      }

      const cdp = await app.context.newCDPSession(page)
      await cdp.send('HeapProfiler.collectGarbage')
      await cdp.send('Performance.enable')
      const { metrics } = await cdp.send('Performance.getMetrics')
      const heap = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? NaN

      const shows = visits.map((v) => v.show[0])
      console.log(`ui: ${book.units.length} units, ${book.projects.length} projects, ${book.subjects.length} 项; ${EDITS} edits in 表五; first visits of 表十二 in ${visits.length} settled windows: ${shows.map((x) => x.toFixed(0)).join(', ')} ms, in ${cold.length} without the warm-up: ${cold.map((v) => v.show[0].toFixed(0)).join(', ')} ms`)
      return {
        ui_enter_to_paint_median_ms: median(timings.map((t) => t.paint)),
        ui_enter_to_paint_p95_ms: percentile(timings.map((t) => t.paint), 95),
        ui_enter_to_dom_median_ms: median(timings.map((t) => t.dom)),
        ui_open_synthetic_ms: median(visits.map((v) => v.openMs)),
        ui_show_table_ms: median(shows),
        ui_show_table_max_ms: Math.max(...shows),
        ui_show_t5_ms: median(visits.map((v) => v.showT5[0])),
        /** The first switch and the open in windows without the warm-up (the grid's code cold, as measured before it existed). */
        ui_show_table_cold_ms: median(cold.map((v) => v.show[0])),
        ui_show_t5_cold_ms: median(cold.map((v) => v.showT5[0])),
        ui_open_cold_ms: median(cold.map((v) => v.openMs)),
        /** How long the settled windows took to finish warming up (the wait before their first click). */
        ui_warm_up_wait_ms: median(visits.map((v) => v.settleMs)),
        /** The same switches timed from outside: playwright's click and waitForSelector included. */
        ui_show_table_wall_ms: median(visits.map((v) => v.show[1])),
        ui_show_t5_wall_ms: median(visits.map((v) => v.showT5[1])),
        renderer_heap_mb: heap / 1024 / 1024,
      }
    } finally {
      await app.browser.close()
    }
  } finally {
    await server.close()
  }
}
