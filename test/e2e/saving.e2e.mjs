// Saving as a clerk on a shared folder sees it: another copy of the app (or the CLI) saved the
// same file meanwhile, so 保存 asks 覆盖 / 另存为 / 取消 instead of wiping that save; and a file
// held open by WPS makes the save wait with 正在等待文件解锁… until it is released; and a
// crash-recovery copy older than the file on disk says so.
// Run: node test/e2e/all.mjs saving.e2e.mjs
import { join } from 'node:path'
import * as nodeFs from 'node:fs/promises'
import { readFile } from 'node:fs/promises'
import { startSession, assert, equal, ROOT } from './clerk.mjs'
import { deliverNotice, importTs } from './harness.mjs'

const { TMP, page, app, server, handlers, script, documents, step, finish, show, typeInto, waitText, toastText, shot } = await startSession('saving')

const ysb = join(TMP, '共享文件夹', '城管局2026年预算.ysb')
const departmentOnDisk = async () => JSON.parse(await readFile(ysb, 'utf8')).book.department
/** The other PC (or `budget-tables` on the command line) saves its own version of the file. */
async function otherCopySaves(department) {
  const { book } = await documents.readAny(ysb)
  await documents.writeNative(ysb, { ...book, department })
}
/** Dismiss the toasts shown so far, so the next toastText sees only what comes after. */
const clearToasts = () => page.$$eval('.toast', (ts) => ts.forEach((t) => t.click()))
async function answer(id) {
  await page.click(`[data-dialog="ask"] [data-answer="${id}"]`)
  await page.waitForSelector('[data-dialog="ask"]', { state: 'detached' })
}

await step('a published workbook is opened and saved as a .ysb on the shared folder', async () => {
  await nodeFs.mkdir(join(TMP, '共享文件夹'), { recursive: true })
  script.open.push(join(ROOT, 'test/fixtures/000.xlsx'))
  await page.click('[data-cmd="open"]')
  await page.click('[data-dialog="import-report"] button.primary')
  script.save.push(ysb)
  await page.click('[data-cmd="save"]')
  await toastText(/已保存/)
  await page.waitForSelector('.doc-state .saved')
})

await step('another copy saves the file meanwhile: 保存 asks 覆盖 / 另存为 / 取消 and writes nothing yet', async () => {
  await show('t5')
  await typeInto('s:2080502', 'basic', '4444')
  await waitText('s:2080502', 'basic', '4,444.00')
  await otherCopySaves('另一台电脑上保存的版本')
  await page.click('[data-cmd="save"]')
  const dialog = await page.waitForSelector('[data-dialog="ask"]')
  const words = await dialog.textContent()
  assert(words.includes('文件已被其他程序修改') && words.includes('覆盖会丢失那次保存的内容'), `dialog: ${words}`)
  const buttons = await dialog.$$eval('[data-answer]', (bs) => bs.map((b) => b.textContent))
  equal(JSON.stringify(buttons), JSON.stringify(['取消', '另存为…', '覆盖']), 'the three choices')
  await shot('save-conflict')
  equal(await departmentOnDisk(), '另一台电脑上保存的版本', 'nothing written while asking')
})

await step('取消 keeps the other save on disk and the edits unsaved in the window', async () => {
  await answer('cancel')
  equal(await departmentOnDisk(), '另一台电脑上保存的版本', 'after 取消')
  await page.waitForSelector('.doc-state .dirty')
})

await step('另存为… writes the edits to a new file and leaves the other save alone', async () => {
  const copy = join(TMP, '共享文件夹', '城管局2026年预算（我的修改）.ysb')
  script.save.push(copy)
  await clearToasts()
  await page.click('[data-cmd="save"]')
  await page.waitForSelector('[data-dialog="ask"]')
  await answer('save-as')
  await toastText(/已保存：城管局2026年预算（我的修改）\.ysb/)
  equal(await departmentOnDisk(), '另一台电脑上保存的版本', 'the other save is untouched')
  const mine = JSON.parse(await readFile(copy, 'utf8')).book
  assert(JSON.stringify(mine).includes('"4444"'), 'the edit is in the new file')
})

await step('覆盖 replaces the file after the clerk has decided', async () => {
  // The book now lives in the copy; bring the conflict back on it, then overwrite.
  await typeInto('s:2080502', 'basic', '5555')
  const copy = join(TMP, '共享文件夹', '城管局2026年预算（我的修改）.ysb')
  const { book } = await documents.readAny(copy)
  await documents.writeNative(copy, { ...book, department: '命令行写入' })
  await clearToasts()
  await page.click('[data-cmd="save"]')
  await page.waitForSelector('[data-dialog="ask"]')
  await answer('overwrite')
  await toastText(/已保存/)
  const saved = JSON.parse(await readFile(copy, 'utf8')).book
  assert(saved.department !== '命令行写入' && JSON.stringify(saved).includes('"5555"'), 'overwritten with the edits')
})

await step('a file held open by another program: 正在等待文件解锁… shows, and the save completes once it is released', async () => {
  // The same handlers, except that the .ysb's rename fails as Windows fails it while WPS has
  // the file open, until the test releases it (there is no Windows here).
  const { createHandlers } = await importTs('electron/ipc/handlers.ts')
  const { writeFileAtomic } = await importTs('electron/files/atomic.ts')
  const { serializeNative } = await importTs('electron/files/native.ts')
  let locked = true
  const fs = {
    ...nodeFs,
    rename: async (from, to) => {
      if (locked && String(to).endsWith('.ysb')) throw Object.assign(new Error('EBUSY: resource busy or locked'), { code: 'EBUSY' })
      return nodeFs.rename(from, to)
    },
  }
  const locking = createHandlers({
    userDataDir: join(TMP, 'userData'),
    dialogs: { showOpen: async () => script.open.shift() ?? null, showSave: async () => script.save.shift() ?? null },
    documents: { ...documents, writeNative: (path, book, options) => writeFileAtomic(path, serializeNative(book), { ...options, fs }) },
    setDocumentState: (state) => script.documentStates.push(state),
    notify: deliverNotice,
    takeOpenHint: () => null,
  })
  Object.assign(handlers, locking)
  script.open.push(ysb)
  await page.click('[data-cmd="open"]')
  const discard = await page.waitForSelector('[data-dialog="ask"] [data-answer="discard"]', { timeout: 2000 }).catch(() => null)
  if (discard) await discard.click()
  await toastText(/已打开/)
  await show('t5')
  await typeInto('s:2080502', 'basic', '6666')
  await clearToasts()
  await page.click('[data-cmd="save"]')
  const notice = await page.waitForSelector('.waiting-notice', { timeout: 4000 })
  const waiting = await notice.textContent()
  assert(waiting.startsWith('正在等待文件解锁…') && waiting.includes('城管局2026年预算.ysb'), `names the file: ${waiting}`)
  await page.mouse.move(1, 1)
  await page.screenshot({ path: join(ROOT, 'docs', 'screenshots', 'save-waiting-for-unlock.png') })
  // Still there seconds later: the clerk sees it for as long as the wait lasts.
  await page.waitForTimeout(4500)
  assert(await page.$('.waiting-notice'), 'the notice went away while still waiting')
  locked = false
  await toastText(/已保存：城管局2026年预算\.ysb/, 8000)
  await page.waitForSelector('.waiting-notice', { state: 'detached', timeout: 2000 })
  assert(JSON.stringify(JSON.parse(await readFile(ysb, 'utf8')).book).includes('"6666"'), 'the edit was saved after the wait')
  const leftovers = (await nodeFs.readdir(join(TMP, '共享文件夹'))).filter((f) => f.endsWith('.tmp'))
  equal(leftovers.length, 0, 'temp files left')
})

await step('a recovery copy older than the file on disk says so before it is restored', async () => {
  const { book } = await documents.readAny(ysb)
  await handlers.writeRecovery({ ...book, department: '崩溃前未保存的修改' }, ysb)
  await otherCopySaves('崩溃之后另一台电脑保存')
  const second = await app.context.newPage()
  await second.goto(server.url)
  const dialog = await second.waitForSelector('[data-dialog="ask"]')
  const words = await dialog.textContent()
  assert(words.includes('崩溃前未保存的修改') && words.includes('注意：原文件在此备份之后又被保存过'), `recovery dialog: ${words}`)
  await second.screenshot({ path: join(ROOT, 'docs', 'screenshots', 'recovery-older-than-disk.png') })
  await second.click('[data-dialog="ask"] [data-answer="discard"]')
  await second.close()
})

await finish()
