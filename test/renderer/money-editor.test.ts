// @vitest-environment jsdom
import { describe, it, expect, vi } from 'vitest'
import { MoneyEditor, startText, type EditorContext } from '../../renderer/grid/MoneyEditor'

const ROW = { id: 's:2080505', kind: 'item', text: {}, cells: {} }

function editor(eventKey: string | null, value: unknown = 427_750_000n) {
  const ctx = { unit: '万元', refused: vi.fn(), moveFocus: vi.fn(), commitAmount: vi.fn() } as unknown as EditorContext & {
    refused: ReturnType<typeof vi.fn>
    moveFocus: ReturnType<typeof vi.fn>
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

  it('keeps an invalid entry open with the reason under it, and lets a valid Enter through', () => {
    const { press, type, ed, input } = editor('a')
    const bad = press('Enter')
    expect(bad.defaultPrevented).toBe(true)
    expect(ed.getGui().querySelector('.money-editor-error')?.textContent).toBe('请输入数字，例如 1,234.56 或 =100+20')
    expect(input.classList.contains('invalid')).toBe(true)
    type('=1+2')
    expect(ed.getGui().querySelector('.money-editor-error')).toBeNull()
    const good = press('Enter')
    expect(good.defaultPrevented).toBe(false)
    expect(ed.getValue()).toBe('=1+2')
  })

  it('applies a valid entry itself on Enter (at once, not a task later) and then stops the grid applying it again', () => {
    const { press, type, ed, ctx } = editor('F2')
    type('=1+2')
    press('Enter')
    expect(ctx.commitAmount).toHaveBeenCalledWith(ROW, 'basic', 3_000_000n)
    expect(ed.isCancelAfterEnd()).toBe(true)
    expect(ctx.refused).not.toHaveBeenCalled()
  })

  it('cancels (and tells the clerk) when it closes holding an invalid entry', () => {
    const { type, ed, ctx } = editor('F2')
    type('12a')
    expect(ed.isCancelAfterEnd()).toBe(true)
    expect(ctx.refused).toHaveBeenCalledWith('输入无效，未修改：请输入数字，例如 1,234.56 或 =100+20')
    type('12')
    expect(ed.isCancelAfterEnd()).toBe(false)
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
