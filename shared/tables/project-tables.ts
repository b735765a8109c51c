// 表十二 (本年预算项目) and 表十三 (上年结转项目): the department row, one row per unit with its
// subtotal, then that unit's projects. Only project amounts are typed. A 单位 book (one unit,
// the book itself) prints its name once, as published 单位 tables do: no unit row under it.
import { FISCAL_SOURCES, SOURCES, type BudgetBook, type Project, type SourceId, type Unit } from '../model/book'
import { inputKey, textKey } from '../model/keys'
import type { TableId } from './ids'
import type { ColumnDef, RowDef, TableDef } from './types'
import { cellId } from './cell-ids'
import { refsOf } from './tree-rows'
import { groupBy } from '../util/group-by'
import { sourceColumn } from './source-columns'
import { carryTotals, negativeProjects, projectNames, projectTotals } from './project-checks'

const NAME: ColumnDef = { id: 'name', kind: 'text', width: 44, read: { also: ['名称'] } }

// Rows are kept per book object and table: a structural edit shares the projects and units it
// did not touch, so laying a large department's table out again after adding one project costs a
// lookup per project, and the engine sees the untouched rows as the very same objects.
const kept = <K extends object, V>(): ((table: TableId) => WeakMap<K, V>) => {
  const byTable = new Map<TableId, WeakMap<K, V>>()
  return (table) => {
    let m = byTable.get(table)
    if (!m) byTable.set(table, (m = new WeakMap()))
    return m
  }
}
const PROJECT_ROWS = kept<Project, RowDef>()
/** A unit's row with the project rows it adds up (the same rows, in order, or it is laid out anew). */
const UNIT_ROWS = kept<Unit, { projects: readonly RowDef[]; row: RowDef }>()

function projectRow(rows: WeakMap<Project, RowDef>, table: TableId, p: Project, sources: readonly SourceId[]): RowDef {
  let row = rows.get(p)
  if (!row) {
    const pid = `p:${p.id}`
    const refs = sources.map((s) => inputKey.project(p.id, s))
    row = { id: pid, kind: 'project', text: { name: p.name }, textKeys: { name: textKey.projectName(p.id) }, cells: {} }
    for (let i = 0; i < sources.length; i++) row.cells[sources[i]!] = { ref: refs[i]! }
    row.cells.total = { ref: cellId(table, pid, 'total'), formula: { plus: refs, explain: '= 各来源之和' } }
    rows.set(p, row)
  }
  return row
}

function unitRow(rows: WeakMap<Unit, { projects: readonly RowDef[]; row: RowDef }>, table: TableId, unit: Unit, projects: readonly RowDef[], money: readonly string[]): RowDef {
  const hit = rows.get(unit)
  if (hit && hit.projects.length === projects.length && hit.projects.every((r, i) => r === projects[i])) return hit.row
  const id = `u:${unit.id}`
  const row: RowDef = { id, kind: 'unit', text: { name: unit.name }, textKeys: { name: textKey.unitName(unit.id) }, cells: {} }
  for (const col of money) row.cells[col] = { ref: cellId(table, id, col), formula: { plus: refsOf(projects, col), explain: '= 本单位各项目之和' } }
  rows.set(unit, { projects, row })
  return row
}

function projectRows(book: BudgetBook, table: TableId, kind: Project['kind'], sources: readonly SourceId[]): RowDef[] {
  const money = ['total', ...sources]
  const dept: RowDef = { id: 'dept', kind: 'dept', printAlways: true, text: { name: book.department }, cells: {} }
  const rows: RowDef[] = [dept]
  const unitRows: RowDef[] = []
  const byUnit = groupBy(book.projects.filter((p) => p.kind === kind), (p) => p.unitId)
  const unitOnly = book.scope === '单位' && book.units.length === 1
  const keptProjects = PROJECT_ROWS(table)
  const keptUnits = UNIT_ROWS(table)
  for (const unit of book.units) {
    const projects = (byUnit.get(unit.id) ?? []).map((p) => projectRow(keptProjects, table, p, sources))
    if (unitOnly) {
      for (const col of money) dept.cells[col] = { ref: cellId(table, 'dept', col), formula: { plus: refsOf(projects, col), explain: '= 各项目之和' } }
      for (const r of projects) rows.push(r)
      return rows
    }
    const row = unitRow(keptUnits, table, unit, projects, money)
    rows.push(row)
    for (const r of projects) rows.push(r)
    unitRows.push(row)
  }
  for (const col of money) dept.cells[col] = { ref: cellId(table, 'dept', col), formula: { plus: refsOf(unitRows, col), explain: '= 各单位之和' } }
  return rows
}

export const t12: TableDef = {
  checks: [projectTotals, projectNames, negativeProjects],
  id: 't12',
  reads: ['projects', 'units', 'department', 'scope'],
  short: '表十二',
  label: '预算公开表12',
  title: (y) => `${y}年项目支出预算表（本年预算）`,
  landscape: true,
  numberRow: true,
  columns: [NAME, { id: 'total', kind: 'money', width: 14 }, ...SOURCES.map((s) => sourceColumn(s, 14))],
  headerRows: 2,
  header: [
    { text: '项目名称', row: 0, col: 0, rowSpan: 2 },
    { text: '合计', row: 0, col: 1, rowSpan: 2 },
    { text: '{year}年财政拨款', row: 0, col: 2, colSpan: 3 },
    { text: '财政专户管理资金', row: 0, col: 5, rowSpan: 2 },
    { text: '单位资金', row: 0, col: 6, rowSpan: 2 },
    { text: '一般公共预算', row: 1, col: 2 },
    { text: '政府性基金预算', row: 1, col: 3 },
    { text: '国有资本经营预算', row: 1, col: 4 },
  ],
  build: (book) => projectRows(book, 't12', 'current', SOURCES),
}

export const t13: TableDef = {
  checks: [carryTotals],
  id: 't13',
  reads: ['projects', 'units', 'department', 'scope'],
  short: '表十三',
  label: '预算公开表13',
  title: (y) => `${y}年项目支出预算表（上年结转）`,
  numberRow: true,
  columns: [NAME, { id: 'total', kind: 'money', width: 16 }, ...FISCAL_SOURCES.map((s) => sourceColumn(s, 16))],
  headerRows: 2,
  header: [
    { text: '项目名称', row: 0, col: 0, rowSpan: 2 },
    { text: '合计', row: 0, col: 1, rowSpan: 2 },
    { text: '{year}年财政拨款', row: 0, col: 2, colSpan: 3 },
    { text: '一般公共预算', row: 1, col: 2 },
    { text: '政府性基金预算', row: 1, col: 3 },
    { text: '国有资本经营预算', row: 1, col: 4 },
  ],
  build: (book) => projectRows(book, 't13', 'carry', FISCAL_SOURCES),
}

