// Input keys: where each typed amount lives in the book. A grid cell whose ref is one of
// these is an input cell; every other money cell is derived.
import type { FiscalSourceId, SourceId, T10Item } from './book'

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
const caches: Map<string, (string | undefined)[]>[] = []

function cache(): Map<string, (string | undefined)[]> {
  const c = new Map<string, (string | undefined)[]>()
  caches.push(c)
  return c
}

function interned(c: Map<string, (string | undefined)[]>, owner: string, slot: number, make: () => string): string {
  let slots = c.get(owner)
  if (!slots) c.set(owner, (slots = []))
  let key = slots[slot]
  if (key === undefined) {
    if (parts.size > MAX_INTERNED) {
      parts.clear()
      for (const x of caches) x.clear()
      c.set(owner, (slots = []))
    }
    key = make()
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

export const inputKey = {
  subject: (code: string, part: Part, source: SourceId): string =>
    interned(SUBJECT, code, PART[part] + SRC[source], () => `sub|${code}|${part}|${source}`),
  econ: (id: string): string => interned(ECON, id, 0, () => `econ|${id}`),
  govFundRevenue: (code: string): string => interned(REV7, code, 0, () => `rev7|${code}`),
  soeRevenue: (code: string): string => interned(REV9, code, 0, () => `rev9|${code}`),
  threePublic: (item: T10Item, source: FiscalSourceId): string => interned(THREE, '', T10[item] + SRC[source], () => `t10|${item}|${source}`),
  runningCost: (unitId: string, source: FiscalSourceId): string => interned(RUNNING, unitId, SRC[source], () => `t11|${unitId}|${source}`),
  project: (id: string, source: SourceId): string => interned(PROJECT, id, SRC[source], () => `prj|${id}|${source}`),
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
