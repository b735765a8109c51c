// A second province's table set for the tests of reading, comparing and deleting through a set:
// the 13 tables as another province prints them (表十 under another title, 表十一 printing the old
// name 公共财政预算 over its 一般公共预算 column) plus the toy 表十四. Nothing of the app names it.
import { STANDARD_TABLES, tableSet, withTables } from '../../../shared/tables'
import type { TableDef } from '../../../shared/tables/types'
import { t14 } from './toy-table'

export const PROVINCE_T10_TITLE = (y: number): string => `${y}年一般公共预算“三公”经费支出情况表`
export const PROVINCE_GP_HEADER = '公共财政预算'

function asPrinted(def: TableDef): TableDef {
  if (def.id === 't10') return { ...def, title: PROVINCE_T10_TITLE }
  if (def.id === 't11') return { ...def, header: def.header.map((h) => (h.text === '一般公共预算' ? { ...h, text: PROVINCE_GP_HEADER } : h)) }
  return def
}

export const PROVINCE_TABLES = withTables(
  tableSet(
    STANDARD_TABLES.published.map(asPrinted),
    STANDARD_TABLES.all.filter((t) => t.internal),
    { listing: STANDARD_TABLES.checks.map((g) => g.name), compared: STANDARD_TABLES.compared },
  ),
  t14,
)
