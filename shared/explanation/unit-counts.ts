// 第三部分 八's "本部门2027年所属N家行政单位……": the counts the sentence states, and what keeps
// them from being true. 机关运行经费 is by definition the money of 行政单位 and 参公单位 (名词解释),
// so a unit 表十一 lists with 机关运行经费 whose type in 基本信息 is 事业 (the type a unit added there
// starts with) has a wrong type or a wrong figure; counting by type would then state fewer units
// than 表十一 lists. The sentence never states such a count: it leaves a gap for the clerk instead,
// and 公开检查 P06 names each such unit (shared/inspect/rules/apply.ts).
import type { BudgetBook, Unit } from '../model/book'
import { UNIT_KIND_NAMES, type UnitKindCount } from '../model/disclosure'

/** The printed 合计 of a 表十一 row in 0.01 万元 (undefined or 0: none printed). */
export type RunningCostOf = (row: string) => bigint | undefined

/** Units of type 事业 that 表十一 prints a 机关运行经费 for. */
export function institutionsWithRunningCosts(book: BudgetBook, printed: RunningCostOf): Unit[] {
  return book.units.filter((u) => u.type === '事业' && (printed(`u:${u.id}`) ?? 0n) !== 0n)
}

export interface UnitCount {
  kind: UnitKindCount
  n: number
  /** The typed field it comes from; none: counted from the book's units. */
  field?: string
}

/** What the sentence can state: the counts, or the gap the clerk must resolve first. */
export type UnitCounts = { counts: UnitCount[] } | { gap: { field: string; placeholder: string; message: string } }

const quoted = (units: readonly Unit[]): string => units.map((u) => `“${u.name}”`).join('、')

/** The clerk's counts where typed, else the book's 行政 and 参公 units; a gap when either contradicts 表十一. */
export function unitCounts(book: BudgetBook, printed: RunningCostOf): UnitCounts {
  const typed = book.disclosure?.unitCounts
  if (typed && Object.values(typed).some((n) => n !== undefined)) {
    const counts = (Object.keys(UNIT_KIND_NAMES) as UnitKindCount[])
      .filter((k) => (typed[k] ?? 0) > 0)
      .map((k) => ({ kind: k, n: typed[k]!, field: `disclosure.unitCounts.${k}` }))
    const offices = (typed.admin ?? 0) + (typed.civil ?? 0)
    const listed = book.units.filter((u) => (printed(`u:${u.id}`) ?? 0n) !== 0n).length
    if (offices >= listed) return { counts }
    return {
      gap: {
        field: 'disclosure.unitCounts',
        placeholder: '（请核对所属单位数）',
        message: `所填所属行政单位和参公单位共${offices}家，表十一却列出${listed}家单位的机关运行经费，请核对所属单位数`,
      },
    }
  }
  const mistyped = institutionsWithRunningCosts(book, printed)
  if (mistyped.length) {
    return {
      gap: {
        field: 'units',
        placeholder: '（请在基本信息中核对单位类型）',
        message: `表十一列出${quoted(mistyped)}的机关运行经费，但${mistyped.length > 1 ? '这些单位' : '该单位'}在“基本信息”中的单位类型是“事业”；`
          + '机关运行经费只属于行政单位和参公单位，请在“基本信息”中核对单位类型，说明中才能写出所属单位数',
      },
    }
  }
  const of = (t: Unit['type']): number => book.units.filter((u) => u.type === t).length
  return { counts: ([['admin', '行政'], ['civil', '参公']] as const).map(([kind, t]) => ({ kind, n: of(t) })).filter((c) => c.n > 0) }
}
