// The cells a full build meets, in the order the layouts show them. A formula mostly reads cells
// shown just before or after it, in order and evenly spaced: a project's total reads its own
// row's amounts, a unit's sum the same column of each of its project rows, a C10 node the amounts
// of its projects row after row. Resolving such references by position (a guess checked by one
// comparison) instead of one map lookup each takes most of the lookups out of a large
// department's build; a guess that misses falls back to the lookup, so the numbers are the same.
import type { CellTable } from './graph'
import type { Formula } from '../tables/types'
import type { Tagged } from './cell-tags'

export class Showings<V> {
  /** Per showing, its cell's number (the ref shown at k is cells.id(slots[k])). */
  private slots = new Int32Array(4096)
  private count = 0
  /** Per cell number, the position of its first showing (−1: not shown). */
  private firstAt = new Int32Array(1024).fill(-1)
  /** Per cell number, how many times it is shown. */
  private counts = new Int32Array(1024)

  constructor(private readonly cells: CellTable<V>) {}

  /** How many showings so far. */
  get length(): number {
    return this.count
  }

  /** A showing of cell `i`. */
  add(i: number): void {
    if (i >= this.firstAt.length) {
      const size = Math.max(i + 1, this.firstAt.length * 2)
      const firstAt = new Int32Array(size).fill(-1)
      firstAt.set(this.firstAt)
      this.firstAt = firstAt
      const counts = new Int32Array(size)
      counts.set(this.counts)
      this.counts = counts
    }
    const k = this.count++
    if (this.firstAt[i] === -1) this.firstAt[i] = k
    this.counts[i]!++
    if (k === this.slots.length) {
      const slots = new Int32Array(k * 2)
      slots.set(this.slots)
      this.slots = slots
    }
    this.slots[k] = i
  }

  /** The number of the cell shown at position `at`. */
  slotAt(at: number): number {
    return this.slots[at]!
  }

  /** How many times each cell is shown, by cell number (for the cells numbered so far; the array is the caller's). */
  shownCounts(): Int32Array {
    return this.counts.length === this.cells.count ? this.counts : this.counts.slice(0, this.cells.count)
  }

  /** The position of `ref` among the showings from `from` on (−1: not there). */
  indexFrom(from: number, ref: string | undefined): number {
    const { slots, count } = this
    const { tags, registryIds } = this.cells
    for (let k = from; k < count; k++) if (registryIds[tags[slots[k]!]!] === ref) return k
    return -1
  }

  /** The number of cell `ref`, looked for among the showings from `from` on first (a row's own cells). */
  slotFrom(from: number, ref: string, tag?: number): number {
    const k = this.indexFrom(from, ref)
    return k >= 0 ? this.slots[k]! : this.lookup(ref, tag)
  }

  /** The number of cell `ref` by its id (or its tag, checked). */
  private lookup(ref: string, tag: number | undefined): number {
    return tag === undefined ? this.cells.slot(ref) : this.cells.slotTagged(tag, ref)
  }

  // The guess for the next reference: `stride` showings after the previous one's (`prev`).
  private prev = -1
  private stride = 0
  /** Whether the previous reference was found by the guess (or the guess is a hint). */
  private guessed = false

  /**
   * Starts numbering the references of one formula or check (`slot` for each, in order), with a
   * hint: its first reference is probably shown `stride` after position `at` (a sum of the rows
   * below it reads the same column of the next row first).
   */
  start(at = -1, stride = 0): void {
    this.prev = at
    this.stride = stride
    this.guessed = at >= 0
  }

  /**
   * The number of the next reference: each is first guessed to be shown as far after the
   * previous one as that was after the one before it (or one further: a row's amounts followed
   * by its total, the next row's amounts).
   */
  slot(ref: string, tag?: number): number {
    const { slots, count, prev, stride } = this
    const { tags, registryIds } = this.cells
    if (prev >= 0) {
      const g = prev + stride
      if (g >= 0 && g < count && registryIds[tags[slots[g]!]!] === ref) return this.hit(g)
      if (g + 1 >= 0 && g + 1 < count && registryIds[tags[slots[g + 1]!]!] === ref) return this.hit(g + 1)
    }
    const j = this.lookup(ref, tag)
    const at = j < this.firstAt.length ? this.firstAt[j]! : -1
    if (at < 0) return j
    // The spacing is learnt from two references found by lookup in a row; a lookup after good
    // guesses (the first amount of the next project) keeps it.
    if (!this.guessed && prev >= 0) this.stride = at - prev
    this.prev = at
    this.guessed = false
    return j
  }

  private hit(g: number): number {
    this.prev = g
    this.guessed = true
    return this.slots[g]!
  }
}

/**
 * Declares the dependencies of derived cell `i`, numbering each reference with `slot` (given the
 * reference's tag when the formula carries tags, see cell-tags.ts).
 */
export function resolveFormula<V>(cells: CellTable<V>, i: number, f: Formula, slot: (ref: string, tag?: number) => number): void {
  const { plus, minus } = f
  const tags = (f as Tagged).tags
  cells.begin(i, plus.length + (minus?.length ?? 0))
  if (tags) {
    for (let k = 0; k < plus.length; k++) cells.dep(slot(plus[k]!, tags[k]))
    if (minus) for (let k = 0; k < minus.length; k++) cells.dep(slot(minus[k]!, tags[plus.length + k]))
  } else {
    for (const dep of plus) cells.dep(slot(dep))
    if (minus) for (const dep of minus) cells.dep(slot(dep))
  }
  cells.end(i)
}
