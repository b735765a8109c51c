// groupBy over successive versions of one immutable array (a book's projects after each edit):
// the items both versions share at the head and the tail are the same objects, so only the keys
// of the items between can have changed groups; every other group is handed on as the very same
// array, which lets callers keep what they built per group (a unit's rows, its check nodes).
import { groupBy } from './group-by'

interface Grouped<T> {
  items: readonly T[]
  groups: Map<string, T[]>
  /** Per key, the index in `items` of its first kept item (groups are in this order). */
  first: Map<string, number>
}

/** Beyond this many changed items a plain groupBy is as cheap. */
const MAX_CHANGED = 64
/** Recent arrays remembered: a few books live side by side (a derivation's, a printed copy's, a rebuilt one's). */
const RECENT = 4

export class Regrouper<T extends object> {
  /** The latest first. */
  private recent: Grouped<T>[] = []

  constructor(
    private readonly key: (item: T) => string,
    private readonly keep: (item: T) => boolean = () => true,
  ) {}

  /** Exactly `groupBy(items.filter(keep), key)`; groups no item in the changed stretch belongs to are the previous call's arrays. */
  groups(items: readonly T[]): ReadonlyMap<string, readonly T[]> {
    const same = this.recent.find((last) => last.items === items)
    if (same) return same.groups
    let next: Grouped<T> | undefined
    for (const last of this.recent) if ((next = this.regroup(last, items))) break
    next ??= this.full(items)
    this.recent.unshift(next)
    if (this.recent.length > RECENT) this.recent.pop()
    return next.groups
  }

  private full(items: readonly T[]): Grouped<T> {
    const groups = groupBy(items.filter(this.keep), this.key)
    const first = new Map<string, number>()
    for (let i = 0; i < items.length; i++) {
      const item = items[i]!
      if (!this.keep(item)) continue
      const k = this.key(item)
      if (!first.has(k)) first.set(k, i)
    }
    return { items, groups, first }
  }

  private regroup(last: Grouped<T>, items: readonly T[]): Grouped<T> | undefined {
    const a = last.items
    // Shares nothing at either end: another book.
    if (!a.length || !items.length || (a[0] !== items[0] && a[a.length - 1] !== items[items.length - 1])) return undefined
    let head = 0
    while (head < a.length && head < items.length && a[head] === items[head]) head++
    let tail = 0
    while (tail < a.length - head && tail < items.length - head && a[a.length - 1 - tail] === items[items.length - 1 - tail]) tail++
    if (a.length - tail - head + items.length - tail - head > MAX_CHANGED) return undefined
    const touched = new Set<string>()
    for (let i = head; i < a.length - tail; i++) if (this.keep(a[i]!)) touched.add(this.key(a[i]!))
    for (let i = head; i < items.length - tail; i++) if (this.keep(items[i]!)) touched.add(this.key(items[i]!))
    // Untouched groups keep their items, in order; their first index moves with the tail.
    const shift = items.length - a.length
    const order: [string, number][] = []
    for (const [k, f] of last.first) if (!touched.has(k)) order.push([k, f < head ? f : f + shift])
    const rebuilt = new Map<string, T[]>()
    const firsts = new Map<string, number>()
    const { keep, key } = this
    // Usually one group is touched (one project added to a unit): a plain comparison then.
    const only = touched.size === 1 ? [...touched][0] : undefined
    // None touched (only items it does not keep changed): no group to rebuild.
    for (let i = 0; touched.size && i < items.length; i++) {
      const item = items[i]!
      const k = key(item)
      if (only !== undefined ? k !== only : !touched.has(k)) continue
      if (!keep(item)) continue
      const list = rebuilt.get(k)
      if (list) list.push(item)
      else {
        rebuilt.set(k, [item])
        firsts.set(k, i)
      }
    }
    for (const [k, f] of firsts) order.push([k, f])
    order.sort((x, y) => x[1] - y[1])
    const groups = new Map<string, T[]>()
    const first = new Map<string, number>()
    for (const [k, f] of order) {
      groups.set(k, rebuilt.get(k) ?? last.groups.get(k)!)
      first.set(k, f)
    }
    return { items, groups, first }
  }
}
