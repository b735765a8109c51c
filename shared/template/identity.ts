// What a fill-in workbook is for: which book (department and year), which unit (or the whole
// book), and which skeleton (the rows it was issued with). The hidden sheet carries this
// identity plus the skeleton itself — the book with every amount cleared — so that reading the
// returned workbook rebuilds the exact book: ids, codes the sheets do not print, unit types,
// 上年数 and subject names all come back from the skeleton, only the amounts from the cells.
import type { BudgetBook, Unit } from '../model/book'
import { mapAmounts } from '../model/convert-unit'

export const TEMPLATE_FORMAT = 'budget-tables/fill-in'
export const TEMPLATE_FORMAT_VERSION = 1
export const TEMPLATE_SHEET = '__template__'

export interface TemplateIdentity {
  format: typeof TEMPLATE_FORMAT
  formatVersion: typeof TEMPLATE_FORMAT_VERSION
  department: string
  scope: BudgetBook['scope']
  year: number
  amountUnit: BudgetBook['amountUnit']
  /** The unit the workbook was issued to; null for a workbook of the whole book. */
  unit: Unit | null
  /** A digest of the issued rows (subjects, 表六 items, revenue lines, projects, units). */
  skeletonVersion: string
}

/** FNV-1a, 32 bits: a short, stable digest (not a security measure: it names a skeleton). */
function digest(text: string): string {
  let h = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i)
    h = Math.imul(h, 0x01000193) >>> 0
  }
  return h.toString(16).padStart(8, '0')
}

export function skeletonVersion(skeleton: BudgetBook): string {
  const rows = [
    skeleton.units.map((u) => [u.id, u.name, u.type]),
    skeleton.subjects.map((s) => [s.code, s.name]),
    skeleton.econ.map((e) => [e.id, e.deptClass, e.deptName, e.govName]),
    skeleton.govFundRevenue.map((r) => r.code),
    skeleton.soeRevenue.map((r) => r.code),
    skeleton.projects.map((p) => [p.id, p.unitId, p.kind, p.name]),
  ]
  return `${skeleton.year}-${digest(JSON.stringify(rows))}`
}

/**
 * The part of `book` a workbook for one unit carries (all of it when `unitId` is null). A unit's
 * amounts are known when the department received them from the unit's own file (a
 * consolidation part) or when the unit is the whole book; otherwise only its projects and
 * 机关运行经费 are its own, and the department-wide figures start empty.
 */
export function unitPart(book: BudgetBook, unitId: string | null): BudgetBook {
  const { consolidation, ...plain } = book
  if (unitId === null) return plain
  const unit = book.units.find((u) => u.id === unitId)
  if (!unit) throw new Error(`unknown unit ${unitId}`)
  const received = consolidation?.parts.find((p) => p.figures.units.length === 1 && p.figures.units[0]!.id === unitId)
  const sole = book.units.length === 1
  const source: BudgetBook = received
    ? { ...plain, ...received.figures }
    : sole ? plain : { ...clearAmounts(plain), runningCosts: plain.runningCosts, projects: plain.projects }
  const { prior, ...rest } = source
  return {
    ...rest,
    ...(sole && prior ? { prior } : {}),
    units: [unit],
    runningCosts: source.runningCosts.filter((r) => r.unitId === unitId),
    projects: source.projects.filter((p) => p.unitId === unitId),
  }
}

/** The skeleton: `part` with every amount cleared (by-source maps emptied, scalar amounts ''); 上年数 stay. */
export function skeletonOf(part: BudgetBook): BudgetBook {
  return clearAmounts(part)
}

/** `book` with every typed amount cleared and its 上年数 (last year's figures, not typed this year) kept. */
export function clearAmounts(book: BudgetBook): BudgetBook {
  const cleared = mapAmounts(book, () => '')
  return book.prior ? { ...cleared, prior: book.prior } : cleared
}
