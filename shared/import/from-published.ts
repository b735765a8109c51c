// Build the most plausible book from a published disclosure (read from a workbook, or a
// fixture's parsed tables): the detail rows are the data — 项 rows, 表六 items, revenue rows,
// 表十 items, 表十一 units, projects — and everything else is recomputed and compared with
// what was printed (compare-printed.ts).
import { BOOK_SCHEMA, BOOK_VERSION, FISCAL_SOURCES, SOURCES, type BudgetBook, type EconLine, type Project, type RevenueLine, type T10Item, type Unit, type UnitType } from '../model/book'
import type { PublishedDisclosure, PublishedTables, RevenueRow } from './published'
import type { ImportReport, ReportNote } from './report'
import { printedFen, printedToBook } from './printed-amount'
import { placeSubjects } from './place-subjects'
import { comparePrinted } from './compare-printed'
import { headlinesAsPrinted } from '../rollover/prior-figures'
import { STANDARD_TABLES, type TableSet } from '../tables'
import { CLASS_BY_CODE } from '../catalog/classes'
import { functionSubject, revenueSubject } from '../catalog/functions'
import { deptEconByName, govEconByName, normalizeName } from '../catalog/economic'
import { Derivation } from '../engine/derivation'
import { shortName } from '../tables/table-set'
import type { TableId } from '../tables/ids'

const T10_MATCH: [RegExp, T10Item][] = [
  [/出国/, 'abroad'],
  [/接待/, 'reception'],
  [/购置费/, 'vehiclePurchase'],
  [/运行维护/, 'vehicleOps'],
]

// 政府 items only a 行政 (or 参公) unit books: their presence in 表六 says the unit is one.
const ADMIN_GOV = /^50[123]/

/**
 * The department's units and their types. `assumed`: a lone unit taken as 行政 from 表六's items
 * alone; `allAssumedPublic`: several units, none listed in 表十一, so each was taken as 事业 (and
 * `adminItems`: 表六 has items only a 行政 unit books, so some of them probably are one).
 */
function units(t: PublishedTables, department: string): { list: Unit[]; byName: Map<string, Unit>; assumed: boolean; allAssumedPublic: boolean; adminItems: boolean } {
  // 表十二/十三 list every unit with projects in the department's own order; 表十一 lists only the
  // 行政/参公 ones (and leaves out units without 机关运行经费), so it comes last.
  const names: string[] = []
  for (const r of [...t.t12.rows, ...t.t13.rows]) if (r.level === 'unit') names.push(r.name)
  const listedIn11 = t.t11.rows.some((r) => r.level === 'unit')
  for (const r of t.t11.rows) if (r.level === 'unit') names.push(r.unit)
  if (!names.length) names.push(department)
  const distinct = new Set(names).size
  const byName = new Map<string, Unit>()
  const hasAdminItems = t.t6.rows.some((r) => r.level === 'item' && ADMIN_GOV.test(govEconByName(r.govEcon)?.code ?? ''))
  const list: Unit[] = []
  let assumed = false
  for (const name of names) {
    if (byName.has(name)) continue
    const running = t.t11.rows.find((r) => r.level === 'unit' && r.unit === name)
    const hasRunning = running ? printedFen(running.total) !== 0n : false
    // 机关运行经费 is only published for 行政/参公 units; a lone unit with 行政-style 表六 items is one too.
    const type: UnitType = hasRunning || (distinct === 1 && hasAdminItems) ? '行政' : '事业'
    // Only 表十一 says a unit is 行政; 表六's items merely suggest it, so the clerk is told (clerk8 #3).
    if (type === '行政' && !hasRunning) assumed = true
    const unit = { id: `u${list.length + 1}`, name, type }
    list.push(unit)
    byName.set(name, unit)
  }
  return { list, byName, assumed, allAssumedPublic: distinct > 1 && !listedIn11, adminItems: hasAdminItems }
}

function econLines(t: PublishedTables, subjectNames: Record<string, string>, notes: ReportNote[]): EconLine[] {
  const lines: EconLine[] = []
  let cls = '399'
  for (const r of t.t6.rows) {
    const known = deptEconByName(r.deptEcon)
    // A row that names a 部门 item is an item, whatever the reader made of it (an item whose 政府
    // cell was left empty looks like a class row); it never changes the class of the rows below.
    const isItem = r.level === 'item' || (r.level === 'class' && known !== undefined && known.code.length === 5)
    if (r.level === 'class' && !isItem) {
      cls = known && known.code.length === 3 ? known.code : '399'
      if (!known) {
        subjectNames[`econ:${cls}`] = r.deptEcon
        notes.push({ table: 't6', severity: 'warning', message: `表六 经济分类“${r.deptEcon}”不在目录中，已归入其他类` })
      }
      continue
    }
    if (!isItem) continue
    if (r.level === 'class') notes.push({ table: 't6', severity: 'warning', message: `表六“${r.deptEcon}”一行没有政府预算支出经济科目名称，已按经济科目读入` })
    const dept = known
    const gov = govEconByName(r.govEcon)
    const line: EconLine = { id: `e${lines.length + 1}`, deptClass: cls, deptName: r.deptEcon, govName: r.govEcon, amount: printedToBook(r.total) }
    if (dept && dept.code.startsWith(cls)) line.deptCode = dept.code
    if (gov) line.govCode = gov.code
    lines.push(line)
  }
  return lines
}

function revenueLines(table: TableId, rows: readonly RevenueRow[], subjectNames: Record<string, string>, notes: ReportNote[], tables: TableSet): RevenueLine[] {
  for (const r of rows) {
    if ((r.level === '类' || r.level === '款') && revenueSubject(r.code)?.name !== r.name) subjectNames[r.code] = r.name
  }
  // The book keeps revenue by 项 (a 类 or 款 is the sum of its 项). Some files print the revenue
  // only down to 款 (10306 国有资本经营收入 and no line under it): that amount has no 项 to go
  // to, so it is not taken in, and the clerk is told so here rather than only by the comparison's
  // "printed 50.00, computed empty".
  for (const [i, r] of rows.entries()) {
    if (r.level !== '类' && r.level !== '款') continue
    if (printedFen(r.amount) === 0n || rows.slice(i + 1).some((x) => x.code.startsWith(r.code) && x.code !== r.code)) continue
    notes.push({
      table,
      severity: 'warning',
      message: `${shortName(tables, table)}收入科目 ${r.code} ${r.name} 印有 ${r.amount} 万元，但其下没有印出项级科目；软件按项级科目记账，这笔金额未读入，请在${shortName(tables, table)}用“添加收入科目”选项级科目后填入`,
    })
  }
  return rows.filter((r) => r.level === '项').map((r) => ({ code: r.code, name: r.name, amount: printedToBook(r.amount) }))
}

function projects(t: PublishedTables, byName: Map<string, Unit>, first: Unit): Project[] {
  const out: Project[] = []
  const read = (rows: PublishedTables['t12']['rows'] | PublishedTables['t13']['rows'], kind: Project['kind']): void => {
    let unit = first
    for (const r of rows) {
      if (r.level === 'unit') unit = byName.get(r.name) ?? unit
      if (r.level !== 'project') continue
      const amounts: Project['amounts'] = {}
      for (const s of kind === 'current' ? SOURCES : FISCAL_SOURCES) {
        const printed = s === 'uf' ? (r as { unit?: string | null }).unit : (r as unknown as Record<string, string | null>)[s]
        const text = printedToBook(printed)
        if (text) amounts[s] = text
      }
      out.push({ id: `p${out.length + 1}`, unitId: unit.id, name: r.name, kind, amounts })
    }
  }
  read(t.t12.rows, 'current')
  read(t.t13.rows, 'carry')
  return out
}

export function bookFromPublished(disclosure: PublishedDisclosure, source: string, tables: TableSet = STANDARD_TABLES): { book: BudgetBook; report: ImportReport } {
  const { meta, tables: t } = disclosure
  // What the reader noticed (odd cells, missing tables …) leads the report.
  const notes: ReportNote[] = [...(disclosure.notes ?? [])]
  const subjectNames: Record<string, string> = {}
  // A subject printed in a published disclosure is real even where the shipped catalog (the
  // subjects seen in a few seeds) lacks it: remember it, so C9 flags only codes typed afresh.
  const knownSubjects: Record<string, string> = {}
  for (const table of [t.t2.rows, t.t3.rows, t.t5.rows, t.t8.rows, t.t9.expenditure]) {
    for (const r of table) {
      if ((r.level === '类' || r.level === '款' || r.level === '项') && !functionSubject(r.code) && !CLASS_BY_CODE.has(r.code)) knownSubjects[r.code] ??= r.name
      if (r.level !== '类' && r.level !== '款') continue
      const known = r.level === '类' ? CLASS_BY_CODE.get(r.code)?.name : functionSubject(r.code)?.name
      if (!known || normalizeName(known) !== normalizeName(r.name)) subjectNames[r.code] ??= r.name
    }
  }
  const { list, byName, assumed, allAssumedPublic, adminItems } = units(t, meta.department)
  if (assumed) notes.push({ severity: 'warning', message: '公开表中未注明单位类型，已按行政单位读入（表六列有机关工资福利支出等机关类经济科目），请在“基本信息”中核对' })
  // Several units and an empty 表十一: nothing says which are 行政, and the type decides 表十一 and 机关运行经费's checks.
  if (allAssumedPublic) {
    notes.push({
      severity: 'warning',
      message: `公开表中未注明单位类型（表十一未列出单位），${list.length} 个单位已全部按事业单位读入${adminItems ? '；表六列有机关工资福利支出等机关类经济科目，其中应有行政（参公）单位' : ''}，请在“基本信息”中逐个核对`,
    })
  }
  const threePublic: BudgetBook['threePublic'] = { abroad: {}, reception: {}, vehiclePurchase: {}, vehicleOps: {} }
  for (const r of t.t10.rows) {
    const item = T10_MATCH.find(([re]) => re.test(r.item))?.[1]
    if (!item || /及运行费/.test(r.item)) continue
    for (const s of FISCAL_SOURCES) {
      const text = printedToBook(r[s])
      if (text) threePublic[item][s] = text
    }
  }
  const book: BudgetBook = {
    schema: BOOK_SCHEMA,
    version: BOOK_VERSION,
    department: meta.department,
    scope: meta.nameLabel === '单位名称' ? '单位' : '部门',
    year: meta.year,
    amountUnit: '万元',
    units: list,
    subjects: placeSubjects(t, notes, meta.yuanTables),
    subjectNames,
    econ: econLines(t, subjectNames, notes),
    govFundRevenue: revenueLines('t7', t.t7.rows, subjectNames, notes, tables),
    soeRevenue: revenueLines('t9', t.t9.income, subjectNames, notes, tables),
    threePublic,
    runningCosts: t.t11.rows
      .filter((r) => r.level === 'unit' && byName.has(r.unit))
      .map((r) => ({
        unitId: byName.get(r.unit)!.id,
        amounts: Object.fromEntries(FISCAL_SOURCES.map((s) => [s, printedToBook(r[s])]).filter(([, v]) => v)),
      })),
    projects: projects(t, byName, list[0]!),
    ...(Object.keys(knownSubjects).length ? { knownSubjects } : {}),
  }
  for (const [key, found] of Object.entries(disclosure.found)) {
    if (found === false) notes.push({ table: key, severity: 'warning', message: `工作簿中没有找到${shortName(tables, key)}，按空表读取` })
  }
  const d = new Derivation(book, tables)
  const differences = comparePrinted(t, d, disclosure.meta.yuanTables, disclosure.extra)
  const asPublished = headlinesAsPrinted(differences, d)
  return { book: asPublished ? { ...book, asPublished } : book, report: { source, differences, notes } }
}
