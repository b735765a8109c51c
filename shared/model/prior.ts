// Last year's figures (上年数) carried in a book for comparison ("比上年增长 x 万元，增长 y%").
// Figures are keyed by stable ids that survive a year's edits: they name the figure's meaning
// (a total, a 项 code, a project id, a 表六 row id), never a sheet address or a row position.
// Values are amount strings in the book's entry unit; an absent id means zero.
import type { BudgetBook } from './book'
import { toFen, type Fen } from './money'

/** The headline figures the narrative of a disclosure compares with last year. */
export const PRIOR_HEADLINES = {
  /** 表一 收入总计 (本年收入合计 + 上年结转). */
  total: 'total',
  /** 一般公共预算 of the year (表二 合计行 一般公共预算). */
  gp: 'gp',
  /** 政府性基金预算 of the year (表二 合计行 政府性基金). */
  gf: 'gf',
  /** 国有资本经营预算 of the year (表二 合计行). */
  soe: 'soe',
  /** 表十 合计: "三公"经费. */
  threePublic: 'threePublic',
  /** 表十一 部门合计: 机关运行经费. */
  runningCosts: 'runningCosts',
  /** 表十 rows: each "三公" item, compared one by one in the 情况说明 (七). */
  'threePublic:abroad': 'threePublic:abroad',
  'threePublic:reception': 'threePublic:reception',
  'threePublic:vehicle': 'threePublic:vehicle',
  'threePublic:vehiclePurchase': 'threePublic:vehiclePurchase',
  'threePublic:vehicleOps': 'threePublic:vehicleOps',
} as const

export type PriorHeadline = keyof typeof PRIOR_HEADLINES

/** Per-row figure ids. */
export const priorId = {
  /** A 功能分类 项: its 表三 合计 (基本 + 项目, including 上年结转). */
  subject: (code: string): string => `sub:${code}`,
  /** A project of 表十二: its 合计. */
  project: (id: string): string => `prj:${id}`,
  /** A 表六 item row: its amount. */
  econ: (id: string): string => `econ:${id}`,
  /**
   * A 表六 class (301 人员经费 …) and a unit's 表十二 合计, stored at 结转 besides their rows' own:
   * a line or project deleted since takes its 上年数 out of the sum of the rows left, not out of
   * last year's class or unit total.
   */
  econClass: (deptClass: string): string => `econClass:${deptClass}`,
  unitProjects: (unitId: string): string => `prjUnit:${unitId}`,
}

/**
 * A headline as last year's document published it, stored at 结转 only where 舍位平衡 printed it
 * off its own rounding (a 元 book: 1.805 万元 printed 1.80): the 情况说明 compares with it, the
 * 上年数对比 columns with the exact figure under the headline's own id.
 */
export const publishedPriorId = (headline: string): string => `published:${headline}`

/** Last year's value of figure `id` in 分, or null when the book carries no 上年数 at all. */
export function priorValue(book: BudgetBook, id: string): Fen | null {
  if (!book.prior) return null
  return toFen(book.prior.figures[id] ?? '', book.amountUnit)
}
