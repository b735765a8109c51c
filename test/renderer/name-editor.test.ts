// @vitest-environment jsdom
import { describe, it, expect, vi, beforeEach } from 'vitest'
import { NameEditor } from '../../renderer/grid/NameEditor'
import type { EditorContext } from '../../renderer/grid/entry-editor'
import { catalogued, rename } from '../../renderer/grid/rename'
import { loadBook, useBook } from '../../renderer/store/book-store'
import { useModal } from '../../renderer/dialogs/modal-store'
import { hasTypedEntry, commitPendingEntry } from '../../renderer/store/pending-entry'
import { textKey } from '../../shared/model/keys'
import { smallBook } from './fixtures'

const ROW = { id: 's:2080505', kind: 'item', text: { name: '机关事业单位基本养老保险缴费支出' }, cells: {} }

function editor(eventKey: string | null) {
  const ctx = { unit: '万元', refused: vi.fn(), moveFocus: vi.fn(), moveAfterEntry: vi.fn(), commitAmount: vi.fn(), commitText: vi.fn() }
  const stopEditing = vi.fn()
  const ed = new NameEditor()
  ed.init({ eventKey, value: ROW.text.name, data: ROW, context: ctx as unknown as EditorContext, rowIndex: 4, column: { getColId: () => 'name', getActualWidth: () => 200 }, stopEditing } as never)
  document.body.appendChild(ed.getGui())
  ed.afterGuiAttached()
  const input = ed.getGui().querySelector('input')!
  const type = (text: string) => {
    input.value = text
    input.dispatchEvent(new Event('input', { bubbles: true }))
  }
  const press = (key: string, shiftKey = false) => input.dispatchEvent(new KeyboardEvent('keydown', { key, shiftKey, bubbles: true, cancelable: true }))
  return { ed, ctx, input, type, press, stopEditing }
}

describe('NameEditor', () => {
  it('opens (F2) with the name, applies a change on Enter and stays on the cell', () => {
    const { input, type, press, ctx, stopEditing, ed } = editor('F2')
    expect(input.value).toBe('机关事业单位基本养老保险缴费支出')
    expect(hasTypedEntry()).toBe(false)
    type('新名称')
    expect(hasTypedEntry()).toBe(true)
    press('Enter')
    expect(ctx.commitText).toHaveBeenCalledWith(ROW, 'name', '新名称')
    expect(stopEditing).toHaveBeenCalled()
    expect(ctx.moveFocus).toHaveBeenCalledWith(4, 'name', 0, 0)
    expect(ed.isCancelAfterEnd()).toBe(true)
    expect(ctx.commitText).toHaveBeenCalledTimes(1)
    ed.destroy()
  })

  it('applies nothing when closed unchanged, and a command commits a change', () => {
    const a = editor('F2')
    expect(a.ed.isCancelAfterEnd()).toBe(true)
    expect(a.ctx.commitText).not.toHaveBeenCalled()
    a.ed.destroy()
    const b = editor('F2')
    b.type('另一个名称')
    expect(commitPendingEntry()).toBe(true)
    expect(b.ctx.commitText).toHaveBeenCalledWith(ROW, 'name', '另一个名称')
    b.ed.destroy()
  })
})

describe('renaming a catalogued subject', () => {
  beforeEach(() => loadBook(smallBook(), { path: null }))

  it('knows catalogued subjects, not projects', () => {
    const book = useBook.getState().derivation.book
    expect(catalogued(book, textKey.subjectName('2080505'))?.code).toBe('2080505')
    expect(catalogued(book, textKey.projectName(book.projects[0]!.id))).toBeNull()
  })

  it('asks first, and keeps the name when the clerk cancels', async () => {
    const key = textKey.subjectName('2080505')
    const done = rename(key, '老龄事务', '修改名称')
    const modal = useModal.getState().modal
    expect(modal?.kind).toBe('ask')
    if (modal?.kind === 'ask') modal.resolve('cancel')
    expect(await done).toBe(false)
    expect(useBook.getState().derivation.book.subjects.find((s) => s.code === '2080505')?.name).not.toBe('老龄事务')
    const again = rename(key, '老龄事务', '修改名称')
    const m2 = useModal.getState().modal
    if (m2?.kind === 'ask') m2.resolve('rename')
    expect(await again).toBe(true)
    expect(useBook.getState().derivation.book.subjects.find((s) => s.code === '2080505')?.name).toBe('老龄事务')
  })
})
