// What a full build counts and resolves as it walks the layouts: how many times each cell is shown
// (a cell shown nowhere, and for an input read by nothing, leaves the graph; restructure keeps
// the counts), and each formula's references as cell numbers. Nearly every formula is made once
// per spec and carries its references' tags (cell-tags.ts), so a reference is numbered by its tag
// (one array read, checked against the id) rather than by hashing its id; the few plain formulas
// (表一, 表四, 表六, 表十 and 表十一's: ~430 of a large department's ~16,900) are looked up by id.
import type { CellTable } from './graph'
import type { Formula } from '../tables/types'
import type { Tagged } from './cell-tags'

export class ShownCounts {
  /** Per cell number, how many times it is shown. */
  private counts = new Int32Array(1024)

  /** One more showing of cell `i`. */
  add(i: number): void {
    if (i >= this.counts.length) {
      const counts = new Int32Array(Math.max(i + 1, this.counts.length * 2))
      counts.set(this.counts)
      this.counts = counts
    }
    this.counts[i]!++
  }

  /** How many times each of the first `n` cells is shown, by cell number (the array is the caller's). */
  take(n: number): Int32Array {
    if (this.counts.length === n) return this.counts
    if (this.counts.length > n) return this.counts.slice(0, n)
    const counts = new Int32Array(n)
    counts.set(this.counts)
    return counts
  }
}

/**
 * Declares the dependencies of derived cell `i`: `refs` in order, numbered by their tags when
 * `tags` holds them (from `offset` on: a formula's tags run over plus, then minus), else by id.
 */
export function resolveRefs<V>(cells: CellTable<V>, refs: readonly string[], tags: ArrayLike<number> | undefined, offset = 0): void {
  if (tags) for (let k = 0; k < refs.length; k++) cells.dep(cells.slotTagged(tags[offset + k]!, refs[k]!))
  else for (let k = 0; k < refs.length; k++) cells.dep(cells.slot(refs[k]!))
}

/** Declares the dependencies of derived cell `i` computed by formula `f`. */
export function resolveFormula<V>(cells: CellTable<V>, i: number, f: Formula): void {
  const { plus, minus } = f
  const tags = (f as Tagged).tags
  cells.begin(i, plus.length + (minus?.length ?? 0))
  resolveRefs(cells, plus, tags)
  if (minus) resolveRefs(cells, minus, tags, plus.length)
  cells.end(i)
}
