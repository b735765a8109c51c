// @vitest-environment jsdom
// A Chinese input method in the cell editors: an IME key opens them empty, keys during a
// composition never apply or close them, a cancelled composition leaves the cell alone, and Esc
// gives a typed entry up. The real renderer with a real IME is in test/e2e/ime.e2e.mjs.
import { describe, it, expect, vi } from 'vitest'
import { IME_START, imeOpens } from '../../renderer/grid/ime'
import { enterKey, escapeKey, imeKey } from '../../renderer/ime-keys'
import { MoneyEditor, startText } from '../../renderer/grid/MoneyEditor'
import { NameEditor } from '../../renderer/grid/NameEditor'
import { suppressKeys } from '../../renderer/grid/columns'
import type { EditorContext } from '../../renderer/grid/entry-editor'
import { hasTypedEntry } from '../../renderer/store/pending-entry'

const ROW = { id: 'p:1', kind: 'item', text: { name: '旧项目名称' }, cells: {} }

function open(Editor: typeof MoneyEditor | typeof NameEditor, eventKey: string | null, value: unknown) {
  const ctx = { unit: '万元', refused: vi.fn(), moveFocus: vi.fn(), moveAfterEntry: vi.fn(), commitAmount: vi.fn(), commitText: vi.fn() }
  const stopEditing = vi.fn()
  const ed = new Editor()
  ed.init({ eventKey, value, data: ROW, context: ctx as unknown as EditorContext, rowIndex: 2, column: { getColId: () => (Editor === NameEditor ? 'name' : 'gp'), getActualWidth: () => 120 }, stopEditing } as never)
  document.body.appendChild(ed.getGui())
  ed.afterGuiAttached()
  const input = ed.getGui().querySelector('input')!
  /** The IME's composition shows `text` in the field. */
  const compose = (text: string) => {
    input.value = text
    input.dispatchEvent(new InputEvent('input', { bubbles: true, isComposing: true }))
  }
  const endComposition = () => input.dispatchEvent(new CompositionEvent('compositionend', { bubbles: true }))
  /** A keydown as Chromium gives it; returns whether it reached the grid around the editor. */
  const press = (key: string, init: { keyCode?: number; isComposing?: boolean } = {}) => {
    const e = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, isComposing: init.isComposing ?? false })
    if (init.keyCode) Object.defineProperty(e, 'keyCode', { value: init.keyCode })
    let reached = false
    const grid = (): void => void (reached = true)
    ed.getGui().addEventListener('keydown', grid)
    input.dispatchEvent(e)
    ed.getGui().removeEventListener('keydown', grid)
    return { reached, prevented: e.defaultPrevented }
  }
  return { ed, ctx, input, compose, endComposition, press, stopEditing }
}

describe('IME keys', () => {
  it('are "Process", keyCode 229, or any key while composing', () => {
    expect(imeKey({ key: 'Process', keyCode: 229 })).toBe(true)
    expect(imeKey({ key: 'n', keyCode: 229 })).toBe(true)
    expect(imeKey({ key: 'Enter', keyCode: 13, isComposing: true })).toBe(true)
    expect(imeKey({ key: 'Enter', keyCode: 13, isComposing: false })).toBe(false)
    expect(imeKey({ key: 'n', keyCode: 78 })).toBe(false)
    // 229 on every key of a text field with no IME (a Chromium quirk on some Windows machines): Enter stays Enter.
    expect(imeKey({ key: 'Enter', keyCode: 229 })).toBe(false)
    expect(imeKey({ key: 'Unidentified', keyCode: 229 })).toBe(true)
  })

  it('are not the page\'s Enter or Esc (dialogs, 基本信息 and 公开文本 fields)', () => {
    const react = (key: string, keyCode: number, isComposing = false) => ({ key, nativeEvent: { key, keyCode, isComposing } })
    expect(enterKey(react('Enter', 13))).toBe(true)
    expect(enterKey(react('Enter', 13, true))).toBe(false)
    expect(enterKey(react('Process', 229))).toBe(false)
    expect(enterKey(react('Enter', 229))).toBe(true)
    expect(escapeKey(react('Escape', 27))).toBe(true)
    expect(escapeKey(react('Escape', 27, true))).toBe(false)
  })

  it('open an amount cell for a key that types, a name cell for a letter but not for a digit key', () => {
    expect(imeOpens('Digit1', 'moneyEditor')).toBe(true)
    expect(imeOpens('KeyN', 'moneyEditor')).toBe(true)
    expect(imeOpens('KeyN', 'nameEditor')).toBe(true)
    expect(imeOpens('Digit1', 'nameEditor')).toBe(false)
    expect(imeOpens('Numpad1', 'nameEditor')).toBe(false)
    expect(imeOpens('KeyN', undefined)).toBe(false)
    expect(imeOpens('Period', 'moneyEditor')).toBe(true)
    expect(imeOpens('', 'moneyEditor')).toBe(true)
    // Shift switches the IME between 中 and 英: no editor opens for it.
    expect(imeOpens('ShiftLeft', 'nameEditor')).toBe(false)
    expect(imeOpens('ShiftLeft', 'moneyEditor')).toBe(false)
    expect(imeOpens('Enter', 'moneyEditor')).toBe(false)
  })

  it('are never acted on by the grid, editing or not; plain keys are as before', () => {
    const params = (event: Partial<KeyboardEvent>, editing: boolean, cellEditor = 'moneyEditor') =>
      ({ event: { ctrlKey: false, metaKey: false, altKey: false, keyCode: 0, ...event }, editing, colDef: { cellEditor } }) as never
    expect(suppressKeys(params({ key: 'n', keyCode: 229 }, false))).toBe(true)
    expect(suppressKeys(params({ key: 'Enter', keyCode: 13, isComposing: true }, true))).toBe(true)
    expect(suppressKeys(params({ key: 'Enter', keyCode: 13 }, true))).toBe(false)
    expect(suppressKeys(params({ key: '7', keyCode: 55 }, false))).toBe(false)
    expect(suppressKeys(params({ key: '7', keyCode: 55 }, false, 'nameEditor'))).toBe(true)
  })
})

describe('an editor opened by an IME key', () => {
  it('starts empty (the composition replaces the content) and counts as typed once text arrives', () => {
    expect(startText(IME_START, 427_750_000n, '万元')).toBe('')
    const money = open(MoneyEditor, IME_START, 427_750_000n)
    expect(money.input.value).toBe('')
    expect(hasTypedEntry()).toBe(false)
    money.compose('１２')
    expect(hasTypedEntry()).toBe(true)
    money.ed.destroy()
    const name = open(NameEditor, IME_START, '旧项目名称')
    expect(name.input.value).toBe('')
    name.ed.destroy()
  })

  it('lets Enter, Tab, arrows and Esc of the composition through to the IME only', () => {
    const { ed, compose, press, ctx, stopEditing } = open(NameEditor, IME_START, '旧项目名称')
    compose('chengshi')
    expect(press('Enter', { isComposing: true }).reached).toBe(false)
    expect(press('Process', { keyCode: 229 }).reached).toBe(false)
    expect(press('ArrowDown', { isComposing: true }).reached).toBe(false)
    expect(press('Escape', { isComposing: true }).reached).toBe(false)
    expect(press('Tab', { isComposing: true }).prevented).toBe(true) // the focus stays in the field
    expect(ctx.commitText).not.toHaveBeenCalled()
    expect(stopEditing).not.toHaveBeenCalled()
    compose('城市')
    press('Enter')
    expect(ctx.commitText).toHaveBeenCalledWith(ROW, 'name', '城市')
    ed.destroy()
  })

  it('applies nothing when the clerk cancels the composition: the amount is not cleared', () => {
    const { ed, compose, endComposition, press, ctx } = open(MoneyEditor, IME_START, 427_750_000n)
    compose('a')
    compose('')
    endComposition()
    expect(hasTypedEntry()).toBe(false)
    press('Enter')
    expect(ed.isCancelAfterEnd()).toBe(true)
    expect(ctx.commitAmount).not.toHaveBeenCalled()
    ed.destroy()
  })
})

describe('Esc', () => {
  it('gives a typed entry up: neither the blur nor the grid closing the editor applies it', () => {
    const { ed, input, press, ctx } = open(MoneyEditor, '7', 427_750_000n)
    expect(hasTypedEntry()).toBe(true)
    expect(press('Escape').reached).toBe(true) // the grid cancels the edit
    expect(hasTypedEntry()).toBe(false)
    input.dispatchEvent(new FocusEvent('blur'))
    expect(ed.isCancelAfterEnd()).toBe(true)
    expect(ctx.commitAmount).not.toHaveBeenCalled()
    ed.destroy()
  })
})
