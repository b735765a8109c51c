// End to end, the parts of the 情况说明 no table carries and that the text adds up (九 政府采购,
// 十 整体绩效目标 and 项目绩效类别, 十一 公务用车), filled where a clerk meets them: the yellow gap
// in the sentence (typed in place), the missing list at the top of 公开文本 and the 公开检查
// findings in 审核 (a small form); the text, the missing count and the findings follow, one undo
// step per change, and the exported .docx prints the filled sentences.
import { join } from 'node:path'
import { readFile } from 'node:fs/promises'
import mammoth from 'mammoth'
import { startSession, assert, equal, ROOT } from './clerk.mjs'

const { TMP, page, script, step, finish, toastText, navCount, shot, waitFor } = await startSession('fields7')

const gap = (field) => `.text-document .field.missing[data-field="${field}"]`
const paragraph = (section, includes) =>
  page.$$eval(`.text-section[data-section="${section}"] p.body`, (ps, w) => ps.map((p) => p.textContent ?? '').find((t) => t.includes(w)) ?? '', includes)
const missingCount = async () => Number(await navCount('text'))
const listed = () => page.$$eval('.missing-list li', (lis) => lis.map((li) => li.getAttribute('data-field')))
/** The 公开检查 findings of a rule that name a field still to fill. */
const findingsOf = async (rule) => {
  await page.click('[data-view="checks"]')
  await page.waitForSelector('.publication-checks')
  return page.$$eval(`.publication-checks button.finding[data-rule="${rule}"]`, (bs) => bs.map((b) => b.getAttribute('data-field') ?? ''))
}
const waitSentence = (section, includes, expected) =>
  waitFor(async () => (await paragraph(section, includes)).includes(expected) || (await paragraph(section, includes)), `${section}: “${expected}”`)
async function typeGap(field, value) {
  await page.click(gap(field))
  await page.waitForSelector(`textarea.field-editor[data-field="${field}"]:focus`)
  await page.keyboard.type(value)
  await page.keyboard.press('Enter')
  await page.waitForSelector('textarea.field-editor', { state: 'detached' })
}
async function fillForm(values) {
  for (const [field, value] of Object.entries(values)) await page.fill(`[data-dialog="field-group"] input[data-field="${field}"]`, value)
}
const confirmForm = async (name) => {
  await page.click(`[data-dialog="${name}"] button.primary`)
  await page.waitForSelector(`[data-dialog="${name}"]`, { state: 'detached' })
}
const KINDS = ['领导用车', '机要通信用车', '应急保障用车', '执法执勤用车', '特种专业技术用车', '事业单位业务用车', '其他公务用车']
const before = {}

await step('open 002.xlsx: 九, 十 and 十一 read as published with a yellow gap per part, each group listed once', async () => {
  script.open.push(join(ROOT, 'test/fixtures/002.xlsx'))
  await page.click('[data-cmd="open"]')
  await toastText(/已打开/)
  const report = await page.waitForSelector('[data-dialog="import-report"]', { timeout: 3000 }).catch(() => null)
  if (report) await page.click('[data-dialog="import-report"] button.primary')
  before.p07 = await findingsOf('P07')
  before.p08 = await findingsOf('P08')
  before.p09 = await findingsOf('P09')
  assert(before.p07.includes('disclosure.procurement'), `P07 asks for 政府采购: ${before.p07}`)
  assert(before.p08.includes('disclosure.assets.vehicles'), `P08 asks for 公务用车: ${before.p08}`)
  assert(before.p09.includes('disclosure.performance') && before.p09.includes('projects.perf'), `P09 asks for 绩效: ${before.p09}`)
  await page.click('[data-view="text"]')
  await page.waitForSelector('.text-document')
  before.missing = await missingCount()
  for (const f of ['disclosure.procurement', 'disclosure.performance', 'projects.perf', 'disclosure.assets.vehicles']) assert((await listed()).includes(f), `listed: ${f}`)
  const nine = await paragraph('procurement', '政府采购预算总额')
  equal(nine, '2026年孝义市财政局政府采购预算总额（分项合计）万元。其中：政府采购货物预算（请填写）万元、政府采购工程预算（请填写）万元、政府采购服务预算（请填写）万元。', '九 with nothing typed')
  for (const k of ['goods', 'works', 'services']) await page.waitForSelector(gap(`disclosure.procurement.${k}`))
  const cars = await paragraph('assets', '公务用车编制')
  assert(cars.includes(`其中：${KINDS.map((k) => `${k}（请填写）辆`).join('，')}。`), `十一 1 names the seven kinds: ${cars}`)
  await page.$eval('.text-section[data-section="procurement"]', (el) => el.scrollIntoView())
  await shot('text-gaps-procurement')
})

await step('九: type 货物, 工程, 服务 in their gaps; the total is their sum, the count and P07 follow', async () => {
  await typeGap('disclosure.procurement.goods', '45.6')
  await waitSentence('procurement', '政府采购预算总额', '政府采购货物预算45.60万元、政府采购工程预算（请填写）万元、政府采购服务预算（请填写）万元')
  // The kinds not typed stay gaps, each asked for (a forgotten 服务 is never printed as 0): the
  // group's one entry in the list gives way to the two kinds still to fill.
  equal(await missingCount(), before.missing + 1, 'missing count once the first kind is typed')
  for (const k of ['works', 'services']) assert((await listed()).includes(`disclosure.procurement.${k}`), `listed: ${k}`)
  await typeGap('disclosure.procurement.services', '129')
  await typeGap('disclosure.procurement.works', '0')
  await waitSentence('procurement', '政府采购预算总额', '2026年孝义市财政局政府采购预算总额174.60万元。其中：政府采购货物预算45.60万元、政府采购工程预算0万元、政府采购服务预算129.00万元。')
  assert(!(await listed()).some((f) => f.startsWith('disclosure.procurement')), 'the list no longer asks for 政府采购')
  assert(!(await findingsOf('P07')).includes('disclosure.procurement'), 'P07 no longer asks for 政府采购')
})

await step('a bad value is refused in place with a message; undo takes back one typed figure', async () => {
  await page.click('[data-view="text"]')
  await page.click('.text-document .field[data-field="disclosure.procurement.goods"]')
  await page.waitForSelector('textarea.field-editor:focus')
  await page.keyboard.press('Control+A')
  await shot('text-edit-in-place')
  await page.keyboard.type('-5')
  await page.keyboard.press('Enter')
  await toastText(/政府采购货物预算不能为负数/)
  await page.keyboard.press('Control+A')
  await page.keyboard.type('50')
  await page.keyboard.press('Enter')
  await waitSentence('procurement', '政府采购预算总额', '预算总额179.00万元')
  await page.evaluate(() => window.__menu('undo'))
  await waitSentence('procurement', '政府采购预算总额', '预算总额174.60万元')
})

await step('十 1: the missing list opens the form of 基本支出 and 项目支出; the total is their sum', async () => {
  const missing = await missingCount()
  await page.click('.missing-list li[data-field="disclosure.performance"] button')
  await page.waitForSelector('[data-dialog="field-group"] input[data-field="disclosure.performance.basic"]:focus')
  await fillForm({ 'disclosure.performance.basic': '0', 'disclosure.performance.project': '101.59' })
  await shot('text-form-performance')
  await confirmForm('field-group')
  await waitSentence('performance', '整体支出绩效目标', '涉及部门预算资金101.59万元，其中基本支出0万元，项目支出101.59万元。')
  equal(await missingCount(), missing - 1, 'missing count after 整体绩效目标')
})

await step('十 2: the P09 finding opens the projects’ 绩效类别; the text counts them from 表十二', async () => {
  const missing = await missingCount()
  await findingsOf('P09')
  await page.click('.publication-checks button.finding[data-rule="P09"][data-field="projects.perf"]')
  await page.waitForSelector('[data-dialog="project-perf"]')
  const rows = await page.$$eval('[data-dialog="project-perf"] tr[data-project]', (trs) => trs.length)
  assert(rows > 0, 'the form lists the projects')
  await page.click('[data-dialog="project-perf"] button[data-all="其他运转类"]')
  await page.click('[data-dialog="project-perf"] button[data-all="published"]')
  // One project left out of 绩效目标管理, one not published: the text must count them apart.
  const first = await page.$eval('[data-dialog="project-perf"] tr[data-project]', (tr) => tr.getAttribute('data-project'))
  // Narrowed to it by name, 全部设为 acts on the listed project only.
  const name = await page.$eval(`[data-dialog="project-perf"] tr[data-project="${first}"] td:nth-child(2)`, (td) => td.textContent ?? '')
  await page.fill('[data-dialog="project-perf"] input[aria-label="查找项目或单位"]', name)
  equal(await page.$$eval('[data-dialog="project-perf"] tr[data-project]', (trs) => trs.length), 1, 'rows listed for the name')
  await page.click('[data-dialog="project-perf"] button[data-all="特定目标类"]')
  await page.uncheck(`[data-dialog="project-perf"] tr[data-project="${first}"] input[type="checkbox"]`)
  await page.fill('[data-dialog="project-perf"] input[aria-label="查找项目或单位"]', '')
  equal(await page.$$eval('[data-dialog="project-perf"] tr[data-project]', (trs) => trs.length), rows, 'every project listed again')
  const firstAmount = await page.$eval(`[data-dialog="project-perf"] tr[data-project="${first}"] td.amount`, (td) => td.textContent ?? '')
  assert(/^[\d,]+(\.\d\d)?$/.test(firstAmount), `the form shows the project’s 合计: ${firstAmount}`)
  await shot('text-form-project-perf')
  await confirmForm('project-perf')
  assert(!(await findingsOf('P09')).includes('projects.perf'), 'P09 no longer asks for the 绩效类别')
  await page.click('[data-view="text"]')
  await waitSentence('performance', '纳入绩效目标管理的二级项目', `纳入绩效目标管理的二级项目${rows}个`)
  const text = await paragraph('performance', '纳入绩效目标管理的二级项目')
  assert(text.includes(`其他运转类项目${rows - 1}个`) && text.includes(`特定目标类项目1个，涉及金额${firstAmount}万元`) && text.includes(`公开项目绩效目标${rows - 1}个`), `十 2: ${text}`)
  equal(await missingCount(), missing - 1, 'missing count after the 绩效类别')
  // The count reopens the form, with what was set.
  await page.click(`.text-section[data-section="performance"] .figure[data-field="projects.perf"]`)
  await page.waitForSelector('[data-dialog="project-perf"]')
  equal(await page.$eval(`[data-dialog="project-perf"] tr[data-project="${first}"] select`, (s) => s.value), '特定目标类', 'the form shows the project’s 类别')
  await page.keyboard.press('Escape')
  await page.waitForSelector('[data-dialog="project-perf"]', { state: 'detached' })
})

await step('十一 1: 实有 typed by kind in place, 编制 in its form; totals add up and P08 follows', async () => {
  const missing = await missingCount()
  await typeGap('disclosure.assets.vehicles.other.actual', '1')
  await waitSentence('assets', '公务用车编制', '共有公务用车编制（请填写）辆，实有1辆，其中：领导用车0辆')
  assert((await listed()).includes('disclosure.assets.vehicles'), 'the list still asks for 编制')
  assert(await page.$eval('.missing-list li[data-field="disclosure.assets.vehicles"]', (li) => li.textContent?.includes('编制数')), 'the list names 编制数')
  await page.click(gap('disclosure.assets.vehicles'))
  await page.waitForSelector('[data-dialog="field-group"]')
  equal(await page.inputValue('[data-dialog="field-group"] input[data-field="disclosure.assets.vehicles.other.actual"]'), '1', 'the form shows the 实有 typed in place')
  await fillForm({ 'disclosure.assets.vehicles.other.quota': '1' })
  await shot('text-form-vehicles')
  await confirmForm('field-group')
  await waitSentence('assets', '公务用车编制', `共有公务用车编制1辆，实有1辆，其中：${KINDS.map((k, i) => `${k}${i === 6 ? 1 : 0}辆`).join('，')}。`)
  equal(await missingCount(), missing - 1, 'missing count after 公务用车')
  assert(!(await findingsOf('P08')).includes('disclosure.assets.vehicles'), 'P08 no longer asks for 公务用车')
  await page.click('[data-view="text"]')
  await page.waitForSelector('.text-document')
  await page.$eval('.text-section[data-section="procurement"]', (el) => el.scrollIntoView())
  await shot('text-filled-procurement')
})

await step('a leaf’s 公开检查 finding opens it in place in 公开文本 (办公用房面积, P08); the 截至 date typed in place', async () => {
  const missing = await missingCount()
  await findingsOf('P08')
  await page.click('.publication-checks button.finding[data-rule="P08"][data-field="disclosure.assets.officeArea"]')
  await page.waitForSelector('textarea.field-editor[data-field="disclosure.assets.officeArea"]:focus', { timeout: 5000 })
  await page.keyboard.type('962')
  await page.keyboard.press('Enter')
  await waitSentence('assets', '办公用房建筑总面积', '使用的办公用房建筑总面积962平方米。')
  equal(await missingCount(), missing - 1, 'missing count after 办公用房面积')
  // The 截至 date (12-31 of last year until typed) is typed where it stands, and holds in all three places.
  await page.click('.text-section[data-section="assets"] .field[data-field="disclosure.assets.asOf"]')
  await page.waitForSelector('textarea.field-editor[data-field="disclosure.assets.asOf"]:focus')
  equal(await page.inputValue('textarea.field-editor[data-field="disclosure.assets.asOf"]'), '2025年12月31日', 'the date as the text states it')
  await page.keyboard.press('Control+A')
  await page.keyboard.type('2026-01-01')
  await page.keyboard.press('Enter')
  await waitSentence('assets', '办公用房建筑总面积', '截至2026年1月1日，孝义市财政局使用的办公用房建筑总面积962平方米。')
  assert((await paragraph('assets', '公务用车编制')).startsWith('截至2026年1月1日，'), 'the 车辆 sentence has the date too')
})

await step('导出公开文件 (.docx): 九, 十 and 十一 print the filled sentences, no gap left of them', async () => {
  const out = join(TMP, '公开文件.docx')
  script.save.push(out)
  await page.evaluate(() => window.__menu('export-document'))
  const ask = await page.waitForSelector('[data-dialog="ask"]', { timeout: 5000 }).catch(() => null)
  if (ask) await page.click('[data-dialog="ask"] [data-answer="export"]')
  await toastText(/已导出公开文件：公开文件\.docx/, 120_000)
  const { value } = await mammoth.extractRawText({ buffer: await readFile(out) })
  const flat = value.replace(/\s+/g, '')
  for (const s of [
    '2026年孝义市财政局政府采购预算总额174.60万元。其中：政府采购货物预算45.60万元、政府采购工程预算0万元、政府采购服务预算129.00万元。',
    '涉及部门预算资金101.59万元，其中基本支出0万元，项目支出101.59万元。',
    `孝义市财政局共有公务用车编制1辆，实有1辆，其中：${KINDS.map((k, i) => `${k}${i === 6 ? 1 : 0}辆`).join('，')}。`,
    '纳入绩效目标管理的二级项目',
    '截至2026年1月1日，孝义市财政局使用的办公用房建筑总面积962平方米。',
  ]) assert(flat.includes(s), `the .docx prints “${s}”`)
  for (const g of ['（分项合计）', '请填写政府采购', '请标明各项目的绩效类别', '请填写公务用车']) assert(!flat.includes(g), `the .docx has no “${g}”`)
})

await finish()
