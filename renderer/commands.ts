// The application's commands, shared by the native menu (window.api.onMenuCommand) and the
// in-window toolbar: new, open, save, export, roll forward, undo/redo, copy/paste, rows, view;
// and 导入科目目录 (基本信息).
import type { MenuCommand, OpenedBook } from '../shared/ipc-contract'
import { addKnownSubjects } from '../shared/edit'
import { defaultBookName, emptyBook } from '../shared/model/book'
import { lastYearNamesNote } from '../shared/rollover/roll-forward'
import { api, errorText, failureText } from './api'
import { publicationCheck } from '../shared/inspect'
import { useBook, isDirty, isTableView, loadBook, markSaved, undo, redo, toast, setView, zoom, applyEdit, refuseInPreview, reopenImportReport } from './store/book-store'
import { ask, openModal } from './dialogs/modal-store'
import { activeGrid } from './grid/active'
import { saveChecked, toastSaved } from './dialogs/overwrite'
import { commitPendingEntry } from './store/pending-entry'
import { consolidateUnits } from './consolidate-command'

export function fileName(path: string | null): string {
  return path ? (path.split(/[\\/]/).pop() ?? path) : ''
}

export function suggestedName(): string {
  return defaultBookName(useBook.getState().derivation.book)
}

/** Before the book is replaced: offer to save unsaved edits (a value still typed in a cell among them). False: the clerk cancelled. */
export async function settleUnsaved(action: string): Promise<boolean> {
  if (!commitPendingEntry()) return false
  if (!isDirty()) return true
  // A book read from a workbook (or made by 结转) and not changed since has no edits to lose,
  // only no budget-book file yet: say so, rather than speak of changes the clerk never made.
  const s = useBook.getState()
  const unedited = s.path === null && s.history.past.length === 0
  const what = unedited ? (s.source ? `由“${fileName(s.source)}”读入的预算尚未保存为预算书` : '当前预算尚未保存为预算书') : '当前预算有未保存的修改'
  const answer = await ask(unedited ? '尚未保存' : '未保存的修改', `${what}。${action}之前要保存吗？`, [
    { id: 'cancel', label: '取消' },
    { id: 'discard', label: '不保存', danger: true },
    { id: 'save', label: '保存', primary: true },
  ])
  if (answer === 'save') return save()
  return answer === 'discard'
}

async function run<T>(what: string, task: () => Promise<T>): Promise<T | undefined> {
  try {
    return await task()
  } catch (error) {
    toast('error', failureText(what, error))
    return undefined
  }
}

function opened(result: OpenedBook, dirty: boolean, rolled = false): void {
  // A rolled-forward book is a new year's, saved nowhere yet: not named after last year's file
  // (whose import report, if it had one, is shown as last year's: ImportReportDialog).
  loadBook(result.book, { path: result.path, source: rolled ? null : result.source, report: result.report, dirty })
  const view = useBook.getState().view
  if (!isTableView(view)) setView(useBook.getState().derivation.tables.published[0]!.id)
  toast('success', rolled ? `已由 ${fileName(result.source)} 结转为 ${result.book.year} 年预算（尚未保存）` : `已打开：${fileName(result.source)}`)
  const named = rolled ? lastYearNamesNote(result.book) : ''
  if (named) toast('warning', named)
}

export function newBookFromForm(department: string, year: number, scope: '部门' | '单位'): void {
  const book = { ...emptyBook(department.trim(), year), scope }
  loadBook(book, { path: null, dirty: false })
  setView('info')
}

export async function newBook(): Promise<void> {
  if (!commitPendingEntry()) return
  if (!(await settleUnsaved('新建'))) return
  openModal({ kind: 'new' })
}

/** 最近打开, a double-clicked file, the command line: main names the file, the clerk settles unsaved edits first. */
export async function openRecentFile(): Promise<void> {
  if (!(await settleUnsaved('打开其他文件'))) return
  const result = await run('打开', () => api().openRecent())
  if (result) opened(result, result.path === null)
}

export async function openFile(): Promise<void> {
  if (!commitPendingEntry()) return
  if (!(await settleUnsaved('打开其他文件'))) return
  const result = await run('打开', () => api().openDialog())
  if (result) opened(result, result.path === null)
}

export async function save(): Promise<boolean> {
  if (!commitPendingEntry()) return false
  const s = useBook.getState()
  const revision = s.revision
  const saved = await run('保存', () => saveChecked(s.derivation.book, s.path))
  if (saved === 'save-as') return saveAs()
  if (!saved) return false
  markSaved(saved.path, revision)
  void api().clearRecovery().catch(() => undefined)
  toastSaved(saved, '已保存')
  return true
}

export async function saveAs(): Promise<boolean> {
  if (!commitPendingEntry()) return false
  const s = useBook.getState()
  const revision = s.revision
  const saved = await run('另存为', () => api().saveAs(s.derivation.book, suggestedName()))
  if (!saved) return false
  markSaved(saved.path, revision)
  void api().clearRecovery().catch(() => undefined)
  toastSaved(saved, '已保存')
  return true
}

/**
 * Before an export: the typed entry committed, and the clerk told of 审核 errors (tables that do
 * not tie print as they are, and the 情况说明 restates each table, so two of its figures would
 * disagree). False: do not export (an entry to correct, cancelled, or 查看审核 chosen).
 */
async function readyToExport(title: string, what: string, publication = false): Promise<boolean> {
  if (!commitPendingEntry()) return false
  const s = useBook.getState()
  const errors = s.findings.filter((f) => f.severity === 'error').length
  // The document is what an inspection reads: its own rules (P01–P15, e.g. text left to fill in) count too,
  // and so does every place of the text still left to fill in (printed as its yellow placeholder).
  const check = publication ? publicationCheck(s.derivation.book, s.importReport, s.derivation) : null
  const published = check ? check.findings.filter((f) => f.severity === 'error').length : 0
  const unfilled = check?.unfilled.count ?? 0
  if (!errors && !published && !unfilled) return true
  const counted = published ? `（勾稽校验 ${errors} 个、公开检查 ${published} 个）` : ''
  const found = errors + published ? `审核发现 ${errors + published} 个错误${counted}，${what}` : ''
  const gaps = check && unfilled ? `说明中还有 ${unfilled} 处未填写（${check.unfilled.kinds}），导出的文件将照样印出这些黄色的${check.unfilled.placeholders}` : ''
  const go = await ask(title, `${[found, gaps].filter(Boolean).join('；')}。仍要导出吗？`, [
    { id: 'checks', label: unfilled && !(errors + published) ? '查看公开文本' : '查看审核' },
    { id: 'export', label: '仍然导出', primary: true },
  ])
  if (go === 'checks') setView(unfilled && !(errors + published) ? 'text' : 'checks')
  return go === 'export'
}

export async function exportXlsx(): Promise<void> {
  if (!(await readyToExport('导出Excel', '导出的表格之间可能不一致'))) return
  const s = useBook.getState()
  const saved = await run('导出Excel', () => api().exportXlsx(s.derivation.book, suggestedName()))
  if (saved) toastSaved(saved, '已导出')
  if (saved) publishedByTheApp()
}

/**
 * Once the app has printed the book for publication, what is published is the app's print, not the
 * workbook it was read from: the headlines that workbook printed off by a 尾差 (asPublished) are no
 * longer what next year's 结转 must compare with (review9b #3). One step, undoable, like any edit.
 */
function publishedByTheApp(): void {
  const s = useBook.getState()
  const book = s.derivation.book
  // In the 舍位平衡 preview no edit is taken; the next export outside it settles this.
  if (!book.asPublished || s.preview) return
  const { asPublished: _printedBefore, ...rest } = book
  if (applyEdit(rest, '按导出时印出的总数结转')) toast('info', '此预算由公开表读入，原表的总数有尾差；今后结转按本次导出印出的总数比较上年数，请保存预算书')
}

export async function exportDocument(): Promise<void> {
  if (!(await readyToExport('导出公开文件', '公开文件中的表格之间、说明与表格之间可能不一致', true))) return
  const s = useBook.getState()
  const saved = await run('导出公开文件', () => api().exportDocument(s.derivation.book, `${suggestedName()}公开`))
  if (saved) toast('success', `已导出公开文件：${fileName(saved.path)}`)
  if (saved) publishedByTheApp()
}

export async function rollForward(): Promise<void> {
  if (!commitPendingEntry()) return
  if (!(await settleUnsaved('结转到下一年'))) return
  const keep = await ask('结转到下一年', '选择上年的预算书或公开表，生成下一年的预算。保留本年金额作为起点？', [
    { id: 'cancel', label: '取消' },
    // Clearing is the default (Enter): last year's amounts kept by a reflex would publish as this
    // year's and balance, so no check would catch them.
    { id: 'clear', label: '不保留（金额清空）', primary: true },
    { id: 'keep', label: '保留' },
  ])
  if (keep !== 'keep' && keep !== 'clear') return
  const result = await run('结转', () => api().rollForward(keep === 'keep'))
  if (result) opened(result, true, true)
}

/** 导入科目目录: the subjects of a 财政局's catalog file become known to the book, as one undo step. */
export async function importCatalog(): Promise<void> {
  if (!commitPendingEntry()) return
  if (refuseInPreview()) return
  let read
  try {
    read = await api().importCatalog()
  } catch (error) {
    // The main process words every failure in full ("无法读取科目目录：…").
    return toast('error', errorText(error))
  }
  if (!read) return
  const book = useBook.getState().derivation.book
  const result = addKnownSubjects(book, read.entries)
  if (!result.ok) return toast('error', result.message)
  // The same book back means the catalog taught nothing new: no edit, but still say what was read.
  if (result.book !== book && !applyEdit(result, '导入科目目录')) return
  const skipped = read.skipped.length ? `\n另有 ${read.skipped.length} 行未能读取：${read.skipped[0]}` : ''
  toast('success', `已导入 ${read.entries.length} 个科目${skipped}`)
}

/** A text field has focus: the menu's undo/copy/paste belong to it, not to the book. */
function inTextField(): boolean {
  const el = document.activeElement as HTMLElement | null
  return !!el && (el.tagName === 'INPUT' || el.tagName === 'TEXTAREA' || el.isContentEditable)
}

function menuUndo(direction: 'undo' | 'redo'): void {
  if (inTextField()) document.execCommand(direction)
  else if (direction === 'undo') undo()
  else redo()
}

export async function copy(): Promise<void> {
  // A native copy event reaches the grid's own handler (or the focused text field).
  if ((inTextField() || document.activeElement?.closest('.table-grid')) && document.execCommand('copy')) return
  const text = activeGrid()?.copyText()
  if (!text) return toast('info', '请先在表格中选中要复制的单元格')
  try {
    await navigator.clipboard.writeText(text)
  } catch {
    toast('error', '无法写入剪贴板，请使用 Ctrl+C 复制')
  }
}

export async function paste(): Promise<void> {
  if (inTextField() && document.execCommand('paste')) return
  const grid = activeGrid()
  if (!grid) return toast('info', '请先在表格中选中要粘贴到的单元格')
  try {
    grid.paste(await navigator.clipboard.readText())
  } catch {
    toast('error', '无法读取剪贴板，请使用 Ctrl+V 粘贴')
  }
}

/** Insert adds the first kind of row the shown table's spec offers (TableDef.entry.adds). */
export function insertRow(): void {
  if (!commitPendingEntry()) return
  const { view, derivation } = useBook.getState()
  if (!isTableView(view)) return toast('info', '请先打开要添加行的表')
  const def = derivation.tables.def(view)
  const add = def.entry?.adds?.[0]
  if (add) openModal(add)
  else toast('info', `${def.short}的行由其他表自动生成，不能直接添加`)
}

export async function deleteRow(): Promise<void> {
  if (!commitPendingEntry()) return
  const grid = activeGrid()
  if (!grid) return toast('info', '请先在表格中选中要删除的行')
  await grid.deleteRow()
}

export function runCommand(command: MenuCommand): void {
  const commands: Record<MenuCommand, () => unknown> = {
    new: newBook,
    open: openFile,
    'open-recent': openRecentFile,
    save,
    'save-as': saveAs,
    'roll-forward': rollForward,
    'export-xlsx': exportXlsx,
    'export-document': exportDocument,
    consolidate: consolidateUnits,
    'issue-template': () => commitPendingEntry() && openModal({ kind: 'template' }),
    undo: () => menuUndo('undo'),
    redo: () => menuUndo('redo'),
    copy,
    paste,
    'insert-row': insertRow,
    'delete-row': deleteRow,
    'view-zoom-in': () => zoom(1),
    'view-zoom-out': () => zoom(-1),
    'view-zoom-reset': () => zoom(0),
    'view-checks': () => setView('checks'),
    'view-import-report': reopenImportReport,
    'help-about': () => openModal({ kind: 'about' }),
  }
  void commands[command]()
}
