// The 13 published tables, in order, plus the app's entry sheet (支出明细).
import type { TableId } from './ids'
import type { TableDef } from './types'
import { detail, t2, t3, t5, t8 } from './subject-tables'
import { t1, t4 } from './summary-tables'
import { t6 } from './econ-table'
import { t7, t9 } from './revenue-tables'
import { t10, t11 } from './fiscal-tables'
import { t12, t13 } from './project-tables'
import { tableSet, type TableSet } from './table-set'
import { STANDARD_CHECKS } from '../checks/checks'

export { tableSet, withTables, type TableSet } from './table-set'

/** The standard set of a 部门预算公开 (孝义市 layout): 表一 … 表十三 and the entry sheet. */
export const STANDARD_TABLES: TableSet = tableSet([t1, t2, t3, t4, t5, t6, t7, t8, t9, t10, t11, t12, t13], [detail], STANDARD_CHECKS)

export const PUBLISHED_TABLES: readonly TableDef[] = STANDARD_TABLES.published
export const ALL_TABLES: readonly TableDef[] = STANDARD_TABLES.all

export function tableDef(id: TableId): TableDef {
  return STANDARD_TABLES.def(id)
}

export { headerText, headersOver } from './headers'
