import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { BudgetApi, CatalogRead } from '../../shared/ipc-contract'
import { importCatalog, openFile } from '../../renderer/commands'
import { loadBook, undo, useBook } from '../../renderer/store/book-store'
import { addSubject } from '../../shared/edit'
import { ok, smallBook } from './fixtures'

/** window.api with only importCatalog, answering `answer` (a read, null for cancel, or an Error to throw). */
function stubApi(answer: CatalogRead | null | Error): void {
  const api = { importCatalog: vi.fn(async () => { if (answer instanceof Error) throw answer; return answer }) }
  vi.stubGlobal('window', { api: api as unknown as BudgetApi })
}

const toasts = () => useBook.getState().toasts.map((t) => [t.kind, t.text])
const c9 = () => useBook.getState().findings.filter((f) => f.check === 'C9').map((f) => f.message)

describe('importCatalog', () => {
  beforeEach(() => {
    vi.useFakeTimers()
    loadBook(ok(addSubject(smallBook(), '2139988', '其他农业试点支出', { kuanName: '其他农林水支出' })), { path: '/tmp/a.ysb' })
    useBook.setState({ toasts: [] })
  })
  afterEach(() => {
    vi.unstubAllGlobals()
    vi.useRealTimers()
  })

  it('makes the subjects known as one undo step and says how many were read', async () => {
    expect(c9()).toEqual(['功能科目 2139988“其他农业试点支出”不在科目目录中，请核对编码'])
    stubApi({ entries: [{ code: '2139988', name: '其他农业试点支出' }, { code: '2010601', name: '行政运行' }], skipped: [] })
    await importCatalog()
    expect(useBook.getState().derivation.book.knownSubjects).toEqual({ '2139988': '其他农业试点支出' })
    expect(c9()).toEqual([])
    expect(toasts()).toEqual([['success', '已导入 2 个科目']])
    expect(useBook.getState().history.past.map((s) => s.label)).toEqual(['导入科目目录'])
    undo()
    expect(c9()).toHaveLength(1)
  })

  it('adds a second line about rows it could not read', async () => {
    stubApi({ entries: [{ code: '2139988', name: '其他农业试点支出' }], skipped: ['第 3 行的科目 2010101 没有名称', '第 9 行…'] })
    await importCatalog()
    expect(toasts()).toEqual([['success', '已导入 1 个科目\n另有 2 行未能读取：第 3 行的科目 2010101 没有名称']])
  })

  it('a catalog that teaches nothing new is no edit, but is still reported', async () => {
    stubApi({ entries: [{ code: '2010601', name: '行政运行' }], skipped: [] })
    await importCatalog()
    expect(useBook.getState().history.past).toHaveLength(0)
    expect(toasts()).toEqual([['success', '已导入 1 个科目']])
  })

  it('does nothing when the clerk cancels; shows the Chinese message of a failure', async () => {
    stubApi(null)
    await importCatalog()
    expect(toasts()).toEqual([])
    stubApi(new Error("Error invoking remote method 'importCatalog': Error: 无法读取科目目录：文件不是文本格式的 CSV"))
    await importCatalog()
    expect(toasts()).toEqual([['error', '无法读取科目目录：文件不是文本格式的 CSV']])
    stubApi({ entries: [], skipped: [] })
    await importCatalog()
    expect(toasts().at(-1)).toEqual(['error', '目录中没有读到任何支出功能分类科目'])
    expect(useBook.getState().history.past).toHaveLength(0)
  })
})

describe('a failed open', () => {
  beforeEach(() => {
    loadBook(smallBook(), { path: '/tmp/a.ysb' })
    useBook.setState({ toasts: [] })
  })
  afterEach(() => vi.unstubAllGlobals())

  it('says 打开失败 once, whether or not main already wrote it', async () => {
    const fail = (message: string) => vi.stubGlobal('window', { api: { openDialog: vi.fn(async () => { throw new Error(message) }) } as unknown as BudgetApi })
    fail("Error invoking remote method 'openDialog': Error: 打开失败：文件或文件夹不存在（/tmp/x.ysb）")
    await openFile()
    fail("Error invoking remote method 'openDialog': Error: 未找到预算公开表")
    await openFile()
    expect(toasts()).toEqual([['error', '打开失败：文件或文件夹不存在（/tmp/x.ysb）'], ['error', '打开失败：未找到预算公开表']])
  })
})

/** Answers 仍然导出 if the export asks first (the small book has findings), then waits for it. */
async function exportAnyway(exporting: Promise<void>): Promise<void> {
  const { useModal } = await import('../../renderer/dialogs/modal-store')
  await Promise.resolve()
  const modal = useModal.getState().modal as { kind: string; resolve?: (id: string) => void } | null
  if (modal?.kind === 'ask') modal.resolve!('export')
  await exporting
}

describe('export of a book read from a workbook with a 尾差 (review9b #3)', () => {
  beforeEach(() => {
    vi.useFakeTimers()
    const book = { ...smallBook(), asPublished: { gp: { printed: '1.00', computed: '1.01' } } }
    loadBook(book, { path: '/tmp/a.ysb' })
    useBook.setState({ toasts: [] })
  })
  afterEach(() => {
    vi.unstubAllGlobals()
    vi.useRealTimers()
  })

  it('forgets the headlines as that workbook printed them once the app has exported the book, as one undoable step', async () => {
    const { exportXlsx } = await import('../../renderer/commands')
    vi.stubGlobal('window', { api: { exportXlsx: vi.fn(async () => ({ path: '/tmp/公开表.xlsx' })) } as unknown as BudgetApi })
    await exportAnyway(exportXlsx())
    expect(useBook.getState().derivation.book.asPublished).toBeUndefined()
    expect(useBook.getState().history.past.map((s) => s.label)).toEqual(['按导出时印出的总数结转'])
    undo()
    expect(useBook.getState().derivation.book.asPublished).toEqual({ gp: { printed: '1.00', computed: '1.01' } })
  })

  it('keeps them when the export was cancelled', async () => {
    const { exportXlsx } = await import('../../renderer/commands')
    vi.stubGlobal('window', { api: { exportXlsx: vi.fn(async () => null) } as unknown as BudgetApi })
    await exportAnyway(exportXlsx())
    expect(useBook.getState().derivation.book.asPublished).toEqual({ gp: { printed: '1.00', computed: '1.01' } })
  })
})
