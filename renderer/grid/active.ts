// The grid on screen, for menu commands (copy, paste, delete row) that arrive from outside it.
import type { GridActions } from './actions'

let active: GridActions | null = null

export function registerActiveGrid(actions: GridActions): () => void {
  active = actions
  return () => {
    if (active === actions) active = null
  }
}

export function activeGrid(): GridActions | null {
  return active
}
