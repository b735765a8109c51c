// The one store of the window, in three slices (zustand's slices pattern): the document
// (document-slice.ts), the checks' findings (findings-slice.ts) and the UI (ui-slice.ts).
// Components read it with useBook(selector); the actions are also exported by name, bound to
// the store, for code outside React (commands, the grid's callbacks).
import { create } from 'zustand'
import { emptyBook } from '../../shared/model/book'
import { createDocumentSlice, type DocumentSlice } from './document-slice'
import { createFindingsSlice, type FindingsSlice } from './findings-slice'
import { createUiSlice, type UiSlice } from './ui-slice'

export type { Step, Where } from './document-slice'
export type { ViewId, Toast, FocusRequest, Selection } from './ui-slice'
export { isTableView } from './ui-slice'

export type BookState = DocumentSlice & FindingsSlice & UiSlice

export const useBook = create<BookState>()((...a) => {
  const document = createDocumentSlice(emptyBook('', new Date().getFullYear() + 1))(...a)
  return { ...document, ...createFindingsSlice(document.derivation)(...a), ...createUiSlice(...a) }
})

export const isDirty = (s: BookState = useBook.getState()): boolean => s.revision !== s.savedRevision

// A preview belongs to the book it was computed for: any change of the book (an edit, undo,
// opening another file) returns to entering, rather than showing stale printed figures.
useBook.subscribe((s) => {
  if (s.preview && s.preview.forBook !== s.derivation.book) useBook.setState({ preview: null })
})

export const {
  loadBook, setAmounts, applyEdit, undo, redo, markSaved, refreshFindings,
  setView, jumpTo, setSelection, toast, dismissToast, showImportReport, reopenImportReport, togglePreview, refuseInPreview, togglePrior, toggleHideEmpty,
} = useBook.getState()
export const zoom = (step: -1 | 0 | 1): void => useBook.getState().stepZoom(step)
