// End to end, one grid for every table: switching tables swaps the grid's columns and rows
// (renderer/grid/useGridContent.ts) instead of building a new grid, and the header rows get their
// heights from the header font (renderer/grid/header-heights.ts). A table shown again starts at its
// first row with nothing selected, a table whose row ids the previous one also had shows its own
// rows and columns, and a header text that wraps still gets the room of two lines.
// Screenshots: .e2e-tmp/table-switch/{t12,t9}.png.
import { join } from 'node:path'
import { readFile } from 'node:fs/promises'
import { startSession, assert, equal, ROOT } from './clerk.mjs'
import { importTs } from './harness.mjs'

const { TMP, page, script, step, finish, show, clickCell } = await startSession('table-switch')
const { readWorkbookFile } = await importTs('electron/xlsx/read-any.ts')
const { Derivation } = await importTs('shared/engine/derivation.ts')
const { tableDef } = await importTs('shared/tables/index.ts')

const xlsx = join(ROOT, 'test/fixtures/000.xlsx')
const derivation = new Derivation((await readWorkbookFile(await readFile(xlsx), '000.xlsx')).book)

const viewport = () => page.$eval('.table-grid .ag-grid-viewport', (vp) => vp.scrollTop)
const renderedRowIds = () => page.$$eval('.table-grid .ag-grid-scrolling-container .ag-row', (rows) =>
  rows.map((r) => [Number(r.getAttribute('row-index')), r.getAttribute('row-id')]).sort((a, b) => a[0] - b[0]).map((r) => r[1]))
const headerColIds = () => page.$$eval('.table-grid .ag-header-cell[col-id]', (cells) => cells.map((c) => c.getAttribute('col-id')))

await step('the fixture opens', async () => {
  script.open.push(xlsx)
  await page.click('[data-cmd="open"]')
  await page.click('[data-dialog="import-report"] button.primary')
  await page.waitForSelector('[data-dialog="import-report"]', { state: 'detached' })
})

await step('表十二 scrolled down with a block selected: after 表五 and back it starts at its first row, nothing selected', async () => {
  await show('t12')
  await page.$eval('.table-grid .ag-grid-viewport', (vp) => { vp.scrollTop = 200 })
  await page.waitForFunction(() => document.querySelector('.table-grid .ag-grid-viewport').scrollTop > 0)
  const rows = await renderedRowIds()
  const [, first] = tableDef('t12').columns.map((c) => c.id)
  await clickCell(rows[10], first)
  await page.keyboard.press('Shift+ArrowDown')
  await page.keyboard.press('Shift+ArrowRight')
  assert((await page.$$('.table-grid .cell-selected')).length >= 2, 'a block is selected in 表十二')
  await show('t5')
  equal(await viewport(), 0, '表五 starts at the top')
  await show('t12')
  await page.waitForSelector('.table-grid[data-table="t12"] .ag-row[row-id="dept"]')
  equal(await viewport(), 0, '表十二 starts at the top again')
  equal((await page.$$('.table-grid .cell-selected')).length, 0, 'no cell is selected')
  equal(await page.evaluate(() => !!document.activeElement?.closest('.ag-cell')), false, 'no cell has the focus')
  await page.screenshot({ path: join(TMP, 't12.png') })
})

await step('表五 then 表八 (both have a 合计 row and subject rows): the grid shows 表八’s own rows and columns', async () => {
  await show('t5')
  await show('t8')
  const expected = derivation.layouts.get('t8').map((r) => r.id)
  const shown = await renderedRowIds()
  equal(JSON.stringify(shown), JSON.stringify(expected.slice(0, shown.length)), '表八’s first rows in order')
  equal(JSON.stringify(await headerColIds()), JSON.stringify(tableDef('t8').columns.map((c) => c.id)), '表八’s columns')
})

await step('表九’s header 国有资本经营收入预算 wraps onto two lines, shown whole, and its header row is as high as it needs', async () => {
  await show('t9')
  const cell = await page.$$eval('.table-grid .ag-header-cell', (cells) => {
    const c = cells.find((el) => el.textContent.trim() === '国有资本经营收入预算')
    const label = c?.querySelector('.ag-header-cell-text')
    return c && label ? { height: c.getBoundingClientRect().height, text: label.getBoundingClientRect().height, lines: Math.round(label.getBoundingClientRect().height / 16.25) } : null
  })
  assert(cell, 'the header cell is rendered')
  equal(cell.lines, 2, 'two lines of text')
  assert(cell.height >= cell.text + 10, `the cell (${cell.height}px) holds its text (${cell.text}px) and padding`)
  // As when the grid measured every header: the row of column headers is as high as that text needs.
  const row = await page.$$eval('.table-grid .ag-header-cell', (cells) => cells.find((el) => el.textContent.trim() === '收入科目编码')?.getBoundingClientRect().height)
  assert(row >= cell.text + 10, `the last header row (${row}px) is as high as the wrapped text (${cell.text}px) and its padding`)
  await page.screenshot({ path: join(TMP, 't9.png') })
})

await step('no header text of any table is cut off (zoomed in and out too)', async () => {
  const views = await page.$$eval('[data-view]', (els) => els.map((e) => e.getAttribute('data-view')).filter((v) => /^t\d+$|^detail$/.test(v)))
  const cut = []
  for (const zoom of ['view-zoom-reset', 'view-zoom-out', 'view-zoom-in']) {
    await page.evaluate((z) => { window.__menu('view-zoom-reset'); if (z !== 'view-zoom-reset') { window.__menu(z); window.__menu(z) } }, zoom)
    for (const view of views) {
      await show(view)
      await page.waitForTimeout(100)
      cut.push(...(await page.$$eval('.table-grid .ag-header-cell, .table-grid .ag-header-group-cell', (cells, where) => cells.flatMap((c) => {
        const text = c.querySelector('.ag-header-cell-text, .ag-header-group-text')
        if (!text?.textContent) return []
        const box = c.getBoundingClientRect(), t = text.getBoundingClientRect()
        // A line hidden by the label's overflow (glyphs reaching past a 1.25 line-height are not one).
        const style = getComputedStyle(text)
        const line = parseFloat(style.lineHeight) || parseFloat(style.fontSize) * 1.45
        const hidden = text.scrollHeight - text.clientHeight > line / 2
        return t.top >= box.top - 0.5 && t.bottom <= box.bottom + 0.5 && !hidden ? [] : [`${where}: ${text.textContent}`]
      }), `${view} ${zoom}`)))
    }
  }
  await page.evaluate(() => window.__menu('view-zoom-reset'))
  equal(cut.join('; '), '', 'header texts cut off')
})

await step('表十二 scrolled to its end in a window too narrow for its columns shows its last row whole: no scrollbar strip paints over it', async () => {
  const size = page.viewportSize()
  await page.setViewportSize({ width: 1280, height: 800 })
  await show('t12')
  equal(await page.$eval('.table-grid .ag-body-horizontal-scroll-viewport', (vp) => vp.scrollWidth > vp.clientWidth), true, 'the columns overflow: a horizontal scrollbar')
  await page.$eval('.table-grid .ag-grid-viewport', (vp) => { vp.scrollTop = vp.scrollHeight })
  await page.waitForFunction(() => { const vp = document.querySelector('.table-grid .ag-grid-viewport'); return vp.scrollTop + vp.clientHeight >= vp.scrollHeight - 1 })
  await page.waitForTimeout(200)
  const last = await page.evaluate(() => {
    const rows = [...document.querySelectorAll('.table-grid .ag-grid-scrolling-container .ag-row')]
    const row = rows.sort((a, b) => Number(b.getAttribute('row-index')) - Number(a.getAttribute('row-index')))[0]
    const cell = row.querySelector('.ag-cell[col-id="total"]')
    const box = cell.getBoundingClientRect()
    // What a clerk sees at the middle of the last row's 合计 and just above its bottom edge.
    const at = (y) => document.elementFromPoint(box.left + box.width / 2, y)?.closest('.ag-row') === row
    return { id: row.getAttribute('row-id'), middle: at(box.top + box.height / 2), bottom: at(box.bottom - 3) }
  })
  const layout = derivation.layouts.get('t12').filter((r) => r.printAlways || Object.values(r.cells).some((c) => c && derivation.value(c.ref)))
  equal(last.id, layout.at(-1).id, 'the last row rendered is the table’s last')
  assert(last.middle && last.bottom, `the last row is seen whole, not under a strip: ${JSON.stringify(last)}`)
  await page.setViewportSize(size)
})

await finish()
