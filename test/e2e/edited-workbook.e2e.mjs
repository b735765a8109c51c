// End to end, clerk7's data loss (finding 4): a reviewer changes one figure of the exported
// workbook in WPS (表五 行政单位离退休 基本支出 35.20 → 40), the clerk opens it. The book keeps its
// 公开文本 texts, 上年数 and 元 amounts, takes the one edited figure, and the import report names
// the changed cell, the amount taken and what was kept. Screenshots: .e2e-tmp/edited-workbook/*.png.
import { join } from 'node:path'
import { writeFile } from 'node:fs/promises'
import { importTs } from './harness.mjs'
import { startSession, assert, equal } from './clerk.mjs'

const { TMP, page, script, step, finish, show, text, navCount, shot } = await startSession('edited-workbook')
const { clerkBook, edited, rowOf } = await importTs('test/electron/support/edited-workbook.ts')

const file = join(TMP, '公开表-改过.xlsx')
let missingBefore = 0

await step('the reviewer\'s workbook opens with a report naming the edit and what was kept', async () => {
  await writeFile(file, await edited(clerkBook(), (wb) => { rowOf(wb, '表五', '2080501').getCell('D').value = 40 }))
  script.open.push(file)
  await page.click('[data-cmd="open"]')
  const dialog = await page.waitForSelector('[data-dialog="import-report"]')
  const notes = await dialog.$$eval('.report-notes li', (lis) => lis.map((li) => li.textContent ?? ''))
  await shot('edited-workbook-report')
  const has = (re) => assert(notes.some((n) => re.test(n)), `no note ${re}: ${notes.join(' / ')}`)
  has(/修改过：改动的 1 处已按表格读入（见下），其余内容都取自工作簿中保存的导出时的预算数据，没有丢失/)
  has(/与导出时不同：表五!D9（2080501 行政单位离退休 \| 2026年预算数·基本支出）35\.20 → 40\.00/)
  has(/已按表格读入：2080501 行政单位离退休 基本支出 一般公共预算：352,000\.00 → 400,000\.00 元/)
  has(/保留（取自工作簿中保存的预算数据）：公开文本中录入的内容（本部门职责、机构设置、增减原因、国有资产、政府购买服务目录）；上年数（11 项，2025 年）；以元录入的金额/)
  await page.click('[data-dialog="import-report"] button.primary')
  await page.waitForSelector('[data-dialog="import-report"]', { state: 'detached' })
})

await step('the book is still in 元: the edited amount is 400,000.00 元, an untouched one keeps its 分', async () => {
  await show('t5')
  equal(await text('s:2080501', 'basic'), '400,000.00', '表五 行政单位离退休 基本支出')
  equal(await text('s:2080505', 'basic'), '2,684,250.37', '表五 基本养老保险缴费 基本支出 (exact 元)')
  await show('info')
  equal(await page.$eval('.info-pane select[aria-label="金额单位"]', (s) => s.value), '元', '金额单位')
})

await step('公开文本 shows the typed 职责 and states 比上年 from the kept 上年数', async () => {
  await page.click('[data-view="text"]')
  await page.waitForSelector('.text-document')
  const body = await page.$eval('.text-document', (el) => el.textContent ?? '')
  assert(body.includes('负责全市城市管理综合执法。'), '本部门职责 kept')
  assert(body.includes('内设办公室、执法科等 5 个科室。'), '机构设置 kept')
  missingBefore = Number(await navCount('text'))
  await shot('edited-workbook-text')
  // 上年数 kept: 收入总计 10,000.00 万元 last year; the typed reason of the 三公 change kept.
  assert(body.includes('预算收入总计10,121.19万元，其中：本年收入9,814.19万元，上年结转307.00万元，比上年增加121.19万元，增长1.21%'), '收入总计 比上年')
  assert(body.includes('比2025年减少3.99万元，主要原因是公务接待压减'), '三公 reason kept')
})

await step('the sidebar counts no more missing texts than the embedded book has', async () => {
  // duties, organization, reasons (one), assets, purchase catalog typed: far fewer than the 19 of an empty book.
  assert(missingBefore < 19, `missing texts ${missingBefore}`)
})

await finish()
