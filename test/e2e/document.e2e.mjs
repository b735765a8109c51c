// End to end, the disclosure document as a clerk makes it: open 000.xlsx, read the 公开文本 with
// its marked figures and charts, type a missing reason (one undo step), change a 项 in 表五 and
// watch the text and the chart follow, export 公开文件 (.docx) and read it back with mammoth.
import { join } from 'node:path'
import { readFile } from 'node:fs/promises'
import mammoth from 'mammoth'
import { startSession, assert, equal, ROOT } from './clerk.mjs'

const { TMP, page, script, step, finish, show, typeInto, clickCell, waitText, toastText, navCount, shot, cents, waitFor } = await startSession('document')

/** '18,530.54' → 1853054n. */
const figureCents = (s) => cents(s.trim())
const t5Total = '.text-document .figure[data-table="t5"][data-row="total"][data-col="total"]'
const chartItem = (name) => `[data-chart="general-by-class"] .chart-item[data-name="${name}"] .chart-amount`
const reason = '.text-document .field[data-field="disclosure.reasons.total"]'
const gpCurrent = '.text-section[data-section] p'
let before = {}
const REASON = '本年新增环卫设备购置'

async function textOf(selector) {
  const el = await page.waitForSelector(selector, { timeout: 5000 })
  return ((await el.textContent()) ?? '').trim()
}

await step('结转 000.xlsx to 2027 keeping amounts, then 公开文本: figures marked with their table and cell, missing data counted', async () => {
  script.open.push(join(ROOT, 'test/fixtures/000.xlsx'))
  await page.click('[data-cmd="roll-forward"]')
  await page.waitForSelector('[data-dialog="ask"]')
  await page.click('[data-dialog="ask"] [data-answer="keep"]')
  const report = await page.waitForSelector('[data-dialog="import-report"]', { timeout: 5000 }).catch(() => null)
  if (report) await page.click('[data-dialog="import-report"] button.primary')
  await page.click('[data-view="text"]')
  await page.waitForSelector('.text-document')
  const title = await page.$eval(t5Total, (el) => el.getAttribute('title'))
  assert(/^印于 表五 .*合计/.test(title ?? ''), `hover names the cell: ${title}`)
  before.total = figureCents(await textOf(t5Total))
  before.social = figureCents((await textOf(chartItem('社会保障和就业支出'))).replace('万元', ''))
  before.missing = Number(await navCount('text'))
  assert(before.missing > 0, 'missing texts are counted in the sidebar')
  // 结转 clears 上年结转 (307.00): the 收支总计 fell, and its reason is asked for. Last year's file printed its
  // 收支总计 as 23,041.25, a 尾差 0.01 below its recomputation: the text compares with what was published.
  await page.waitForSelector(`${reason}.missing`)
  const sentence = await page.$eval(reason, (el) => el.closest('p')?.textContent ?? '')
  assert(sentence.includes('比上年减少306.99万元'), `the sentence states the change: ${sentence}`)
  await shot('text-pane')
})

await step('change a 项 in 表五 (+100): the text and the chart follow', async () => {
  await show('t5')
  await typeInto('s:2080505', 'basic', '=427.75+100')
  await waitText('s:2080505', 'basic', '527.75')
  await page.click('[data-view="text"]')
  await waitFor(async () => figureCents(await textOf(t5Total)) === before.total + 10000n || 'text', '表五 合计 in the text')
  await waitFor(async () => figureCents((await textOf(chartItem('社会保障和就业支出'))).replace('万元', '')) === before.social + 10000n || 'chart', 'chart item')
  // The chart drawn follows too: its SVG labels carry the new figure.
  const drawn = await page.$eval('[data-chart="general-by-class"] .text-chart-canvas', (el) => el.textContent ?? '')
  assert(drawn.includes(await textOf(chartItem('社会保障和就业支出'))), `drawn chart labels: ${drawn.slice(0, 200)}`)
  const sentence = await page.$eval(reason, (el) => el.closest('p')?.textContent ?? '')
  assert(sentence.includes('比上年减少206.99万元'), `the 收支总计 sentence follows: ${sentence}`)
  const paragraphs = await page.$$eval(gpCurrent, (ps) => ps.map((p) => p.textContent ?? ''))
  // Against last year's published 18,530.54 (its 21011 尾差), not the recomputed 18,530.55.
  assert(paragraphs.some((p) => p.includes('一般公共预算当年支出') && p.includes('比上年增加100.01万元')), `the 一般公共预算当年支出 sentence states +100.01: ${paragraphs.find((p) => p.includes('一般公共预算当年支出'))}`)
  equal(Number(await navCount('text')), before.missing, 'missing count unchanged')
})

await step('type the reason: the text holds it, the count drops, and undo takes it back in one step', async () => {
  const missing = Number(await navCount('text'))
  await page.click(`${reason}.missing`)
  await page.waitForSelector('textarea.field-editor')
  await page.keyboard.type(REASON)
  await page.keyboard.press('Enter')
  await waitFor(async () => (await textOf(reason)) === REASON || 'not shown', 'typed reason')
  equal(Number(await navCount('text')), missing - 1, 'missing count after typing')
  await page.evaluate(() => window.__menu('undo'))
  await waitFor(async () => (await page.$(`${reason}.missing`)) !== null || 'still filled', 'undo')
  await page.evaluate(() => window.__menu('redo'))
  await waitFor(async () => (await textOf(reason)) === REASON || 'not back', 'redo')
  await shot('text-pane-after-edit')
})

await step('导出公开文件 with a number typed but not confirmed, and 审核 errors: the number is kept, the clerk is asked first, 查看审核 exports nothing', async () => {
  await show('t5')
  await clickCell('s:2080505', 'project')
  await page.keyboard.type('12.5')
  const errors = Number(await navCount('checks'))
  assert(errors > 0, `表五 +100 with 表六 unchanged leaves 审核 errors (${errors})`)
  const saves = script.save.length
  await page.evaluate(() => window.__menu('export-document'))
  const ask = await page.waitForSelector('[data-dialog="ask"]', { timeout: 5000 })
  const question = (await ask.textContent()) ?? ''
  assert(/审核发现 \d+ 个错误.*说明与表格之间可能不一致/.test(question), `the question: ${question}`)
  // The document's own rules count too: its text still has fields to fill in (P11).
  const [, all, checks, rules] = question.match(/审核发现 (\d+) 个错误（勾稽校验 (\d+) 个、公开检查 (\d+) 个）/) ?? []
  assert(all !== undefined && Number(checks) > 0 && Number(rules) > 0 && Number(all) === Number(checks) + Number(rules), `the counts: ${question}`)
  // …and every place of the text still left to fill in, as many as 公开文本 counts (the document would print them in yellow).
  const [, unfilled] = question.match(/说明中还有 (\d+) 处未填写/) ?? []
  equal(Number(unfilled), Number(await navCount('text')), `the unfilled places in: ${question}`)
  // …named by kind, adding up to that count (clerk8 #8: 上年数 were counted as "（请填写…）").
  const [, kinds = ''] = question.match(/处未填写（([^）]*)）/) ?? []
  const byKind = [...kinds.matchAll(/(\d+) 处(上年数未填|原因未填|其他内容未填)/g)]
  assert(byKind.length > 0 && byKind.reduce((t, m) => t + Number(m[1]), 0) === Number(unfilled), `the kinds in: ${question}`)
  await waitText('s:2080505', 'project', '12.50')
  await page.click('[data-dialog="ask"] [data-answer="checks"]')
  await page.waitForSelector('.checks-pane', { timeout: 5000 })
  equal(script.save.length, saves, 'no save dialog was asked for')
})

await step('文件 → 导出公开文件… writes the .docx, whose text holds the new figure and the reason', async () => {
  // Back to the 公开文本, whose 表五 合计 (now with the 12.50 kept above) the document must print.
  await page.click('[data-view="text"]')
  await page.waitForSelector('.text-document')
  const out = join(TMP, '公开文件.docx')
  script.save.push(out)
  await page.evaluate(() => window.__menu('export-document'))
  await page.click('[data-dialog="ask"] [data-answer="export"]')
  await toastText(/已导出公开文件：公开文件\.docx/, 120_000)
  const { value } = await mammoth.extractRawText({ buffer: await readFile(out) })
  const total = await textOf(t5Total)
  assert(value.includes(total), `the .docx holds 表五 合计 ${total}`)
  assert(value.includes(REASON), 'the .docx holds the typed reason')
  assert(value.includes('第二部分') && value.includes('表五'), 'the .docx has the tables part')
})

await step('导出公开文件 as .pdf: Chromium prints the same document, the new figure and the reason in its text', async () => {
  const out = join(TMP, '公开文件.pdf')
  script.save.push(out)
  await page.evaluate(() => window.__menu('export-document'))
  await page.click('[data-dialog="ask"] [data-answer="export"]')
  await toastText(/已导出公开文件：公开文件\.pdf/, 120_000)
  const { extractText, getDocumentProxy } = await import('unpdf')
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(await readFile(out))), { mergePages: true })
  // Chromium's PDFs map some CJK glyphs to Kangxi radicals; NFKC folds them back.
  const flat = text.normalize('NFKC').replace(/\s+/g, '')
  assert(flat.includes(await textOf(t5Total)), 'the PDF holds 表五 合计')
  assert(flat.includes(REASON), 'the PDF holds the typed reason')
  // Pages numbered as the .docx numbers them: cover and 目录 none, 第一部分 page 1 (the app's own
  // Chromium prints the number from the page's CSS margin box).
  const pages = (await extractText(await getDocumentProxy(new Uint8Array(await readFile(out))), { mergePages: false })).text
    .map((t) => t.normalize('NFKC').replace(/\s+/g, ''))
  const body = pages.findIndex((t) => t.replace(/^—\d+—/, '').startsWith('第一部分概况'))
  assert(body >= 2, `第一部分 starts after cover and 目录 (page ${body + 1})`)
  assert(pages.slice(0, body).every((t) => !/—\d+—/.test(t)), 'cover and 目录 carry no page number')
  pages.slice(body).forEach((t, i) => assert(t.includes(`—${i + 1}—`), `page ${body + i + 1} of the file prints —${i + 1}—`))
  assert(pages.slice(1, body).join('').includes('第一部分概况1'), 'the 目录 gives 第一部分 page 1')
})

await finish()
