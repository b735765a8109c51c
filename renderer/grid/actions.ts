// What the clerk does to a grid beyond typing into one cell: copy, paste, clear a
// selection, delete a row. Each is one undo step.
import type { GridApi } from 'ag-grid-community'
import type { RowDef, TableDef } from '../../shared/tables/types'
import type { TableId } from '../../shared/tables/ids'
import { writeAmount } from '../../shared/engine/inputs'
import { setText } from '../../shared/edit/text'
import { describeTarget, holdsMoney, removedAmount, removeRow, rowTargetOf } from '../../shared/edit/rows'
import { useBook, setAmounts, applyEdit, toast } from '../store/book-store'
import { confirm } from '../dialogs/modal-store'
import { cellKind, columnLabels, headerTree } from './columns'
import { copyBlock, formatTsv, parseTsv, pasteNotes, planPaste, type GridModel } from './clipboard'
import { cellsIn, type CellPos, type Rect } from './selection'

export interface GridActions {
  copyText(): string | null
  paste(text: string): void
  clear(): void
  selectAll(): void
  deleteRow(): Promise<void>
  explainReadOnly(): void
}

interface Deps {
  table: TableId
  def: TableDef
  api: () => GridApi<RowDef> | null
  rows: () => readonly RowDef[]
  selection: () => Rect | null
  select: (anchor: CellPos, focus: CellPos) => void
}

export function rowLabel(row: RowDef): string {
  return Object.values(row.text).filter(Boolean).join(' ') || row.id
}

/**
 * After 删除行 the cursor goes to the row that took the deleted one's place (or the new last row),
 * same column, so the clerk carries on from the keyboard: the toolbar button clicked has the
 * focus otherwise. The grid gets the new rows a render later: wait for the deleted row to go.
 */
function focusAfterRemoval(api: GridApi<RowDef>, removed: string, index: number, col: string): void {
  let frames = 0
  const focus = (): void => {
    if (api.isDestroyed()) return
    if (api.getRowNode(removed) && ++frames < 30) return void requestAnimationFrame(focus)
    const count = api.getDisplayedRowCount()
    if (count > 0) api.setFocusedCell(Math.min(index, count - 1), col)
  }
  requestAnimationFrame(focus)
}

export function createGridActions(deps: Deps): GridActions {
  const { def, table } = deps
  const labels = columnLabels(headerTree(def, useBook.getState().derivation.book.year))
  const model = (): GridModel => {
    const d = useBook.getState().derivation
    return {
      rows: deps.rows(),
      columns: def.columns,
      isInput: (ref) => d.isInput(ref),
      rowLabel,
      columnLabel: (c) => labels.get(c.id) ?? c.id,
    }
  }
  /** The selection, or the focused cell as a 1×1 rectangle. */
  const target = (): Rect | null => {
    const rect = deps.selection()
    if (rect) return rect
    const f = deps.api()?.getFocusedCell()
    if (!f || f.rowPinned) return null
    const col = def.columns.findIndex((c) => c.id === f.column.getColId())
    return col < 0 ? null : { top: f.rowIndex, bottom: f.rowIndex, left: col, right: col }
  }
  let lastExplained = ''

  return {
    copyText() {
      const rect = target()
      if (!rect) return null
      const d = useBook.getState().derivation
      return formatTsv(copyBlock(model(), rect, (ref) => d.value(ref), d.book.amountUnit))
    },

    paste(text) {
      const rect = target()
      if (!rect) return toast('error', '请先选中要粘贴到的单元格')
      const block = parseTsv(text)
      if (block.length === 0 || (block.length === 1 && block[0]!.length === 1 && block[0]![0] === '' && text === '')) return
      const d = useBook.getState().derivation
      const plan = planPaste(block, model(), { row: rect.top, col: rect.left }, d.book.amountUnit)
      if (!plan.ok) return toast('error', plan.message)
      const count = plan.amounts.length + plan.texts.length
      if (count === 0) return toast('error', `没有可粘贴的单元格：${pasteNotes(plan).join('；') || '目标单元格都是计算单元格'}`)
      if (plan.texts.length) {
        let book = d.book
        for (const [key, value] of plan.texts) {
          const r = setText(book, key, value)
          if (!r.ok) return toast('error', `未粘贴任何内容：${r.message}`)
          book = r.book
        }
        for (const [ref, fen] of plan.amounts) book = writeAmount(book, ref, fen)
        applyEdit(book, `粘贴到${def.short}`)
      } else {
        setAmounts(plan.amounts, `粘贴到${def.short}`)
      }
      deps.select({ row: plan.rect.top, col: plan.rect.left }, { row: plan.rect.bottom, col: plan.rect.right })
      const notes = pasteNotes(plan)
      toast(plan.spaceGrouped.length ? 'warning' : notes.length ? 'info' : 'success', [`已粘贴 ${count} 个单元格`, ...notes].join('；'))
    },

    clear() {
      const rect = target()
      if (!rect) return
      const m = model()
      const zeros: [string, bigint][] = []
      for (let i = rect.top; i <= rect.bottom; i++) {
        for (let j = rect.left; j <= rect.right; j++) {
          const row = m.rows[i]
          const column = m.columns[j]
          if (!row || !column) continue
          const kind = cellKind(row, column, m.isInput)
          if (kind.kind === 'money') zeros.push([kind.ref, 0n])
        }
      }
      if (zeros.length === 0) {
        if (cellsIn(rect) === 1) this.explainReadOnly()
        return
      }
      setAmounts(zeros, `清除${def.short}单元格`)
    },

    selectAll() {
      const n = deps.rows().length
      if (n) deps.select({ row: 0, col: 0 }, { row: n - 1, col: def.columns.length - 1 })
    },

    async deleteRow() {
      const sel = useBook.getState().selection
      if (!sel || sel.table !== table) return toast('error', '请先选中要删除的行')
      const t = rowTargetOf(useBook.getState().derivation.tables, table, sel.rowId, sel.col)
      if (!t) return toast('error', '这一行不能删除：合计、类、款和固定行由表格自动生成')
      const book = useBook.getState().derivation.book
      if (holdsMoney(book, t)) {
        const ok = await confirm('删除行', `${describeTarget(book, t)} 有金额（合计 ${removedAmount(book, t)}），删除后这些金额也将删除。确定删除吗？`, '删除', true)
        if (!ok) return
      }
      const api = deps.api()
      const at = api?.getRowNode(sel.rowId)?.rowIndex
      if (!applyEdit(removeRow(useBook.getState().derivation.book, t), `删除${describeTarget(book, t)}`)) return
      if (api && at != null) focusAfterRemoval(api, sel.rowId, at, sel.col)
    },

    explainReadOnly() {
      const rect = target()
      if (!rect) return
      const row = deps.rows()[rect.top]
      const column = def.columns[rect.left]
      if (!row || !column) return
      const key = `${row.id}|${column.id}`
      const kind = cellKind(row, column, model().isInput)
      if (kind.kind !== 'readonly' || key === lastExplained) return
      lastExplained = key
      const explain = row.cells[column.id]?.formula?.explain
      toast('info', explain ? `此单元格由计算得出（${explain}），不能直接修改` : '此单元格不能直接修改')
    },
  }
}
