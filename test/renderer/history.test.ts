import { describe, it, expect } from 'vitest'
import { emptyHistory, record, undo, redo, canUndo, canRedo } from '../../renderer/store/history'

describe('history', () => {
  it('undoes and redoes steps in order', () => {
    let h = emptyHistory<string>()
    expect(canUndo(h)).toBe(false)
    h = record(record(h, 'a'), 'b')
    const u1 = undo(h)!
    expect(u1.step).toBe('b')
    const u2 = undo(u1.history)!
    expect(u2.step).toBe('a')
    expect(undo(u2.history)).toBeNull()
    expect(canRedo(u2.history)).toBe(true)
    const r1 = redo(u2.history)!
    expect(r1.step).toBe('a')
    const r2 = redo(r1.history)!
    expect(r2.step).toBe('b')
    expect(redo(r2.history)).toBeNull()
    expect(r2.history.past).toEqual(['a', 'b'])
  })

  it('drops the redo stack when a new step is recorded', () => {
    let h = record(record(emptyHistory<string>(), 'a'), 'b')
    h = undo(h)!.history
    h = record(h, 'c')
    expect(h.past).toEqual(['a', 'c'])
    expect(canRedo(h)).toBe(false)
  })

  it('keeps at most `limit` steps', () => {
    let h = emptyHistory<number>(3)
    for (let i = 1; i <= 5; i++) h = record(h, i)
    expect(h.past).toEqual([3, 4, 5])
  })

  it('never mutates a history', () => {
    const h = record(emptyHistory<string>(), 'a')
    const frozen = JSON.stringify(h)
    undo(h)
    record(h, 'b')
    expect(JSON.stringify(h)).toBe(frozen)
  })
})
