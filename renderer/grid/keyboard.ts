// Keys the grid's owner handles itself (AG Grid handles arrows, Tab, Enter, F2, Esc and
// type-to-edit). Copy and paste arrive as clipboard events, not as keys.

export type KeyAction = 'undo' | 'redo' | 'clear' | 'selectAll'

export interface KeyLike {
  key: string
  ctrlKey: boolean
  metaKey: boolean
  shiftKey: boolean
  altKey: boolean
}

/** What a key press on the grid (not while editing a cell) asks for, if anything. */
export function gridKeyAction(e: KeyLike): KeyAction | null {
  const mod = e.ctrlKey || e.metaKey
  const key = e.key.length === 1 ? e.key.toLowerCase() : e.key
  if (e.altKey) return null
  if (mod && key === 'z') return e.shiftKey ? 'redo' : 'undo'
  if (mod && key === 'y' && !e.shiftKey) return 'redo'
  if (mod && key === 'a' && !e.shiftKey) return 'selectAll'
  if (!mod && !e.shiftKey && (key === 'Delete' || key === 'Backspace')) return 'clear'
  return null
}

/** Undo/redo anywhere in the window except inside a text field, where the field's own undo applies. */
export function windowKeyAction(e: KeyLike, inTextField: boolean): 'undo' | 'redo' | null {
  if (inTextField) return null
  const a = gridKeyAction(e)
  return a === 'undo' || a === 'redo' ? a : null
}

/** Arrow keys while a cell is being typed into (Excel's "enter mode"): commit and move. */
export function arrowMove(key: string): { dRow: number; dCol: number } | null {
  switch (key) {
    case 'ArrowUp':
      return { dRow: -1, dCol: 0 }
    case 'ArrowDown':
      return { dRow: 1, dCol: 0 }
    case 'ArrowLeft':
      return { dRow: 0, dCol: -1 }
    case 'ArrowRight':
      return { dRow: 0, dCol: 1 }
    default:
      return null
  }
}
