// 汇总 in the app, as a 部门 clerk works: the department book is open; three units return
// their fill-in workbooks; 文件 → 汇总单位文件… reads all three and the department tables add
// them up, with the report per file; one unit corrects its file, it is read again, and only
// that unit's figures change (one undo step takes the correction back).
import { join } from 'node:path'
import { readFile, writeFile } from 'node:fs/promises'
import { startSession, assert, equal } from './clerk.mjs'
import { importTs } from './harness.mjs'
import { unitReturns } from './unit-returns.mjs'

const { TMP, page, script, step, finish, show, amount, text, waitText, shot } = await startSession('consolidate')
const { truth, deptPath, fill, files } = await unitReturns(TMP)

async function closeReport() {
  await page.click('[data-dialog="consolidation-report"] button.primary')
  await page.waitForSelector('[data-dialog="consolidation-report"]', { state: 'detached' })
}

await step('the department book opens with its units and no amounts', async () => {
  script.open.push(deptPath)
  await page.click('[data-cmd="open"]')
  await show('t12')
  equal(await amount('dept', 'total'), 0n, '表十二 部门合计 before 汇总')
})

await step('生成填报表 for one unit writes that unit’s workbook', async () => {
  await page.evaluate(() => window.__menu('issue-template'))
  await page.waitForSelector('[data-dialog="template"]')
  await page.selectOption('[data-dialog="template"] select', 'u2')
  await shot('template-dialog')
  const out = join(TMP, '下发-测试中心.xlsx')
  script.save.push(out)
  await page.click('[data-dialog="template"] button.primary')
  await page.waitForSelector('[data-dialog="template"]', { state: 'detached' })
  const { readTemplateFile } = await importTs('electron/xlsx/template.ts')
  let read
  for (let i = 0; i < 40 && !read; i++) read = await readFile(out).then(readTemplateFile, () => page.waitForTimeout(100).then(() => undefined))
  equal(read?.identity?.unit?.name, '孝义市测试中心', 'the unit of the workbook')
  equal(read.book.projects.map((p) => p.name).join('、'), '项目乙、结转甲', 'its projects only')
})

await step('汇总 of three unit files: the report lists each, the tables add them up', async () => {
  script.openMany.push(files)
  await page.evaluate(() => window.__menu('consolidate'))
  const dialog = await page.waitForSelector('[data-dialog="consolidation-report"]')
  const statuses = await dialog.$$eval('[data-entry]', (els) => els.map((e) => `${e.getAttribute('data-entry')}:${e.getAttribute('data-status')}`))
  equal(JSON.stringify(statuses), JSON.stringify(truth.units.map((u) => `${u.name}.xlsx:accepted`)), 'report entries')
  await shot('consolidation-report')
  await closeReport()
  await show('t12')
  // 项目甲 20+3, 项目乙 50+6, 项目丙 12 (万元): 91.00; each unit keeps its own row. 表二 一般公共预算: 基本 138 + 项目 20.
  equal(await amount('dept', 'total'), 9100n, '表十二 部门合计')
  equal(await amount('u:u2', 'total'), 5600n, '表十二 孝义市测试中心')
  equal(await text('u:u3', 'name'), '孝义市测试站', '表十二 unit row')
  await show('t2')
  equal(await amount('total', 'gp'), 15800n, '表二 合计 一般公共预算')
  await show('t11')
  equal(await amount('u:u3', 'gp'), 500n, '表十一 孝义市测试站')
})

await step('a corrected file of one unit replaces that unit only; undo takes it back', async () => {
  const u2 = truth.units[1]
  const corrected = truth.projects.map((p) => (p.id === 'p2' ? { ...p, amounts: { gf: '70', sp: '6' } } : p))
  await fill(files[1], u2, corrected)
  script.openMany.push([files[1]])
  await page.evaluate(() => window.__menu('consolidate'))
  const dialog = await page.waitForSelector('[data-dialog="consolidation-report"]')
  equal(await dialog.$eval('[data-entry]', (e) => e.getAttribute('data-status')), 'replaced', 'status of the corrected file')
  assert((await dialog.textContent()).includes('替换此前汇总的文件'), 'the report says what was replaced')
  await closeReport()
  await show('t12')
  equal(await amount('u:u2', 'total'), 7600n, '表十二 孝义市测试中心 after correction')
  equal(await amount('u:u1', 'total'), 2300n, '表十二 孝义市测试局 unchanged')
  equal(await amount('dept', 'total'), 11100n, '表十二 部门合计 follows')
  await shot('consolidation-after-correction')
  await page.evaluate(() => window.__menu('undo'))
  // Undo returns to the table the 汇总 was made on (表十一); the figures are what 表十二 shows.
  await show('t12')
  await waitText('u:u2', 'total', '56.00')
  equal(await amount('dept', 'total'), 9100n, '表十二 部门合计 after undo')
})

await step('a file with text in an amount cell is refused by cell and changes nothing', async () => {
  const ExcelJS = (await import('exceljs')).default
  const wb = new ExcelJS.Workbook()
  await wb.xlsx.load(await readFile(files[2]))
  const ws = wb.getWorksheet('本年项目')
  ws.eachRow((row) => { if (row.getCell(1).value === 'p:p3') row.getCell(7).value = '十二' })
  const bad = join(TMP, '退回.xlsx')
  await writeFile(bad, Buffer.from(await wb.xlsx.writeBuffer()))
  script.openMany.push([bad])
  await page.evaluate(() => window.__menu('consolidate'))
  const dialog = await page.waitForSelector('[data-dialog="consolidation-report"]')
  equal(await dialog.$eval('[data-entry]', (e) => e.getAttribute('data-status')), 'refused', 'status')
  const body = await dialog.textContent()
  assert(/本年项目 [A-Z]+\d+：“国有资本经营预算”填的是文字“十二”/.test(body), `refusal by cell: ${body}`)
  await closeReport()
  await show('t12')
  equal(await amount('u:u3', 'total'), 1200n, '表十二 孝义市测试站 unchanged')
})

await finish()
