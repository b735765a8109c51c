// The document slice: the live Derivation (the book inside it), where the book lives on disk,
// whether it has unsaved edits, and the undo history. Amount edits go through
// Derivation.setAmounts (incremental); structural edits through Derivation.restructure, which
// updates only what the edit touched. Either is one undo step.
import type { StateCreator } from 'zustand'
import { Derivation } from '../../shared/engine/derivation'
import type { BudgetBook } from '../../shared/model/book'
import { STANDARD_TABLES, type TableSet } from '../../shared/tables'
import type { Fen } from '../../shared/model/money'
import type { ImportReport } from '../../shared/import/report'
import type { EditResult } from '../../shared/edit/result'
import { emptyHistory, record, redo as redoStep, undo as undoStep, type History } from './history'
import { emitGridChange } from './events'
import { findingsOf } from './findings-slice'
import { isTableView, type ViewId } from './ui-slice'
import type { BookState } from './book-store'

interface StepBase {
  label: string
  view: ViewId
  revBefore: number
  revAfter: number
}
export type Step = StepBase &
  ({ kind: 'amounts'; changes: [ref: string, before: Fen, after: Fen][] } | { kind: 'book'; before: BudgetBook; after: BudgetBook })

export interface Where {
  path: string | null
  source?: string | null
  report?: ImportReport | null
  dirty?: boolean
  /** The tables the book is laid out in; absent: those of the book shown before (the standard 13 at start). */
  tables?: TableSet
}

export interface DocumentSlice {
  derivation: Derivation
  path: string | null
  /** The file the book was read from (an .xlsx stays the source until saved as .ysb). */
  source: string | null
  revision: number
  savedRevision: number
  history: History<Step>
  /** Replace the whole document (new, open, recovery, roll forward). */
  loadBook(book: BudgetBook, where: Where): void
  /** Apply amounts as one transaction and one undo step (a typed cell, a paste, a cleared selection). */
  setAmounts(changes: readonly (readonly [string, Fen])[], label: string): boolean
  /** Apply a structural edit (new subject, renamed project …) as one undo step; a refusal becomes an error toast. */
  applyEdit(result: EditResult | BudgetBook, label: string): boolean
  undo(): boolean
  redo(): boolean
  markSaved(path: string, revision: number): void
}

let revisionSeq = 0

/**
 * The document and findings state of a freshly loaded book (clean, no history), laid out in
 * `tables`: the document's TableSet, which every pane, the grid and the toolbar take their
 * tables from (derivation.tables), so a second province's set shows without renderer edits.
 */
export function freshDocument(book: BudgetBook, tables: TableSet = STANDARD_TABLES) {
  const derivation = new Derivation(book, tables)
  const rev = ++revisionSeq
  return { derivation, path: null, source: null, revision: rev, savedRevision: rev, history: emptyHistory<Step>() }
}

export const createDocumentSlice = (book: BudgetBook): StateCreator<BookState, [], [], DocumentSlice> => (set, get) => {
  function applyStep(step: Step, direction: 'undo' | 'redo'): void {
    const revision = direction === 'undo' ? step.revBefore : step.revAfter
    if (step.kind === 'amounts') {
      const result = get().derivation.setAmounts(step.changes.map(([ref, before, after]) => [ref, direction === 'undo' ? before : after]))
      set({ revision, view: step.view })
      if (result.checksChanged) get().refreshFindings()
      emitGridChange({ kind: 'values', refs: result.refs, marksChanged: result.checksChanged })
    } else {
      const derivation = get().derivation.restructure(direction === 'undo' ? step.before : step.after)
      set({ derivation, revision, view: step.view, ...findingsOf(derivation) })
      emitGridChange({ kind: 'layout' })
    }
  }

  /** Undo or redo one step; says what was undone, or that there is nothing. */
  function travel(direction: 'undo' | 'redo'): boolean {
    const r = (direction === 'undo' ? undoStep : redoStep)(get().history)
    if (!r) {
      get().toast('info', direction === 'undo' ? '没有可撤销的操作' : '没有可恢复的操作')
      return false
    }
    set({ history: r.history })
    applyStep(r.step, direction)
    get().toast('info', `${direction === 'undo' ? '已撤销' : '已恢复'}：${r.step.label}`)
    return true
  }

  return {
    ...freshDocument(book),

    loadBook(book, where) {
      const next = freshDocument(book, where.tables ?? get().derivation.tables)
      const view = get().view
      set({
        // A view of a table the new set lacks would show nothing: back to 基本信息.
        ...(isTableView(view) && !next.derivation.tables.has(view) ? { view: 'info' as const } : {}),
        ...next,
        ...findingsOf(next.derivation),
        focusRequest: null,
        selection: null,
        preview: null,
        path: where.path,
        source: where.source ?? where.path,
        importReport: where.report ?? null,
        reportShown: !!where.report,
        savedRevision: where.dirty ? -1 : next.revision,
      })
      emitGridChange({ kind: 'layout' })
    },

    setAmounts(changes, label) {
      const s = get()
      if (s.refuseInPreview()) return false
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
      if (result.checksChanged) get().refreshFindings()
      emitGridChange({ kind: 'values', refs: result.refs, marksChanged: result.checksChanged })
      return true
    },

    applyEdit(result, label) {
      const s = get()
      if ('ok' in result && !result.ok) {
        s.toast('error', result.message)
        return false
      }
      const book = 'ok' in result ? result.book : result
      if (s.refuseInPreview()) return false
      const before = s.derivation.book
      if (book === before) return false
      const derivation = s.derivation.restructure(book)
      const rev = ++revisionSeq
      set({
        derivation,
        revision: rev,
        history: record(s.history, { kind: 'book', label, view: s.view, before, after: book, revBefore: s.revision, revAfter: rev }),
        ...findingsOf(derivation),
      })
      emitGridChange({ kind: 'layout' })
      return true
    },

    undo: () => travel('undo'),
    redo: () => travel('redo'),

    markSaved: (path, revision) => set({ path, source: path, savedRevision: revision }),
  }
}
