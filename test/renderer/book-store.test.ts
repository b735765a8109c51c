import { describe, it, expect, beforeEach } from 'vitest'
import {
  useBook, loadBook, setAmounts, applyEdit, undo, redo, isDirty, markSaved, setView, jumpTo, zoom,
} from '../../renderer/store/book-store'
import { onGridChange, type GridChange } from '../../renderer/store/events'
import { inputKey } from '../../shared/model/keys'
import { addProject, addSubject } from '../../shared/edit'
import { ok, smallBook } from './fixtures'

const K505 = inputKey.subject('2080505', 'b', 'gp')
const K506 = inputKey.subject('2080506', 'b', 'gp')
const value = (ref: string) => useBook.getState().derivation.value(ref)
const t5Total = () => value('t5!total!basic')

describe('book store', () => {
  let changes: GridChange[] = []
  beforeEach(() => {
    loadBook(smallBook(), { path: '/tmp/a.ysb' })
    changes = []
    onGridChange((c) => changes.push(c))
  })

  it('starts clean, and an amount edit makes it dirty and goes to the grid as changed refs', () => {
    expect(isDirty()).toBe(false)
    expect(setAmounts([[K505, 500_000_000n]], '修改')).toBe(true)
    expect(isDirty()).toBe(true)
    expect(t5Total()).toBe(536_000_000n)
    const last = changes.at(-1)!
    expect(last.kind).toBe('values')
    if (last.kind === 'values') expect(last.refs).toContain('t5!total!basic')
  })

  it('ignores edits that change nothing', () => {
    expect(setAmounts([[K505, 427_750_000n]], '同值')).toBe(false)
    expect(useBook.getState().history.past).toHaveLength(0)
    expect(isDirty()).toBe(false)
  })

  it('a multi-cell edit (a paste) is one undo step; undo and redo restore values and the dirty flag', () => {
    setAmounts([[K505, 1n], [K506, 2n]], '粘贴')
    expect(useBook.getState().history.past).toHaveLength(1)
    undo()
    expect(value(K505)).toBe(427_750_000n)
    expect(value(K506)).toBe(36_000_000n)
    expect(isDirty()).toBe(false)
    redo()
    expect(value(K505)).toBe(1n)
    expect(value(K506)).toBe(2n)
    expect(isDirty()).toBe(true)
  })

  it('a ref given twice in one batch takes its last value, and undo restores the value before', () => {
    expect(setAmounts([[K505, 1n], [K505, 2n]], '粘贴')).toBe(true)
    expect(value(K505)).toBe(2n)
    expect(useBook.getState().history.past.at(-1)).toMatchObject({ kind: 'amounts', changes: [[K505, 427_750_000n, 2n]] })
    undo()
    expect(value(K505)).toBe(427_750_000n)
    redo()
    expect(value(K505)).toBe(2n)
  })

  it('a batch whose last value for a ref is its current value changes nothing', () => {
    expect(setAmounts([[K505, 1n], [K505, 427_750_000n]], '粘贴')).toBe(false)
    expect(value(K505)).toBe(427_750_000n)
  })

  it('structural edits rebuild the derivation and undo across amounts and structure', () => {
    const d0 = useBook.getState().derivation
    expect(applyEdit(addSubject(d0.book, '2120101'), '添加科目')).toBe(true)
    const d1 = useBook.getState().derivation
    expect(d1).not.toBe(d0)
    expect(d1.layouts.get('t5')!.some((r) => r.id === 's:2120101')).toBe(true)
    expect(changes.at(-1)).toEqual({ kind: 'layout' })
    setAmounts([[inputKey.subject('2120101', 'b', 'gp'), 5n]], '录入')
    undo()
    undo()
    expect(useBook.getState().derivation.layouts.get('t5')!.some((r) => r.id === 's:2120101')).toBe(false)
    expect(isDirty()).toBe(false)
    redo()
    redo()
    expect(value(inputKey.subject('2120101', 'b', 'gp'))).toBe(5n)
  })

  it('undo/redo go back to the table where the edit was made', () => {
    setView('t5')
    setAmounts([[K505, 1n]], '修改')
    setView('t1')
    undo()
    expect(useBook.getState().view).toBe('t5')
  })

  it('a refused edit changes nothing and says why', () => {
    const book = useBook.getState().derivation.book
    expect(applyEdit(addSubject(book, '2080505'), '添加科目')).toBe(false)
    expect(useBook.getState().toasts.at(-1)?.text).toBe('科目 2080505 已在表中')
    expect(useBook.getState().history.past).toHaveLength(0)
  })

  it('keeps findings current: counts per table follow amount edits', () => {
    applyEdit(ok(addProject(useBook.getState().derivation.book, 'u1', 'current', '项目乙')), '添加项目')
    expect(useBook.getState().problemCounts.t12 ?? 0).toBe(0)
    setAmounts([[inputKey.project('p1', 'gp'), 1_000_000n]], '录入')
    expect(useBook.getState().problemCounts.t12).toBe(1)
    expect(useBook.getState().findings.some((f) => f.check === 'C1')).toBe(true)
    undo()
    expect(useBook.getState().problemCounts.t12 ?? 0).toBe(0)
  })

  it('saving marks the revision that was saved', () => {
    setAmounts([[K505, 1n]], '修改')
    const rev = useBook.getState().revision
    markSaved('/tmp/b.ysb', rev)
    expect(isDirty()).toBe(false)
    expect(useBook.getState().path).toBe('/tmp/b.ysb')
    undo()
    expect(isDirty()).toBe(true)
    redo()
    expect(isDirty()).toBe(false)
  })

  it('a book opened from .xlsx starts unsaved', () => {
    loadBook(smallBook(), { path: null, source: '/x/000.xlsx', dirty: true })
    expect(isDirty()).toBe(true)
    expect(useBook.getState().source).toBe('/x/000.xlsx')
  })

  it('jumps to a cell and zooms in steps', () => {
    jumpTo('t6', 'total', 'total')
    expect(useBook.getState().view).toBe('t6')
    expect(useBook.getState().focusRequest).toMatchObject({ table: 't6', row: 'total', col: 'total' })
    zoom(1)
    expect(useBook.getState().zoom).toBe(1.1)
    zoom(0)
    expect(useBook.getState().zoom).toBe(1)
  })
})
