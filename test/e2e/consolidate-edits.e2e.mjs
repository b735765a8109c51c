// 汇总 again after the department worked on the consolidated book: the clerk corrects 表五,
// 表十二 and 表十一 figures of the 局 by hand, switches 金额单位 to 元, and one unit re-sends its
// corrected (万元) fill-in workbook. Only that unit's figures change; the other units are
// exactly ×10,000 in 元; every hand edit survives and the report lists it. Then files that do
// not belong: another department's .ysb is refused and changes nothing; one undo takes the re-send back.
import { join } from 'node:path'
import { startSession, assert, equal } from './clerk.mjs'
import { unitReturns } from './unit-returns.mjs'

const { TMP, page, script, step, finish, show, amount, text, typeInto, waitText, shot } = await startSession('consolidate-edits')
const { truth, deptPath, share, fill, files, writeNative } = await unitReturns(TMP)
async function consolidate(paths) {
  script.openMany.push(paths)
  await page.evaluate(() => window.__menu('consolidate'))
  return page.waitForSelector('[data-dialog="consolidation-report"]')
}
async function closeReport() {
  await page.click('[data-dialog="consolidation-report"] button.primary')
  await page.waitForSelector('[data-dialog="consolidation-report"]', { state: 'detached' })
}

await step('汇总 of three units, then the department corrects 表五, 表十二, 表十一 by hand', async () => {
  script.open.push(deptPath)
  await page.click('[data-cmd="open"]')
  await show('t12')
  await consolidate(files)
  await closeReport()
  await show('t5')
  equal(await amount('s:2010101', 'basic'), 10000n, '表五 2010101 基本 from the 局')
  await typeInto('s:2010101', 'basic', '110')
  await waitText('s:2010101', 'basic', '110.00')
  await show('t12')
  await typeInto('p:p1', 'gp', '25')
  await waitText('p:p1', 'gp', '25.00')
  await show('t11')
  await typeInto('u:u1', 'gp', '12')
  await waitText('u:u1', 'gp', '12.00')
})

await step('金额单位 → 元, then one unit re-sends: others ×10,000, hand edits kept and listed', async () => {
  await show('info')
  await page.selectOption('.info-pane select[aria-label="金额单位"]', '元')
  const u2 = truth.units[1]
  const corrected = truth.projects.map((p) => (p.id === 'p2' ? { ...p, amounts: { gf: '70', sp: '6' } } : p))
  await fill(files[1], u2, corrected)
  const dialog = await consolidate([files[1]])
  equal(await dialog.$eval('[data-entry]', (e) => e.getAttribute('data-status')), 'replaced', 'the corrected file replaces its unit')
  const kept = await dialog.$$eval('.consolidation-edits li[data-kept="true"]', (els) => els.map((e) => e.textContent))
  equal(kept.length, 3, `hand edits listed as kept: ${kept.join(' | ')}`)
  assert(kept.some((t) => t.startsWith('保留表五') && t.includes('基本支出：1,100,000.00（')), `表五 edit: ${kept.join(' | ')}`)
  assert(kept.some((t) => t.startsWith('保留表十二') && t.includes('项目甲') && t.includes('250,000.00')), `表十二 edit: ${kept.join(' | ')}`)
  assert(kept.some((t) => t.startsWith('保留表十一') && t.includes('孝义市测试局') && t.includes('120,000.00')), `表十一 edit: ${kept.join(' | ')}`)
  assert((await dialog.textContent()).includes('单位：元'), 'the report says the unit of the amounts')
  await shot('consolidation-hand-edits-kept')
  await closeReport()
  await show('t5')
  equal(await text('s:2010101', 'basic'), '1,100,000.00', '表五 2010101 基本: the hand edit, in 元')
  await show('t12')
  equal(await amount('p:p1', 'gp'), 25000000n, '表十二 项目甲: the hand edit, in 元')
  equal(await amount('u:u2', 'total'), 76000000n, '表十二 孝义市测试中心: its corrected file (70 + 6 万元)')
  equal(await amount('u:u3', 'total'), 12000000n, '表十二 孝义市测试站: 12 万元, exactly ×10,000')
  await show('t11')
  equal(await amount('u:u1', 'gp'), 12000000n, '表十一 孝义市测试局: the hand edit')
  equal(await amount('u:u3', 'gp'), 5000000n, '表十一 孝义市测试站: 5 万元, exactly ×10,000')
})

await step('another department’s .ysb is refused and changes nothing', async () => {
  const other = join(TMP, '住建局.ysb')
  await writeNative(other, { ...share(truth.units[0]), department: '孝义市住房和城乡建设局', scope: '部门' })
  const dialog = await consolidate([other])
  equal(await dialog.$eval('[data-entry]', (e) => e.getAttribute('data-status')), 'refused', 'status')
  assert((await dialog.textContent()).includes('这是“孝义市住房和城乡建设局”的预算文件，不属于“孝义市测试局”'), 'the refusal names both departments')
  await closeReport()
  await show('t11')
  equal(await amount('u:u1', 'gp'), 12000000n, '表十一 unchanged')
})

await step('one undo takes the re-send back, the hand edits stay', async () => {
  await page.evaluate(() => window.__menu('undo'))
  await show('t12')
  await waitText('u:u2', 'total', '560,000.00')
  equal(await amount('p:p1', 'gp'), 25000000n, '表十二 项目甲: still the hand edit')
})

await finish()
