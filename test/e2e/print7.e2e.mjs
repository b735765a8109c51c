// End to end, the grid items of the second reader clerk7: 支出明细（录入） keeps 科目编码 + 科目名称
// in view when the clerk moves right to 单位资金 / 上年结转 (pinned left), 表十二 keeps 项目名称 in
// view with 上年数对比 on, and 表十's 上年数对比 shows each 三公 item's 上年数 (the figures 七 states).
// Screenshots: .e2e-tmp/print7/*.png.
import { join } from 'node:path'
import { startSession, assert, equal, ROOT } from './clerk.mjs'

const { TMP, page, step, finish, show, text, clickCell, reveal, rollForwardKeeping } = await startSession('print7')

const cell = (row, col) => `.table-grid .ag-row[row-id="${row}"] .ag-cell[col-id="${col}"]`

/** 上年数对比 on or off, whatever it was (a failed step may have left it on). */
async function prior(on) {
  const shown = (await page.$('.ag-header-cell[col-id="prior:amount"]')) !== null
  if (shown !== on) await page.click('[data-toggle="prior"]')
  await page.waitForSelector('.ag-header-cell[col-id="prior:amount"]', { state: on ? 'visible' : 'detached' })
}

const focusedCol = () => page.evaluate(() => document.activeElement?.closest('.ag-cell')?.getAttribute('col-id') ?? null)

/** Where a cell is drawn against the grid's body: whether the clerk sees it, and the grid's horizontal scroll. */
async function inView(row, col) {
  return page.evaluate(([sel]) => {
    const grid = document.querySelector('.table-grid .ag-root-wrapper')?.getBoundingClientRect()
    const scroll = Math.max(...[...document.querySelectorAll('.table-grid .ag-body-horizontal-scroll-viewport, .table-grid .ag-center-cols-viewport')].map((v) => v.scrollLeft))
    const el = [...document.querySelectorAll(sel)].find((e) => e.getBoundingClientRect().width > 0)
    if (!el || !grid) return { seen: false, scroll, text: '' }
    const r = el.getBoundingClientRect()
    const hit = document.elementFromPoint(r.left + Math.min(10, r.width / 2), r.top + r.height / 2)
    return { seen: r.left >= grid.left - 1 && r.right <= grid.right + 1 && !!hit && el.contains(hit), scroll, text: el.textContent?.trim() ?? '', left: r.left, right: r.right }
  }, [cell(row, col)])
}

await step('结转 000.xlsx keeping amounts (a book with 上年数)', async () => {
  await rollForwardKeeping(join(ROOT, 'test/fixtures/000.xlsx'))
})

await step('支出明细 at 1440×960, moved right to 上年结转: 科目编码 and 科目名称 of the row stay in view (pinned left)', async () => {
  await page.setViewportSize({ width: 1440, height: 960 })
  await show('detail')
  // A 项 row (seven-digit code), where the clerk types.
  const row = await page.$$eval('.table-grid .ag-row[row-id^="s:"]', (rs) => rs.map((r) => r.getAttribute('row-id')).find((id) => id.length === 9))
  const code = row.slice(2)
  await clickCell(row, 'b_gp')
  // Moving right with the arrow key to 单位资金 of 项目支出, then on to the last column, 上年结转.
  for (const col of ['p_uf', 'c_soe']) {
    for (let i = 0; i < 20 && (await focusedCol()) !== col; i++) await page.keyboard.press('ArrowRight')
    equal(await focusedCol(), col, 'the focused column')
    const typed = await inView(row, col)
    assert(typed.seen, `${col} is in view after the click`)
    const codeCell = await inView(row, 'code')
    const nameCell = await inView(row, 'name')
    assert(codeCell.scroll > 0, `the grid scrolled right to reach ${col} (scrollLeft ${codeCell.scroll})`)
    assert(codeCell.seen, `科目编码 ${code} still in view beside ${col} (${JSON.stringify(codeCell)})`)
    assert(nameCell.seen && nameCell.text !== '', `科目名称 still in view beside ${col} (${JSON.stringify(nameCell)})`)
    equal(codeCell.text, code, '科目编码 of the row typed into')
    assert(nameCell.right <= typed.left + 1, `the name (right ${nameCell.right}) is left of the typed cell (left ${typed.left})`)
  }
  const pinned = await page.$$eval('.table-grid .ag-row .ag-cell', (cs) => [...new Set(cs.filter((c) => c.parentElement?.closest('[class*="pinned-left"]')).map((c) => c.getAttribute('col-id')))])
  equal(JSON.stringify(pinned), JSON.stringify(['code', 'name']), 'the pinned columns')
  await page.screenshot({ path: join(TMP, 'detail-scrolled-right-1440.png') })
})

await step('表十二 with 上年数对比 on, moved right to 单位资金: 项目名称 stays in view on the left, 上年数 on the right', async () => {
  await show('t12')
  await prior(true)
  const project = await page.$eval('.table-grid .ag-row[row-id^="p:"]', (r) => r.getAttribute('row-id'))
  const cols = await page.$$eval('.table-grid .ag-header-cell[col-id]', (hs) => hs.map((h) => h.getAttribute('col-id')))
  const uf = cols.includes('uf') ? 'uf' : cols.filter((c) => !c.startsWith('prior:')).at(-1)
  await clickCell(project, 'total')
  for (let i = 0; i < 10 && (await focusedCol()) !== uf; i++) await page.keyboard.press('ArrowRight')
  equal(await focusedCol(), uf, 'the focused column')
  await reveal(cell(project, uf))
  const name = await inView(project, 'name')
  assert(name.seen && name.text !== '', `项目名称 in view beside ${uf} (${JSON.stringify(name)})`)
  assert((await inView(project, 'prior:amount')).seen, '上年数 in view')
  await page.screenshot({ path: join(TMP, 't12-prior-scrolled-right-1440.png') })
  await prior(false)
})

await step('表十 with 上年数对比 on: each 三公 item shows its 上年数 and 增减, adding up to the 合计', async () => {
  await show('t10')
  await prior(true)
  const money = async (row, col) => BigInt((await text(row, col)).replace(/[,.]/g, '') || '0')
  const items = ['abroad', 'reception', 'vehicle']
  const priors = await Promise.all(items.map((r) => text(r, 'prior:amount')))
  for (const [i, r] of items.entries()) assert(priors[i] !== '', `${r} shows a 上年数`)
  // Kept amounts: this year's figure of each item equals last year's, so each 增减 is zero.
  for (const r of items) {
    equal(await money(r, 'prior:amount'), await money(r, 'total'), `${r}: 上年数 = this year's kept amount`)
    equal(await money(r, 'prior:change'), 0n, `${r}: 增减额`)
  }
  assert((await money('reception', 'prior:amount')) > 0n || (await money('vehicle', 'prior:amount')) > 0n, 'an item other than the 合计 has a nonzero 上年数')
  const sum = (await Promise.all(items.map((r) => money(r, 'prior:amount')))).reduce((a, b) => a + b, 0n)
  equal(sum, await money('total', 'prior:amount'), 'the items\' 上年数 add up to the 合计\'s')
  equal(await money('vehicle', 'prior:amount'), (await money('vehiclePurchase', 'prior:amount')) + (await money('vehicleOps', 'prior:amount')), '公务用车 = 购置 + 运行维护')
  await page.screenshot({ path: join(TMP, 't10-prior-items.png') })
  await prior(false)
})

await finish()
