// The cell editor that is open, if any. What a clerk has typed into a cell but not yet
// confirmed with Enter belongs to the book: every command, table switch and the close
// question first commits it (or refuses it with the cell's own message, and then does not
// proceed), and while it holds typed text the book counts as unsaved.
// Imports nothing, so the store and the commands can ask it without a cycle.

export interface PendingEntry {
  /** The clerk has typed something not yet applied. */
  readonly typed: boolean
  /** Apply what is typed and close; on a refusal keep the editor open, show why, and return false. */
  commit(): boolean
}

let open: PendingEntry | null = null
const listeners = new Set<() => void>()

export function entryOpened(entry: PendingEntry): void {
  open = entry
  entryChanged()
}

export function entryClosed(entry: PendingEntry): void {
  if (open !== entry) return
  open = null
  entryChanged()
}

/** The open editor's typed state changed (its first keystroke, or cleared). */
export function entryChanged(): void {
  for (const l of listeners) l()
}

export function onEntryChange(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

export function hasTypedEntry(): boolean {
  return open?.typed ?? false
}

/** Commit the open editor before a command; false: it was refused and the command must not run. */
export function commitPendingEntry(): boolean {
  return open ? open.commit() : true
}
