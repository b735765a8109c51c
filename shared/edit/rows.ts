// A grid row as something the book can lose: which subject, project, 表六 line … a row of a
// table stands for, whether it holds money (the UI asks before deleting only then), and
// deleting it.
import { FISCAL_SOURCES, SOURCES, type BudgetBook } from '../model/book'
import { formatAmount, toFen, type Fen } from '../model/money'
import type { TableId } from '../tables/ids'
import type { TableSet } from '../tables/table-set'
import type { RowRemoval } from '../tables/types'
import { blockOf, blockRowId } from '../tables/side-by-side'
import { removeSubject } from './subjects'
import { removeEconClass, removeEconLine } from './econ'
import { removeProject } from './projects'
import { removeRevenueLine, type RevenueTable } from './revenue'
import { removeUnit } from './units'
import { refuse, type EditResult } from './result'

export type RowTarget =
  | { kind: 'subject'; code: string }
  | { kind: 'econ'; id: string }
  | { kind: 'econClass'; deptClass: string }
  | { kind: 'project'; id: string }
  | { kind: 'revenue'; which: RevenueTable; code: string }
  | { kind: 'unit'; id: string }

/**
 * What deleting grid row `rowId` of `table` of the set `tables` (focused in column `col`) would
 * remove, as the table's spec declares (TableDef.removes); null: a fixed or total row.
 */
export function rowTargetOf(tables: TableSet, table: TableId, rowId: string, col = ''): RowTarget | null {
  const def = tables.has(table) ? tables.def(table) : undefined
  if (!def?.removes) return null
  // Side by side, the focused column's block says which table row is meant, and what it stands for.
  const sides = def.sideBySide
  const id = blockRowId(sides, rowId, col)
  const removes = 'left' in def.removes ? def.removes[blockOf(sides, col) === 'left' ? 'left' : 'right'] : def.removes
  for (const [prefix, what] of Object.entries(removes)) {
    if (id.startsWith(prefix)) return target(what as RowRemoval, id.slice(prefix.length))
  }
  return null
}

function target(what: RowRemoval, key: string): RowTarget {
  switch (what) {
    case 'subject':
      return { kind: 'subject', code: key }
    case 'govFundRevenue':
      return { kind: 'revenue', which: 't7', code: key }
    case 'soeRevenue':
      return { kind: 'revenue', which: 't9', code: key }
    case 'econ':
      return { kind: 'econ', id: key }
    case 'econClass':
      return { kind: 'econClass', deptClass: key }
    case 'project':
      return { kind: 'project', id: key }
    case 'unit':
      return { kind: 'unit', id: key }
  }
}

/** Every typed amount removing the target would delete (as typed, in the book's unit; empty ones too). */
function amountsOf(book: BudgetBook, target: RowTarget): (string | undefined)[] {
  switch (target.kind) {
    case 'subject':
      return book.subjects
        .filter((s) => s.code.startsWith(target.code))
        .flatMap((s) => [...SOURCES.flatMap((x) => [s.basic[x], s.project[x]]), ...FISCAL_SOURCES.map((x) => s.carry[x])])
    case 'econ':
      return book.econ.filter((e) => e.id === target.id).map((e) => e.amount)
    case 'econClass':
      return book.econ.filter((e) => e.deptClass === target.deptClass).map((e) => e.amount)
    case 'project':
      return book.projects.filter((p) => p.id === target.id).flatMap((p) => Object.values(p.amounts))
    case 'revenue': {
      const lines = target.which === 't7' ? book.govFundRevenue : book.soeRevenue
      return lines.filter((l) => l.code.startsWith(target.code)).map((l) => l.amount)
    }
    case 'unit':
      return [
        ...book.projects.filter((p) => p.unitId === target.id).flatMap((p) => Object.values(p.amounts)),
        ...book.runningCosts.filter((r) => r.unitId === target.id).flatMap((r) => Object.values(r.amounts)),
      ]
  }
}

const fens = (book: BudgetBook, target: RowTarget): Fen[] =>
  amountsOf(book, target).flatMap((v) => (v === undefined || v === '' ? [] : [toFen(v, book.amountUnit)]))

/** Whether removing the target would lose any typed amount. */
export function holdsMoney(book: BudgetBook, target: RowTarget): boolean {
  return fens(book, target).some((f) => f !== 0n)
}

/** The typed amounts removing the target would delete, added up, as the confirmation quotes them ("480,000.00 元"). */
export function removedAmount(book: BudgetBook, target: RowTarget): string {
  return `${formatAmount(fens(book, target).reduce((a, b) => a + b, 0n), book.amountUnit)} ${book.amountUnit}`
}

/** Delete the target from the book. */
export function removeRow(book: BudgetBook, target: RowTarget): EditResult {
  switch (target.kind) {
    case 'subject':
      return removeSubject(book, target.code)
    case 'econ':
      return removeEconLine(book, target.id)
    case 'econClass':
      return removeEconClass(book, target.deptClass)
    case 'project':
      return removeProject(book, target.id)
    case 'revenue':
      return removeRevenueLine(book, target.which, target.code)
    case 'unit':
      return removeUnit(book, target.id)
    default:
      return refuse('这一行不能删除')
  }
}

/** How the row is named in a confirmation ("删除科目 2080505 …？"). */
export function describeTarget(book: BudgetBook, target: RowTarget): string {
  switch (target.kind) {
    case 'subject': {
      const line = book.subjects.find((s) => s.code === target.code)
      return line ? `科目 ${line.code} ${line.name}` : `科目 ${target.code} 及其下各项`
    }
    case 'econ': {
      const e = book.econ.find((x) => x.id === target.id)
      return e ? `经济科目“${e.deptName} | ${e.govName}”` : '这一行'
    }
    case 'econClass':
      return `经济分类 ${target.deptClass} 下的全部科目`
    case 'project':
      return `项目“${book.projects.find((p) => p.id === target.id)?.name ?? ''}”`
    case 'revenue':
      return `收入科目 ${target.code}`
    case 'unit':
      return `单位“${book.units.find((u) => u.id === target.id)?.name ?? ''}”`
  }
}
