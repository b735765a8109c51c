// End to end, the tables of two blocks side by side (表九, 表一): a book with 国有资本经营 revenue
// lines beside its expenditure subjects shows each block row where the spec pairs it, a finding
// on a revenue line marks the cell of its own block, and deleting from the income block removes
// the revenue line, not the subject beside it, and deleting from the expenditure block removes the
// subject, not the revenue line. Screenshots: .e2e-tmp/side-by-side/{t9,t1}.png.
import { join } from 'node:path'
import { readFile, writeFile } from 'node:fs/promises'
import { startSession, assert, equal, ROOT } from './clerk.mjs'
import { importTs } from './harness.mjs'

const { TMP, page, script, step, finish, cellSel, reveal, text, show, clickCell, hasClass } = await startSession('side-by-side')

const { readWorkbookFile } = await importTs('electron/xlsx/read-any.ts')
const { serializeNative } = await importTs('electron/files/native.ts')
const { addRevenueLine } = await importTs('shared/edit/revenue.ts')
const { Derivation } = await importTs('shared/engine/derivation.ts')
const { inputKey } = await importTs('shared/model/keys.ts')

const ok = (r) => {
  if (!r.ok) throw new Error(r.message)
  return r.book
}

await step('a book with two 国有资本经营 revenue lines (one negative) opens', async () => {
  let book = (await readWorkbookFile(await readFile(join(ROOT, 'test/fixtures/000.xlsx')), '000.xlsx')).book
  book = ok(addRevenueLine(book, 't9', '1060101', '利润收入', { className: '国有资本经营收入', kuanName: '利润收入' }))
  book = ok(addRevenueLine(book, 't9', '1060102', '股利、股息收入'))
  const d = new Derivation(book)
  d.setAmounts([[inputKey.soeRevenue('1060101'), 1_234_500_000n], [inputKey.soeRevenue('1060102'), -50_000_000n]])
  const file = join(TMP, '表九.ysb')
  await writeFile(file, serializeNative(d.book))
  script.open.push(file)
  await page.click('[data-cmd="open"]')
  await page.waitForSelector('.topbar')
  await show('t9')
})

let negRow = ''
await step('表九 pairs the income block with the expenditure block row by row', async () => {
  const ids = await page.$$eval('.table-grid .ag-row', (rows) => rows.map((r) => r.getAttribute('row-id')))
  equal(ids[0], 'inc|total', 'first grid row: both 合计')
  const paired = ids.filter((id) => id?.startsWith('s:106'))
  assert(paired.length >= 3, `income rows paired with expenditure rows: ${JSON.stringify(ids.slice(0, 6))}`)
  assert(paired.every((id) => id.includes('|s:2')), `each income row sits beside an expenditure row: ${paired}`)
  negRow = paired.find((id) => id.startsWith('s:1060102|'))
  equal(await text(negRow, 'incCode'), '1060102', 'income code of the negative line')
  equal(await text(negRow, 'incAmount'), '-50.00', 'its amount')
  assert((await text(negRow, 'code')).startsWith('2'), 'an expenditure subject beside it')
})

await step('C10 marks the negative revenue line in its own block', async () => {
  await reveal(cellSel(negRow, 'incName'))
  assert(await hasClass(negRow, 'incName', 'cell-warning') || await hasClass(negRow, 'incName', 'cell-error'), 'income name cell marked')
  assert(!(await hasClass(negRow, 'name', 'cell-warning')) && !(await hasClass(negRow, 'name', 'cell-error')), 'the subject beside it is not marked')
  await page.mouse.move(1, 1)
  await page.screenshot({ path: join(TMP, 't9.png') })
})

await step('deleting from the income block removes the revenue line, not the subject beside it', async () => {
  const subject = await text(negRow, 'code')
  await clickCell(negRow, 'incAmount')
  await page.click('button:has-text("删除行")')
  await page.waitForSelector('[data-dialog="ask"]')
  await page.click('[data-dialog="ask"] button.danger, [data-dialog="ask"] button.primary')
  await page.waitForFunction(() => ![...document.querySelectorAll('.table-grid .ag-row')].some((r) => r.getAttribute('row-id')?.startsWith('s:1060102|')))
  const ids = await page.$$eval('.table-grid .ag-row', (rows) => rows.map((r) => r.getAttribute('row-id')))
  assert(ids.some((id) => id?.endsWith(`|s:${subject}`)), `subject ${subject} still shown: ${JSON.stringify(ids.slice(0, 8))}`)
})

await step('deleting from the expenditure block removes the subject, not the revenue line beside it; undo brings it back', async () => {
  const rowIds = () => page.$$eval('.table-grid .ag-row', (rows) => rows.map((r) => r.getAttribute('row-id')))
  const row = (await rowIds()).find((id) => id?.startsWith('s:1060101|s:2'))
  assert(row, 'the revenue line 1060101 sits beside an expenditure subject')
  const subject = row.split('|s:')[1]
  await clickCell(row, 'total')
  await page.click('button:has-text("删除行")')
  await page.waitForSelector('[data-dialog="ask"]')
  assert((await page.$eval('[data-dialog="ask"]', (d) => d.textContent ?? '')).includes(`科目 ${subject}`), 'the question names the subject')
  await page.click('[data-dialog="ask"] button.danger, [data-dialog="ask"] button.primary')
  await page.waitForFunction((s) => ![...document.querySelectorAll('.table-grid .ag-row')].some((r) => r.getAttribute('row-id')?.endsWith(`|s:${s}`)), subject)
  // The cursor stays in the grid, same column, on the row that took the deleted one's place:
  // the clerk carries on with the arrow keys (it used to be left on the 删除行 button).
  await page.waitForFunction(() => document.activeElement?.closest('.ag-cell')?.getAttribute('col-id') === 'total')
  const focusedRow = () => page.evaluate(() => document.activeElement?.closest('.ag-row')?.getAttribute('row-id'))
  const after = await focusedRow()
  assert(after && after !== row, `focused row after the deletion: ${after}`)
  await page.keyboard.press('ArrowDown')
  await page.waitForFunction((r) => document.activeElement?.closest('.ag-row')?.getAttribute('row-id') !== r, after)
  assert((await rowIds()).some((id) => id?.startsWith('s:1060101|')), 'the revenue line is still shown')
  equal(await text((await rowIds()).find((id) => id?.startsWith('s:1060101|')), 'incAmount'), '1,234.50', 'its amount')
  await page.keyboard.press('Control+z')
  await page.waitForFunction((s) => [...document.querySelectorAll('.table-grid .ag-row')].some((r) => r.getAttribute('row-id')?.endsWith(`|s:${s}`)), subject)
  equal(await text(row, 'incAmount'), '1,234.50', 'revenue line beside it again after undo')
})

await step('表一 keeps its rows whole: income lines beside the first classes, footers on both sides', async () => {
  await show('t1')
  equal(await text('c:201', 'incName'), '一、一般公共预算', '表一 first income line')
  equal(await text('c:201', 'expName'), '一、一般公共服务支出', 'beside the first class')
  equal(await text('f:total', 'incName'), '本年收入合计', 'footer, income side')
  equal(await text('f:total', 'expName'), '本年支出合计', 'footer, expenditure side')
  await page.mouse.move(1, 1)
  await page.screenshot({ path: join(TMP, 't1.png') })
})

await finish()
