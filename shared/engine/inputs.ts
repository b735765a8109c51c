// Reading a book's typed amounts (all at once, keyed by input key) and writing one by input key.
// Writes are immutable: they return a new book sharing every untouched part with the old one.
import { SOURCES, type BudgetBook, type ByFiscal, type BySource, type FiscalSourceId, type SourceId, type T10Item } from '../model/book'
import { toFen, fenToString, type Fen } from '../model/money'
import { inputKey, keyParts, PART_OFFSET, taggedKeysOf, type Part } from '../model/keys'

const PART_FIELD = { b: 'basic', p: 'project', c: 'carry' } as const

function setIn<T extends BySource | ByFiscal>(obj: T, source: string, text: string): T {
  const next = { ...obj } as Record<string, string>
  if (text === '' || text === '0') delete next[source]
  else next[source] = text
  return next as T
}

/** A new book with the amount at `key` set to `fen` (zero removes it). Throws on an unknown key. */
export function writeAmount(book: BudgetBook, key: string, fen: Fen): BudgetBook {
  const text = fen === 0n ? '' : fenToString(fen, book.amountUnit)
  const [kind, a = '', b = '', c = ''] = keyParts(key)
  const fail = (): never => {
    throw new Error(`no amount cell ${key}`)
  }
  switch (kind) {
    case 'sub': {
      const field = PART_FIELD[b as Part] ?? fail()
      let found = false
      const subjects = book.subjects.map((s) => {
        if (s.code !== a) return s
        found = true
        return { ...s, [field]: setIn(s[field] as BySource, c, text) }
      })
      return found ? { ...book, subjects } : fail()
    }
    case 'econ': {
      let found = false
      const econ = book.econ.map((e) => (e.id === a ? ((found = true), { ...e, amount: text }) : e))
      return found ? { ...book, econ } : fail()
    }
    case 'rev7':
    case 'rev9': {
      const field = kind === 'rev7' ? 'govFundRevenue' : 'soeRevenue'
      let found = false
      const lines = book[field].map((r) => (r.code === a ? ((found = true), { ...r, amount: text }) : r))
      return found ? { ...book, [field]: lines } : fail()
    }
    case 't10': {
      const item = a as T10Item
      if (!(item in book.threePublic)) fail()
      return { ...book, threePublic: { ...book.threePublic, [item]: setIn(book.threePublic[item], b, text) } }
    }
    case 't11': {
      if (!book.units.some((u) => u.id === a)) fail()
      const exists = book.runningCosts.some((r) => r.unitId === a)
      const runningCosts = exists
        ? book.runningCosts.map((r) => (r.unitId === a ? { ...r, amounts: setIn(r.amounts, b, text) } : r))
        : [...book.runningCosts, { unitId: a, amounts: setIn({}, b, text) }]
      return { ...book, runningCosts }
    }
    case 'prj': {
      let found = false
      const projects = book.projects.map((p) => (p.id === a ? ((found = true), { ...p, amounts: setIn(p.amounts, b, text) }) : p))
      return found ? { ...book, projects } : fail()
    }
    default:
      return fail()
  }
}

/** `tag`: the key's probable tag in the engine's cell-tag registry (cell-tags.ts), when known. */
type Put = (key: string, text: string | undefined, tag?: number) => void

// Amounts are read source by source, in the order the sources are listed: a book's amount
// objects hold different subsets of the sources, and enumerating each one's own keys would
// allocate a key list per object. `keys` are the owner's input keys by source, from `at` on,
// with their tags when kept per owner (a build then numbers the amount without a map lookup).
function sourceAmounts(amounts: Partial<Record<SourceId, string>>, keys: readonly string[], at: number, put: Put, tags?: Int32Array): void {
  for (let k = 0; k < SOURCES.length; k++) {
    const text = amounts[SOURCES[k]!]
    if (text !== undefined) put(keys[at + k]!, text, tags?.[at + k])
  }
}

function subjectAmounts(s: BudgetBook['subjects'][number], put: Put): void {
  const { keys, tags } = taggedKeysOf.subject(s.code)
  sourceAmounts(s.basic, keys, PART_OFFSET.b, put, tags)
  sourceAmounts(s.project, keys, PART_OFFSET.p, put, tags)
  sourceAmounts(s.carry, keys, PART_OFFSET.c, put, tags)
}
function threePublicAmounts(t: BudgetBook['threePublic'], put: Put): void {
  for (const item in t) sourceAmounts(t[item as T10Item], SOURCES.map((src) => inputKey.threePublic(item as T10Item, src as FiscalSourceId)), 0, put)
}

/** The typed amounts of each list of the book, one item at a time. */
const LISTS = {
  subjects: (s: BudgetBook['subjects'][number], put: Put) => subjectAmounts(s, put),
  econ: (e: BudgetBook['econ'][number], put: Put) => put(inputKey.econ(e.id), e.amount),
  govFundRevenue: (r: BudgetBook['govFundRevenue'][number], put: Put) => put(inputKey.govFundRevenue(r.code), r.amount),
  soeRevenue: (r: BudgetBook['soeRevenue'][number], put: Put) => put(inputKey.soeRevenue(r.code), r.amount),
  runningCosts: (r: BudgetBook['runningCosts'][number], put: Put) => sourceAmounts(r.amounts, SOURCES.map((src) => inputKey.runningCost(r.unitId, src as FiscalSourceId)), 0, put),
  projects: (p: BudgetBook['projects'][number], put: Put) => {
    const { keys, tags } = taggedKeysOf.project(p.id)
    sourceAmounts(p.amounts, keys, 0, put, tags)
  },
} as const

/**
 * Every nonzero typed amount of the book, with its input key, read in one pass over the book:
 * what a new Derivation starts from (any key not given is zero). Cheaper than looking each of a
 * large department's ~30,000 input keys up in the book one by one.
 */
export function readAmounts(book: BudgetBook, each: (key: string, fen: Fen, tag?: number) => void): void {
  const unit = book.amountUnit
  const put: Put = (key, text, tag) => {
    if (text) each(key, toFen(text, unit), tag)
  }
  for (const s of book.subjects) LISTS.subjects(s, put)
  for (const e of book.econ) LISTS.econ(e, put)
  for (const r of book.govFundRevenue) LISTS.govFundRevenue(r, put)
  for (const r of book.soeRevenue) LISTS.soeRevenue(r, put)
  threePublicAmounts(book.threePublic, put)
  for (const r of book.runningCosts) LISTS.runningCosts(r, put)
  for (const p of book.projects) LISTS.projects(p, put)
}

/** Every nonzero typed amount of the book by input key (see readAmounts). */
export function bookAmounts(book: BudgetBook): Map<string, Fen> {
  const out = new Map<string, Fen>()
  readAmounts(book, (key, fen) => out.set(key, fen))
  return out
}

/**
 * The amounts a structural edit from `old` to `next` (same entry unit) may have changed: every
 * key of a list item that is not the very same object in both books, with its new value (zero
 * for an item removed). Edits share untouched items, so this reads only what the edit touched.
 */
export function changedAmounts(old: BudgetBook, next: BudgetBook): Map<string, Fen> {
  const unit = next.amountUnit
  const out = new Map<string, Fen>()
  const zero: Put = (key) => out.set(key, 0n)
  const put: Put = (key, text) => out.set(key, text ? toFen(text, unit) : 0n)
  for (const name of Object.keys(LISTS) as (keyof typeof LISTS)[]) {
    const a = old[name] as readonly object[]
    const b = next[name] as readonly object[]
    if (a === b) continue
    const each = LISTS[name] as (item: object, put: Put) => void
    // Only the stretch between the common head and tail can differ (an edit adds, removes or
    // replaces a few items and keeps the others in place).
    let head = 0
    while (head < a.length && head < b.length && a[head] === b[head]) head++
    let tail = 0
    while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++
    const was = a.slice(head, a.length - tail)
    const now = b.slice(head, b.length - tail)
    const kept = new Set(now)
    for (const item of was) if (!kept.has(item)) each(item, zero)
    const had = new Set(was)
    for (const item of now) if (!had.has(item)) each(item, put)
  }
  if (old.threePublic !== next.threePublic) {
    threePublicAmounts(old.threePublic, zero)
    threePublicAmounts(next.threePublic, put)
  }
  return out
}
