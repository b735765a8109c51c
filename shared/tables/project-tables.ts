// 表十二 (本年预算项目) and 表十三 (上年结转项目): the department row, one row per unit with its
// subtotal, then that unit's projects. Only project amounts are typed. A 单位 book (one unit,
// the book itself) prints its name once, as published 单位 tables do: no unit row under it.
import { FISCAL_SOURCES, SOURCES, type BudgetBook, type Project, type SourceId, type Unit } from '../model/book'
import { inputKeysOf, SOURCE_INDEX, textKey } from '../model/keys'
import type { TableId } from './ids'
import type { ColumnDef, RowDef, TableDef } from './types'
import { cellId, inputCell, rowId, sumCell, tagged } from './cell-ids'
import { refsOf } from './tree-rows'
import { priorByProject } from './prior-comparisons'
import { Regrouper } from '../util/regroup'
import { sourceColumn } from './source-columns'
import { carryTotals, negativeProjects, projectNames, projectTotals } from './project-checks'

const NAME: ColumnDef = { id: 'name', kind: 'text', width: 44, read: { also: ['名称'] } }

// Rows are kept per unit and table: a structural edit shares the units it did not touch (and
// their projects arrays), so laying a large department's table out again after adding one project
// builds one unit's block, and the engine sees the untouched rows as the very same objects.
/** A unit's row with the projects it adds up and their rows (the same projects array, or it is laid out anew). */
interface UnitBlock { projects: readonly Project[]; projectRows: readonly RowDef[]; row: RowDef }
const UNIT_ROWS = new Map<TableId, WeakMap<Unit, UnitBlock>>()
/** Each kind's projects by unit: a unit the edit did not touch keeps its array, so its block is kept whole. */
const BY_UNIT: Record<Project['kind'], Regrouper<Project>> = {
  current: new Regrouper((p) => p.unitId, (p) => p.kind === 'current'),
  carry: new Regrouper((p) => p.unitId, (p) => p.kind === 'carry'),
}
const NO_PROJECTS: readonly Project[] = []

/** What a project's row shows besides its name: it depends on the table and the project's id alone. */
interface ProjectCells { textKeys: RowDef['textKeys']; inputs: RowDef['cells'][string][]; total: RowDef['cells'][string] }
/** Made once per table and project id (any book's project of that id shows the same objects). */
const PROJECT_CELLS = new Map<TableId, Map<string, ProjectCells>>()
const MAX_PROJECTS = 200_000

function projectCells(table: TableId, id: string, sources: readonly SourceId[]): ProjectCells {
  let byId = PROJECT_CELLS.get(table)
  if (!byId || byId.size > MAX_PROJECTS) PROJECT_CELLS.set(table, (byId = new Map()))
  let hit = byId.get(id)
  if (!hit) {
    const keys = inputKeysOf.project(id)
    const refs = sources.map((s) => keys[SOURCE_INDEX[s]]!)
    const { total } = tagged({ total: { ref: cellId(table, rowId('p:', id), 'total'), formula: { plus: refs, explain: '= 各来源之和' } } })
    byId.set(id, (hit = { textKeys: { name: textKey.projectName(id) }, inputs: refs.map(inputCell), total }))
  }
  return hit
}

function projectRow(table: TableId, p: Project, sources: readonly SourceId[]): RowDef {
  const { textKeys, inputs, total } = projectCells(table, p.id, sources)
  const row: RowDef = { id: rowId('p:', p.id), kind: 'project', text: { name: p.name }, textKeys, cells: {} }
  for (let i = 0; i < sources.length; i++) row.cells[sources[i]!] = inputs[i]
  row.cells.total = total
  return row
}

function unitBlock(table: TableId, unit: Unit, projects: readonly Project[], sources: readonly SourceId[], money: readonly string[]): UnitBlock {
  let blocks = UNIT_ROWS.get(table)
  if (!blocks) UNIT_ROWS.set(table, (blocks = new WeakMap()))
  const hit = blocks.get(unit)
  if (hit?.projects === projects) return hit
  // The unit's projects changed: the rows of the projects it keeps are kept.
  const before = new Map<Project, RowDef>()
  if (hit) for (let i = 0; i < hit.projects.length; i++) before.set(hit.projects[i]!, hit.projectRows[i]!)
  const projectRows = projects.map((p) => before.get(p) ?? projectRow(table, p, sources))
  let row = hit?.row
  // The same project rows in order (a project removed and put back): the unit row stays.
  if (!hit || hit.projectRows.length !== projectRows.length || !hit.projectRows.every((r, i) => r === projectRows[i])) {
    const id = rowId('u:', unit.id)
    row = { id, kind: 'unit', text: { name: unit.name }, textKeys: { name: textKey.unitName(unit.id) }, cells: {} }
    for (const col of money) row.cells[col] = sumCell(table, id, col, refsOf(projectRows, col), '= 本单位各项目之和')
  }
  const block = { projects, projectRows, row: row! }
  blocks.set(unit, block)
  return block
}

function projectRows(book: BudgetBook, table: TableId, kind: Project['kind'], sources: readonly SourceId[]): RowDef[] {
  const money = ['total', ...sources]
  const dept: RowDef = { id: 'dept', kind: 'dept', printAlways: true, text: { name: book.department }, cells: {} }
  const rows: RowDef[] = [dept]
  const unitRows: RowDef[] = []
  const byUnit = BY_UNIT[kind].groups(book.projects)
  const unitOnly = book.scope === '单位' && book.units.length === 1
  for (const unit of book.units) {
    const { projectRows, row } = unitBlock(table, unit, byUnit.get(unit.id) ?? NO_PROJECTS, sources, money)
    if (unitOnly) {
      for (const col of money) dept.cells[col] = sumCell(table, 'dept', col, refsOf(projectRows, col), '= 各项目之和')
      for (const r of projectRows) rows.push(r)
      return rows
    }
    rows.push(row)
    for (const r of projectRows) rows.push(r)
    unitRows.push(row)
  }
  for (const col of money) dept.cells[col] = sumCell(table, 'dept', col, refsOf(unitRows, col), '= 各单位之和')
  return rows
}

export const t12: TableDef = {
  checks: [projectTotals, projectNames, negativeProjects],
  id: 't12',
  reads: ['projects', 'units', 'department', 'scope'],
  removes: { 'p:': 'project', 'u:': 'unit' },
  short: '表十二',
  ifEmpty: { cause: '本年项目支出' },
  prior: priorByProject,
  entry: { adds: [{ kind: 'project', projectKind: 'current' }], hint: '录入本年预算项目的金额。' },
  label: '预算公开表12',
  title: (y) => `${y}年项目支出预算表（本年预算）`,
  read: { titles: [/^(部门|单位)?项目支出(预算)?表\(本年(预算)?\)$/], place: [{ by: 'project', rows: 'rows' }] },
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
  removes: { 'p:': 'project', 'u:': 'unit' },
  short: '表十三',
  ifEmpty: { cause: '上年结转项目支出', explained: { what: '上年结转项目支出', words: /上年结转/ } },
  entry: { adds: [{ kind: 'project', projectKind: 'carry' }], hint: '录入上年结转项目的金额。' },
  label: '预算公开表13',
  title: (y) => `${y}年项目支出预算表（上年结转）`,
  read: { titles: [/^(部门|单位)?项目支出(预算)?表\(上年结转\)$/], place: [{ by: 'project', rows: 'rows' }] },
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

