// The editor of a money cell. Typing a character replaces the content (the grid passes the
// key as eventKey), F2 or a double click keeps it. Enter/Tab apply only a valid entry and move
// to the next cell that takes one; an invalid entry keeps the editor open with the reason
// under it, and nothing changes.
import type { ICellEditorParams } from 'ag-grid-community'
import type { RowDef } from '../../shared/tables/types'
import { largeAmountNote, parseEntry, spaceGroupingNote } from '../../shared/model/parse-entry'
import { fenToString } from '../../shared/model/money'
import type { GridContext } from './columns'
import { arrowMove } from './keyboard'
import { EntryEditor, entryStep, type AfterKey, type ApplyReason } from './entry-editor'
import { IME_START } from './ime'

export type { EditorContext } from './entry-editor'

/** What the editor starts with: the typed character, nothing (Delete, or an IME's composition to come), or the plain amount. */
export function startText(eventKey: string | null, value: unknown, unit: GridContext['unit']): string {
  if (eventKey && eventKey.length === 1) return eventKey
  if (eventKey === 'Backspace' || eventKey === 'Delete' || eventKey === IME_START) return ''
  return typeof value === 'bigint' && value !== 0n ? fenToString(value, unit) : ''
}

export class MoneyEditor extends EntryEditor {
  private errorBox: HTMLDivElement | null = null
  /** Started by typing: arrows commit and move, as in Excel's "enter mode". */
  private enterMode = false

  protected startValue(params: ICellEditorParams<RowDef>): string {
    this.enterMode = !!params.eventKey && (params.eventKey.length === 1 || params.eventKey === IME_START)
    return startText(params.eventKey, params.value, (params.context as GridContext).unit)
  }

  override init(params: ICellEditorParams<RowDef>): void {
    super.init(params)
    this.input.inputMode = 'decimal'
    if (params.eventKey === 'Backspace' || params.eventKey === 'Delete') this.changed = true
  }

  protected afterKey(e: KeyboardEvent): AfterKey | null {
    const step = entryStep(e)
    if (step) return { step }
    return this.enterMode ? arrowMove(e.key) : null
  }

  protected apply(reason: ApplyReason, beforeCommit?: () => void): boolean {
    if (!this.changed) {
      this.done = true
      return true
    }
    const r = parseEntry(this.input.value, this.ctx.unit)
    if (!r.ok) {
      if (reason === 'close') {
        this.ctx.refused(`输入无效，未修改：${r.message}`)
        return true
      }
      this.showError(r.message)
      if (reason === 'command') this.ctx.refused(`输入无效，请改正或按 Esc 放弃：${r.message}`)
      return false
    }
    this.done = true
    beforeCommit?.()
    if (this.params.data) {
      this.ctx.commitAmount(this.params.data, this.params.column.getColId(), r.fen)
      if (r.spaceGrouped) this.ctx.notice(spaceGroupingNote(this.input.value, r.fen, this.ctx.unit))
      const large = largeAmountNote(r.fen, this.ctx.unit)
      if (large) this.ctx.notice(large)
    }
    return true
  }

  protected override onChange(): void {
    this.showError(null)
    if (this.input.value === '') this.enterMode = false
  }

  private showError(message: string | null): void {
    this.input.classList.toggle('invalid', message !== null)
    if (message === null) {
      this.errorBox?.remove()
      this.errorBox = null
      return
    }
    if (!this.errorBox) {
      this.errorBox = document.createElement('div')
      this.errorBox.className = 'money-editor-error'
      this.errorBox.setAttribute('role', 'alert')
      this.gui.appendChild(this.errorBox)
    }
    this.errorBox.textContent = message
    // Under the cell, or above it when the cell is the last one in view (it would be cut off).
    const bottom = Math.min(window.innerHeight, this.gui.closest('.table-grid')?.getBoundingClientRect().bottom ?? Infinity)
    this.errorBox.classList.toggle('above', this.gui.getBoundingClientRect().bottom + this.errorBox.offsetHeight + 4 > bottom)
  }
}
