// Undo/redo as a pure stack of steps. The store decides what a step holds (amount changes
// applied incrementally, or whole immutable books for structural edits) and applies it.

export interface History<S> {
  readonly past: readonly S[]
  readonly future: readonly S[]
  readonly limit: number
}

export function emptyHistory<S>(limit = 200): History<S> {
  return { past: [], future: [], limit }
}

/** Record a new step: it becomes the last undoable one and the redo stack is dropped. */
export function record<S>(h: History<S>, step: S): History<S> {
  const past = [...h.past, step]
  return { past: past.length > h.limit ? past.slice(past.length - h.limit) : past, future: [], limit: h.limit }
}

/** The step to undo (apply its reverse) and the history after it, or null. */
export function undo<S>(h: History<S>): { step: S; history: History<S> } | null {
  const step = h.past[h.past.length - 1]
  if (step === undefined) return null
  return { step, history: { past: h.past.slice(0, -1), future: [step, ...h.future], limit: h.limit } }
}

/** The step to redo (apply it again) and the history after it, or null. */
export function redo<S>(h: History<S>): { step: S; history: History<S> } | null {
  const step = h.future[0]
  if (step === undefined) return null
  return { step, history: { past: [...h.past, step], future: h.future.slice(1), limit: h.limit } }
}

export const canUndo = <S>(h: History<S>): boolean => h.past.length > 0
export const canRedo = <S>(h: History<S>): boolean => h.future.length > 0
