// The UI slice: which view is shown, the cell a jump asks to focus, the grid selection,
// toasts, the import report, zoom, and the 万元 print preview. None of it is saved.
import type { StateCreator } from 'zustand'
import type { TableId } from '../../shared/tables/ids'
import type { ImportReport } from '../../shared/import/report'
import type { Rect } from '../grid/selection'
import { buildPreview, type PrintPreview } from './preview'
import { commitPendingEntry } from './pending-entry'
import type { BookState } from './book-store'

export type ViewId = 'info' | TableId | 'checks' | 'text'

/** A view showing a table of the document's set (not 基本信息, 审核 or 公开文本). */
export function isTableView(view: ViewId): view is TableId {
  return view !== 'info' && view !== 'checks' && view !== 'text'
}

export interface Toast {
  id: number
  /** warning: done, but read in a way the clerk may not have meant (they can undo). */
  kind: 'info' | 'success' | 'warning' | 'error'
  text: string
}

export interface FocusRequest {
  table: TableId
  row: string
  col: string
  nonce: number
}

export interface Selection {
  table: TableId
  rowId: string
  col: string
  rowIndex: number
  rect: Rect
}

export interface UiSlice {
  view: ViewId
  focusRequest: FocusRequest | null
  selection: Selection | null
  toasts: Toast[]
  /** The report of the .xlsx the book was read from; kept while the book is open, so it can be reopened. */
  importReport: ImportReport | null
  reportShown: boolean
  zoom: number
  /** Show 上年数 and 增减 beside the figures (tables that can compare). */
  showPrior: boolean
  /** Hide subject rows with no amount (表八, 表九 list every subject of the catalog group). */
  hideEmpty: boolean
  /** The 万元 print preview (舍位平衡) of a book kept in 元; null while entering. */
  preview: PrintPreview | null
  /** Show a view (after committing what is typed into a cell; a refused entry keeps the view). */
  setView(view: ViewId): void
  /** Show a table and focus (and flash) one of its cells. */
  jumpTo(table: TableId, row: string, col: string): void
  setSelection(selection: Selection | null): void
  toast(kind: Toast['kind'], text: string): void
  dismissToast(id: number): void
  /** Show a report (null: close the dialog; the report stays, to be reopened). */
  showImportReport(report: ImportReport | null): void
  /** 导入报告…: show the report again, or say there is none. */
  reopenImportReport(): void
  stepZoom(step: -1 | 0 | 1): void
  togglePrior(): void
  toggleHideEmpty(): void
  /** Show or leave the 万元 print preview. Returns whether it is now shown. */
  togglePreview(): boolean
  /** Edits are refused while the print preview is shown (it shows the balanced figures, not the typed ones). */
  refuseInPreview(): boolean
}

let toastSeq = 0
let focusSeq = 0
const ZOOMS = [0.8, 0.9, 1, 1.1, 1.25, 1.5]

export const createUiSlice: StateCreator<BookState, [], [], UiSlice> = (set, get) => ({
  view: 'info',
  focusRequest: null,
  selection: null,
  toasts: [],
  importReport: null,
  reportShown: false,
  zoom: 1,
  showPrior: false,
  hideEmpty: false,
  preview: null,

  setView(view) {
    if (!commitPendingEntry()) return
    // The 万元 preview is a way of reading the published tables: leaving them (基本信息, 审核, the
    // entry sheet) returns to entering, where edits are allowed again.
    const tables = get().derivation.tables
    const published = isTableView(view) && tables.has(view) && !tables.def(view).internal
    set(published ? { view } : { view, preview: null })
  },

  jumpTo(table, row, col) {
    if (!commitPendingEntry()) return
    set({ view: table, focusRequest: { table, row, col, nonce: ++focusSeq } })
  },

  setSelection: (selection) => set({ selection }),

  toast(kind, text) {
    const id = ++toastSeq
    set((s) => ({ toasts: [...s.toasts.slice(-2), { id, kind, text }] }))
    setTimeout(() => get().dismissToast(id), kind === 'error' || kind === 'warning' ? 9000 : 4000)
  },

  dismissToast: (id) => set((s) => ({ toasts: s.toasts.filter((t) => t.id !== id) })),

  showImportReport: (report) => set(report ? { importReport: report, reportShown: true } : { reportShown: false }),

  reopenImportReport() {
    if (get().importReport) set({ reportShown: true })
    else get().toast('info', '当前预算不是从公开表（.xlsx）读入的，没有导入报告')
  },

  stepZoom(step) {
    const z = get().zoom
    if (step === 0) return set({ zoom: 1 })
    const i = ZOOMS.indexOf(z)
    set({ zoom: ZOOMS[Math.max(0, Math.min(ZOOMS.length - 1, (i === -1 ? 2 : i) + step))]! })
  },

  togglePrior() {
    if (!commitPendingEntry()) return
    set((s) => ({ showPrior: !s.showPrior }))
  },

  toggleHideEmpty() {
    if (!commitPendingEntry()) return
    set((s) => ({ hideEmpty: !s.hideEmpty }))
  },

  togglePreview() {
    const s = get()
    if (s.preview) {
      set({ preview: null })
      return false
    }
    if (s.derivation.book.amountUnit !== '元') {
      s.toast('info', '按万元录入时，表格即是公开数，无需预览')
      return false
    }
    set({ preview: buildPreview(s.derivation.book) })
    return true
  },

  refuseInPreview() {
    if (!get().preview) return false
    get().toast('error', '万元预览是只读的，请先点“返回录入”再修改')
    return true
  },
})
