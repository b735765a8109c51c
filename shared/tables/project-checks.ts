// The checks of 表十二 and 表十三 (see types.ts `TableDef.checks` for where a check lives):
// C1 and C2 hold the project totals against what the other tables spend on projects and carry
// over; C8 (project names) and C10 (negative project amounts) cover the projects of both
// tables and sit with 表十二, the first.
import { FISCAL_SOURCES, SOURCES, SOURCE_NAMES, type Project, type SourceId } from '../model/book'
import { inputKey } from '../model/keys'
import { comparisons, fixedFinding, negatives, type CheckGroup, type CheckSpec, type FindingCell, type RowAmounts } from '../checks/checks'
import { TABLE_SHORT, type TableId } from './ids'
import { cellId } from './cell-ids'
import { groupBy } from '../util/group-by'

/** C1: 表十二's project total of each source = the project expenditure the tables of that source print. */
export const projectTotals: CheckGroup = comparisons('project-totals', [], (compare) => {
  const projectTotal: Record<SourceId, [string, string]> = {
    gp: [cellId('t5', 'total', 'project'), '表五 项目支出合计'],
    gf: [cellId('t8', 'total', 'project'), '表八 项目支出合计'],
    soe: [cellId('t9', 'total', 'project'), '表九 项目支出合计'],
    sp: [cellId('detail', 'total', 'p_sp'), '支出明细 财政专户管理资金项目支出合计'],
    uf: [cellId('detail', 'total', 'p_uf'), '支出明细 单位资金项目支出合计'],
  }
  for (const s of SOURCES) {
    const [ref, name] = projectTotal[s]
    compare('C1', s, cellId('t12', 'dept', s), `表十二 项目合计（${SOURCE_NAMES[s]}）`, ref, name)
  }
})

/** C2: 表十三's project total of each fiscal source = that source's 上年结转 (表四). */
export const carryTotals: CheckGroup = comparisons('carry-totals', [], (compare) => {
  for (const s of FISCAL_SOURCES) {
    compare('C2', s, cellId('t13', 'dept', s), `表十三 项目合计（${SOURCE_NAMES[s]}）`, cellId('t4', `f:carry:${s}`, 'incAmount'), `${SOURCE_NAMES[s]}上年结转`)
  }
})

/** What C8 reads of a project, kept per project object (a structural edit shares untouched ones). */
interface ProjectName { table: TableId; cell: FindingCell; name: string; key: string }
const projectNameOf = new WeakMap<Project, ProjectName>()
function projectName(p: Project): ProjectName {
  let n = projectNameOf.get(p)
  if (!n) {
    const table: TableId = p.kind === 'current' ? 't12' : 't13'
    const name = p.name.trim()
    n = { table, cell: { table, row: `p:${p.id}`, col: 'name' }, name, key: `${p.kind}|${p.unitId}|${name}` }
    projectNameOf.set(p, n)
  }
  return n
}

/** C8: a project with money but no name (error); two projects of one unit with the same name (warning). */
export const projectNames: CheckGroup = {
  name: 'project-names',
  reads: ['projects', 'units'],
  declare: (book) => {
    const specs: CheckSpec[] = []
    const unitName = new Map(book.units.map((u) => [u.id, u.name]))
    const seen = new Map<string, string>()
    for (const p of book.projects) {
      const { table, cell, name, key } = projectName(p)
      if (!name) {
        const sources = p.kind === 'current' ? SOURCES : FISCAL_SOURCES
        const message = `${TABLE_SHORT[table]}：${unitName.get(p.unitId) ?? ''} 有一个项目有金额但没有名称`
        specs.push({
          id: `chk!C8!${p.id}`,
          check: 'C8',
          sig: message,
          deps: sources.map((s) => inputKey.project(p.id, s)),
          run: (...vs) => (vs.some((v) => v !== 0n)
            ? [{ check: 'C8', severity: 'error', message, cells: [cell] }]
            : []),
        })
        continue
      }
      const first = seen.get(key)
      if (first === undefined) seen.set(key, p.id)
      else {
        specs.push(fixedFinding(`chk!C8!${p.id}`, {
          check: 'C8', severity: 'warning',
          message: `${TABLE_SHORT[table]}：${unitName.get(p.unitId) ?? ''} 有两个同名项目“${name}”`,
          cells: [{ table, row: `p:${first}`, col: 'name' }, cell],
        }))
      }
    }
    return specs
  },
}

// A project's row of C10, kept while the project object is the same (a structural edit shares
// untouched projects): declaring the check again after adding one project to a large
// department then costs little more than grouping.
const projectRows = new WeakMap<Project, RowAmounts>()
let serials = 0
function projectRow(p: Project): RowAmounts {
  let row = projectRows.get(p)
  if (!row) {
    const table: TableId = p.kind === 'current' ? 't12' : 't13'
    const sources = p.kind === 'current' ? SOURCES : FISCAL_SOURCES
    row = { deps: sources.map((src) => inputKey.project(p.id, src)), where: `${TABLE_SHORT[table]} 项目“${p.name}”`, cells: [{ table, row: `p:${p.id}`, col: 'name' }], serial: ++serials }
    projectRows.set(p, row)
  }
  return row
}

/** C10 of projects: one node per unit. */
export const negativeProjects: CheckGroup = negatives('negative-projects', ['projects'], (book, negative) => {
  for (const [unitId, projects] of groupBy(book.projects, (p) => p.unitId)) negative(`prj:${unitId}`, projects.map(projectRow))
})
