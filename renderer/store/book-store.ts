// The one store of the window: the live Derivation (the book inside it), where the book
// lives on disk, whether it has unsaved edits, the open findings, and the undo history.
// Amount edits go through Derivation.setAmounts (incremental); structural edits build a new
// Derivation from the new (immutable) book. Either is one undo step.
import { create } from 'zustand'
import { Derivation } from '../../shared/engine/derivation'
import type { BudgetBook } from '../../shared/model/book'
import { emptyBook } from '../../shared/model/book'
import type { Fen } from '../../shared/model/money'
import type { Finding } from '../../shared/checks/checks'
import type { TableId } from '../../shared/tables/ids'
import type { ImportReport } from '../../shared/import/report'
import type { EditResult } from '../../shared/edit/result'
import type { Rect } from '../grid/selection'
import type { CellMark } from '../grid/columns'
import { emptyHistory, record, redo as redoStep, undo as undoStep, type History } from './history'
import { emitGridChange } from './events'
import { indexFindings } from './findings'
import { buildPreview, type PrintPreview } from './preview'

export type ViewId = 'info' | TableId | 'checks' | 'text'

interface StepBase {
  label: string
  view: ViewId
  revBefore: number
  revAfter: number
}
export type Step = StepBase &
  ({ kind: 'amounts'; changes: [ref: string, before: Fen, after: Fen][] } | { kind: 'book'; before: BudgetBook; after: BudgetBook })

export interface Toast {
  id: number
  kind: 'info' | 'success' | 'error'
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

export interface BookState {
  derivation: Derivation
  path: string | null
  /** The file the book was read from (an .xlsx stays the source until saved as .ysb). */
  source: string | null
  revision: number
  savedRevision: number
  history: History<Step>
  findings: Finding[]
  marks: Map<string, CellMark>
  problemCounts: Partial<Record<TableId, number>>
  view: ViewId
  focusRequest: FocusRequest | null
  selection: Selection | null
  toasts: Toast[]
  importReport: ImportReport | null
  zoom: number
  /** The 万元 print preview (舍位平衡) of a book kept in 元; null while entering. */
  preview: PrintPreview | null
}

let revisionSeq = 0
let toastSeq = 0
let focusSeq = 0

function findingsState(d: Derivation): Pick<BookState, 'findings' | 'marks' | 'problemCounts'> {
  const findings = d.findings()
  const { marks, counts } = indexFindings(findings, d.layouts)
  return { findings, marks, problemCounts: counts }
}

function initial(book: BudgetBook): Omit<BookState, 'view' | 'toasts' | 'zoom'> {
  const derivation = new Derivation(book)
  const rev = ++revisionSeq
  return {
    derivation,
    path: null,
    source: null,
    revision: rev,
    savedRevision: rev,
    history: emptyHistory<Step>(),
    ...findingsState(derivation),
    focusRequest: null,
    selection: null,
    importReport: null,
    preview: null,
  }
}

export const useBook = create<BookState>(() => ({
  ...initial(emptyBook('', new Date().getFullYear() + 1)),
  view: 'info',
  toasts: [],
  zoom: 1,
  preview: null,
}))

const get = useBook.getState
const set = useBook.setState

export const isDirty = (s: BookState = get()): boolean => s.revision !== s.savedRevision

// A preview belongs to the book it was computed for: any change of the book (an edit, undo,
// opening another file) returns to entering, rather than showing stale printed figures.
useBook.subscribe((s) => {
  if (s.preview && s.preview.forBook !== s.derivation.book) set({ preview: null })
})

/** Show or leave the 万元 print preview. Returns whether it is now shown. */
export function togglePreview(): boolean {
  const s = get()
  if (s.preview) {
    set({ preview: null })
    return false
  }
  if (s.derivation.book.amountUnit !== '元') {
    toast('info', '按万元录入时，表格即是公开数，无需预览')
    return false
  }
  set({ preview: buildPreview(s.derivation.book) })
  return true
}

/** Edits are refused while the print preview is shown (it shows the balanced figures, not the typed ones). */
export function refuseInPreview(): boolean {
  if (!get().preview) return false
  toast('error', '万元预览是只读的，请先点“返回录入”再修改')
  return true
}

/** Replace the whole document (new, open, recovery, roll forward). */
export function loadBook(
  book: BudgetBook,
  where: { path: string | null; source?: string | null; report?: ImportReport | null; dirty?: boolean },
): void {
  const next = initial(book)
  set({
    ...next,
    path: where.path,
    source: where.source ?? where.path,
    importReport: where.report ?? null,
    savedRevision: where.dirty ? -1 : next.revision,
  })
  emitGridChange({ kind: 'layout' })
}

function refreshFindings(): void {
  set(findingsState(get().derivation))
}

/** Apply amounts as one transaction and one undo step (a typed cell, a paste, a cleared selection). */
export function setAmounts(changes: readonly (readonly [string, Fen])[], label: string): boolean {
  if (refuseInPreview()) return false
  const s = get()
  const d = s.derivation
  // A ref given twice in one batch (a paste over merged targets …) takes its last value, as
  // Graph.set does; the undo step must record the value actually applied.
  const last = new Map<string, Fen>()
  for (const [ref, fen] of changes) last.set(ref, fen)
  const steps: [string, Fen, Fen][] = []
  for (const [ref, fen] of last) {
    const before = d.value(ref)
    if (typeof before !== 'bigint') throw new Error(`${ref} is not an amount cell`)
    if (before !== fen) steps.push([ref, before, fen])
  }
  if (steps.length === 0) return false
  const result = d.setAmounts(steps.map(([ref, , after]) => [ref, after]))
  const rev = ++revisionSeq
  set({
    revision: rev,
    history: record(s.history, { kind: 'amounts', label, view: s.view, changes: steps, revBefore: s.revision, revAfter: rev }),
  })
  if (result.checksChanged) refreshFindings()
  emitGridChange({ kind: 'values', refs: result.refs, marksChanged: result.checksChanged })
  return true
}

/** Apply a structural edit (new subject, renamed project …) as one undo step; a refusal becomes an error toast. */
export function applyEdit(result: EditResult | BudgetBook, label: string): boolean {
  if ('ok' in result && !result.ok) {
    toast('error', result.message)
    return false
  }
  const book = 'ok' in result ? result.book : result
  if (refuseInPreview()) return false
  const s = get()
  const before = s.derivation.book
  if (book === before) return false
  const derivation = new Derivation(book)
  const rev = ++revisionSeq
  set({
    derivation,
    revision: rev,
    history: record(s.history, { kind: 'book', label, view: s.view, before, after: book, revBefore: s.revision, revAfter: rev }),
    ...findingsState(derivation),
  })
  emitGridChange({ kind: 'layout' })
  return true
}

function applyStep(step: Step, direction: 'undo' | 'redo'): void {
  if (step.kind === 'amounts') {
    const d = get().derivation
    const result = d.setAmounts(step.changes.map(([ref, before, after]) => [ref, direction === 'undo' ? before : after]))
    set({ revision: direction === 'undo' ? step.revBefore : step.revAfter, view: step.view })
    if (result.checksChanged) refreshFindings()
    emitGridChange({ kind: 'values', refs: result.refs, marksChanged: result.checksChanged })
  } else {
    const derivation = new Derivation(direction === 'undo' ? step.before : step.after)
    set({ derivation, revision: direction === 'undo' ? step.revBefore : step.revAfter, view: step.view, ...findingsState(derivation) })
    emitGridChange({ kind: 'layout' })
  }
}

export function undo(): boolean {
  const r = undoStep(get().history)
  if (!r) {
    toast('info', '没有可撤销的操作')
    return false
  }
  set({ history: r.history })
  applyStep(r.step, 'undo')
  toast('info', `已撤销：${r.step.label}`)
  return true
}

export function redo(): boolean {
  const r = redoStep(get().history)
  if (!r) {
    toast('info', '没有可恢复的操作')
    return false
  }
  set({ history: r.history })
  applyStep(r.step, 'redo')
  toast('info', `已恢复：${r.step.label}`)
  return true
}

export function markSaved(path: string, revision: number): void {
  set({ path, source: path, savedRevision: revision })
}

export function setView(view: ViewId): void {
  // The 万元 preview is a way of reading the published tables: leaving them (基本信息, 审核, the
  // entry sheet) returns to entering, where edits are allowed again.
  const published = view !== 'info' && view !== 'checks' && view !== 'detail' && view !== 'text'
  set(published ? { view } : { view, preview: null })
}

/** Show a table and focus (and flash) one of its cells. */
export function jumpTo(table: TableId, row: string, col: string): void {
  set({ view: table, focusRequest: { table, row, col, nonce: ++focusSeq } })
}

export function setSelection(selection: Selection | null): void {
  set({ selection })
}

export function toast(kind: Toast['kind'], text: string): void {
  const id = ++toastSeq
  set((s) => ({ toasts: [...s.toasts.slice(-2), { id, kind, text }] }))
  setTimeout(() => dismissToast(id), kind === 'error' ? 9000 : 4000)
}

export function dismissToast(id: number): void {
  set((s) => ({ toasts: s.toasts.filter((t) => t.id !== id) }))
}

export function showImportReport(report: ImportReport | null): void {
  set({ importReport: report })
}

const ZOOMS = [0.8, 0.9, 1, 1.1, 1.25, 1.5]
export function zoom(step: -1 | 0 | 1): void {
  const z = get().zoom
  if (step === 0) return set({ zoom: 1 })
  const i = ZOOMS.indexOf(z)
  set({ zoom: ZOOMS[Math.max(0, Math.min(ZOOMS.length - 1, (i === -1 ? 2 : i) + step))]! })
}
