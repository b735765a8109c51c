// Never lose a keystroke (issue 8 items 1–3, 12–14): a value typed into a cell and not yet
// confirmed with Enter is committed (or refused with the cell's message) before any command,
// navigation or close; Tab/Enter move between money cells only; plus the 上年数 columns, the
// import report and the small things clerks saw. The real renderer in headless Chromium.
import { join } from 'node:path'
import { readFile } from 'node:fs/promises'
import { startSession, assert, equal, ROOT } from './clerk.mjs'

const s = await startSession('keystrokes')
const { TMP, page, script, finish, text, waitText, show, clickCell, typeInto, focusedRowId, toastText, shot } = s

/** A failed step must not leave a dialog over the next one: close any (cancel / 关闭) first. */
async function closeDialogs() {
  for (let i = 0; i < 3 && (await page.$('.modal-backdrop')); i++) {
    await page.click('.modal-backdrop .modal-footer button').catch(() => undefined)
    await page.waitForTimeout(50)
  }
}
const step = (name, fn, { keepDialog = false } = {}) => s.step(name, async () => {
  if (!keepDialog) await closeDialogs()
  await fn()
})
const focusedCell = () =>
  page.evaluate(() => {
    const cell = document.activeElement?.closest('.ag-cell')
    return cell ? `${cell.closest('.ag-row')?.getAttribute('row-id')}/${cell.getAttribute('col-id')}` : null
  })
/** Type into a cell without confirming it: the editor stays open. */
async function typePending(row, col, typed) {
  await clickCell(row, col)
  await page.keyboard.type(typed)
  await page.waitForSelector('.money-editor-input')
}
/** Dismiss the toasts shown so far, so the next toastText sees only what comes after. */
const clearToasts = () => page.$$eval('.toast', (ts) => ts.forEach((t) => t.click()))
async function closeReport() {
  await page.click('[data-dialog="import-report"] button.primary')
  await page.waitForSelector('[data-dialog="import-report"]', { state: 'detached' })
}
/** The cells of the row whose cells include `code`, on the sheet whose text includes `title`. */
async function exportedRow(file, title, code) {
  const { default: ExcelJS } = await import('exceljs')
  const wb = new ExcelJS.Workbook()
  await wb.xlsx.readFile(file)
  const valueOf = (c) => (c.value && typeof c.value === 'object' && 'result' in c.value ? c.value.result : c.value)
  let found
  wb.eachSheet((ws) => {
    let hit = false
    ws.eachRow((row) => row.eachCell((c) => { if (typeof c.value === 'string' && c.value.includes(title)) hit = true }))
    if (!hit || found) return
    ws.eachRow((row) => {
      const cells = []
      row.eachCell({ includeEmpty: true }, (c) => cells.push(valueOf(c)))
      if (cells.some((v) => String(v).trim() === code)) found = cells
    })
  })
  assert(found, `${code} is not on the sheet ${title}`)
  return found
}
const hasNumber = (cells, n) => cells.some((v) => Number(String(v).replace(/,/g, '')) === n)

// ---- item 14 (first of the small ones): a failed open says 打开失败 once

await step('a file that cannot be opened says 打开失败 once', async () => {
  script.open.push(join(TMP, 'missing.ysb'))
  await page.click('[data-cmd="open"]')
  const said = await toastText(/失败/)
  assert(!/打开失败：打开失败/.test(said), said)
  assert(/^打开失败：/.test(said), said)
})

// ---- item 13: the import report

await step('the import report names what 审核 finds, and lists the causes first', async () => {
  script.open.push(join(ROOT, 'test/fixtures/000.xlsx'))
  await page.click('[data-cmd="open"]')
  const dialog = await page.waitForSelector('[data-dialog="import-report"]')
  const line = await dialog.$eval('.report-checks', (p) => ({ text: p.textContent ?? '', errors: Number(p.getAttribute('data-errors')) }))
  assert(/审核(发现 \d+ 个错误|未发现错误)/.test(line.text), `审核 line: ${line.text}`)
  if (line.errors > 0) assert(line.text.includes(`审核发现 ${line.errors} 个错误`), line.text)
  const kinds = await dialog.$$eval('.report-table tbody tr', (trs) => trs.map((tr) => tr.querySelector('td')?.textContent))
  const firstFollow = kinds.indexOf('随之不同')
  assert(firstFollow > 0 && kinds.slice(firstFollow).every((k) => k === '随之不同'), `order: ${kinds.join(',')}`)
  // Figures are grouped by thousands, as the grid and the documents print them.
  const figures = await page.$$eval('[data-dialog="import-report"] .report-table td.num', (tds) => tds.map((td) => td.textContent ?? ''))
  assert(figures.some((f) => f.includes(',')), `some figure of 1,000 or more: ${figures.slice(0, 6).join(' ')}`)
  for (const f of figures) assert(/^（空）$|^-?\d{1,3}(,\d{3})*\.\d+( 元)?$/.test(f), `grouped: ${f}`)
  await shot('import-report')
})

await step('a row of the report leads to its cell (table shown, cell focused)', async () => {
  const first = await page.$eval('[data-dialog="import-report"] .report-table tbody tr', (tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent))
  equal(JSON.stringify(first.slice(0, 4)), JSON.stringify(['尾差', '表二', '21011 行政事业单位医疗', '合计']), 'first row')
  await page.click('[data-dialog="import-report"] .report-table tbody tr.linked')
  await page.waitForSelector('[data-dialog="import-report"]', { state: 'detached' })
  await page.waitForSelector('.table-grid[data-table="t2"] .ag-row')
  const until = Date.now() + 3000
  while (Date.now() < until && (await focusedCell()) !== 's:21011/total') await page.waitForTimeout(25)
  equal(await focusedCell(), 's:21011/total', 'focused cell')
}, { keepDialog: true })

await step('the report reopens from the menu (视图 → 导入报告…) and from the top bar', async () => {
  await page.evaluate(() => window.__menu('view-import-report'))
  await page.waitForSelector('[data-dialog="import-report"] .report-table tbody tr')
  await closeReport()
  await page.click('[data-cmd="import-report"]')
  await page.waitForSelector('[data-dialog="import-report"] .report-table tbody tr')
  await closeReport()
  await show('t5')
  equal(await text('s:2080505', 'basic'), '427.75', '表五 2080505 基本支出')
})

// ---- item 14: the small ones seen with 000 (a 单位 book)

await step('a 单位 book prints its name once in 表十二, and its hints (C8) are not flagged like errors', async () => {
  await show('t12')
  equal(await text('dept', 'name'), '孝义市城市管理局', 'the 单位 row')
  assert(!(await page.$('.ag-row[row-id="u:u1"]')), 'a second row with the 单位 name')
  const badge = await page.$eval('[data-view="t12"] .nav-count', (b) => ({ cls: b.className, text: b.textContent }))
  assert(/\bhint\b/.test(badge.cls), `表十二 badge: ${JSON.stringify(badge)}`)
  const line = await page.$eval('.table-problems', (p) => ({ cls: p.className, text: p.textContent }))
  assert(/hint/.test(line.cls) && /提示/.test(line.text ?? ''), `table line: ${JSON.stringify(line)}`)
})

await step('a project added to 表十二 is scrolled into view, with the focus on it', async () => {
  await show('t12')
  await page.click('.table-toolbar button:has-text("添加项目")')
  await page.waitForSelector('[data-dialog="project"]')
  await page.fill('[data-dialog="project"] input[aria-label="项目名称"]', '新增测试项目')
  await page.keyboard.press('Enter')
  await page.waitForSelector('[data-dialog="project"]', { state: 'detached' })
  const until = Date.now() + 3000
  let at = null
  while (Date.now() < until && !(at = await focusedCell())?.endsWith('/gp')) await page.waitForTimeout(25)
  const row = at?.split('/')[0]
  assert(row?.startsWith('p:'), `focused ${at}`)
  const visible = await page.$eval(`.ag-row[row-id="${row}"] .ag-cell[col-id="name"]`, (el) => {
    const r = el.getBoundingClientRect()
    const vp = el.closest('.ag-body-viewport, .ag-body')?.getBoundingClientRect() ?? { top: 0, bottom: innerHeight }
    return { name: el.textContent, inView: r.top >= vp.top - 1 && r.bottom <= vp.bottom + 1 }
  })
  equal(visible.name, '新增测试项目', 'the focused row')
  assert(visible.inView, 'the new row is off screen')
  await page.evaluate(() => window.__menu('undo'))
})

// ---- item 1: a typed, unconfirmed value is never dropped

await step('导出Excel with 99 typed (no Enter) in a 表五 基本支出 cell exports 99', async () => {
  await show('t5')
  await typePending('s:2080505', 'basic', '99')
  const file = join(TMP, 'pending.xlsx')
  script.save.push(file)
  await page.click('[data-cmd="export-xlsx"]')
  const ask = await page.waitForSelector('[data-dialog="ask"]', { timeout: 1500 }).catch(() => null)
  if (ask) await page.click('[data-dialog="ask"] [data-answer="export"]')
  await toastText(/已导出/)
  const row = await exportedRow(file, '一般公共预算支出预算表', '2080505')
  assert(hasNumber(row, 99), `exported 2080505: ${JSON.stringify(row)}`)
  await waitText('s:2080505', 'basic', '99.00')
})

const ysb = join(TMP, 'book.ysb')
await step('保存 with a typed, unconfirmed value saves it', async () => {
  await typePending('s:2080506', 'basic', '77')
  script.save.push(ysb)
  await page.click('[data-cmd="save"]')
  await toastText(/已保存/)
  await waitText('s:2080506', 'basic', '77.00')
  equal(script.documentStates.at(-1).dirty, false, 'dirty after save')
  script.open.push(ysb)
  await page.evaluate(() => window.__menu('open'))
  await toastText(/已打开/)
  await show('t5')
  equal(await text('s:2080506', 'basic'), '77.00', 'reopened 2080506')
})

await step('the menu (保存 from the native menu) commits the open editor first', async () => {
  await typePending('s:2080502', 'basic', '55')
  script.save.push(ysb)
  await page.evaluate(() => window.__menu('save'))
  await toastText(/已保存/)
  const json = await readFile(ysb, 'utf8')
  await waitText('s:2080502', 'basic', '55.00')
  // The clean-state message may trail the toast by a few ms under load: wait for it, up to 2 s.
  for (let i = 0; i < 40 && script.documentStates.at(-1).dirty !== false; i++) await new Promise((r) => setTimeout(r, 50))
  equal(script.documentStates.at(-1).dirty, false, 'dirty after the menu save')
  assert(json.length > 0, 'nothing written')
})

await step('clicking another table in the sidebar commits the typed value', async () => {
  await typePending('s:2101101', 'basic', '12')
  await page.click('[data-view="t3"]')
  await page.waitForSelector('.table-grid[data-table="t3"] .ag-row')
  await show('t5')
  equal(await text('s:2101101', 'basic'), '12.00', '表五 2101101 after switching tables')
})

await step('an invalid typed value refuses the command with the cell\'s message and keeps the editor', async () => {
  await typePending('s:2101102', 'basic', '12x')
  const saves = script.requests.length
  await page.click('[data-cmd="export-xlsx"]')
  await toastText(/输入无效/)
  equal(script.requests.length, saves, 'no save dialog was shown')
  assert(await page.$('.money-editor-input'), 'the editor was closed')
  await page.keyboard.press('Escape')
  await page.waitForSelector('.money-editor-input', { state: 'detached' })
})

await step('closing the window with a typed value reports the book dirty to main', async () => {
  await clearToasts()
  await page.click('[data-cmd="save"]')
  const said = await toastText(/已保存|失败|无效/)
  assert(/已保存/.test(said), said)
  equal(script.documentStates.at(-1).dirty, false, 'clean after saving')
  await typePending('s:2101103', 'basic', '8')
  await page.waitForFunction(() => true)
  const until = Date.now() + 2000
  while (Date.now() < until && !script.documentStates.at(-1).dirty) await page.waitForTimeout(25)
  equal(script.documentStates.at(-1).dirty, true, 'dirty while a value is typed')
})

await step('结转 with a typed value first asks to save it', async () => {
  await page.click('[data-cmd="roll-forward"]')
  const dialog = await page.waitForSelector('[data-dialog="ask"]', { timeout: 3000 })
  assert(/未保存/.test((await dialog.textContent()) ?? ''), 'not the unsaved question')
  await page.click('[data-dialog="ask"] [data-answer="cancel"]')
  await waitText('s:2101103', 'basic', '8.00')
})

// ---- item 2: Tab and Enter move between money cells; names change only by F2 / double click

await step('Tab past the last money column goes to the next row\'s first money cell, and typing there does not rename', async () => {
  await clickCell('s:2080502', 'project')
  await page.keyboard.press('Tab')
  const at = await focusedCell()
  equal(at, 's:2080505/basic', 'Tab from the last money column')
  await page.keyboard.type('30')
  await page.keyboard.press('Enter')
  equal(await text('s:2080505', 'name'), '机关事业单位基本养老保险缴费支出', 'name kept')
  equal(await text('s:2080505', 'basic'), '30.00', 'typed into the money cell')
})

await step('Shift+Tab from the first money column goes back to the previous row\'s last money cell', async () => {
  await clickCell('s:2080506', 'basic')
  await page.keyboard.press('Shift+Tab')
  equal(await focusedCell(), 's:2080505/project', 'Shift+Tab')
})

await step('typing on a 科目名称 cell does not rename it; F2 does, and a catalogued subject asks first', async () => {
  await clickCell('s:2080506', 'name')
  await page.keyboard.type('30')
  await page.keyboard.press('Enter')
  equal(await text('s:2080506', 'name'), '机关事业单位职业年金缴费支出', 'typing did not rename')
  await clickCell('s:2080506', 'name')
  await page.keyboard.press('F2')
  await page.keyboard.press('Control+A')
  await page.keyboard.type('新名称')
  await page.keyboard.press('Enter')
  const dialog = await page.waitForSelector('[data-dialog="ask"]', { timeout: 3000 })
  assert(/科目/.test((await dialog.textContent()) ?? ''), 'the rename question names the subject')
  await page.click('[data-dialog="ask"] [data-answer="cancel"]')
  equal(await text('s:2080506', 'name'), '机关事业单位职业年金缴费支出', 'cancelled rename')
})

// ---- item 3: Enter after an entry skips 款/类 rows

await step('Enter on the last 项 of a 款 moves to the next 项 below, skipping the 类 and 款 rows', async () => {
  await typeInto('s:2080506', 'basic', '1')
  equal(await focusedCell(), 's:2101101/basic', 'after Enter')
  await page.keyboard.type('2')
  await page.keyboard.press('Enter')
  await waitText('s:2101101', 'basic', '2.00')
  equal(await focusedRowId(), 's:2101102', 'the next Enter')
})

// ---- item 12: 上年数 and 增减 beside the figures after 结转

await step('after 结转 the 上年数对比 switch shows 上年数, 增减额 and 增减% in 表三, and they follow an edit', async () => {
  await show('t3')
  const toggle = await page.$('[data-toggle="prior"]')
  assert(toggle && (await toggle.isDisabled()), 'the switch is offered but disabled without 上年数')
  script.open.push(ysb)
  await page.click('[data-cmd="roll-forward"]')
  await page.waitForSelector('[data-dialog="ask"] [data-answer="discard"]')
  await page.click('[data-dialog="ask"] [data-answer="discard"]')
  await page.waitForSelector('[data-dialog="ask"] [data-answer="keep"]')
  // The answer Enter gives is 不保留 (the README: 本年金额清空, 也可以选择保留).
  equal(await page.evaluate(() => document.activeElement?.getAttribute('data-answer')), 'clear', 'the focused answer of 结转')
  assert(await page.$('[data-dialog="ask"] [data-answer="clear"].primary'), '不保留 is the primary answer')
  await page.click('[data-dialog="ask"] [data-answer="keep"]')
  // The new year's book is saved nowhere yet: not named after last year's workbook.
  await toastText(/已由 .+ 结转为 \d{4} 年预算（尚未保存）/)
  assert((await page.$eval('.topbar', (el) => el.textContent ?? '')).includes('未保存的新预算'), 'the title names no file')
  await show('t3')
  assert(!(await page.$('.ag-cell[col-id="prior:amount"]')), 'prior columns shown before switching them on')
  await page.click('[data-toggle="prior"]')
  await page.waitForSelector('.ag-header-group-cell[col-id^="prior"], .ag-cell[col-id="prior:amount"]')
  const current = await text('s:2080505', 'total')
  equal(await text('s:2080505', 'prior:amount'), current, '上年数 of a kept amount')
  equal(await text('s:2080505', 'prior:change'), '0.00', '增减额')
  equal(await text('s:2080505', 'prior:percent'), '0.00%', '增减%')
  await shot('prior-columns')
  await show('t5')
  const basic = Number((await text('s:2080505', 'basic')).replace(/,/g, ''))
  await typeInto('s:2080505', 'basic', String(basic + 10))
  await show('t3')
  await waitText('s:2080505', 'prior:change', '+10.00')
  const prior = Number(current.replace(/,/g, ''))
  const pct = ((10 / prior) * 100).toFixed(2)
  equal(await text('s:2080505', 'prior:percent'), `+${pct}%`, '增减% after the edit')
})

// ---- item 14: the small ones

await step('表九 can hide its rows with no amount', async () => {
  await show('t9')
  const count = () => page.$eval('.table-grid [aria-rowcount]', (g) => Number(g.getAttribute('aria-rowcount')))
  const before = await count()
  await page.click('[data-toggle="hide-empty"]')
  const until = Date.now() + 3000
  while (Date.now() < until && (await count()) >= before) await page.waitForTimeout(25)
  assert((await count()) < before, `rows: ${before} → ${await count()}`)
  await page.click('[data-toggle="hide-empty"]')
})

await finish()
