// The consistency checks (勾稽关系) C1–C10 of the spec. Each check is a node of the derivation
// graph: its dependencies are the cells it compares and its pure function returns the
// findings (empty when the relation holds), so checks update live with every edit and only
// when a cell they read has changed.
import { FISCAL_SOURCES, SOURCES, SOURCE_NAMES, T10_ITEM_NAMES, type BudgetBook, type Project, type SourceId } from '../model/book'
import { formatAmount, type Fen } from '../model/money'
import type { TableId } from '../tables/ids'
import { TABLE_SHORT } from '../tables/ids'
import { cellId } from '../tables/cell-ids'
import { bookSubject } from '../catalog/functions'
import { CLASS_BY_CODE } from '../catalog/classes'
import { normalizeName } from '../catalog/economic'
import { inputKey } from '../model/keys'
import { groupBy } from '../util/group-by'

export type StandardCheckId = 'C1' | 'C2' | 'C3' | 'C4' | 'C5' | 'C6' | 'C7' | 'C8' | 'C9' | 'C10'
/** C1–C10 of the spec; a table set's own tables may add checks of their own ids. */
export type CheckId = StandardCheckId | (string & {})

export interface FindingCell {
  table: TableId
  row: string
  col: string
}

export interface Finding {
  check: CheckId
  severity: 'error' | 'warning'
  message: string
  cells: FindingCell[]
}

export interface CheckSpec {
  id: string
  check: CheckId
  deps: string[]
  run: (...values: Fen[]) => Finding[]
  /**
   * Everything `run` says besides its dependencies' values (the texts of its messages): a check
   * redeclared with the same id, dependencies and sig is the same node, so a structural edit
   * keeps it. Absent: always replaced.
   */
  sig?: string
}

/** Part of the book (a top-level field) a table's layout or a group of checks is built from. */
export type BookPart = keyof BudgetBook

/** Checks declared together from the same parts of the book. */
export interface CheckGroup {
  name: string
  /** Declared again after a structural edit only when one of these parts changed. */
  reads: readonly BookPart[]
  declare: (book: BudgetBook) => CheckSpec[]
}

export const CHECK_TITLES: Record<StandardCheckId, string> = {
  C1: '表十二项目合计 = 各来源项目支出',
  C2: '表十三项目合计 = 上年结转',
  C3: '表六合计 = 表五基本支出合计',
  C4: '表七合计 = 表八合计',
  C5: '表九收入合计 = 表九支出合计',
  C6: '机关运行经费 ≤ 公用经费',
  C7: '三公经费公务用车运行维护费 ≥ 表六对应科目',
  C8: '项目名称',
  C9: '功能科目与目录一致',
  C10: '金额为负数',
}

/** The title a check is listed under ('' for a check of a table set's own without one). */
export function checkTitle(id: CheckId): string {
  return (CHECK_TITLES as Partial<Record<string, string>>)[id] ?? ''
}

const at = (ref: string): FindingCell => {
  const [table, row, col] = ref.split('!') as [TableId, string, string]
  return { table, row, col }
}

/** left must equal right (C1–C5), or satisfy `ok` (C6, C7). */
function comparer(book: BudgetBook, specs: CheckSpec[]) {
  const fmt = (v: Fen): string => formatAmount(v, book.amountUnit)
  const unit = book.amountUnit
  return (
    check: CheckId, key: string, left: string, leftName: string, right: string | string[], rightName: string,
    options: { severity?: 'error' | 'warning'; ok?: (l: Fen, r: Fen) => boolean; verb?: string } = {},
  ): void => {
    const rights = Array.isArray(right) ? right : [right]
    specs.push({
      id: `chk!${check}!${key}`,
      check,
      deps: [left, ...rights],
      sig: `${unit}|${leftName}|${rightName}|${options.verb ?? ''}`,
      run: (l, ...rs) => {
        const r = rs.reduce((a, b) => a + b, 0n)
        const holds = options.ok ? options.ok(l, r) : l === r
        if (holds) return []
        const verb = options.verb ?? '与'
        return [{
          check,
          severity: options.severity ?? 'error',
          message: `${leftName} ${fmt(l)} ${verb} ${rightName} ${fmt(r)} 不符，相差 ${fmt(l - r)}（${unit}）`,
          cells: [at(left), ...rights.filter((x) => x.includes('!')).map(at)],
        }]
      },
    })
  }
}

/** C1–C6: totals of fixed cells. */
function declareTotals(book: BudgetBook): CheckSpec[] {
  const specs: CheckSpec[] = []
  const compare = comparer(book, specs)
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
  for (const s of FISCAL_SOURCES) {
    compare('C2', s, cellId('t13', 'dept', s), `表十三 项目合计（${SOURCE_NAMES[s]}）`, cellId('t4', `f:carry:${s}`, 'incAmount'), `${SOURCE_NAMES[s]}上年结转`)
  }
  compare('C3', 'basic', cellId('t6', 'total', 'total'), '表六 合计', cellId('t5', 'total', 'basic'), '表五 基本支出合计')
  compare('C4', 'gf', cellId('t7', 'total', 'amount'), '表七 政府性基金收入合计', cellId('t8', 'total', 'total'), '表八 政府性基金支出合计')
  compare('C5', 'soe', cellId('t9', 'inc', 'incAmount'), '表九 收入合计', cellId('t9', 'total', 'total'), '表九 支出合计')
  compare('C6', 'gp', cellId('t11', 'total', 'gp'), '表十一 机关运行经费（一般公共预算）', cellId('t6', 'total', 'public'), '表六 公用经费合计', {
    severity: 'warning', ok: (l, r) => l <= r, verb: '大于',
  })
  return specs
}

/** C7: 表十 ②公务用车运行维护费 ≥ the 表六 rows of that name. */
function declareVehicle(book: BudgetBook): CheckSpec[] {
  const specs: CheckSpec[] = []
  const compare = comparer(book, specs)
  const vehicleRows = book.econ.filter((e) => e.deptCode === '30231' || normalizeName(e.deptName) === '公务用车运行维护费')
  if (vehicleRows.length) {
    compare('C7', 'ops', cellId('t10', 'vehicleOps', 'total'), '表十 ②公务用车运行维护费', vehicleRows.map((e) => inputKey.econ(e.id)), '表六 公务用车运行维护费', {
      severity: 'warning', ok: (l, r) => l >= r, verb: '小于',
    })
  }

  return specs
}

/** What C8 reads of a project, kept per project object (a structural edit shares untouched ones). */
interface ProjectName { table: TableId; cell: FindingCell; name: string; key: string }
const projectNames = new WeakMap<Project, ProjectName>()
function projectName(p: Project): ProjectName {
  let n = projectNames.get(p)
  if (!n) {
    const table: TableId = p.kind === 'current' ? 't12' : 't13'
    const name = p.name.trim()
    n = { table, cell: { table, row: `p:${p.id}`, col: 'name' }, name, key: `${p.kind}|${p.unitId}|${name}` }
    projectNames.set(p, n)
  }
  return n
}

/** C8: a project with money but no name (error); two projects of one unit with the same name (warning). */
function declareProjectNames(book: BudgetBook): CheckSpec[] {
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
      const finding: Finding = {
        check: 'C8', severity: 'warning',
        message: `${TABLE_SHORT[table]}：${unitName.get(p.unitId) ?? ''} 有两个同名项目“${name}”`,
        cells: [{ table, row: `p:${first}`, col: 'name' }, cell],
      }
      specs.push({ id: `chk!C8!${p.id}`, check: 'C8', deps: [], sig: JSON.stringify(finding), run: () => [finding] })
    }
  }
  return specs
}

/** C9: subjects against the catalog. */
function declareCatalog(book: BudgetBook): CheckSpec[] {
  const specs: CheckSpec[] = []
  // A 项 code the catalog lacks, or whose name differs from the catalog's. A code outside
  // the 30 function classes is an error: 表一 and 表四 have no row to print its money on.
  for (const s of book.subjects) {
    const known = bookSubject(book, s.code)
    const cells: FindingCell[] = [{ table: 't2', row: `s:${s.code}`, col: 'name' }]
    let message: string | null = null
    let severity: Finding['severity'] = 'warning'
    if (!CLASS_BY_CODE.has(s.code.slice(0, 3))) {
      severity = 'error'
      message = `功能科目 ${s.code}“${s.name}”的类 ${s.code.slice(0, 3)} 不是 30 个支出功能分类之一，表一、表四无处列示其金额，请核对编码`
    } else if (!known) message = `功能科目 ${s.code}“${s.name}”不在科目目录中，请核对编码`
    else if (normalizeName(known.name) !== normalizeName(s.name)) message = `功能科目 ${s.code} 的名称“${s.name}”与目录中的“${known.name}”不同`
    if (message) {
      const finding: Finding = { check: 'C9', severity, message, cells }
      specs.push({ id: `chk!C9!${s.code}`, check: 'C9', deps: [], sig: JSON.stringify(finding), run: () => [finding] })
    }
  }
  return specs
}


// C10: a negative amount. Rows are grouped into one check node per unit (projects) or per
// class (subjects), so a large department adds hundreds of nodes, not thousands; each row
// with a negative amount is still its own finding.
interface RowAmounts { deps: string[]; where: string; cells: FindingCell[]; serial?: number }
/** A check group declaring, through `declare`, one C10 node per group of rows. */
function negatives(declare: (book: BudgetBook, negative: (id: string, rows: RowAmounts[]) => void) => void): (book: BudgetBook) => CheckSpec[] {
  // The node of a group whose rows are the very same objects as at its last declaration (rows
  // kept per book object, as projects' are) is that node again: after a structural edit only the
  // groups the edit touched are built anew, and the engine sees the others unchanged at a glance.
  const last = new WeakMap<RowAmounts, { id: string; rows: RowAmounts[]; spec: CheckSpec }>()
  const unchanged = (id: string, rows: RowAmounts[]): CheckSpec | undefined => {
    const hit = last.get(rows[0]!)
    if (!hit || hit.id !== id || hit.rows.length !== rows.length) return undefined
    for (let i = 0; i < rows.length; i++) if (hit.rows[i] !== rows[i]) return undefined
    return hit.spec
  }
  return (book) => {
    const specs: CheckSpec[] = []
    const negative = (id: string, rows: RowAmounts[]): void => {
      if (!rows.some((r) => r.deps.length)) return
      const same = unchanged(id, rows)
      if (same) {
        specs.push(same)
        return
      }
      const spec: CheckSpec = {
        id: `chk!C10!${id}`, check: 'C10', deps: rows.flatMap((r) => r.deps),
        // The cells follow from the dependencies (a row's id is in its keys) and the table from
        // `where`; rows kept per item (projects) are named by their serial, cheaper than the text.
        sig: rows.map((r) => r.serial ?? r.where).join('\n'),
        run: (...vs) => {
          const out: Finding[] = []
          let k = 0
          for (const r of rows) {
            let neg = false
            for (let i = 0; i < r.deps.length; i++) if (vs[k + i]! < 0n) neg = true
            k += r.deps.length
            if (neg) out.push({ check: 'C10', severity: 'warning', message: `${r.where} 有负数金额`, cells: r.cells })
          }
          return out
        },
      }
      last.set(rows[0]!, { id, rows, spec })
      specs.push(spec)
    }
    declare(book, negative)
    return specs
  }
}

const negativeSubjects = negatives((book, negative) => {
  for (const [cls, lines] of groupBy(book.subjects, (s) => s.code.slice(0, 3))) {
    negative(`sub:${cls}`, lines.map((s) => ({
      deps: [
        ...SOURCES.flatMap((src) => [inputKey.subject(s.code, 'b', src), inputKey.subject(s.code, 'p', src)]),
        ...FISCAL_SOURCES.map((src) => inputKey.subject(s.code, 'c', src)),
      ],
      where: `功能科目 ${s.code} ${s.name}`,
      cells: [{ table: 'detail', row: `s:${s.code}`, col: 'name' }],
    })))
  }
})
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

const negativeProjects = negatives((book, negative) => {
  for (const [unitId, projects] of groupBy(book.projects, (p) => p.unitId)) negative(`prj:${unitId}`, projects.map(projectRow))
})
const negativeEcon = negatives((book, negative) => {
  negative('econ', book.econ.map((e) => ({ deps: [inputKey.econ(e.id)], where: `表六 ${e.deptName}`, cells: [{ table: 't6', row: `e:${e.id}`, col: 'total' }] })))
})
const negativeRevenue = negatives((book, negative) => {
  negative('rev', [
    ...book.govFundRevenue.map((r) => ({ deps: [inputKey.govFundRevenue(r.code)], where: `表七 ${r.code} ${r.name}`, cells: [{ table: 't7' as TableId, row: `s:${r.code}`, col: 'name' }] })),
    // 表九's grid row pairs this income row with an expenditure row; the renderer finds it by the income row's id.
    ...book.soeRevenue.map((r) => ({ deps: [inputKey.soeRevenue(r.code)], where: `表九 ${r.code} ${r.name}`, cells: [{ table: 't9' as TableId, row: `s:${r.code}`, col: 'incName' }] })),
  ])
})
const negativeT10 = negatives((_book, negative) => {
  negative('t10', (['abroad', 'reception', 'vehiclePurchase', 'vehicleOps'] as const).map((i) => ({
    deps: FISCAL_SOURCES.map((s) => inputKey.threePublic(i, s)), where: `表十 ${T10_ITEM_NAMES[i]}`, cells: [{ table: 't10', row: i, col: 'label' }],
  })))
})
const negativeT11 = negatives((book, negative) => {
  negative('t11', book.units.map((u) => ({ deps: FISCAL_SOURCES.map((s) => inputKey.runningCost(u.id, s)), where: `表十一 ${u.name}`, cells: [{ table: 't11', row: `u:${u.id}`, col: 'label' }] })))

})

/** C1–C10 in the order their findings are listed. */
export const STANDARD_CHECKS: readonly CheckGroup[] = [
  { name: 'totals', reads: [], declare: declareTotals },
  { name: 'vehicle', reads: ['econ'], declare: declareVehicle },
  { name: 'project-names', reads: ['projects', 'units'], declare: declareProjectNames },
  { name: 'catalog', reads: ['subjects', 'knownSubjects'], declare: declareCatalog },
  { name: 'negative-subjects', reads: ['subjects'], declare: negativeSubjects },
  { name: 'negative-projects', reads: ['projects'], declare: negativeProjects },
  { name: 'negative-econ', reads: ['econ'], declare: negativeEcon },
  { name: 'negative-revenue', reads: ['govFundRevenue', 'soeRevenue'], declare: negativeRevenue },
  { name: 'negative-t10', reads: [], declare: negativeT10 },
  { name: 'negative-t11', reads: ['units'], declare: negativeT11 },
]

/** Every check of `groups` (the standard C1–C10 unless given) for `book`. */
export function declareChecks(book: BudgetBook, groups: readonly CheckGroup[] = STANDARD_CHECKS): CheckSpec[] {
  return groups.flatMap((g) => g.declare(book))
}
