// The department's own rows with amounts cleared: what 汇总 adds the units' parts onto.
import type { BudgetBook } from '../model/book'
import { clearAmounts } from '../template/identity'

/** The department's own rows with amounts cleared, plus the projects/机关运行经费 of units no part covers. */
export function departmentSkeleton(base: BudgetBook, covered: ReadonlySet<string>): BudgetBook {
  const { consolidation: _parts, ...plain } = base
  const cleared = clearAmounts(plain)
  const own = (unitId: string): boolean => !covered.has(unitId)
  return { ...cleared, runningCosts: plain.runningCosts.filter((r) => own(r.unitId)), projects: plain.projects.filter((p) => own(p.unitId)) }
}
