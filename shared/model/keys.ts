// Input keys: where each typed amount lives in the book. A grid cell whose ref is one of
// these is an input cell; every other money cell is derived.
import { SOURCES, type FiscalSourceId, type SourceId, type T10Item } from './book'
import { tagIn, tagRegistry } from '../engine/cell-tags'

export type Part = 'b' | 'p' | 'c' // 基本支出, 项目支出, 上年结转

/**
 * Keys are interned: the same key is always the same string object, built once, with its parts
 * remembered. A large department references each input from several tables and checks; fresh
 * strings would each be allocated and hashed again at every Map lookup of the graph build. A hit
 * costs one Map lookup on the owner's id (a string the book already holds) and an array index.
 */
const parts = new Map<string, readonly string[]>()
/** Bound the caches for a long session that opens many books; they refill on demand. */
const MAX_INTERNED = 1_000_000
const caches: Map<string, unknown>[] = []

function cache(): Map<string, (string | undefined)[]> {
  const c = new Map<string, (string | undefined)[]>()
  caches.push(c)
  return c
}

function interned(c: Map<string, (string | undefined)[]>, owner: string, slot: number, make: (owner: string, a: string, b: string) => string, a = '', b = ''): string {
  let slots = c.get(owner)
  if (!slots) c.set(owner, (slots = []))
  let key = slots[slot]
  if (key === undefined) {
    if (parts.size > MAX_INTERNED) {
      parts.clear()
      for (const x of caches) x.clear()
      c.set(owner, (slots = []))
    }
    key = make(owner, a, b)
    slots[slot] = key
    parts.set(key, key.split('|'))
  }
  return key
}

/** The parts of an input key ('sub|2080505|b|gp' → ['sub', '2080505', 'b', 'gp']). */
export function keyParts(key: string): readonly string[] {
  return parts.get(key) ?? key.split('|')
}

const SRC: Record<SourceId, number> = { gp: 0, gf: 1, soe: 2, sp: 3, uf: 4 }
const PART: Record<Part, number> = { b: 0, p: 5, c: 10 }
// One slot per source of each item (5 apart), so no item's slots can overlap another's.
const T10: Record<T10Item, number> = { abroad: 0, reception: 5, vehiclePurchase: 10, vehicleOps: 15 }
const SUBJECT = cache()
const ECON = cache()
const REV7 = cache()
const REV9 = cache()
const THREE = cache()
const RUNNING = cache()
const PROJECT = cache()

// Each key's text is made from its owner and parts by a function made once (a closure per call
// would be allocated on every hit too: a large department's build asks for ~80,000 keys).
const makeSubject = (code: string, part: string, source: string): string => `sub|${code}|${part}|${source}`
const makeEcon = (id: string): string => `econ|${id}`
const makeRev7 = (code: string): string => `rev7|${code}`
const makeRev9 = (code: string): string => `rev9|${code}`
const makeThree = (_: string, item: string, source: string): string => `t10|${item}|${source}`
const makeRunning = (unitId: string, source: string): string => `t11|${unitId}|${source}`
const makeProject = (id: string, source: string): string => `prj|${id}|${source}`

export const inputKey = {
  subject: (code: string, part: Part, source: SourceId): string => interned(SUBJECT, code, PART[part] + SRC[source], makeSubject, part, source),
  econ: (id: string): string => interned(ECON, id, 0, makeEcon),
  govFundRevenue: (code: string): string => interned(REV7, code, 0, makeRev7),
  soeRevenue: (code: string): string => interned(REV9, code, 0, makeRev9),
  threePublic: (item: T10Item, source: FiscalSourceId): string => interned(THREE, '', T10[item] + SRC[source], makeThree, item, source),
  runningCost: (unitId: string, source: FiscalSourceId): string => interned(RUNNING, unitId, SRC[source], makeRunning, source),
  project: (id: string, source: SourceId): string => interned(PROJECT, id, SRC[source], makeProject, source),
}

/** A source's position in SOURCES, and where a part's keys start among a subject's (`inputKeysOf`'s lists). */
export const SOURCE_INDEX: Readonly<Record<SourceId, number>> = SRC
export const PART_OFFSET: Readonly<Record<Part, number>> = PART

/** The parts of a subject line in the order its input keys are kept (see PART_OFFSET). */
export const PARTS: readonly Part[] = ['b', 'p', 'c']

/** One owner's input keys (see `inputKeysOf`) with their tags in the engine's cell-tag registry (engine/cell-tags.ts). */
export interface OwnerKeys {
  readonly keys: readonly string[]
  /** Probable tags (a registry started afresh makes them stale: the engine checks each). */
  readonly tags: Int32Array
}

function ownerCache(): Map<string, OwnerKeys> {
  const c = new Map<string, OwnerKeys>()
  caches.push(c)
  return c
}
const PROJECT_KEYS = ownerCache()
const SUBJECT_KEYS = ownerCache()

function owned(c: Map<string, OwnerKeys>, owner: string, make: (owner: string) => string[]): OwnerKeys {
  let hit = c.get(owner)
  if (!hit) {
    const keys = make(owner)
    const registry = tagRegistry()
    c.set(owner, (hit = { keys, tags: Int32Array.from(keys, (k) => tagIn(registry, k)) }))
  }
  return hit
}
const projectKeys = (id: string): string[] => SOURCES.map((s) => inputKey.project(id, s))
const subjectKeys = (code: string): string[] => PARTS.flatMap((part) => SOURCES.map((s) => inputKey.subject(code, part, s)))

/**
 * All input keys of one owner from one cache lookup (a large department's build reads each
 * project's and subject's keys in several places): a project's by source in SOURCES order, a
 * subject's by part (b, p, c) and then source, 5 apart. The same strings as `inputKey` gives.
 */
export const inputKeysOf = {
  project: (id: string): readonly string[] => owned(PROJECT_KEYS, id, projectKeys).keys,
  subject: (code: string): readonly string[] => owned(SUBJECT_KEYS, code, subjectKeys).keys,
}

/** `inputKeysOf` with the keys' tags: a build numbers the typed amounts and check dependencies it reads by tag. */
export const taggedKeysOf = {
  project: (id: string): OwnerKeys => owned(PROJECT_KEYS, id, projectKeys),
  subject: (code: string): OwnerKeys => owned(SUBJECT_KEYS, code, subjectKeys),
}

export function isInputKey(ref: string): boolean {
  return !ref.includes('!')
}

/** Text fields the grid may edit (names). */
export const textKey = {
  subjectName: (code: string): string => `name|sub|${code}`,
  projectName: (id: string): string => `name|prj|${id}`,
  unitName: (id: string): string => `name|unit|${id}`,
  econDept: (id: string): string => `name|econd|${id}`,
  econGov: (id: string): string => `name|econg|${id}`,
  revenueName: (which: 'rev7' | 'rev9', code: string): string => `name|${which}|${code}`,
}
