// Reading a book's typed amounts (all at once, keyed by input key) and writing one by input key.
// Writes are immutable: they return a new book sharing every untouched part with the old one.
import type { BudgetBook, ByFiscal, BySource, FiscalSourceId, SourceId, T10Item } from '../model/book'
import { toFen, fenToString, type Fen } from '../model/money'
import { inputKey, keyParts, type Part } from '../model/keys'

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

/**
 * Every nonzero typed amount of the book by input key, read in one pass over the book: what a
 * new Derivation starts from (any key not here is zero). Cheaper than looking each of a large
 * department's ~30,000 input keys up in the book one by one.
 */
export function bookAmounts(book: BudgetBook): Map<string, Fen> {
  const unit = book.amountUnit
  const out = new Map<string, Fen>()
  const put = (key: string, text: string | undefined): void => {
    if (text) out.set(key, toFen(text, unit))
  }
  for (const s of book.subjects) {
    for (const [part, field] of [['b', s.basic], ['p', s.project], ['c', s.carry]] as const) {
      for (const src in field) put(inputKey.subject(s.code, part, src as SourceId), (field as BySource)[src as SourceId])
    }
  }
  for (const e of book.econ) put(inputKey.econ(e.id), e.amount)
  for (const r of book.govFundRevenue) put(inputKey.govFundRevenue(r.code), r.amount)
  for (const r of book.soeRevenue) put(inputKey.soeRevenue(r.code), r.amount)
  for (const item in book.threePublic) {
    const amounts = book.threePublic[item as T10Item]
    for (const src in amounts) put(inputKey.threePublic(item as T10Item, src as FiscalSourceId), amounts[src as FiscalSourceId])
  }
  for (const r of book.runningCosts) for (const src in r.amounts) put(inputKey.runningCost(r.unitId, src as FiscalSourceId), r.amounts[src as FiscalSourceId])
  for (const p of book.projects) for (const src in p.amounts) put(inputKey.project(p.id, src as SourceId), p.amounts[src as SourceId])
  return out
}
