// End to end, what the last second reader (clerk4) found confusing, as a clerk meets it:
// a space between digits read as a thousands separator is said so (and can be undone),
// 上年数对比 brings the columns it adds into view, and a standard 科目 added by code gets its
// standard names without asking. Screenshots: .e2e-tmp/second-reader/*.png.
import { join } from 'node:path'
import { startSession, assert, equal, ROOT } from './clerk.mjs'

const { TMP, page, step, finish, show, text, typeInto, toastText, rollForwardKeeping } = await startSession('second-reader')

const toasts = () => page.$$eval('.toast', (ts) => ts.map((t) => t.textContent ?? ''))
const dismissToasts = () => page.$$eval('.toast', (ts) => ts.forEach((t) => t.click()))

await step('结转 000.xlsx keeping amounts (a book with 上年数)', async () => {
  await rollForwardKeeping(join(ROOT, 'test/fixtures/000.xlsx'))
})

await step('导入报告 after 结转 is last year\'s file\'s: titled so, its years named, its rows not links into this year\'s cells', async () => {
  await page.click('[data-cmd="import-report"]')
  const dialog = await page.waitForSelector('[data-dialog="import-report"]')
  const title = await dialog.getAttribute('aria-label')
  assert(title?.startsWith('上年公开表的导入报告：'), `title: ${title}`)
  const intro = await dialog.$eval('[data-rolled]', (p) => p.textContent ?? '')
  const year = Number(/当前是结转生成的 (\d{4}) 年预算/.exec(intro)?.[1])
  assert(intro.includes(`这是结转所读的 ${year - 1} 年公开表的导入报告`), `intro: ${intro}`)
  assert(!intro.includes('点击一行'), `no rows to click: ${intro}`)
  equal(await dialog.$$eval('tr.linked', (rows) => rows.length), 0, 'rows leading to cells')
  await page.screenshot({ path: join(TMP, 'rolled-report.png') })
  await page.click('[data-dialog="import-report"] button.primary')
  await page.waitForSelector('[data-dialog="import-report"]', { state: 'detached' })
})

await step('表五: “100 200” + Enter gives 100,200.00 and says the space was read as a thousands separator; Ctrl+Z undoes it', async () => {
  await show('t5')
  const before = await text('s:2080505', 'basic')
  await typeInto('s:2080505', 'basic', '100 200')
  equal(await text('s:2080505', 'basic'), '100,200.00', 'the value read')
  const note = await toastText(/千位分隔/)
  equal(note, '“100 200”中的空格已按千位分隔读作 100,200.00；如果是两个数，请按 Ctrl+Z 撤销后分别输入', 'the notice')
  assert(await page.$('.toast.warning'), 'shown as a warning, not an error (nothing was refused)')
  await page.screenshot({ path: join(TMP, 'space-grouped.png') })
  await dismissToasts()
  await page.keyboard.press('Control+z')
  await toastText(/已撤销/)
  equal(await text('s:2080505', 'basic'), before, 'undone')
  await dismissToasts()
})

await step('表五: “1,234” and “1234” give 1,234.00 with no notice', async () => {
  for (const typed of ['1,234', '1234']) {
    await typeInto('s:2080505', 'basic', typed)
    equal(await text('s:2080505', 'basic'), '1,234.00', typed)
    await page.waitForTimeout(300)
    const shown = await toasts()
    assert(!shown.some((t) => /千位分隔/.test(t)), `${typed}: no notice, saw ${JSON.stringify(shown)}`)
  }
})

await step('表五: a 元 figure typed into the 万元 book (“4,000,000.00”) is kept as typed and the clerk is told what it means; Ctrl+Z undoes it', async () => {
  await dismissToasts()
  const before = await text('s:2080505', 'basic')
  await typeInto('s:2080505', 'basic', '4,000,000.00')
  equal(await text('s:2080505', 'basic'), '4,000,000.00', 'kept as typed')
  equal(await toastText(/已按万元读入/), '已按万元读入 4,000,000.00 万元（即 40,000,000,000.00 元）；如果输入的是元数，请按 Ctrl+Z 撤销后输入 400.00', 'the notice')
  await dismissToasts()
  await page.keyboard.press('Control+z')
  await toastText(/已撤销/)
  equal(await text('s:2080505', 'basic'), before, 'undone')
  await dismissToasts()
})

await step('表五 添加科目 2130101: the picker offers 行政运行 and adds it under 21301 农业农村 without asking for a name', async () => {
  await show('t5')
  await page.click('.table-toolbar button:has-text("添加科目")')
  await page.fill('[data-dialog="subject"] input.search', '2130101')
  const offered = await page.$$eval('[data-dialog="subject"] .pick-list li', (lis) =>
    lis.map((li) => ({ item: `${li.querySelector('.code')?.textContent ?? ''} ${li.textContent.replace(li.querySelector('.code')?.textContent ?? '', '').replace(li.querySelector('.pick-where')?.textContent ?? '', '').trim()}`, where: li.querySelector('.pick-where')?.textContent ?? '' })))
  equal(JSON.stringify(offered), JSON.stringify([{ item: '2130101 行政运行', where: '农林水支出 · 农业农村' }]), 'the picker list, with the 类 and 款 it opens')
  assert(!(await page.$('[data-dialog="subject"] input[aria-label="款名称"]')), 'no 款名称 asked')
  assert(!(await page.$('[data-dialog="subject"] input[aria-label="科目名称"]')), 'no 科目名称 asked')
  await page.keyboard.press('Enter')
  await page.waitForSelector('[data-dialog="subject"]', { state: 'detached' })
  equal(await text('s:2130101', 'name'), '行政运行', 'the 项')
  equal(await text('s:21301', 'name'), '农业农村', 'its 款')
  equal(await text('s:213', 'name'), '农林水支出', 'its 类')
})

await step('表五 添加科目 2130199 (款 known, 项 not): only the 项 name is asked', async () => {
  await page.click('.table-toolbar button:has-text("添加科目")')
  await page.fill('[data-dialog="subject"] input.search', '2130199')
  await page.waitForSelector('[data-dialog="subject"] input[aria-label="科目名称"]')
  assert(!(await page.$('[data-dialog="subject"] input[aria-label="款名称"]')), 'no 款名称 asked')
  await page.keyboard.press('Escape')
  await page.waitForSelector('[data-dialog="subject"]', { state: 'detached' })
})

await step('表九 添加收入科目 1030601: the code alone adds 利润收入 under 10306 国有资本经营收入', async () => {
  await show('t9')
  await page.click('.table-toolbar button:has-text("添加收入科目")')
  await page.fill('[data-dialog="revenue"] input[aria-label="收入科目编码"]', '1030601')
  assert(!(await page.$('[data-dialog="revenue"] input[aria-label="款名称"]')), 'no 款名称 asked')
  assert(!(await page.$('[data-dialog="revenue"] input[aria-label="类名称"]')), 'no 类名称 asked')
  equal(await page.$eval('[data-dialog="revenue"] input[aria-label="收入科目名称"]', (i) => i.placeholder), '利润收入', 'the name the catalog gives')
  await page.keyboard.press('Enter')
  await page.waitForSelector('[data-dialog="revenue"]', { state: 'detached' })
  const names = await page.$$eval('.table-grid .ag-row .ag-cell[col-id="incName"]', (cells) => cells.map((c) => c.textContent.trim()))
  for (const name of ['非税收入', '国有资本经营收入', '利润收入']) assert(names.includes(name), `表九 shows ${name}: ${JSON.stringify(names)}`)
  await page.screenshot({ path: join(TMP, 't9-revenue-added.png') })
})

/** Where a header cell lies inside the grid's visible area (the grid's box, not its scrolled content). */
const headerInView = (colId) => page.$eval('.table-grid', (grid, colId) => {
  const header = grid.querySelector(`.ag-header-cell[col-id="${colId}"]`)
  if (!header) return null
  const g = grid.querySelector('.ag-root-wrapper').getBoundingClientRect()
  const h = header.getBoundingClientRect()
  return { left: h.left, right: h.right, gridLeft: g.left, gridRight: Math.min(g.right, window.innerWidth), inView: h.width > 0 && h.left >= g.left && h.right <= Math.min(g.right, window.innerWidth) }
}, colId)

await step('表十二 at 1440×960: 上年数对比 switched on shows 上年数, 增减额 and 增减% inside the grid, beside the names', async () => {
  await page.setViewportSize({ width: 1440, height: 960 })
  await show('t12')
  const wider = await page.$eval('.table-grid .ag-grid-viewport', (vp) => vp.scrollWidth > vp.clientWidth)
  await page.click('[data-toggle="prior"]')
  await page.waitForSelector('.ag-header-cell[col-id="prior:change"]')
  for (const col of ['prior:amount', 'prior:change', 'prior:percent']) {
    const at = await headerInView(col)
    assert(at?.inView, `${col} in view: ${JSON.stringify(at)}`)
  }
  assert(wider || (await page.$eval('.table-grid .ag-grid-viewport', (vp) => vp.scrollWidth > vp.clientWidth)), 'the table is wider than the window (else this proves nothing)')
  const name = await headerInView(await page.$eval('.table-grid .ag-header-cell[col-id]', (c) => c.getAttribute('col-id')))
  assert(name?.inView, `the first column (项目名称) stays in view: ${JSON.stringify(name)}`)
  equal(await text('dept', 'prior:amount'), await text('dept', 'total'), '上年数 of the department row after 结转 keeping amounts')
  await page.screenshot({ path: join(TMP, 't12-prior-1440.png') })
  await page.click('[data-toggle="prior"]')
})

for (const [w, h] of [[1280, 800], [1440, 960]]) {
  await step(`at ${w}×${h}, 上年数对比 on 表十二, 表二, 表六, 表十 brings 增减额 into view at once`, async () => {
    await page.setViewportSize({ width: w, height: h })
    for (const t of ['t12', 't2', 't6', 't10']) {
      await show(t)
      await page.click('[data-toggle="prior"]')
      await page.waitForSelector('.ag-header-cell[col-id="prior:change"]', { state: 'attached' })
      const at = await headerInView('prior:change')
      assert(at?.inView, `${t}: 增减额 in view: ${JSON.stringify(at)}`)
      await page.screenshot({ path: join(TMP, `prior-${t}-${w}.png`) })
      await page.click('[data-toggle="prior"]')
      await page.waitForSelector('.ag-header-cell[col-id="prior:change"]', { state: 'detached' })
    }
  })
}

await finish()
