// Copy and paste arrive as clipboard events on the grid (not while a cell is being edited,
// where the editor's input handles them): our own TSV, as Excel reads and writes it.
import type { MutableRefObject } from 'react'
import type { GridApi } from 'ag-grid-community'
import type { RowDef } from '../../shared/tables/types'
import { refuseInPreview } from '../store/book-store'
import type { GridActions } from './actions'

export function useGridClipboard(apiRef: MutableRefObject<GridApi<RowDef> | null>, actions: GridActions) {
  const editing = (): boolean => !!apiRef.current?.getEditingCells().length
  const onCopy = (e: React.ClipboardEvent): void => {
    if (editing()) return
    const text = actions.copyText()
    if (text === null) return
    e.preventDefault()
    e.clipboardData.setData('text/plain', text)
  }
  const onPaste = (e: React.ClipboardEvent): void => {
    if (editing()) return
    e.preventDefault()
    if (refuseInPreview()) return
    actions.paste(e.clipboardData.getData('text/plain'))
  }
  return { onCopy, onPaste }
}
