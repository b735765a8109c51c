// @vitest-environment jsdom
import { describe, it, expect, vi } from 'vitest'
import { MoneyEditor, startText, type EditorContext } from '../../renderer/grid/MoneyEditor'
import { commitPendingEntry, hasTypedEntry } from '../../renderer/store/pending-entry'

const ROW = { id: 's:2080505', kind: 'item', text: {}, cells: {} }

function editor(eventKey: string | null, value: unknown = 427_750_000n) {
  const ctx = { unit: '万元', refused: vi.fn(), notice: vi.fn(), moveFocus: vi.fn(), moveAfterEntry: vi.fn(), commitAmount: vi.fn() } as unknown as EditorContext & {
    refused: ReturnType<typeof vi.fn>
    notice: ReturnType<typeof vi.fn>
    moveFocus: ReturnType<typeof vi.fn>
    moveAfterEntry: ReturnType<typeof vi.fn>
    commitAmount: ReturnType<typeof vi.fn>
  }
  const stopEditing = vi.fn()
  const ed = new MoneyEditor()
  ed.init({ eventKey, value, data: ROW, context: ctx, rowIndex: 3, column: { getColId: () => 'basic', getActualWidth: () => 120 }, stopEditing } as never)
  document.body.appendChild(ed.getGui())
  ed.afterGuiAttached()
  const input = ed.getGui().querySelector('input')!
  const press = (key: string) => {
    const e = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true })
    input.dispatchEvent(e)
    return e
  }
  const type = (text: string) => {
    input.value = text
    input.dispatchEvent(new Event('input', { bubbles: true }))
  }
  return { ed, ctx, input, press, type, stopEditing }
}

describe('MoneyEditor', () => {
  it('starts with the typed character, empty on Delete, the plain amount on F2', () => {
    expect(startText('7', 427_750_000n, '万元')).toBe('7')
    expect(startText('Delete', 427_750_000n, '万元')).toBe('')
    expect(startText('F2', 427_750_000n, '万元')).toBe('427.75')
    expect(startText(null, 0n, '万元')).toBe('')
    expect(editor('5').input.value).toBe('5')
    expect(editor('F2').input.value).toBe('427.75')
    expect(editor('F2').ed.isPopup()).toBe(true)
  })

  it('keeps an invalid entry open with the reason under it; a valid Enter applies it and moves down to the next entry cell', () => {
    const { press, type, ed, input, ctx, stopEditing } = editor('a')
    const bad = press('Enter')
    expect(bad.defaultPrevented).toBe(true)
    expect(ed.getGui().querySelector('.money-editor-error')?.textContent).toBe('请输入数字，例如 1,234.56 或 =100+20')
    expect(input.classList.contains('invalid')).toBe(true)
    expect(stopEditing).not.toHaveBeenCalled()
    type('=1+2')
    expect(ed.getGui().querySelector('.money-editor-error')).toBeNull()
    const good = press('Enter')
    expect(good.defaultPrevented).toBe(true)
    expect(ctx.commitAmount).toHaveBeenCalledWith(ROW, 'basic', 3_000_000n)
    expect(stopEditing).toHaveBeenCalled()
    expect(ctx.moveAfterEntry).toHaveBeenCalledWith(3, 'basic', 'down')
  })

  it('applies a space-grouped entry and then tells the clerk how it was read; 1,234 and 1234 tell nothing', () => {
    const grouped = editor('1')
    grouped.type('100 200')
    grouped.press('Enter')
    expect(grouped.ctx.commitAmount).toHaveBeenCalledWith(ROW, 'basic', 100_200_000_000n)
    expect(grouped.ctx.notice).toHaveBeenCalledWith('“100 200”中的空格已按千位分隔读作 100,200.00；如果是两个数，请按 Ctrl+Z 撤销后分别输入')
    for (const typed of ['1,234', '1234']) {
      const plain = editor('1')
      plain.type(typed)
      plain.press('Enter')
      expect(plain.ctx.commitAmount).toHaveBeenCalledWith(ROW, 'basic', 1_234_000_000n)
      expect(plain.ctx.notice).not.toHaveBeenCalled()
    }
  })

  it('Tab and Shift+Tab apply and move to the next entry cell right or left', () => {
    const a = editor('5')
    a.input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Tab', bubbles: true, cancelable: true }))
    expect(a.ctx.moveAfterEntry).toHaveBeenCalledWith(3, 'basic', 'right')
    const b = editor('5')
    b.input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Tab', shiftKey: true, bubbles: true, cancelable: true }))
    expect(b.ctx.moveAfterEntry).toHaveBeenCalledWith(3, 'basic', 'left')
    expect(b.ctx.commitAmount).toHaveBeenCalledWith(ROW, 'basic', 5_000_000n)
  })

  it('applies a valid entry itself on Enter (at once, not a task later) and then stops the grid applying it again', () => {
    const { press, type, ed, ctx } = editor('F2')
    type('=1+2')
    press('Enter')
    expect(ctx.commitAmount).toHaveBeenCalledWith(ROW, 'basic', 3_000_000n)
    expect(ctx.commitAmount).toHaveBeenCalledTimes(1)
    expect(ed.isCancelAfterEnd()).toBe(true)
    expect(ctx.commitAmount).toHaveBeenCalledTimes(1)
    expect(ctx.refused).not.toHaveBeenCalled()
  })

  it('applies a valid entry when the grid closes it, and tells the clerk when it held an invalid one', () => {
    const a = editor('F2')
    a.type('12a')
    expect(a.ed.isCancelAfterEnd()).toBe(true)
    expect(a.ctx.refused).toHaveBeenCalledWith('输入无效，未修改：请输入数字，例如 1,234.56 或 =100+20')
    expect(a.ctx.commitAmount).not.toHaveBeenCalled()
    const b = editor('F2')
    b.type('12')
    expect(b.ed.isCancelAfterEnd()).toBe(true)
    expect(b.ctx.commitAmount).toHaveBeenCalledWith(ROW, 'basic', 12_000_000n)
    const c = editor('F2')
    expect(c.ed.isCancelAfterEnd()).toBe(true)
    expect(c.ctx.commitAmount).not.toHaveBeenCalled()
  })

  it('is the pending entry: typed text counts as unsaved, a command commits it, or is refused and keeps it open', () => {
    const a = editor('9')
    expect(hasTypedEntry()).toBe(true)
    expect(commitPendingEntry()).toBe(true)
    expect(a.ctx.commitAmount).toHaveBeenCalledWith(ROW, 'basic', 9_000_000n)
    expect(a.stopEditing).toHaveBeenCalled()
    a.ed.destroy()
    expect(hasTypedEntry()).toBe(false)
    const b = editor('F2')
    expect(hasTypedEntry()).toBe(false)
    b.type('9x')
    expect(hasTypedEntry()).toBe(true)
    expect(commitPendingEntry()).toBe(false)
    expect(b.ctx.refused).toHaveBeenCalledWith('输入无效，请改正或按 Esc 放弃：请输入数字，例如 1,234.56 或 =100+20')
    expect(b.stopEditing).not.toHaveBeenCalled()
    expect(b.ed.getGui().querySelector('.money-editor-error')).not.toBeNull()
    b.ed.destroy()
  })

  it('applies what is typed when the focus leaves it (a click on the toolbar or the sidebar)', () => {
    const { input, ctx, stopEditing, ed } = editor('7')
    input.dispatchEvent(new FocusEvent('blur'))
    expect(ctx.commitAmount).toHaveBeenCalledWith(ROW, 'basic', 7_000_000n)
    expect(stopEditing).toHaveBeenCalled()
    ed.destroy()
  })

  it('commits and moves with arrows only when editing started by typing', () => {
    const typed = editor('9')
    const e = typed.press('ArrowRight')
    expect(e.defaultPrevented).toBe(true)
    expect(typed.stopEditing).toHaveBeenCalled()
    expect(typed.ctx.moveFocus).toHaveBeenCalledWith(3, 'basic', 0, 1)
    const f2 = editor('F2')
    expect(f2.press('ArrowRight').defaultPrevented).toBe(false)
    expect(f2.stopEditing).not.toHaveBeenCalled()
  })
})
