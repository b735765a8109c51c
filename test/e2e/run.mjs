// End to end, as a clerk works: open last year's published .xlsx (import report), change a
// 项 amount in 表五 and watch 表三/表二/表一/表四 and the checks follow, paste a block from
// Excel, undo and redo it, add a subject and a project, save, reopen, export .xlsx and read
// it back, import a 功能分类 catalog. The real renderer runs in headless Chromium against the
// real IPC handlers (see harness.mjs, clerk.mjs). Prints `e2e: N passed, M failed` and exits non-zero on any failure.
import { join } from 'node:path'
import { readFile, writeFile } from 'node:fs/promises'
import { startSession, assert, equal, ROOT } from './clerk.mjs'

const {
  TMP, page, app, handlers, script, server, step, finish,
  cellSel, reveal, text, amount, waitText, show, clickCell, typeInto, focusedRowId, clipboardEvent, toastText, navCount, hasClass, shot, reopen,
} = await startSession('e2e')

// ---- the clerk's session

let before = {}

await step('the window starts with an empty book and reports its state to main', async () => {
  await page.waitForSelector('.topbar')
  assert(script.documentStates.length > 0, 'setDocumentState was never called')
  equal(script.documentStates.at(-1).dirty, false, 'dirty at start')
})

await step('opening 000.xlsx shows the import report with the printed figures that differ', async () => {
  script.open.push(join(ROOT, 'test/fixtures/000.xlsx'))
  await page.click('[data-cmd="open"]')
  const dialog = await page.waitForSelector('[data-dialog="import-report"]')
  const rows = await dialog.$$('.report-table tbody tr')
  assert(rows.length > 0, 'the report lists no differences')
  const cells = await Promise.all(rows.map((r) => r.$$eval('td', (tds) => tds.map((td) => td.textContent))))
  // 000 prints 8 residues (行政事业单位医疗 and 表六 工资福利支出); they lead, what only follows them comes after.
  equal(JSON.stringify(cells.slice(0, 2).map((c) => c.slice(0, 4))), JSON.stringify([['尾差', '表二', '21011 行政事业单位医疗', '合计'], ['尾差', '表二', '21011 行政事业单位医疗', '一般公共预算']]), 'first rows')
  equal(cells.filter((c) => c[0] === '尾差').length, 8, 'residues listed')
  assert(cells.slice(8).every((c) => c[0] === '随之不同'), 'figures that only follow come last')
  assert(/^\d/.test(cells[0][4]) && /^\d/.test(cells[0][5]), `printed/computed columns: ${cells[0]}`)
  await page.click('[data-dialog="import-report"] button.primary')
  await page.waitForSelector('[data-dialog="import-report"]', { state: 'detached' })
  equal(script.documentStates.at(-1).dirty, true, 'a book read from .xlsx is unsaved')
  assert(script.documentStates.at(-1).title.startsWith('孝义市城市管理局2026年预算'), `title ${script.documentStates.at(-1).title}`)
})

await step('before the edit: 表五 shows the imported figures', async () => {
  await show('t5')
  equal(await text('s:2080505', 'basic'), '427.75', '表五 2080505 基本支出')
  before = {
    t5Total: await amount('total', 'total'),
    t5Basic: await amount('total', 'basic'),
    t5Kuan: await amount('s:20805', 'basic'),
    findings: Number((await page.$eval('[data-view="checks"]', (b) => b.querySelector('.nav-count')?.textContent ?? '0'))),
  }
  await show('t3')
  before.t3Item = await amount('s:2080505', 'total')
  before.t3Total = await amount('total', 'total')
  await show('t2')
  before.t2Gp = await amount('total', 'gp')
  before.t2Item = await amount('s:2080505', 'gp')
  await show('t1')
  before.t1Class = await amount('c:208', 'expTotal')
  before.t1Total = await amount('f:total', 'expTotal')
  before.t1Income = await amount('c:201', 'incAmount')
  await show('t4')
  before.t4Gp = await amount('c:208', 'gp')
  before.t4Total = await amount('f:total', 'expTotal')
})

await step('typing =427.75+100 in a 表五 项 and Enter: the cell, its 款 and 合计 update, focus moves down', async () => {
  await show('t5')
  await typeInto('s:2080505', 'basic', '=427.75+100')
  await waitText('s:2080505', 'basic', '527.75')
  equal(await amount('s:20805', 'basic'), before.t5Kuan + 10000n, '款 20805')
  equal(await amount('total', 'basic'), before.t5Basic + 10000n, '合计 基本支出')
  equal(await amount('total', 'total'), before.t5Total + 10000n, '合计 合计')
  equal(await focusedRowId(), 's:2080506', 'Enter moves to the row below')
})

await step('表三, 表二, 表一 and 表四 follow the edit', async () => {
  await show('t3')
  equal(await amount('s:2080505', 'total'), before.t3Item + 10000n, '表三 项 合计')
  equal(await amount('total', 'total'), before.t3Total + 10000n, '表三 合计')
  await show('t2')
  equal(await amount('s:2080505', 'gp'), before.t2Item + 10000n, '表二 项 一般公共预算')
  equal(await amount('total', 'gp'), before.t2Gp + 10000n, '表二 合计 一般公共预算')
  await show('t1')
  equal(await amount('c:208', 'expTotal'), before.t1Class + 10000n, '表一 社会保障和就业支出')
  equal(await amount('f:total', 'expTotal'), before.t1Total + 10000n, '表一 本年支出合计')
  equal(await amount('c:201', 'incAmount'), before.t1Income + 10000n, '表一 一般公共预算收入')
  await show('t4')
  equal(await amount('c:208', 'gp'), before.t4Gp + 10000n, '表四 一般公共预算')
  equal(await amount('f:total', 'expTotal'), before.t4Total + 10000n, '表四 本年支出合计')
})

await step('the checks follow: C3 (表六 ≠ 表五 基本支出) appears, marked on the cells and counted', async () => {
  const after = Number(await page.$eval('[data-view="checks"]', (b) => b.querySelector('.nav-count')?.textContent ?? '0'))
  equal(after, before.findings + 1, 'open problems')
  equal(await navCount('t5'), '1', '表五 problem count')
  await show('t5')
  assert(await hasClass('total', 'basic', 'cell-error'), '表五 合计 基本支出 is not marked')
  await show('checks')
  const c3 = await page.waitForSelector('.finding[data-check="C3"]')
  assert(/表六 合计 .* 与 表五 基本支出合计 .* 不符，相差 -100\.00/.test((await c3.textContent()) ?? ''), `C3 message: ${await c3.textContent()}`)
})

await step('clicking a finding in 审核 jumps to its table and focuses the cell', async () => {
  await page.click('.finding[data-check="C3"]')
  await page.waitForSelector('.table-grid[data-table="t6"]')
  await page.waitForFunction(() => document.activeElement?.closest('.ag-row')?.getAttribute('row-id') === 'total')
  const col = await page.evaluate(() => document.activeElement?.getAttribute('col-id'))
  equal(col, 'total', 'focused column')
})

await step('an invalid entry is refused at the cell and changes nothing', async () => {
  await show('t5')
  await clickCell('s:2080506', 'basic')
  await page.keyboard.type('abc')
  await page.keyboard.press('Enter')
  const err = await page.waitForSelector('.money-editor-error')
  assert(((await err.textContent()) ?? '').includes('请输入数字'), `message: ${await err.textContent()}`)
  await page.keyboard.press('Escape')
  await page.waitForSelector('.money-editor', { state: 'detached' })
  equal(await text('s:2080506', 'basic'), '36.00', 'value after a refused entry')
})

await step('F2 edits keeping the content; Esc cancels', async () => {
  await clickCell('s:2080506', 'basic')
  await page.keyboard.press('F2')
  const input = await page.waitForSelector('.money-editor-input')
  equal(await input.inputValue(), '36', 'editor content')
  await page.keyboard.press('Escape')
  equal(await text('s:2080506', 'basic'), '36.00', 'value after Esc')
})

await step('Delete clears a typed cell; Ctrl+Z brings it back', async () => {
  await clickCell('s:2080506', 'basic')
  await page.keyboard.press('Delete')
  await waitText('s:2080506', 'basic', '')
  await page.keyboard.press('Control+z')
  await waitText('s:2080506', 'basic', '36.00')
})

await step('pasting a 3×2 block from Excel fills 基本/项目 of three 项 as one step', async () => {
  await clickCell('s:2080502', 'basic')
  await clipboardEvent('paste', '1\t2\r\n3,000\t4.5\r\n5\t6\r\n')
  await waitText('s:2080502', 'basic', '1.00')
  equal(await text('s:2080502', 'project'), '2.00', '2080502 项目')
  equal(await text('s:2080505', 'basic'), '3,000.00', '2080505 基本')
  equal(await text('s:2080505', 'project'), '4.50', '2080505 项目')
  equal(await text('s:2080506', 'basic'), '5.00', '2080506 基本')
  equal(await text('s:2080506', 'project'), '6.00', '2080506 项目')
  equal(await text('s:20805', 'total'), '3,018.50', '款 20805 合计')
  await toastText(/已粘贴 6 个单元格/)
})

await step('undo takes the whole paste back in one step, redo puts it back', async () => {
  await page.keyboard.press('Control+z')
  await waitText('s:2080505', 'basic', '527.75')
  equal(await text('s:2080502', 'basic'), '22.26', '2080502 基本 after undo')
  equal(await text('s:2080506', 'project'), '', '2080506 项目 after undo')
  await page.keyboard.press('Control+y')
  await waitText('s:2080505', 'basic', '3,000.00')
  equal(await text('s:2080506', 'project'), '6.00', '2080506 项目 after redo')
  await page.keyboard.press('Control+Shift+Z')
  await toastText(/没有可恢复的操作/)
})

await step('a paste with text that is not a number changes nothing and names the cell', async () => {
  await clickCell('s:2080502', 'basic')
  await clipboardEvent('paste', '9\t9\r\nabc\t9\r\n')
  const t = await toastText(/未粘贴任何内容/)
  assert(t.includes('2080505') && t.includes('基本支出') && t.includes('abc'), `message: ${t}`)
  equal(await text('s:2080502', 'basic'), '1.00', 'unchanged after a bad paste')
})

await step('a paste running past the table is applied where it fits and reported', async () => {
  await clickCell('s:2080506', 'project')
  await clipboardEvent('paste', '7\t8\t9\r\n')
  await waitText('s:2080506', 'project', '7.00')
  await toastText(/2 个单元格超出表格范围/)
  await page.keyboard.press('Control+z')
  await waitText('s:2080506', 'project', '6.00')
})

await step('shift+arrows select a block; Ctrl+C copies it as plain TSV', async () => {
  await clickCell('s:2080502', 'basic')
  await page.keyboard.press('Shift+ArrowDown')
  await page.keyboard.press('Shift+ArrowDown')
  await page.keyboard.press('Shift+ArrowRight')
  assert(await hasClass('s:2080505', 'basic', 'cell-selected'), 'the block is not highlighted')
  const copied = await clipboardEvent('copy', null)
  equal(copied, '1.00\t2.00\r\n3000.00\t4.50\r\n5.00\t6.00\r\n', 'copied TSV')
})

await step('dragging with the mouse selects the same block; Ctrl+C copies it', async () => {
  await reveal(cellSel('s:2080506', 'project'))
  const from = await page.locator(cellSel('s:2080502', 'basic')).boundingBox()
  const to = await page.locator(cellSel('s:2080506', 'project')).boundingBox()
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2)
  await page.mouse.down()
  await page.mouse.move(to.x + to.width / 2, to.y + to.height / 2, { steps: 6 })
  await page.mouse.up()
  assert(await hasClass('s:2080505', 'project', 'cell-selected'), 'the dragged block is not highlighted')
  const copied = await clipboardEvent('copy', null)
  equal(copied, '1.00\t2.00\r\n3000.00\t4.50\r\n5.00\t6.00\r\n', 'copied TSV')
})

await step('添加科目 by code: the 项 appears with its 类 and 款 rows', async () => {
  await page.click('.table-toolbar button:has-text("添加科目")')
  await page.waitForSelector('[data-dialog="subject"]')
  await page.fill('[data-dialog="subject"] input.search', '2010601')
  await page.keyboard.press('Enter')
  await page.waitForSelector('[data-dialog="subject"]', { state: 'detached' })
  equal(await text('s:2010601', 'name'), '行政运行', 'new 项')
  equal(await text('s:20106', 'name'), '财政事务', 'its 款')
  equal(await text('s:201', 'name'), '一般公共服务支出', 'its 类')
})

await step('添加科目 by name: each hit names the 类 and 款 it opens, those the book uses listed first', async () => {
  await page.click('.table-toolbar button:has-text("添加科目")')
  await page.waitForSelector('[data-dialog="subject"]')
  await page.fill('[data-dialog="subject"] input.search', '行政运行')
  const hits = await page.$$eval('[data-dialog="subject"] .pick-list li[role="option"]', (lis) => lis.map((li) => ({ code: li.querySelector('.code')?.textContent ?? '', where: li.querySelector('.pick-where')?.textContent ?? '' })))
  assert(hits.length > 1, `hits: ${JSON.stringify(hits)}`)
  for (const h of hits) assert(h.where.includes(' · '), `类 · 款 of ${h.code}: ${h.where}`)
  const used = await page.$$eval('.table-grid .ag-row[row-id^="s:"]', (rows) => rows.map((r) => (r.getAttribute('row-id') ?? '').slice(2)).filter((c) => c.length === 5))
  const near = hits.map((h) => used.includes(h.code.slice(0, 5)))
  assert(near.indexOf(false) === -1 || near.slice(near.indexOf(false)).every((x) => !x), `the book's 款 first: ${JSON.stringify(hits.map((h, i) => [h.code, near[i]]))}`)
  await shot('subject-picker-by-name')
  await page.keyboard.press('Escape')
  await page.waitForSelector('[data-dialog="subject"]', { state: 'detached' })
})

await step('添加科目 with a code the catalog lacks asks for its name', async () => {
  await page.click('.table-toolbar button:has-text("添加科目")')
  await page.fill('[data-dialog="subject"] input.search', '2139988')
  await page.fill('[data-dialog="subject"] input[aria-label="科目名称"]', '其他农业试点支出')
  await page.fill('[data-dialog="subject"] input[aria-label="款名称"]', '其他农林水支出')
  await page.click('[data-dialog="subject"] button.primary')
  equal(await text('s:2139988', 'name'), '其他农业试点支出', 'named 项')
  equal(await text('s:21399', 'name'), '其他农林水支出', 'named 款')
  await typeInto('s:2139988', 'basic', '12.5')
  await waitText('s:2139988', 'basic', '12.50')
})

await step('删除行: an empty row goes without asking; a row with money asks first', async () => {
  await clickCell('s:2010601', 'name')
  await page.click('.table-toolbar button:has-text("删除行")')
  await page.waitForSelector(cellSel('s:2010601', 'name'), { state: 'detached' })
  await page.keyboard.press('Control+z')
  await page.waitForSelector(cellSel('s:2010601', 'name'))
  await clickCell('s:2139988', 'name')
  await page.click('.table-toolbar button:has-text("删除行")')
  await page.waitForSelector('[data-dialog="ask"]')
  await page.click('[data-dialog="ask"] [data-answer="cancel"]')
  equal(await text('s:2139988', 'basic'), '12.50', 'kept after cancelling')
})

let projectRow = ''
await step('添加项目 in 表十二 and type its amount', async () => {
  await show('t12')
  const deptBefore = await amount('dept', 'gp')
  await page.click('.table-toolbar button:has-text("添加项目")')
  await page.waitForSelector('[data-dialog="project"]')
  await page.fill('[data-dialog="project"] input[aria-label="项目名称"]', '测试新项目')
  await page.click('[data-dialog="project"] button.primary')
  const byName = '.table-grid .ag-row:has(.ag-cell[col-id="name"]:text-is("测试新项目"))'
  await reveal('.table-grid .ag-cell[col-id="name"]', '测试新项目')
  const row = await page.waitForSelector(byName)
  projectRow = (await row.getAttribute('row-id')) ?? ''
  assert(projectRow.startsWith('p:'), `project row id ${projectRow}`)
  await typeInto(projectRow, 'gp', '50')
  await waitText(projectRow, 'gp', '50.00')
  equal(await text(projectRow, 'total'), '50.00', 'project 合计')
  equal(await amount('dept', 'gp'), deptBefore + 5000n, '部门 row')
})

await step('screenshots of 表一, 表三, 表六, 表十二 and 审核', async () => {
  await shot('t12')
  await show('t1')
  await shot('t1')
  await show('t3')
  await shot('t3')
  await show('t6')
  await shot('t6')
  await page.evaluate(() => window.__menu('view-checks'))
  await page.waitForSelector('.checks-pane')
  await shot('checks')
})

const ysb = join(TMP, '孝义市城市管理局2026年预算.ysb')
await step('保存 asks where (the book came from .xlsx) and writes the .ysb', async () => {
  script.save.push(ysb)
  await page.click('[data-cmd="save"]')
  await toastText(/已保存/)
  await page.waitForSelector('.doc-state .saved')
  equal(script.documentStates.at(-1).dirty, false, 'dirty after save')
  const json = JSON.parse(await readFile(ysb, 'utf8'))
  assert(json && typeof json === 'object', 'the .ysb is not JSON')
})

await step('reopening the .ysb finds everything', async () => {
  await reopen(ysb)
  await show('t5')
  equal(await text('s:2080505', 'basic'), '3,000.00', '表五 2080505 基本')
  equal(await text('s:2080502', 'project'), '2.00', '表五 2080502 项目')
  equal(await text('s:2010601', 'name'), '行政运行', 'added subject')
  equal(await text('s:2139988', 'basic'), '12.50', 'unknown subject with amount')
  await show('t12')
  equal(await text(projectRow, 'name'), '测试新项目', 'project name')
  equal(await text(projectRow, 'gp'), '50.00', 'project amount')
  equal(script.documentStates.at(-1).dirty, false, 'dirty after reopening')
})

const xlsx = join(TMP, 'export.xlsx')
await step('导出Excel warns about open errors, writes the workbook, and it reads back', async () => {
  script.save.push(xlsx)
  await page.click('[data-cmd="export-xlsx"]')
  await page.waitForSelector('[data-dialog="ask"]')
  await page.click('[data-dialog="ask"] [data-answer="export"]')
  await toastText(/已导出/)
  const { default: ExcelJS } = await import('exceljs')
  const wb = new ExcelJS.Workbook()
  await wb.xlsx.readFile(xlsx)
  const valueOf = (c) => (c.value && typeof c.value === 'object' && 'result' in c.value ? c.value.result : c.value)
  let sheet
  wb.eachSheet((ws) => {
    let title = ''
    ws.eachRow((row) => row.eachCell((c) => { if (typeof c.value === 'string' && c.value.includes('一般公共预算支出预算表')) title = c.value }))
    if (title && !sheet) sheet = ws
  })
  assert(sheet, 'no 表五 sheet in the workbook')
  let found
  sheet.eachRow((row) => {
    const cells = []
    row.eachCell({ includeEmpty: true }, (c) => cells.push(valueOf(c)))
    if (cells.some((v) => String(v).trim() === '2080505')) found = cells
  })
  assert(found, '2080505 is not in the exported 表五')
  assert(found.some((v) => v === 3000 || v === '3000.00' || v === '3,000.00'), `exported row: ${JSON.stringify(found)}`)
  // 000.xlsx printed its headlines with a 尾差: published from the app, the book now compares with what it printed (to save).
  await toastText(/今后结转按本次导出印出的总数比较上年数，请保存预算书/)
  await page.waitForSelector('.doc-state .dirty')
  await page.click('[data-cmd="save"]')
  await page.waitForSelector('.doc-state .dirty', { state: 'detached' })
})

await step('结转 rolls the saved book forward to next year, keeping amounts, as an unsaved book', async () => {
  script.open.push(ysb)
  await page.click('[data-cmd="roll-forward"]')
  await page.waitForSelector('[data-dialog="ask"]')
  await page.click('[data-dialog="ask"] [data-answer="keep"]')
  await toastText(/结转为 2027 年预算（尚未保存）/)
  await page.waitForSelector('.doc-state .dirty')
  await show('t5')
  const title = await page.textContent('.table-title')
  assert(title?.startsWith('2027年'), `title after roll forward: ${title}`)
  equal(script.documentStates.at(-1).dirty, true, 'a rolled book is unsaved')
})

await step('a derived cell explains its formula in a tooltip', async () => {
  await reveal(cellSel('total', 'total'))
  const box = await page.locator(cellSel('total', 'total')).boundingBox()
  await page.mouse.move(box.x + 5, box.y + 5)
  await page.mouse.move(box.x + 12, box.y + 8, { steps: 4 })
  const tip = await page.waitForSelector('.ag-tooltip', { timeout: 4000 })
  equal((await tip.textContent())?.trim(), '计算：= 各类之和', 'tooltip')
  await page.mouse.move(1, 1)
})

await step('基本信息: renaming the department updates the window title through main', async () => {
  await show('info')
  await page.fill('.info-pane input[aria-label="部门名称"]', '孝义市城市管理局（测试）')
  await page.keyboard.press('Enter')
  await page.waitForFunction(() => document.querySelector('.doc-name')?.textContent?.includes('（测试）'))
  equal(script.documentStates.at(-1).title, '孝义市城市管理局（测试）2027年预算 - 预算公开表', 'window title')
  await page.click('.pane-title')
  await page.evaluate(() => window.__menu('undo'))
  await page.waitForFunction(() => !document.querySelector('.doc-name')?.textContent?.includes('（测试）'))
  equal(script.documentStates.at(-1).title, '孝义市城市管理局2027年预算 - 预算公开表', 'window title after undo')
})

await step('金额单位 万元 → 元 converts every amount exactly (one undo step); zoom scales the grid', async () => {
  await page.selectOption('.info-pane select[aria-label="金额单位"]', '元')
  await show('t5')
  equal(await page.textContent('.table-unit'), '单位：元', 'unit label')
  equal(await text('s:2080505', 'basic'), '30,000,000.00', '3,000.00 万元 in 元')
  await page.keyboard.press('Control+z')
  await page.waitForSelector('.info-pane') // undo shows where the edit was made
  await show('t5')
  await waitText('s:2080505', 'basic', '3,000.00')
  const height = () => page.$eval(cellSel('s:2080505', 'basic'), (el) => el.closest('.ag-row').getBoundingClientRect().height)
  const before = await height()
  await page.evaluate(() => window.__menu('view-zoom-in'))
  await page.waitForFunction((h) => document.querySelector('.table-grid .ag-row[row-id="s:2080505"]')?.getBoundingClientRect().height > h, before)
  await page.evaluate(() => window.__menu('view-zoom-reset'))
})

await step('元 book: 万元预览 shows the balanced tables read-only (舍位平衡), 返回录入 goes back', async () => {
  await show('info')
  await page.selectOption('.info-pane select[aria-label="金额单位"]', '元')
  await show('t5')
  // Three 项 of 3,333 元: each rounds to 0.33 万元 on its own, but their 款 is 9,999 元 = 1.00 万元.
  for (const row of ['s:2080502', 's:2080505', 's:2080506']) await typeInto(row, 'basic', '3333')
  await waitText('s:20805', 'basic', '9,999.00')
  await page.click('.preview-toggle')
  await page.waitForSelector('.preview-banner')
  equal(await page.textContent('.table-unit'), '单位：万元（公开数预览）', 'unit label in preview')
  await waitText('s:20805', 'basic', '1.00')
  const items = [await amount('s:2080502', 'basic'), await amount('s:2080505', 'basic'), await amount('s:2080506', 'basic')]
  equal(items.reduce((a, b) => a + b, 0n), 100n, 'the printed 项 add up to the printed 款')
  equal(items.filter((c) => c === 34n).length, 1, 'exactly one 项 carries the adjustment')
  assert(await page.$('.table-grid .ag-cell.cell-warning'), 'the adjusted cell is marked')
  // Marked cells stay in their columns (two marks in one row once pushed the second sideways).
  const offsets = await page.evaluate(() => [...document.querySelectorAll('.table-grid .ag-row[row-id="s:2080502"] .ag-cell')].map((el) => {
    const header = document.querySelector(`.table-grid .ag-header-cell[col-id="${el.getAttribute('col-id')}"]`)
    return Math.round(el.getBoundingClientRect().left - (header?.getBoundingClientRect().left ?? NaN))
  }))
  equal(JSON.stringify(offsets), JSON.stringify(offsets.map(() => 0)), 'cells sit under their headers')
  // Read-only: typing into an input cell changes nothing.
  await clickCell('s:2080502', 'basic')
  await page.keyboard.type('5')
  await page.keyboard.press('Enter')
  equal(await page.$('.ag-cell-inline-editing'), null, 'no editor opens in the preview')
  await waitText('s:20805', 'basic', '1.00')
  await page.click('.preview-toggle')
  await page.waitForSelector('.preview-banner', { state: 'detached' })
  equal(await page.textContent('.table-unit'), '单位：元', 'unit label after 返回录入')
  await waitText('s:2080502', 'basic', '3,333.00')
  // Leaving the published tables (here for 基本信息) also returns to entering: edits work there.
  await page.click('.preview-toggle')
  await page.waitForSelector('.preview-banner')
  await show('info')
  await show('t5')
  equal(await page.$('.preview-banner'), null, 'the preview ended on leaving the tables')
  await waitText('s:2080502', 'basic', '3,333.00')
  // Leave the book as it was for the steps after this one: three amounts and the unit change.
  for (let i = 0; i < 4; i++) await page.evaluate(() => window.__menu('undo'))
})

await step('a crash-recovery copy is offered on start: 恢复 loads it as unsaved', async () => {
  const opened = await handlers.openPath(ysb)
  // The first page has unsaved edits: its 30 s autosave would replace the copy this step writes
  // if it fell between the write and the second page's start (seen on a loaded machine). The
  // pages reach main by channel name at call time, so hold their recovery writes for the step.
  const writeRecovery = handlers.writeRecovery
  handlers.writeRecovery = async () => undefined
  try {
    await writeRecovery({ ...opened.book, department: '恢复测试局' }, ysb)
    const second = await app.context.newPage()
    await second.goto(server.url)
    await second.waitForSelector('[data-dialog="ask"]')
    await second.click('[data-dialog="ask"] [data-answer="restore"]')
    await second.waitForSelector('.doc-state .dirty')
    const name = await second.textContent('.doc-name')
    assert(name?.includes('恢复测试局'), `restored book: ${name}`)
    await second.close()
  } finally {
    handlers.writeRecovery = writeRecovery
  }
  await handlers.clearRecovery()
})

await step('导入科目目录 (基本信息): a catalog naming 2139988 clears its C9 finding, as one undo step', async () => {
  /** Wait until 审核 lists `n` C9 findings about 2139988. */
  const c9 = async (n, when) => {
    await show('checks')
    const has = (count) => [...document.querySelectorAll('.finding[data-check="C9"]')].filter((f) => f.textContent?.includes('2139988')).length === count
    await page.waitForFunction(has, n, { timeout: 4000 }).catch(() => {
      throw new Error(`expected ${n} C9 finding(s) for 2139988 ${when}`)
    })
  }
  await c9(1, 'before the import')
  // As a 财政局 sends it: a UTF-8 CSV with a BOM, a header, and one row the reader cannot use.
  const csv = join(TMP, '支出功能分类科目.csv')
  await writeFile(csv, '\ufeff科目编码,科目名称\r\n213,农林水支出\r\n21399,其他农林水支出\r\n2139988,其他农业试点支出\r\n2139,四位编码\r\n')
  await show('info')
  const known = async () => Number(/另知道 (\d+) 个/.exec((await page.textContent('.catalog-counts')) ?? '')?.[1])
  const knownBefore = await known()
  assert(Number.isInteger(knownBefore), `基本信息 does not say how many subjects the book knows: ${knownBefore}`)
  script.open.push(csv)
  await page.click('[data-cmd="import-catalog"]')
  await toastText(/^已导入 3 个科目\n另有 1 行未能读取：第 5 行的编码“2139”/)
  equal(script.requests.at(-1).title, '导入科目目录', 'dialog title')
  await page.waitForFunction((n) => document.querySelector('.catalog-counts')?.textContent?.includes(`另知道 ${n} 个`), knownBefore + 2)
  await c9(0, 'after the import')
  await page.evaluate(() => window.__menu('undo'))
  await c9(1, 'after undo')
  await page.evaluate(() => window.__menu('redo'))
  await c9(0, 'after redo')
})

await step('no errors in the page', async () => {
  equal(app.errors.length, 0, `page errors ${JSON.stringify(app.errors)}`)
})

await finish()
