// Every cell id the process meets gets a permanent tag, a small number, from one shared registry:
// a graph numbers its cells through an array indexed by tag (see CellIndex in graph.ts), and a
// grid cell made once per spec (shared/tables/cell-ids.ts) carries its id's tag, so a build
// numbers it without hashing the id at all. A tag is only trusted after checking that the
// registry still names that id by it (`ids[tag] === id`): a stale tag costs one lookup.

export interface TagRegistry {
  readonly tags: Map<string, number>
  readonly ids: string[]
}

/** Bound the registry for a long session: past this, a new one starts (graphs keep the one they were built with). */
const MAX_TAGGED = 2_000_000
let current: TagRegistry = { tags: new Map(), ids: [] }

export function tagRegistry(): TagRegistry {
  if (current.ids.length > MAX_TAGGED) current = { tags: new Map(), ids: [] }
  return current
}

/** The tag of `id` in `registry`, registering it when new. */
export function tagIn(registry: TagRegistry, id: string): number {
  let t = registry.tags.get(id)
  if (t === undefined) {
    t = registry.ids.length
    registry.tags.set(id, t)
    registry.ids.push(id)
  }
  return t
}

/** A grid cell or formula made once per spec may carry tags (not enumerable: layouts print as before). */
export interface Tagged {
  /** The tag of the cell's ref. */
  readonly tag?: number
  /** A formula's: the tags of plus then minus. */
  readonly tags?: Int32Array
}

/** `obj` with the tag of `ref` attached (obj must be new and extensible). */
export function withTag<T extends object>(obj: T, ref: string): T {
  return Object.defineProperty(obj, 'tag', { value: tagIn(tagRegistry(), ref) })
}

/** `formula` with the tags of its references attached. */
export function withTags<T extends { plus: readonly string[]; minus?: readonly string[] }>(formula: T): T {
  const registry = tagRegistry()
  const refs = formula.minus?.length ? [...formula.plus, ...formula.minus] : formula.plus
  return Object.defineProperty(formula, 'tags', { value: Int32Array.from(refs, (ref) => tagIn(registry, ref)) })
}
