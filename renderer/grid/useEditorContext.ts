// The grid's context object, read by the column definitions and the cell editors: the live
// values (or the print preview's), marks, the selection, and where an edit goes.
import { useMemo } from 'react'
import type { RowDef, TableDef } from '../../shared/tables/types'
import type { TableId } from '../../shared/tables/ids'
import { useBook, setAmounts, toast } from '../store/book-store'
import { markKey } from '../store/findings'
import { cellKind, type CellMark } from './columns'
import type { EditorContext } from './entry-editor'
import type { GridNavigation } from './useGridNavigation'
import { rename } from './rename'

export function useEditorContext(table: TableId, def: TableDef, nav: GridNavigation, inSelection: EditorContext['inSelection']): EditorContext {
  return useMemo<EditorContext>(() => {
    const kindAt = (row: RowDef, col: string) => {
      const column = def.columns.find((c) => c.id === col)
      return column ? cellKind(row, column, (r) => useBook.getState().derivation.isInput(r)) : { kind: 'readonly' as const }
    }
    return {
      table,
      // In the print preview the grid shows the balanced book, in 万元, read-only.
      get derivation() {
        const s = useBook.getState()
        return s.preview?.derivation ?? s.derivation
      },
      get unit() {
        const s = useBook.getState()
        return s.preview ? '万元' : s.derivation.book.amountUnit
      },
      get readOnly() {
        return useBook.getState().preview !== null
      },
      markAt: (rowId: string, col: string): CellMark | undefined => {
        const s = useBook.getState()
        return (s.preview?.marks ?? s.marks).get(markKey(table, rowId, col))
      },
      inSelection,
      refused: (message) => toast('error', message),
      notice: (message) => toast('warning', message),
      commitAmount: (row, col, fen) => {
        const kind = kindAt(row, col)
        if (kind.kind === 'money') setAmounts([[kind.ref, fen]], `修改${def.short}金额`)
      },
      commitText: (row, col, text) => {
        const kind = kindAt(row, col)
        if (kind.kind === 'text') void rename(kind.key, text, `修改${def.short}名称`)
      },
      moveFocus: nav.moveFocus,
      moveAfterEntry: nav.moveAfterEntry,
    }
  }, [table, def, nav, inSelection])
}
