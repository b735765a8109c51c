// The 13 published tables, in order, plus the app's entry sheet (支出明细).
import type { TableId } from './ids'
import type { TableDef } from './types'
import { detail, t2, t3, t5, t8 } from './subject-tables'
import { t1, t4 } from './summary-tables'
import { t6 } from './econ-table'
import { t7, t9 } from './revenue-tables'
import { t10, t11 } from './fiscal-tables'
import { t12, t13 } from './project-tables'

export const PUBLISHED_TABLES: readonly TableDef[] = [t1, t2, t3, t4, t5, t6, t7, t8, t9, t10, t11, t12, t13]
export const ALL_TABLES: readonly TableDef[] = [...PUBLISHED_TABLES, detail]

const BY_ID = new Map<TableId, TableDef>(ALL_TABLES.map((t) => [t.id, t]))

export function tableDef(id: TableId): TableDef {
  const def = BY_ID.get(id)
  if (!def) throw new Error(`unknown table ${id}`)
  return def
}

/** Header text with the year filled in ('{year}年预算数' → '2026年预算数'). */
export function headerText(text: string, year: number): string {
  return text.replace('{year}', String(year))
}
