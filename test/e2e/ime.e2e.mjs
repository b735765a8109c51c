// Typing through a Chinese input method (微软拼音, 搜狗, WPS's own) into a selected grid cell:
// the keydown of an IME arrives as key "Process" / keyCode 229 and the text comes as a
// composition, not as characters. The real renderer in headless Chromium, driven through the
// DevTools protocol's Input domain (Input.imeSetComposition / Input.insertText), as Chromium's
// own IME tests do: the composition goes to whatever holds the focus when it arrives.
// Run: node test/e2e/all.mjs ime.e2e.mjs
import { join } from 'node:path'
import { readFile } from 'node:fs/promises'
import { startSession, assert, equal, ROOT } from './clerk.mjs'

const s = await startSession('ime')
const { TMP, page, script, step, finish, text, waitText, show, clickCell, reveal, amount, toastText, shot, reopen } = s
const cdp = await page.context().newCDPSession(page)

// ---- the input method, as Chromium sees it on Windows

/** A key the IME takes: keydown "Process"/229 (the page cannot tell which letter), then keyup. */
async function imeKey(code, then) {
  await cdp.send('Input.dispatchKeyEvent', { type: 'rawKeyDown', key: 'Process', code, windowsVirtualKeyCode: 229, nativeVirtualKeyCode: 229 })
  await then()
  const key = code.startsWith('Key') ? code.slice(3).toLowerCase() : code.startsWith('Digit') ? code.slice(5) : code
  await cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', key, code })
}
/** The IME's composition window shows `text` (pinyin so far, underlined in the field). */
const compose = (text) => cdp.send('Input.imeSetComposition', { text, selectionStart: text.length, selectionEnd: text.length })
/** The IME commits `text` (a chosen candidate, or a full-width character typed directly). */
const commit = (text) => cdp.send('Input.insertText', { text })
/** Pinyin typed letter by letter, each letter growing the composition; then Space picks `chosen`. */
async function typePinyin(pinyin, chosen) {
  for (let i = 1; i <= pinyin.length; i++) {
    const letter = pinyin[i - 1]
    if (letter === "'") continue
    await imeKey(`Key${letter.toUpperCase()}`, () => compose(pinyin.slice(0, i)))
  }
  await imeKey('Space', () => commit(chosen))
}
/** A plain (non-IME) key while a composition is open: Chromium marks it isComposing. */
const keyDuringComposition = (key, code, keyCode) =>
  cdp.send('Input.dispatchKeyEvent', { type: 'rawKeyDown', key, code, windowsVirtualKeyCode: keyCode, nativeVirtualKeyCode: keyCode })
    .then(() => cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', key, code, windowsVirtualKeyCode: keyCode }))
/** Windows reports every key the IME eats, Enter included, as "Process"/229. */
const processKey = (code) => imeKey(code, async () => {})

const editorValue = () => page.evaluate(() => {
  const input = document.querySelector('.money-editor-input')
  return input ? input.value : null
})
const editorFocused = () => page.evaluate(() => document.activeElement?.classList.contains('money-editor-input') ?? false)
const editorError = () => page.evaluate(() => document.querySelector('.money-editor-error')?.textContent ?? null)
const byName = (name) => `.table-grid .ag-row:has(.ag-cell[col-id="name"]:text-is("${name}"))`
async function rowNamed(name) {
  await reveal('.table-grid .ag-cell[col-id="name"]', name)
  return (await (await page.waitForSelector(byName(name), { timeout: 4000 })).getAttribute('row-id')) ?? ''
}

let project = ''

await step('a published workbook is opened and a project added to 表十二', async () => {
  script.open.push(join(ROOT, 'test/fixtures/000.xlsx'))
  await page.click('[data-cmd="open"]')
  await page.click('[data-dialog="import-report"] button.primary')
  await show('t12')
  await page.click('.table-toolbar button:has-text("添加项目")')
  await page.waitForSelector('[data-dialog="project"]')
  await page.fill('[data-dialog="project"] input[aria-label="项目名称"]', '待改名项目')
  await page.click('[data-dialog="project"] button.primary')
  await page.waitForSelector('[data-dialog="project"]', { state: 'detached' })
  project = await rowNamed('待改名项目')
  assert(project.startsWith('p:'), `project row ${project}`)
})

await step('pinyin typed on a selected 项目名称 cell opens the editor and the whole chosen text lands in it', async () => {
  await clickCell(project, 'name')
  equal(await editorValue(), null, 'an editor open before typing')
  // 城市道路 "chengshi daolu": the first letter already composes, in the editor.
  for (const [i, letter] of [...'chengshi'].entries()) await imeKey(`Key${letter.toUpperCase()}`, () => compose('chengshi'.slice(0, i + 1)))
  equal(await editorValue(), 'chengshi', 'the composition (first letter included) in the editor')
  assert(await editorFocused(), 'the editor holds the focus while composing')
  await shot('ime-composing')
  await imeKey('Space', () => commit('城市'))
  await typePinyin('daolu', '道路')
  await typePinyin('weixiu', '维修')
  equal(await editorValue(), '城市道路维修', 'the editor after three words')
  await shot('ime-composed')
  await page.keyboard.press('Enter')
  await waitText(project, 'name', '城市道路维修')
  equal(await editorValue(), null, 'the editor closed by Enter')
})

await step('an IME that reports the key itself (key "b" / "1", keyCode 229) adds no stray character', async () => {
  // Korean and macOS-style IMEs, and some Windows ones: the key of a composition carries its
  // letter, only keyCode 229 says the IME has it. The grid started its editor with that letter:
  // "b部" in a name, and in an amount "1" + the IME's "１" made 11 of a typed 1.
  const keyWithLetter = async (key, code, keyCode, then) => {
    await cdp.send('Input.dispatchKeyEvent', { type: 'rawKeyDown', key, code, windowsVirtualKeyCode: 229, nativeVirtualKeyCode: 229 })
    await then()
    await cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', key, code, windowsVirtualKeyCode: keyCode })
  }
  await clickCell(project, 'name')
  await keyWithLetter('b', 'KeyB', 66, () => compose('b'))
  equal(await editorValue(), 'b', 'the name editor holds the composition only')
  await commit('部')
  equal(await editorValue(), '部', 'the chosen text')
  await page.keyboard.press('Escape')
  equal(await text(project, 'name'), '城市道路维修', 'the name after Esc')
  await clickCell(project, 'gp')
  await keyWithLetter('1', 'Digit1', 49, () => commit('１'))
  equal(await editorValue(), '１', 'the amount editor')
  await page.keyboard.press('Enter')
  await waitText(project, 'gp', '1.00')
})

await step('Enter, Esc and arrows during a composition belong to the IME: the cell is not committed', async () => {
  await clickCell(project, 'name')
  await imeKey('KeyX', () => compose('x'))
  await imeKey('KeyM', () => compose('xm'))
  // macOS / Linux style: the real key, marked isComposing by Chromium.
  await keyDuringComposition('Enter', 'Enter', 13)
  equal(await editorValue(), 'xm', 'after Enter during the composition (isComposing)')
  // Windows style: Enter reported as "Process"/229.
  await processKey('Enter')
  await keyDuringComposition('ArrowDown', 'ArrowDown', 40)
  await keyDuringComposition('Tab', 'Tab', 9)
  equal(await editorValue(), 'xm', 'after Enter (229), ↓ and Tab during the composition')
  assert(await editorFocused(), 'the editor lost the focus during the composition')
  equal(await text(project, 'name'), '城市道路维修', 'the cell changed during the composition')
  // The IME confirms the candidate; then the clerk's Enter commits the cell.
  await commit('项目')
  equal(await editorValue(), '项目', 'the confirmed candidate')
  await keyDuringComposition('Escape', 'Escape', 27)
  equal(await editorValue(), null, 'Esc after the composition closes the editor')
  equal(await text(project, 'name'), '城市道路维修', 'Esc gave the entry up')
})

await step('a composition the clerk cancels (Esc in the IME) leaves the name and the amount as they were', async () => {
  await clickCell(project, 'gp')
  await imeKey('Digit7', () => commit('7'))
  await page.keyboard.press('Enter')
  await waitText(project, 'gp', '7.00')
  for (const col of ['name', 'gp']) {
    await clickCell(project, col)
    await imeKey('KeyA', () => compose('a'))
    await keyDuringComposition('Escape', 'Escape', 27)
    await compose('') // the IME drops its composition
    assert((await editorValue()) === '', `${col}: the Esc that cancelled the composition closed the editor`)
    await page.keyboard.press('Enter')
    await page.waitForSelector('.money-editor-input', { state: 'detached' })
  }
  equal(await text(project, 'name'), '城市道路维修', 'the name')
  equal(await text(project, 'gp'), '7.00', 'the amount')
})

await step('Esc gives up what was typed (plain keys too): the cell keeps its value', async () => {
  await clickCell(project, 'gp')
  await page.keyboard.type('99')
  await page.keyboard.press('Escape')
  await page.waitForSelector('.money-editor-input', { state: 'detached' })
  equal(await text(project, 'gp'), '7.00', 'the amount after Esc')
})

await step('digits typed with the IME on (half-width, passed straight through) go into an amount cell', async () => {
  const dept = await amount('dept', 'gp')
  const before = await amount(project, 'gp')
  await clickCell(project, 'gp')
  await imeKey('Digit5', () => commit('5'))
  await imeKey('Digit0', () => commit('0'))
  equal(await editorValue(), '50', 'the amount editor')
  await page.keyboard.press('Enter')
  await waitText(project, 'gp', '50.00')
  equal(await amount('dept', 'gp'), dept - before + 5000n, '部门 row')
})

await step('full-width digits, decimal point and minus are the same number, shown normalised', async () => {
  const dept = await amount('dept', 'gp')
  await clickCell(project, 'gp')
  for (const [code, ch] of [['Digit1', '１'], ['Digit2', '２'], ['Digit3', '３'], ['Period', '．'], ['Digit4', '４'], ['Digit5', '５']]) {
    await imeKey(code, () => commit(ch))
  }
  equal(await editorValue(), '１２３．４５', 'the amount editor')
  await page.keyboard.press('Enter')
  await waitText(project, 'gp', '123.45')
  equal(await amount('dept', 'gp'), dept - 5000n + 12345n, '部门 row')
  // Chinese punctuation mode gives 。 for the full stop key and － for minus.
  await clickCell(project, 'gp')
  for (const [code, ch] of [['Minus', '－'], ['Digit1', '１'], ['Digit2', '２'], ['Period', '。'], ['Digit5', '５']]) {
    await imeKey(code, () => commit(ch))
  }
  await page.keyboard.press('Enter')
  await waitText(project, 'gp', '-12.50')
})

await step('Chinese numerals, or a space between digits, in an amount cell are refused with a Chinese message and change nothing', async () => {
  await clickCell(project, 'gp')
  await typePinyin('yibai', '一百')
  await page.keyboard.press('Enter')
  const message = await editorError()
  assert(message && /请输入数字/.test(message), `the editor's message: ${message}`)
  await shot('ime-refused')
  await page.keyboard.press('Escape')
  equal(await text(project, 'gp'), '-12.50', 'the amount after the refusal')
  // A full-width space slipped between digits is not a thousands separator: refused, not 125.
  await clickCell(project, 'gp')
  for (const [code, ch] of [['Digit1', '１'], ['Digit2', '２'], ['Space', '　'], ['Digit5', '５']]) await imeKey(code, () => commit(ch))
  await page.keyboard.press('Enter')
  assert(/数字中间有空格/.test((await editorError()) ?? ''), `the editor's message: ${await editorError()}`)
  await page.keyboard.press('Escape')
  equal(await text(project, 'gp'), '-12.50', 'the amount after the second refusal')
})

await step('Shift (switching the IME between 中 and 英) on a selected cell opens nothing and says nothing', async () => {
  await page.$$eval('.toast', (ts) => ts.forEach((t) => t.click()))
  for (const col of ['name', 'gp']) {
    await clickCell(project, col)
    await processKey('ShiftLeft')
    equal(await editorValue(), null, `an editor opened by Shift on ${col}`)
  }
  await page.waitForTimeout(200)
  equal(await page.$$eval('.toast', (ts) => ts.length), 0, 'toasts after Shift')
})

await step('an IME key on a computed cell opens nothing and says why', async () => {
  await clickCell('dept', 'gp')
  await imeKey('KeyA', () => compose('a'))
  equal(await editorValue(), null, 'an editor on a computed cell')
  await toastText(/计算|不能/)
})

await step('in the 添加项目 dialog, Enter confirming a candidate does not add the project', async () => {
  await page.click('.table-toolbar button:has-text("添加项目")')
  await page.waitForSelector('[data-dialog="project"] input[aria-label="项目名称"]:focus')
  await typePinyin('lvhua', '绿化')
  await imeKey('KeyG', () => compose('g'))
  await imeKey('KeyC', () => compose('gc'))
  await keyDuringComposition('Enter', 'Enter', 13)
  await keyDuringComposition('Escape', 'Escape', 27)
  assert(await page.$('[data-dialog="project"]'), 'the dialog closed during the composition')
  await commit('工程')
  equal(await page.inputValue('[data-dialog="project"] input[aria-label="项目名称"]'), '绿化工程', 'the dialog field')
  await page.keyboard.press('Enter')
  await page.waitForSelector('[data-dialog="project"]', { state: 'detached' })
  assert((await rowNamed('绿化工程')).startsWith('p:'), 'the project added')
})

await step('a 公开文本 field typed through the IME: Enter confirming a candidate does not end the field', async () => {
  await page.click('[data-view="text"]')
  const missing = await page.waitForSelector('.text-document .field.missing[title="尚未填写：点击填写"]')
  const reason = `.text-document .field[data-field="${await missing.getAttribute('data-field')}"]`
  await missing.click()
  await page.waitForSelector('textarea.field-editor:focus')
  await typePinyin('huanwei', '环卫')
  await imeKey('KeyS', () => compose('s'))
  await imeKey('KeyH', () => compose('sh'))
  await keyDuringComposition('Enter', 'Enter', 13)
  await keyDuringComposition('Escape', 'Escape', 27)
  assert(await page.$('textarea.field-editor'), 'the field closed during the composition')
  await commit('设备')
  await page.keyboard.press('Enter')
  await page.waitForSelector('textarea.field-editor', { state: 'detached' })
  await page.waitForFunction((sel) => document.querySelector(sel)?.textContent?.trim() === '环卫设备', reason, { timeout: 4000 })
    .catch(async () => equal(await page.textContent(reason), '环卫设备', 'the field'))
  await show('t12')
})

await step('the name typed through the IME is saved and read back from the .ysb', async () => {
  const ysb = join(TMP, '输入法.ysb')
  script.save.push(ysb)
  await page.click('[data-cmd="save"]')
  await toastText(/已保存/)
  const saved = await readFile(ysb, 'utf8')
  assert(saved.includes('"城市道路维修"'), 'the name is not in the saved file')
  assert(saved.includes('"绿化工程"'), 'the project added through the dialog is not in the saved file')
  assert(saved.includes('"环卫设备"'), 'the 公开文本 field is not in the saved file')
  assert(!/chengshi|"gc|"lvhua/.test(saved) && !saved.includes('待改名项目'), 'pinyin or the old name in the saved file')
  await reopen(ysb)
  await show('t12')
  equal(await rowNamed('城市道路维修'), project, 'the project row read back')
  equal(await text(project, 'gp'), '-12.50', 'its amount read back')
})

await finish()
