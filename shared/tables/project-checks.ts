// The checks of 表十二 and 表十三 (see types.ts `TableDef.checks` for where a check lives):
// C1 and C2 hold the project totals against what the other tables spend on projects and carry
// over; C8 (project names) and C10 (negative project amounts) cover the projects of both
// tables and sit with 表十二, the first.
import { FISCAL_SOURCES, SOURCES, SOURCE_NAMES, type Project, type SourceId } from '../model/book'
import { inputKey, SOURCE_INDEX, taggedKeysOf } from '../model/keys'
import { comparisons, fixedFinding, negatives, type CheckGroup, type CheckSpec, type FindingCell } from '../checks/checks'
import { TABLE_SHORT, type TableId } from './ids'
import { cellId } from './cell-ids'
import { Regrouper } from '../util/regroup'

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

/** A book's projects by unit, in the order units first appear; untouched units keep their arrays. */
const BY_UNIT = new Regrouper<Project>((p) => p.unitId)

const tableOf = (p: Project): TableId => (p.kind === 'current' ? 't12' : 't13')

/** C8 of one unit's projects: its specs, each with its project (to order them across units). */
interface UnitNames { unitName: string; specs: { project: Project; spec: CheckSpec }[] }
const unitNamesOf = new WeakMap<readonly Project[], UnitNames>()

function unitNames(projects: readonly Project[], unitName: string): UnitNames {
  const hit = unitNamesOf.get(projects)
  if (hit && hit.unitName === unitName) return hit
  const specs: UnitNames['specs'] = []
  // Two projects of one unit share a name only within a kind (表十二 or 表十三): the first of each name, by kind.
  const seen = { current: new Map<string, string>(), carry: new Map<string, string>() }
  for (const p of projects) {
    const table = tableOf(p)
    const name = p.name.trim()
    if (!name) {
      const sources = p.kind === 'current' ? SOURCES : FISCAL_SOURCES
      const message = `${TABLE_SHORT[table]}：${unitName} 有一个项目有金额但没有名称`
      const cell: FindingCell = { table, row: `p:${p.id}`, col: 'name' }
      specs.push({ project: p, spec: {
        id: `chk!C8!${p.id}`,
        check: 'C8',
        sig: message,
        deps: sources.map((s) => inputKey.project(p.id, s)),
        run: (...vs) => (vs.some((v) => v !== 0n)
          ? [{ check: 'C8', severity: 'error', message, cells: [cell] }]
          : []),
      } })
      continue
    }
    const names = seen[p.kind === 'current' ? 'current' : 'carry']
    const first = names.get(name)
    if (first === undefined) names.set(name, p.id)
    else {
      specs.push({ project: p, spec: fixedFinding(`chk!C8!${p.id}`, {
        check: 'C8', severity: 'warning',
        message: `${TABLE_SHORT[table]}：${unitName} 有两个同名项目“${name}”`,
        cells: [{ table, row: `p:${first}`, col: 'name' }, { table, row: `p:${p.id}`, col: 'name' }],
      }) })
    }
  }
  const names = { unitName, specs }
  unitNamesOf.set(projects, names)
  return names
}

/**
 * C8: a project with money but no name (error); two projects of one unit with the same name
 * (warning). Declared per unit (kept while the unit's projects are the same array and its name
 * the same), listed in the projects' order.
 */
export const projectNames: CheckGroup = {
  name: 'project-names',
  reads: ['projects', 'units'],
  declare: (book) => {
    const unitName = new Map(book.units.map((u) => [u.id, u.name]))
    const found: UnitNames['specs'][] = []
    for (const [unitId, projects] of BY_UNIT.groups(book.projects)) {
      const { specs } = unitNames(projects, unitName.get(unitId) ?? '')
      if (specs.length) found.push(specs)
    }
    if (found.length <= 1) return (found[0] ?? []).map((s) => s.spec)
    // Units' projects may interleave (a unit's 表十三 projects after other units'): order by position.
    const at = new Map<Project, number>()
    const all = found.flat()
    for (const s of all) at.set(s.project, -1)
    book.projects.forEach((p, i) => {
      if (at.has(p)) at.set(p, i)
    })
    return all.sort((x, y) => at.get(x.project)! - at.get(y.project)!).map((s) => s.spec)
  },
}

// C10 of a unit's projects is one node, kept while the unit's projects are the same objects (a
// structural edit shares the units it did not touch): declaring the check again after adding one
// project to a large department builds one node. A project's place is spelled only when negative.
const PROJECT_AMOUNTS = {
  // With their tags: a unit's projects of both kinds interleave, so the build finds their amounts
  // by tag rather than where the layouts show them (表十二's and 表十三's rows, apart).
  deps: (p: Project, into: string[], tags: number[]): void => {
    const own = taggedKeysOf.project(p.id)
    for (const src of p.kind === 'current' ? SOURCES : FISCAL_SOURCES) {
      into.push(own.keys[SOURCE_INDEX[src]]!)
      tags.push(own.tags[SOURCE_INDEX[src]]!)
    }
  },
  place: (p: Project) => ({ where: `${TABLE_SHORT[tableOf(p)]} 项目“${p.name}”`, cells: [{ table: tableOf(p), row: `p:${p.id}`, col: 'name' }] }),
}

/** C10 of projects: one node per unit. */
export const negativeProjects: CheckGroup = negatives('negative-projects', ['projects'], (book, negative) => {
  for (const [unitId, projects] of BY_UNIT.groups(book.projects)) negative(`prj:${unitId}`, { items: projects, ...PROJECT_AMOUNTS })
})
