// Changing a book's entry unit (元 ⇄ 万元). Every amount is a whole number of 分, and 万元
// keeps up to 6 decimals (= 分), so the conversion is exact in both directions: it goes
// through 分 (bigint) and never through a float.
import type { BudgetBook, ByFiscal, BySource, ConsolidationPart, PartFigures } from './book'
import { fenToString, toFen, type AmountUnit } from './money'

/** Drops zero entries: in a by-source map an absent amount is the one spelling of zero. */
function mapSources<T extends BySource | ByFiscal>(amounts: T, f: (s: string) => string): T {
  const out: Record<string, string> = {}
  for (const [source, text] of Object.entries(amounts)) {
    if (text === undefined) continue
    const next = f(text)
    if (next !== '' && next !== '0') out[source] = next
  }
  return out as T
}

/** `figures` with every typed amount passed through `f` (see mapAmounts). */
function mapFigures<T extends PartFigures>(figures: T, f: (text: string) => string): T {
  const tp = figures.threePublic
  return {
    ...figures,
    subjects: figures.subjects.map((s) => ({ ...s, basic: mapSources(s.basic, f), project: mapSources(s.project, f), carry: mapSources(s.carry, f) })),
    econ: figures.econ.map((e) => ({ ...e, amount: f(e.amount) })),
    govFundRevenue: figures.govFundRevenue.map((r) => ({ ...r, amount: f(r.amount) })),
    soeRevenue: figures.soeRevenue.map((r) => ({ ...r, amount: f(r.amount) })),
    threePublic: {
      abroad: mapSources(tp.abroad, f),
      reception: mapSources(tp.reception, f),
      vehiclePurchase: mapSources(tp.vehiclePurchase, f),
      vehicleOps: mapSources(tp.vehicleOps, f),
    },
    runningCosts: figures.runningCosts.map((r) => ({ ...r, amounts: mapSources(r.amounts, f) })),
    projects: figures.projects.map((p) => ({ ...p, amounts: mapSources(p.amounts, f) })),
  }
}

/**
 * A copy of `book` with every typed amount (every 上年数 figure, and every 汇总 part's figures,
 * which the next 汇总 adds up again in the book's unit) passed through `f`.
 * Scalar amounts keep whatever `f` returns ('' is zero); by-source maps drop zeros.
 */
export function mapAmounts(book: BudgetBook, f: (text: string) => string): BudgetBook {
  return {
    ...mapFigures(book, f),
    ...(book.prior
      ? { prior: { year: book.prior.year, figures: Object.fromEntries(Object.entries(book.prior.figures).map(([id, v]) => [id, f(v)])) } }
      : {}),
    ...(book.consolidation
      ? { consolidation: { parts: book.consolidation.parts.map((p) => ({ ...p, figures: mapFigures(p.figures, f) })) } }
      : {}),
  }
}

const converter = (from: AmountUnit, to: AmountUnit) => (text: string): string => (text.trim() === '' ? '' : fenToString(toFen(text, from), to))

/** 汇总 parts whose amounts are in `from`, entered in `to` (exact, as convertUnit). Throws AmountError on a malformed amount. */
export function convertParts(parts: readonly ConsolidationPart[], from: AmountUnit, to: AmountUnit): ConsolidationPart[] {
  const convert = converter(from, to)
  return parts.map((p) => ({ ...p, figures: mapFigures(p.figures, convert) }))
}

/** The same book entered in `unit`. Exact: 1 万元 = 10,000 元 and both are whole 分. Throws AmountError on a malformed amount. */
export function convertUnit(book: BudgetBook, unit: AmountUnit): BudgetBook {
  if (book.amountUnit === unit) return book
  return { ...mapAmounts(book, converter(book.amountUnit, unit)), amountUnit: unit }
}
