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

/**
 * A grid cell or formula made once per spec may carry tags: read through a getter on the class,
 * not an own property, so layouts print, compare and copy exactly as plain objects do (a copy
 * is plain: it has no tag and is looked up by id).
 */
export interface Tagged {
  /** The tag of the cell's ref. */
  readonly tag?: number
  /** A formula's: the tags of plus then minus. */
  readonly tags?: Int32Array
}

/** A grid cell (CellDef) with its ref's tag. */
export class TaggedCell<F> {
  readonly ref: string
  declare readonly formula?: F
  readonly #tag: number
  constructor(ref: string, formula?: F) {
    this.ref = ref
    if (formula) this.formula = formula
    this.#tag = tagIn(tagRegistry(), ref)
  }
  get tag(): number {
    return this.#tag
  }
}

/** A formula (tables/types.ts Formula) with the tags of its references. */
export class TaggedFormula {
  readonly plus: readonly string[]
  declare readonly minus?: readonly string[]
  readonly explain: string
  readonly #tags: Int32Array
  constructor(f: { plus: readonly string[]; minus?: readonly string[]; explain: string }) {
    this.plus = f.plus
    if (f.minus) this.minus = f.minus
    this.explain = f.explain
    const registry = tagRegistry()
    const tags = new Int32Array(f.plus.length + (f.minus?.length ?? 0))
    for (let k = 0; k < f.plus.length; k++) tags[k] = tagIn(registry, f.plus[k]!)
    if (f.minus) for (let k = 0; k < f.minus.length; k++) tags[f.plus.length + k] = tagIn(registry, f.minus[k]!)
    this.#tags = tags
  }
  get tags(): Int32Array {
    return this.#tags
  }
}
