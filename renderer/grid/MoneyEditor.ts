// The editor of a money cell. Typing a character replaces the content (the grid passes the
// key as eventKey), F2 or a double click keeps it. Enter/Tab commit only a valid entry: an
// invalid one keeps the editor open with the reason under it, and nothing changes.
// A plain DOM component (not React): the grid creates and focuses it synchronously inside
// the keydown that starts editing, so not one fast-typed character is lost.
import type { ICellEditorComp, ICellEditorParams } from 'ag-grid-community'
import type { RowDef } from '../../shared/tables/types'
import { parseEntry } from '../../shared/model/parse-entry'
import { fenToString } from '../../shared/model/money'
import type { GridContext } from './columns'
import { arrowMove } from './keyboard'

export interface EditorContext extends GridContext {
  /** Tell the clerk an entry was dropped (the editor lost focus holding an invalid entry). */
  refused(message: string): void
  /** Move the focus after committing with an arrow key. */
  moveFocus(rowIndex: number, col: string, dRow: number, dCol: number): void
  /**
   * Apply an amount typed into a cell, right away. The grid's own cellEditRequest event is
   * dispatched in a later task (AG Grid runs gridOptions callbacks asynchronously), which
   * would cost a frame between Enter and the updated totals.
   */
  commitAmount(row: RowDef, col: string, fen: bigint): void
}

/** What the editor starts with: the typed character, nothing (Delete), or the plain amount. */
export function startText(eventKey: string | null, value: unknown, unit: GridContext['unit']): string {
  if (eventKey && eventKey.length === 1) return eventKey
  if (eventKey === 'Backspace' || eventKey === 'Delete') return ''
  return typeof value === 'bigint' && value !== 0n ? fenToString(value, unit) : ''
}

export class MoneyEditor implements ICellEditorComp<RowDef> {
  private gui!: HTMLDivElement
  private input!: HTMLInputElement
  private errorBox: HTMLDivElement | null = null
  private params!: ICellEditorParams<RowDef>
  private ctx!: EditorContext
  /** Started by typing: arrows commit and move, as in Excel's "enter mode". */
  private enterMode = false
  /** Already applied by the editor itself (Enter, Tab, arrows): the grid must not apply it again. */
  private committed = false

  init(params: ICellEditorParams<RowDef>): void {
    this.params = params
    this.ctx = params.context as EditorContext
    this.enterMode = !!params.eventKey && params.eventKey.length === 1
    this.gui = document.createElement('div')
    this.gui.className = 'money-editor'
    this.gui.style.width = `${params.column.getActualWidth()}px`
    this.input = document.createElement('input')
    this.input.className = 'money-editor-input'
    this.input.spellcheck = false
    this.input.inputMode = 'decimal'
    this.input.value = startText(params.eventKey, params.value, this.ctx.unit)
    this.gui.appendChild(this.input)
    this.input.addEventListener('input', this.onInput)
    this.input.addEventListener('keydown', this.onKeyDown)
  }

  getGui(): HTMLElement {
    return this.gui
  }

  afterGuiAttached(): void {
    this.input.focus()
    const end = this.input.value.length
    this.input.setSelectionRange(end, end)
  }

  getValue(): string {
    return this.input.value
  }

  isPopup(): boolean {
    return true
  }

  getPopupPosition(): 'over' {
    return 'over'
  }

  isCancelAfterEnd(): boolean {
    if (this.committed) return true
    const r = parseEntry(this.input.value, this.ctx.unit)
    if (!r.ok) this.ctx.refused(`输入无效，未修改：${r.message}`)
    return !r.ok
  }

  destroy(): void {
    this.input.removeEventListener('input', this.onInput)
    this.input.removeEventListener('keydown', this.onKeyDown)
  }

  private readonly onInput = (): void => {
    this.showError(null)
    if (this.input.value === '') this.enterMode = false
  }

  /** On the input itself, so it runs before the grid's listener on the popup around it. */
  private readonly onKeyDown = (e: KeyboardEvent): void => {
    const move = this.enterMode ? arrowMove(e.key) : null
    if (e.key !== 'Enter' && e.key !== 'Tab' && !move) return
    const r = parseEntry(this.input.value, this.ctx.unit)
    if (!r.ok) {
      e.preventDefault()
      e.stopPropagation()
      this.showError(r.message)
      return
    }
    if (this.params.data) {
      this.committed = true
      this.ctx.commitAmount(this.params.data, this.params.column.getColId(), r.fen)
    }
    if (move) {
      e.preventDefault()
      e.stopPropagation()
      const { rowIndex, column } = this.params
      this.params.stopEditing()
      this.ctx.moveFocus(rowIndex, column.getColId(), move.dRow, move.dCol)
    }
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
  }
}
