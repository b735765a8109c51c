// What every cell editor of the grid shares: a plain DOM input (not React: the grid creates
// and focuses it synchronously inside the keydown that starts editing, so not one fast-typed
// character is lost), applying its own value at once (the grid's cellEditRequest would come a
// task later, after a command that reads the book), and registering as the pending entry so
// no command, table switch or close runs past what the clerk typed.
import type { ICellEditorComp, ICellEditorParams } from 'ag-grid-community'
import type { RowDef } from '../../shared/tables/types'
import { entryChanged, entryClosed, entryOpened, type PendingEntry } from '../store/pending-entry'
import type { GridContext } from './columns'
import type { EntryStep } from './navigation'
import { IME_START } from './ime'
import { imeKey } from '../ime-keys'

export interface EditorContext extends GridContext {
  /** Tell the clerk an entry was refused. */
  refused(message: string): void
  /** Tell the clerk how an applied entry was read, where it may not be what they meant. */
  notice(message: string): void
  /** Move the focus by rows and columns (arrow keys while typing). */
  moveFocus(rowIndex: number, col: string, dRow: number, dCol: number): void
  /** Move the focus to the next cell that takes an amount (after Enter or Tab). */
  moveAfterEntry(rowIndex: number, col: string, step: EntryStep): void
  /** Apply an amount typed into a cell, right away. */
  commitAmount(row: RowDef, col: string, fen: bigint): void
  /** Apply a name typed into a cell (it may ask first: a catalogued subject). */
  commitText(row: RowDef, col: string, text: string): void
}

/** Why the editor applies its value: a key (Enter, Tab, arrow), focus left it, a command, the grid closed it. */
export type ApplyReason = 'key' | 'blur' | 'command' | 'close'
/** Where the focus goes after a key applied the value. */
export type AfterKey = { step: EntryStep } | { dRow: number; dCol: number } | 'stay'

export abstract class EntryEditor implements ICellEditorComp<RowDef>, PendingEntry {
  protected gui!: HTMLDivElement
  protected input!: HTMLInputElement
  protected params!: ICellEditorParams<RowDef>
  protected ctx!: EditorContext
  /** The clerk changed the content (or started by typing over it). */
  protected changed = false
  /** Applied (or given up): never apply twice, whichever of key, blur, command or close comes first. */
  protected done = false
  /** Opened by a key of a Chinese input method: starts empty, the composition arrives next. */
  protected imeStart = false

  /** The text the editor starts with. */
  protected abstract startValue(params: ICellEditorParams<RowDef>): string
  /**
   * Apply the content if valid; false keeps the editor open (it shows why). `beforeCommit`
   * (after a key): called once the content is known valid, before it changes the book.
   */
  protected abstract apply(reason: ApplyReason, beforeCommit?: () => void): boolean
  /** What a key press does: apply and move, or nothing (the input handles it). */
  protected abstract afterKey(e: KeyboardEvent): AfterKey | null

  init(params: ICellEditorParams<RowDef>): void {
    this.params = params
    this.ctx = params.context as EditorContext
    this.gui = document.createElement('div')
    this.gui.className = 'money-editor'
    this.gui.style.width = `${params.column.getActualWidth()}px`
    this.input = document.createElement('input')
    this.input.className = 'money-editor-input'
    this.input.spellcheck = false
    this.imeStart = params.eventKey === IME_START
    this.input.value = this.startValue(params)
    this.changed = !!params.eventKey && params.eventKey.length === 1
    this.gui.appendChild(this.input)
    this.input.addEventListener('input', this.onInput)
    this.input.addEventListener('compositionend', this.onCompositionEnd)
    this.input.addEventListener('keydown', this.onKeyDown)
    this.input.addEventListener('blur', this.onBlur)
    entryOpened(this)
  }

  get typed(): boolean {
    return this.changed && !this.done
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

  /** The grid closes the editor (another cell clicked …): apply it here, so the grid never applies it later. */
  isCancelAfterEnd(): boolean {
    if (!this.done) this.apply('close')
    this.done = true
    return true
  }

  destroy(): void {
    this.input.removeEventListener('input', this.onInput)
    this.input.removeEventListener('compositionend', this.onCompositionEnd)
    this.input.removeEventListener('keydown', this.onKeyDown)
    this.input.removeEventListener('blur', this.onBlur)
    entryClosed(this)
  }

  /** Before a command: apply and close, or (refused) keep the editor and its reason in front of the clerk. */
  commit(): boolean {
    if (this.done) return true
    if (!this.apply('command')) {
      this.input.focus()
      return false
    }
    this.params.stopEditing()
    return true
  }

  protected onChange(): void {}

  private readonly onInput = (): void => {
    const was = this.typed
    this.changed = true
    this.onChange()
    if (!was) entryChanged()
  }

  /** An entry the IME opened and whose composition the clerk then cancelled holds nothing typed. */
  private readonly onCompositionEnd = (): void => {
    if (!this.imeStart || this.input.value !== '' || !this.changed) return
    this.changed = false
    entryChanged()
  }

  /** On the input itself, so it runs before the grid's listener on the popup around it. */
  private readonly onKeyDown = (e: KeyboardEvent): void => {
    // Enter, Tab, arrows and Esc while a composition is open pick or drop a candidate in the IME:
    // neither this editor nor the grid (which would close it) may act on them, nor may Tab
    // move the focus out of the field (the field would lose the composition).
    if (imeKey(e)) {
      e.stopPropagation()
      if (e.key === 'Tab') e.preventDefault()
      return
    }
    // Esc gives the entry up. The grid cancels the edit and focuses the cell, and the blur
    // that causes would otherwise apply what was typed (as a click elsewhere does).
    if (e.key === 'Escape') {
      this.done = true
      entryChanged()
      return
    }
    const after = this.afterKey(e)
    if (!after) return
    e.preventDefault()
    e.stopPropagation()
    const { rowIndex, column } = this.params
    const col = column.getColId()
    let moved = false
    const move = (): void => {
      if (moved) return
      moved = true
      if (after === 'stay') this.ctx.moveFocus(rowIndex, col, 0, 0)
      else if ('step' in after) this.ctx.moveAfterEntry(rowIndex, col, after.step)
      else this.ctx.moveFocus(rowIndex, col, after.dRow, after.dCol)
    }
    // The focus moves before the value is applied and before the editor closes: a native
    // focus() forces the page's style and layout up to date, cheap before the grid redraws the
    // changed cells and dear after; and AG Grid gives the focus back to the edited cell when the
    // editor closes while holding it (a second focus()). The grid closes the editor as the
    // focus leaves its cell; stopEditing covers staying put.
    if (!this.apply('key', move)) return
    move()
    this.params.stopEditing()
  }

  /** Focus left the editor (a click on the toolbar, the sidebar, another window): apply what is typed. */
  private readonly onBlur = (): void => {
    if (this.done) return
    if (this.apply('blur')) this.params.stopEditing()
  }
}

/** Enter/Shift+Enter and Tab/Shift+Tab after an entry. */
export function entryStep(e: KeyboardEvent): EntryStep | null {
  if (e.key === 'Enter') return e.shiftKey ? 'up' : 'down'
  if (e.key === 'Tab') return e.shiftKey ? 'left' : 'right'
  return null
}
