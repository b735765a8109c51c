// Amount edits change values, not the layout: the store tells the visible grid which engine
// refs changed so it refreshes just those cells, instead of re-rendering the table.

export type GridChange =
  | { kind: 'values'; refs: readonly string[]; marksChanged: boolean }
  | { kind: 'layout' }

type Listener = (change: GridChange) => void
const listeners = new Set<Listener>()

export function onGridChange(listener: Listener): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

export function emitGridChange(change: GridChange): void {
  for (const l of listeners) l(change)
}
