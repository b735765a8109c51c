// 审核 → 公开检查 (issue 11): the publication rules beside C1–C10 in the real renderer. Opening a
// published workbook lists what the generated 情况说明 still lacks (政府采购, 国有资产, 绩效 …)
// under its rule and section; a placeholder typed as a project name is found at its cell and a
// click jumps there.
import { join } from 'node:path'
import { startSession, assert, equal, ROOT } from './clerk.mjs'

const s = await startSession('inspect')
const { page, script, step, finish, show, clickCell, shot } = s

await step('opening 000.xlsx: 公开检查 lists the missing 政府采购 and 国有资产 under their rules and sections', async () => {
  await page.waitForSelector('.topbar')
  script.open.push(join(ROOT, 'test/fixtures/000.xlsx'))
  await page.click('[data-cmd="open"]')
  await page.waitForSelector('[data-dialog="import-report"]')
  await page.click('[data-dialog="import-report"] button.primary')
  await page.waitForSelector('[data-dialog="import-report"]', { state: 'detached' })
  await show('checks')
  await page.waitForSelector('.publication-checks .finding')
  const p07 = await page.$eval('.publication-checks .finding[data-rule="P07"]', (b) => b.textContent ?? '')
  assert(/政府采购情况/.test(p07) && /九、政府采购/.test(p07), `P07: ${p07}`)
  const p08 = await page.$eval('.publication-checks .finding[data-rule="P08"]', (b) => b.textContent ?? '')
  assert(/国有资产/.test(p08), `P08: ${p08}`)
  // The consistency checks stay as they were, in their own group.
  assert(await page.$('.checks-pane .finding[data-check="C8"]'), 'C8 still listed in 勾稽校验')
})

await step('a placeholder project name is a P11 error at its 表十二 cell; clicking it jumps there', async () => {
  await show('t12')
  const rowId = await page.$eval('.table-grid .ag-row[row-id^="p:"]', (r) => r.getAttribute('row-id'))
  await clickCell(rowId, 'name')
  await page.keyboard.press('F2')
  await page.keyboard.press('Control+A')
  await page.keyboard.type('XX工程项目')
  await page.keyboard.press('Enter')
  await page.waitForTimeout(200)
  await show('checks')
  const p11 = await page.waitForSelector('.publication-checks .finding[data-rule="P11"]:not([disabled])')
  const label = (await p11.textContent()) ?? ''
  assert(/项目名称“XX工程项目”含未填写的占位内容/.test(label) && /表十二/.test(label), `P11: ${label}`)
  await shot('checks-publication')
  await p11.click()
  await page.waitForSelector('.table-grid[data-table="t12"]')
  await page.waitForFunction((id) => document.activeElement?.closest('.ag-row')?.getAttribute('row-id') === id, rowId)
  equal(await page.evaluate(() => document.activeElement?.getAttribute('col-id')), 'name', 'focused column')
})

await finish()
