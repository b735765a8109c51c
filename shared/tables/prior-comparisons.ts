// 上年数 beside this year's figures (after 结转 the book carries last year's published figures,
// shared/model/prior.ts): for the tables whose rows a stored figure describes, which column is
// compared and last year's figure for a row. A spec names its comparison (TableDef.prior); the
// grid's three read-only columns (renderer/grid/prior-columns.ts) follow from it.
import type { BudgetBook } from '../model/book'
import { priorId, PRIOR_HEADLINES, priorValue, type PriorHeadline } from '../model/prior'
import { toFen, type Fen } from '../model/money'
import type { PriorComparison } from './types'

/** Sum of the stored figures whose id passes `take` (absent ids are zero). */
function sumOf(book: BudgetBook, take: (id: string) => boolean): Fen {
  let total = 0n
  for (const [id, value] of Object.entries(book.prior?.figures ?? {})) if (take(id)) total += toFen(value, book.amountUnit)
  return total
}

/** Rows of the subject tree (表二, 表三): each 类/款/项 row the sum of last year's 项 under it. */
export const priorBySubject: PriorComparison = {
  col: 'total',
  prior: (book, rowId) => {
    if (rowId === 'total') return sumOf(book, (id) => id.startsWith('sub:'))
    if (!rowId.startsWith('s:')) return null
    const code = rowId.slice(2)
    return sumOf(book, (id) => id.startsWith(`sub:${code}`))
  },
}

/**
 * Last year's total of a group of rows (a 表六 class, a unit's projects): as stored at 结转, or,
 * in a book rolled before those were stored, the sum of the group's rows that are still there.
 */
function groupPrior(book: BudgetBook, groupId: string, prefix: string, rowIds: () => string[]): Fen {
  const figures = book.prior?.figures ?? {}
  if (Object.keys(figures).some((id) => id.startsWith(prefix))) return toFen(figures[groupId] ?? '', book.amountUnit)
  const ids = new Set(rowIds())
  return sumOf(book, (id) => ids.has(id))
}

/** 表六: each item, each class (人员经费 …) and the total: last year's, items deleted since included. */
export const priorByEcon: PriorComparison = {
  col: 'total',
  prior: (book, rowId) => {
    if (rowId === 'total') return sumOf(book, (id) => id.startsWith('econ:'))
    if (rowId.startsWith('k:')) {
      const cls = rowId.slice(2)
      return groupPrior(book, priorId.econClass(cls), 'econClass:', () => book.econ.filter((e) => e.deptClass === cls).map((e) => priorId.econ(e.id)))
    }
    if (rowId.startsWith('e:')) return priorValue(book, priorId.econ(rowId.slice(2)))
    return null
  },
}

/** A table compared on its 合计 row alone, with a headline figure (表十一 机关运行经费: last year's units are not stored one by one). */
export function priorTotal(headline: PriorHeadline): PriorComparison {
  return { col: 'total', prior: (book, rowId) => (rowId === 'total' ? priorValue(book, PRIOR_HEADLINES[headline]) : null) }
}

/**
 * 表十: each "三公" item (its row id names it: abroad, reception, vehicle, vehiclePurchase,
 * vehicleOps) and the total, from the headline figures stored per item at 结转 — the ones the
 * 情况说明 (七) states each item's change from, so the clerk sees and checks what the text uses.
 */
export const priorByThreePublic: PriorComparison = {
  col: 'total',
  prior: (book, rowId) => {
    const headline = rowId === 'total' ? 'threePublic' : `threePublic:${rowId}`
    return Object.hasOwn(PRIOR_HEADLINES, headline) ? priorValue(book, PRIOR_HEADLINES[headline as PriorHeadline]) : null
  },
}

/** 表十二: each project, each unit's and the department's total: last year's, projects deleted since included. */
export const priorByProject: PriorComparison = {
  col: 'total',
  prior: (book, rowId) => {
    // Only the year's projects (表十二) carry a 'prj:' figure (rollover/prior-figures.ts).
    if (rowId === 'dept') return sumOf(book, (id) => id.startsWith('prj:'))
    if (rowId.startsWith('u:')) {
      const unitId = rowId.slice(2)
      return groupPrior(book, priorId.unitProjects(unitId), 'prjUnit:', () => book.projects.filter((p) => p.kind === 'current' && p.unitId === unitId).map((p) => priorId.project(p.id)))
    }
    if (rowId.startsWith('p:')) return priorValue(book, priorId.project(rowId.slice(2)))
    return null
  },
}
