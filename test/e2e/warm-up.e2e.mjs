// End to end, the grid's idle warm-up (renderer/grid/warm-up.ts): a window the clerk leaves alone
// warms the grid's code in a grid nobody sees and leaves nothing behind; the clerk's first click or
// key while it runs stops it (the hidden grid is destroyed in a later idle moment, not in that
// input's handler); a key before its first step means it never starts (the bench's cold windows);
// and the tables shown afterwards are the book's own in every case.
import { join } from 'node:path'
import { readFile } from 'node:fs/promises'
import { startSession, assert, equal, ROOT } from './clerk.mjs'
import { importTs, launchApp } from './harness.mjs'

const { page, app, handlers, script, server, step, finish } = await startSession('warm-up')
const { readWorkbookFile } = await importTs('electron/xlsx/read-any.ts')
const { Derivation } = await importTs('shared/engine/derivation.ts')
const { formatAmount } = await importTs('shared/model/money.ts')

const xlsx = join(ROOT, 'test/fixtures/000.xlsx')
const derivation = new Derivation((await readWorkbookFile(await readFile(xlsx), '000.xlsx')).book)
/** Grids in the page other than the table's own (the warm-up's, while it runs). */
const hiddenGrids = (p) => p.$$eval('.ag-root-wrapper', (els) => els.filter((e) => !e.closest('.table-grid')).length)
const inertHosts = (p) => p.$$eval('body [inert]', (els) => els.length)
const state = (p) => p.$eval('html', (h) => h.dataset.gridWarmUp)

/**
 * Run in the page before the app: watches for the warm-up's hidden grid and, in the very task that
 * created it, sends `input` (a pointerdown or keydown, as the clerk's first click or key) — or
 * sends it at DOMContentLoaded, before the warm-up's first step. What it saw is in window.__warm.
 */
const watch = (input, when) => `(() => {
  const hidden = () => [...document.querySelectorAll('.ag-root-wrapper')].filter((e) => !e.closest('.table-grid')).length
  const state = () => document.documentElement.dataset.gridWarmUp
  let sent
  window.__warm = { gridSeen: false }
  // Awaited by the test (page.evaluate), not polled: waitForFunction's default polling asks for an
  // animation frame every frame, and with frames back to back no idle period is long enough for
  // the warm-up's next step — the warm-up then never puts its grid up (it flaked so in CI).
  window.__warmSent = new Promise((resolve) => { sent = resolve })
  const send = () => {
    window.__warm.atInput = state()
    window.__warm.hiddenAtInput = hidden()
    window.dispatchEvent(${input === 'key' ? "new KeyboardEvent('keydown', { key: 'Shift' })" : "new PointerEvent('pointerdown')"})
    window.__warm.afterInput = state()
    window.__warm.hiddenAfterInput = hidden()
    sent()
  }
  document.addEventListener('DOMContentLoaded', () => {
    if (${JSON.stringify(when)} === 'at-start') send()
    new MutationObserver((_, observer) => {
      if (!hidden()) return
      window.__warm.gridSeen = true
      if (${JSON.stringify(when)} === 'grid-up') { observer.disconnect(); send() }
    }).observe(document.body, { childList: true, subtree: true })
  })
})()`

async function openFixture(p) {
  script.open.push(xlsx)
  await p.click('[data-cmd="open"]')
  await p.click('[data-dialog="import-report"] button.primary')
  await p.waitForSelector('[data-dialog="import-report"]', { state: 'detached' })
}

/** The first rendered rows of 表十二 and their 合计 as shown, against the fixture's own layout. */
async function checkT12(p) {
  await p.click('[data-view="t12"]')
  await p.waitForSelector('.table-grid[data-table="t12"] .ag-row[row-id="dept"]')
  const shown = await p.$$eval('.table-grid .ag-grid-scrolling-container .ag-row', (rows) =>
    rows.map((r) => [Number(r.getAttribute('row-index')), r.getAttribute('row-id')]).sort((a, b) => a[0] - b[0]).map((r) => r[1]))
  const expected = derivation.layouts.get('t12').filter((r) => r.printAlways || Object.values(r.cells).some((c) => c && derivation.value(c.ref))).map((r) => r.id)
  equal(JSON.stringify(shown), JSON.stringify(expected.slice(0, shown.length)), '表十二’s own rows, in order')
  const total = await p.$eval('.table-grid .ag-row[row-id="dept"] .ag-cell[col-id="total"]', (c) => c.textContent.trim())
  const fen = derivation.value(derivation.layouts.get('t12')[0].cells.total.ref)
  assert(fen > 0n, 'the fixture has projects')
  equal(total, formatAmount(fen, derivation.book.amountUnit), 'the department’s 合计 as the engine has it')
}

/** What the watch script saw once it sent its input (awaited in the page: nothing polls meanwhile). */
async function sentInput(p) {
  const seen = await p.evaluate(() => Promise.race([
    window.__warmSent.then(() => window.__warm),
    new Promise((resolve) => setTimeout(() => resolve({ ...window.__warm, timedOut: true, state: document.documentElement.dataset.gridWarmUp }), 15_000)),
  ]))
  assert(!seen.timedOut, `the input was sent within 15 s; the page: ${JSON.stringify(seen)}`)
  return seen
}

/** A window of its own with `init` run before the app; `check(page)` in it, then closed. */
async function inWindow(init, check) {
  const w = await launchApp({ url: server.url, handlers, init })
  try {
    await check(w.page)
    equal(w.errors.length, 0, `no error in the page: ${w.errors.join(' | ')}`)
  } finally {
    await w.browser.close()
  }
}

await step('a window left alone finishes warming up, leaves nothing behind, and then shows the book’s own tables', async () => {
  await page.waitForSelector('html[data-grid-warm-up="done"]', { state: 'attached', timeout: 15_000 })
  equal(await hiddenGrids(page), 0, 'the warm-up grid is destroyed')
  equal(await inertHosts(page), 0, 'its host is removed')
  await openFixture(page)
  await checkT12(page)
  equal(app.errors.length, 0, `no error in the page: ${app.errors.join(' | ')}`)
})

await step('a click while the hidden grid is up stops the warm-up at once; the grid goes in a later idle moment, and the app goes on as usual', async () => {
  await inWindow(watch('pointer', 'grid-up'), async (p) => {
    const seen = await sentInput(p)
    equal(seen.atInput, 'running', 'the warm-up was running when the click came')
    equal(seen.hiddenAtInput, 1, 'with its hidden grid up')
    equal(seen.afterInput, 'stopped', 'the click stopped it')
    equal(seen.hiddenAfterInput, 1, 'its grid is not destroyed in the click’s own handler')
    // Polled by a timer, not every frame: frames back to back would leave the idle callback that destroys it only short idle periods.
    await p.waitForFunction(() => ![...document.querySelectorAll('.ag-root-wrapper')].some((e) => !e.closest('.table-grid')), undefined, { timeout: 10_000, polling: 100 })
    equal(await inertHosts(p), 0, 'its host is removed')
    equal(await state(p), 'stopped', 'and it does not start again')
    await openFixture(p)
    await checkT12(p)
  })
})

await step('a key before the warm-up’s first step: it never starts, and the app works as without it', async () => {
  await inWindow(watch('key', 'at-start'), async (p) => {
    const seen = await sentInput(p)
    equal(seen.atInput, 'running', 'it was about to start')
    equal(seen.afterInput, 'stopped', 'the key stopped it')
    await openFixture(p)
    await checkT12(p)
    equal((await p.evaluate(() => window.__warm)).gridSeen, false, 'no hidden grid was ever made')
  })
})

await finish()
