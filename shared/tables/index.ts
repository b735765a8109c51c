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

export { tableSet, withTables, withoutChecks, type TableSet } from './table-set'

/**
 * The order the checks' findings are listed in: by check, C1 … C10 as the spec numbers them, and
 * C10's groups as a clerk enters the book (subjects, projects, 表六, revenue, 表十, 表十一).
 * Each group sits in the spec of the table its findings point at.
 */
const CHECK_LISTING = [
  'project-totals', 'carry-totals', 'basic-total', 'gov-fund-total', 'soe-total', 'running-costs', 'vehicle', 'project-names', 'catalog',
  'negative-subjects', 'negative-projects', 'negative-econ', 'negative-gov-fund-revenue', 'negative-soe-revenue', 'negative-t10', 'negative-t11',
]

/**
 * The order the import report has always listed differences in: the expenditure side (表一's
 * classes, the subject trees, 表九's expenditure block), then 表四, 表六 and the revenue trees.
 */
const COMPARED = ['t1', 't2', 't3', 't5', 't8', 't9.expenditure', 't4', 't6', 't7', 't9.income', 't10', 't11', 't12', 't13']

/** The standard set of a 部门预算公开 (孝义市 layout): 表一 … 表十三 and the entry sheet, their checks C1–C10. */
export const STANDARD_TABLES: TableSet = tableSet([t1, t2, t3, t4, t5, t6, t7, t8, t9, t10, t11, t12, t13], [detail], { listing: CHECK_LISTING, compared: COMPARED })

export const PUBLISHED_TABLES: readonly TableDef[] = STANDARD_TABLES.published
export const ALL_TABLES: readonly TableDef[] = STANDARD_TABLES.all

export function tableDef(id: TableId): TableDef {
  return STANDARD_TABLES.def(id)
}

export { headerText, headersOver } from './headers'
