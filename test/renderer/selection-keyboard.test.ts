import { describe, it, expect } from 'vitest'
import { rectOf, contains, isSingle, cellsIn, rowsTouched } from '../../renderer/grid/selection'
import { gridKeyAction, windowKeyAction, arrowMove, type KeyLike } from '../../renderer/grid/keyboard'

const key = (k: string, mods: Partial<KeyLike> = {}): KeyLike => ({ key: k, ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, ...mods })

describe('selection', () => {
  it('normalises the rectangle whichever way it was dragged', () => {
    expect(rectOf({ row: 5, col: 1 }, { row: 2, col: 3 })).toEqual({ top: 2, bottom: 5, left: 1, right: 3 })
    const r = rectOf({ row: 1, col: 1 }, { row: 1, col: 1 })
    expect(isSingle(r)).toBe(true)
    expect(cellsIn(rectOf({ row: 0, col: 0 }, { row: 2, col: 1 }))).toBe(6)
    expect(contains(r, 1, 1)).toBe(true)
    expect(contains(r, 1, 2)).toBe(false)
    expect(contains(null, 0, 0)).toBe(false)
  })

  it('lists the rows to repaint when the selection moves', () => {
    expect(rowsTouched({ top: 1, bottom: 2, left: 0, right: 0 }, { top: 2, bottom: 4, left: 0, right: 0 }).sort()).toEqual([1, 2, 3, 4])
    expect(rowsTouched(null, null)).toEqual([])
  })
})

describe('keys', () => {
  it('maps spreadsheet shortcuts', () => {
    expect(gridKeyAction(key('z', { ctrlKey: true }))).toBe('undo')
    expect(gridKeyAction(key('Z', { ctrlKey: true, shiftKey: true }))).toBe('redo')
    expect(gridKeyAction(key('y', { ctrlKey: true }))).toBe('redo')
    expect(gridKeyAction(key('z', { metaKey: true }))).toBe('undo')
    expect(gridKeyAction(key('a', { ctrlKey: true }))).toBe('selectAll')
    expect(gridKeyAction(key('Delete'))).toBe('clear')
    expect(gridKeyAction(key('Backspace'))).toBe('clear')
    expect(gridKeyAction(key('Delete', { shiftKey: true }))).toBeNull()
    expect(gridKeyAction(key('z'))).toBeNull()
    expect(gridKeyAction(key('z', { ctrlKey: true, altKey: true }))).toBeNull()
  })

  it('leaves undo to a text field while one has focus', () => {
    expect(windowKeyAction(key('z', { ctrlKey: true }), true)).toBeNull()
    expect(windowKeyAction(key('z', { ctrlKey: true }), false)).toBe('undo')
    expect(windowKeyAction(key('Delete'), false)).toBeNull()
  })

  it('turns arrows into moves', () => {
    expect(arrowMove('ArrowDown')).toEqual({ dRow: 1, dCol: 0 })
    expect(arrowMove('ArrowLeft')).toEqual({ dRow: 0, dCol: -1 })
    expect(arrowMove('Enter')).toBeNull()
  })
})
