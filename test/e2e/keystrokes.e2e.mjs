// Never lose a keystroke (issue 8 items 1–3, 12–14): a value typed into a cell and not yet
// confirmed with Enter is committed (or refused with the cell's message) before any command,
// navigation or close; Tab/Enter move between money cells only; plus the 上年数 columns, the
// import report and the small things clerks saw. The real renderer in headless Chromium.
import { join } from 'node:path'
import { readFile } from 'node:fs/promises'
import { startSession, assert, equal, ROOT } from './clerk.mjs'

const s = await startSession('keystrokes')
const { TMP, page, script, step, finish, text, waitText, show, clickCell, typeInto, focusedRowId, toastText } = s

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

await step('opening 000.xlsx', async () => {
  script.open.push(join(ROOT, 'test/fixtures/000.xlsx'))
  await page.click('[data-cmd="open"]')
  await page.waitForSelector('[data-dialog="import-report"]')
  await closeReport()
  await show('t5')
  equal(await text('s:2080505', 'basic'), '427.75', '表五 2080505 基本支出')
})

// ---- item 1: a typed, unconfirmed value is never dropped

await step('导出Excel with 99 typed (no Enter) in a 表五 基本支出 cell exports 99', async () => {
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
})

await step('closing the window with a typed value reports the book dirty to main', async () => {
  await page.click('[data-cmd="save"]')
  await toastText(/已保存/)
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

await finish()
