// End to end, the grid's idle warm-up (renderer/grid/warm-up.ts): a window the clerk leaves alone
// warms the grid's code in a grid nobody sees and leaves nothing behind; a key or click while it
// runs stops it at once and is itself handled as usual; and the tables shown afterwards are the
// book's own, in a window that warmed up as in one that did not.
import { join } from 'node:path'
import { readFile } from 'node:fs/promises'
import { startSession, assert, equal, ROOT } from './clerk.mjs'
import { importTs, launchApp } from './harness.mjs'

const { page, handlers, script, server, step, finish, show, text } = await startSession('warm-up')
// Before anything else, while the window has just shown: its warm-up's state, then a key pressed.
const justShown = await page.evaluate(() => document.documentElement.dataset.gridWarmUp)
await page.keyboard.press('Shift')
const afterKey = await page.evaluate(() => ({
  state: document.documentElement.dataset.gridWarmUp,
  hiddenGrids: [...document.querySelectorAll('.ag-root-wrapper')].filter((e) => !e.closest('.table-grid')).length,
  inert: document.querySelectorAll('body [inert]').length,
}))
const { readWorkbookFile } = await importTs('electron/xlsx/read-any.ts')
const { Derivation } = await importTs('shared/engine/derivation.ts')
const { formatAmount } = await importTs('shared/model/money.ts')

const xlsx = join(ROOT, 'test/fixtures/000.xlsx')
const derivation = new Derivation((await readWorkbookFile(await readFile(xlsx), '000.xlsx')).book)
/** Grids in the page other than the table's own (the warm-up's, while it runs). */
const hiddenGrids = (p) => p.$$eval('.ag-root-wrapper', (els) => els.filter((e) => !e.closest('.table-grid')).length)
const inertHosts = (p) => p.$$eval('body [inert]', (els) => els.length)

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

await step('a key pressed as soon as the window shows stops the warm-up at once: no hidden grid is left, and the app goes on as usual', async () => {
  equal(justShown, 'running', 'the warm-up is under way in a window that has just shown')
  equal(afterKey.state, 'stopped', 'the key stopped it')
  equal(afterKey.hiddenGrids, 0, 'no grid but the table’s')
  equal(afterKey.inert, 0, 'nothing hidden left in the page')
  await openFixture(page)
  await show('t5')
  assert((await text('total', 'basic')) !== '', '表五 shows its 合计')
  await checkT12(page)
})

await step('a window left alone finishes warming up, leaves nothing behind, and then shows the book’s own tables', async () => {
  const second = await launchApp({ url: server.url, handlers })
  try {
    await second.page.waitForFunction(() => document.documentElement.dataset.gridWarmUp === 'done', undefined, { timeout: 15_000 })
    equal(await hiddenGrids(second.page), 0, 'the warm-up grid is destroyed')
    equal(await inertHosts(second.page), 0, 'its host is removed')
    await openFixture(second.page)
    await checkT12(second.page)
    equal(second.errors.length, 0, `no error in the page: ${second.errors.join(' | ')}`)
  } finally {
    await second.browser.close()
  }
})

await finish()
