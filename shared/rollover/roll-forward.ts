// The yearly routine: last year's book (year N) becomes the skeleton of year N+1. Pure: the
// caller decides where the old book came from (a native file, a published workbook) and
// where the new one goes.
import type { BudgetBook, ByFiscal } from '../model/book'
import type { DisclosureFields } from '../model/disclosure'
import { mapAmounts } from '../model/convert-unit'
import { priorFigures } from './prior-figures'

export interface RollForwardOptions {
  /** Copy this year's amounts as a starting point; otherwise every amount starts empty. */
  keepAmounts: boolean
}

const NO_CARRY: ByFiscal = {}

/**
 * The disclosure texts that stay from year to year: 概况 (职责, 机构设置), the unit counts, the
 * 政府购买服务 catalog reference and 名词解释. Reasons, 政府采购, 国有资产, 绩效 and 其他 are the
 * year's own and start empty.
 */
function carriedTexts(d: DisclosureFields | undefined): DisclosureFields | undefined {
  if (!d) return undefined
  const { duties, organization, unitCounts, purchaseCatalog, glossary } = d
  const kept: DisclosureFields = { duties, organization, unitCounts, purchaseCatalog, glossary }
  for (const k of Object.keys(kept) as (keyof DisclosureFields)[]) if (kept[k] === undefined) delete kept[k]
  return kept
}

/**
 * Year N → N+1. Units, 功能 subjects, 表六 rows, revenue lines and recurring projects are kept
 * (with their ids, so last year's figures stay attached to them); last year's figures become
 * `prior`; this year's amounts are cleared or kept; 上年结转 starts empty.
 */
/**
 * Year N+1's figures from year N's: 上年结转 of year N+1 is whatever year N leaves unspent,
 * which nobody knows yet, so it starts empty. 表十三 lists last year's carry-over projects:
 * money appropriated before year N and carried into N. They are not next year's projects (next
 * year's carry-over is not known yet), so they are dropped rather than rolled forward.
 */
function nextYearFigures<T extends Pick<BudgetBook, 'subjects' | 'projects'>>(figures: T): T {
  return { ...figures, subjects: figures.subjects.map((s) => ({ ...s, carry: NO_CARRY })), projects: figures.projects.filter((p) => p.kind === 'current') }
}

export function rollForward(book: BudgetBook, options: RollForwardOptions): BudgetBook {
  const prior = priorFigures(book)
  const base = options.keepAmounts ? book : mapAmounts(book, () => '')
  const next: BudgetBook = {
    ...nextYearFigures(base),
    year: book.year + 1,
    prior,
    disclosure: carriedTexts(book.disclosure),
  }
  // A consolidated department's parts go the same way as its figures, so that the next 汇总
  // (rebuilding the units that do not re-send from their parts) agrees with the rolled book. Each
  // remembers the year it was read in: the unit's new-year file replaces last year's figures.
  if (base.consolidation) {
    next.consolidation = { parts: base.consolidation.parts.map((p) => ({ ...p, figures: nextYearFigures(p.figures), carriedFrom: p.carriedFrom ?? book.year })) }
  }
  if (!next.disclosure) delete next.disclosure
  // Last year's printed headlines are now in `prior` (published:<id>); the new book has printed nothing yet.
  delete next.asPublished
  return next
}

/**
 * The names in a rolled book that still say last year ("2026年遗属补助" in the 2027 book): kept as
 * they were — a name is the clerk's — but worth a look, so 结转 says how many and names a few (clerk9 #11).
 */
export function namesWithLastYear(book: BudgetBook): string[] {
  const last = `${book.year - 1}年`
  const names = [...book.projects.map((p) => p.name), ...book.econ.map((e) => e.deptName), ...book.units.map((u) => u.name)]
  return [...new Set(names.filter((n) => n.includes(last)))]
}

/** What 结转 says of them, or '' when there are none. */
export function lastYearNamesNote(book: BudgetBook): string {
  const names = namesWithLastYear(book)
  if (!names.length) return ''
  const shown = names.slice(0, 3).map((n) => `“${n}”`).join('、')
  return `有 ${names.length} 个名称含“${book.year - 1}年”（${shown}${names.length > 3 ? '等' : ''}），未改动，请核对是否要改为 ${book.year} 年`
}
