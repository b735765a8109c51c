// An exported workbook whose tables were edited outside the app (a reviewer "fixes one number"
// in WPS): the tables are what the clerk now means, but they print only 万元 figures — the
// 情况说明 texts, 上年数, 元 amounts, unit types, 项目绩效 and the rest of the book travel only in
// the embedded copy. Reading the tables alone threw all of that away. Here the two are merged:
// every figure the edit changed comes from the tables, everything else from the embedded book.
//
// Which figures did the edit change? The tables the embedded book prints (`unedited`, read with
// the same reader as the edited ones) are compared with the edited tables amount by amount, so
// 舍位平衡 or rounding never counts as an edit: an amount whose printed figure is unchanged keeps
// the embedded book's exact value (元 included); one whose figure differs takes the table's.
import type { BudgetBook, Project } from '../model/book'
import type { DisclosureFields } from '../model/disclosure'
import { convertUnit } from '../model/convert-unit'
import { fenToString, formatAmount, toFen } from '../model/money'
import { amountSlots, ownerNames, type AmountSlot } from './amount-slots'
import type { PrintedDifference, ReportNote } from './report'
import { Derivation } from '../engine/derivation'
import { printedFen } from './printed-amount'
import { cloneJson } from '../util/clone'

export interface EditedWorkbook {
  /** The book embedded at export: exact, with everything the tables do not carry. */
  embedded: BudgetBook
  /** The book read from the edited tables (万元, ids numbered afresh). */
  edited: BudgetBook
  /**
   * The book read the same way from the tables the embedded book prints, when those are verified
   * to be exactly what was exported (the export fingerprint matches): without it no amount can be
   * told unchanged, and every figure is taken from the tables in 万元.
   */
  unedited?: BudgetBook
}

export interface MergedBook {
  book: BudgetBook
  /** What was taken from the tables and what was kept from the embedded copy, for the import report. */
  notes: ReportNote[]
}

const sameKeys = (a: Map<string, unknown>, b: Map<string, unknown>): boolean => a.size === b.size && [...a.keys()].every((k) => b.has(k))

/** Same printed rows (amount owners and units), so the embedded book's rows are the edited tables' rows. */
function sameRows(edited: BudgetBook, unedited: BudgetBook): boolean {
  const names = (b: BudgetBook): string => JSON.stringify(b.units.map((u) => u.name))
  return names(edited) === names(unedited) && sameKeys(amountSlots(edited), amountSlots(unedited))
}

function change(slot: AmountSlot, from: bigint, to: bigint, unit: BudgetBook['amountUnit']): string {
  return `${slot.label}：${formatAmount(from, unit)} → ${formatAmount(to, unit)} ${unit}`
}

/** Texts the tables print by code (项 and revenue names) and in the header (部门, 年度, 公开范围), as edited. */
function takeTexts(book: BudgetBook, edited: BudgetBook, unedited: BudgetBook, taken: string[]): void {
  if (edited.department !== unedited.department) taken.push(`部门名称：${book.department} → ${(book.department = edited.department)}`)
  if (edited.year !== unedited.year) taken.push(`预算年度：${book.year} → ${(book.year = edited.year)}`)
  if (edited.scope !== unedited.scope) taken.push(`公开范围：${book.scope} → ${(book.scope = edited.scope)}`)
  const renamed = <T extends { code: string; name: string }>(mine: T[], now: T[], was: T[]): void => {
    const before = new Map(was.map((x) => [x.code, x.name]))
    for (const x of now) {
      const target = mine.find((m) => m.code === x.code)
      if (!target || before.get(x.code) === x.name) continue
      taken.push(`${x.code} 名称：${target.name} → ${x.name}`)
      target.name = x.name
    }
  }
  // 类/款 names (and 表六 classes outside the catalog) live in subjectNames.
  for (const key of new Set([...Object.keys(edited.subjectNames), ...Object.keys(unedited.subjectNames)])) {
    const [now, was] = [edited.subjectNames[key], unedited.subjectNames[key]]
    if (now === was) continue
    taken.push(`${key.replace(/^econ:/, '')} 名称：${was ?? '（目录名称）'} → ${now ?? '（目录名称）'}`)
    if (now === undefined) delete book.subjectNames[key]
    else book.subjectNames[key] = now
  }
  renamed(book.subjects, edited.subjects, unedited.subjects)
  renamed(book.govFundRevenue, edited.govFundRevenue, unedited.govFundRevenue)
  renamed(book.soeRevenue, edited.soeRevenue, unedited.soeRevenue)
}

/** The embedded book with the amounts the edit changed set to the tables' values; null when the rows themselves changed. */
function patchEmbedded(embedded: BudgetBook, edited: BudgetBook, unedited: BudgetBook): { book: BudgetBook; taken: string[] } | null {
  if (!sameRows(edited, unedited)) return null
  const book = cloneJson(embedded)
  const unit = book.amountUnit
  const mine = amountSlots(book)
  const was = amountSlots(unedited)
  const changes: [AmountSlot, bigint][] = []
  for (const [key, now] of amountSlots(edited)) {
    if (now.fen === was.get(key)!.fen) continue
    const slot = mine.get(key)
    if (!slot) return null
    changes.push([slot, now.fen])
  }
  const taken = changes.map(([slot, fen]) => change(slot, slot.fen, fen, unit))
  for (const [slot, fen] of changes) slot.set(fenToString(fen, unit))
  takeTexts(book, edited, unedited, taken)
  return { book, taken }
}

/**
 * The tables' book (rows added, deleted or renamed) with what the tables cannot carry grafted on from
 * the embedded one, matched by printed names: unit types, each project's 绩效 and 科目, the catalog,
 * the disclosure texts and 上年数 (re-keyed to the new ids). With `unedited`, the book stays in the
 * embedded unit and every amount whose printed figure is unchanged keeps its exact embedded value.
 */
function graftEmbedded(embedded: BudgetBook, edited: BudgetBook, unedited: BudgetBook | undefined, lost: string[]): BudgetBook {
  const book = cloneJson(unedited ? convertUnit(edited, embedded.amountUnit) : edited)
  if (unedited) {
    const mine = amountSlots(embedded)
    const was = amountSlots(unedited)
    for (const [key, slot] of amountSlots(book)) {
      const before = was.get(key)
      const exact = mine.get(key)
      if (before && exact && slot.fen === before.fen) slot.set(fenToString(exact.fen, book.amountUnit))
    }
  }
  const types = new Map(embedded.units.map((u) => [u.name, u.type]))
  for (const u of book.units) u.type = types.get(u.name) ?? u.type
  const oldNames = ownerNames(embedded)
  const newNames = ownerNames(book)
  const byName = <T>(ids: Map<string, string>, objects: T[], idOf: (x: T) => string): Map<string, T> => new Map(objects.map((x) => [ids.get(idOf(x))!, x]))
  const projects = byName<Project>(newNames.projects, book.projects, (p) => p.id)
  for (const p of embedded.projects) {
    const target = projects.get(oldNames.projects.get(p.id)!)
    if (!target) continue
    if (p.perf) target.perf = cloneJson(p.perf)
    if (p.subject) target.subject = p.subject
  }
  book.subjectNames = { ...embedded.subjectNames, ...book.subjectNames }
  const known = { ...embedded.knownSubjects, ...book.knownSubjects }
  if (Object.keys(known).length) book.knownSubjects = known
  if (embedded.disclosure) book.disclosure = cloneJson(embedded.disclosure)
  if (embedded.prior) book.prior = { year: embedded.prior.year, figures: priorFigures(embedded, book, lost) }
  // What the edited tables print off the book is the edit's doing, not a publisher's 尾差: only the embedded book's own count.
  delete book.asPublished
  if (embedded.asPublished) book.asPublished = cloneJson(embedded.asPublished)
  if (embedded.consolidation) lost.push('汇总记录（各单位报送的数字）：表格的行已改动，无法对应，下次汇总时请重新读入各单位文件')
  if (!unedited && embedded.amountUnit === '元') lost.push('以元录入的金额：无法确认哪些数字未改，已按表格中印出的万元数读入（精确到 0.01 万元），预算书改为以万元录入')
  return book
}

/** The embedded 上年数 under the new book's ids and in its unit (exact); figures of rows no longer printed are listed in `lost`. */
function priorFigures(embedded: BudgetBook, book: BudgetBook, lost: string[]): Record<string, string> {
  const invert = (m: Map<string, string>): Map<string, string> => new Map([...m].map(([id, name]) => [name, id]))
  const oldNames = ownerNames(embedded)
  const newIds = ownerNames(book)
  const ids = {
    prj: [oldNames.projects, invert(newIds.projects)],
    econ: [oldNames.econ, invert(newIds.econ)],
    prjUnit: [oldNames.units, invert(newIds.units)],
  } as const
  const figures: Record<string, string> = {}
  const dropped: string[] = []
  for (const [id, value] of Object.entries(embedded.prior!.figures)) {
    const [kind, own] = [id.slice(0, id.indexOf(':')), id.slice(id.indexOf(':') + 1)]
    let next: string | undefined = id
    if (kind in ids) {
      const [names, to] = ids[kind as keyof typeof ids]
      const found = to.get(names.get(own) ?? '')
      next = found === undefined ? undefined : `${kind}:${found}`
    }
    if (next === undefined) dropped.push(id)
    else figures[next] = fenToString(toFen(value, embedded.amountUnit), book.amountUnit)
  }
  if (dropped.length) lost.push(`${dropped.length} 项上年数（表格中已删去或改名的行的上年数）`)
  return figures
}

const DISCLOSURE_PARTS: Record<keyof DisclosureFields, string> = {
  duties: '本部门职责', organization: '机构设置', unitCounts: '所属单位数', reasons: '增减原因', procurement: '政府采购',
  assets: '国有资产', performance: '整体绩效目标', purchaseCatalog: '政府购买服务目录', otherNotes: '其他说明', glossary: '名词解释',
}

/** What the embedded copy gave that the tables could not, said plainly. */
function keptParts(embedded: BudgetBook, book: BudgetBook): string[] {
  const kept: string[] = []
  const typed = Object.keys(embedded.disclosure ?? {}).map((k) => DISCLOSURE_PARTS[k as keyof DisclosureFields])
  if (typed.length) kept.push(`公开文本中录入的内容（${typed.join('、')}）`)
  if (book.prior) kept.push(`上年数（${Object.keys(book.prior.figures).length} 项，${book.prior.year} 年）`)
  if (book.amountUnit === '元' && embedded.amountUnit === '元') kept.push('以元录入的金额（表格中未改动的数字保持原来的元数，分毫不差）')
  const perf = book.projects.filter((p) => p.perf).length
  if (perf) kept.push(`项目绩效目标（${perf} 个项目）`)
  if (book.projects.some((p) => p.subject)) kept.push('项目所属功能科目')
  kept.push('单位类型（行政、参公、事业）')
  const known = Object.keys(book.knownSubjects ?? {}).length
  if (known) kept.push(`已导入的科目目录（${known} 个科目）`)
  if (book.consolidation) kept.push('汇总记录（各单位报送的数字）')
  return kept
}

/** The book to open and what the report must say about how it was made. */
export function mergeEditedWorkbook({ embedded, edited, unedited }: EditedWorkbook): MergedBook {
  const patched = unedited ? patchEmbedded(embedded, edited, unedited) : null
  const lost: string[] = []
  const book = patched ? patched.book : graftEmbedded(embedded, edited, unedited, lost)
  const notes: ReportNote[] = []
  if (patched) {
    notes.push({
      severity: 'warning',
      message: patched.taken.length
        ? `工作簿中的表格在本软件之外被修改过：改动的 ${patched.taken.length} 处已按表格读入（见下），其余内容都取自工作簿中保存的导出时的预算数据，没有丢失`
        : '工作簿中的表格在本软件之外被修改过，但改动的不是录入数（是合计等计算出的数或表中文字），未读入：各数仍取自工作簿中保存的导出时的预算数据，合计由软件重新计算',
    })
    for (const t of patched.taken) notes.push({ severity: 'warning', message: `已按表格读入：${t}` })
  } else {
    notes.push({
      severity: 'warning',
      message: unedited
        ? '工作簿中的表格在本软件之外被修改过，而且增删或改名了行：各表的数字按表格读入（未改动的数字保持原来的金额），表格中没有的内容取自工作簿中保存的导出时的预算数据'
        : '工作簿中的表格在本软件之外被修改过，而且无法确认导出时表格的原样（工作簿由另一版本的软件导出）：各表的数字按表格读入，表格中没有的内容取自工作簿中保存的导出时的预算数据',
    })
  }
  notes.push({ severity: 'info', message: `保留（取自工作簿中保存的预算数据）：${keptParts(embedded, book).join('；')}` })
  for (const l of lost) notes.push({ severity: 'warning', message: `未能保留：${l}` })
  return { book, notes }
}

/**
 * The differences of an edited export, relabelled: a figure the file still prints exactly as it
 * was exported was not touched by the edit — it differs from the recomputed book only because a
 * figure it follows was edited (the 表三 of a 表五 edit, a 合计 the spreadsheet did not
 * recompute), so it is 随之不同, not 印刷有误 (clerk8 #5). Only when both books have the very same
 * rows: the refs of the two reads then name the same cells.
 */
export function followingEdits(differences: readonly PrintedDifference[], edited: BudgetBook, unedited: BudgetBook): PrintedDifference[] {
  if (rowsOf(edited) !== rowsOf(unedited)) return [...differences]
  const exported = new Derivation(unedited)
  return differences.map((d) => {
    if (d.kind === 'follows' || !d.ref || d.unit) return d
    const was = exported.value(d.ref)
    return typeof was === 'bigint' && was === printedFen(d.printed) ? { ...d, kind: 'follows' as const } : d
  })
}

/** What names a book's rows (and so the refs of its cells), without amounts. */
function rowsOf(book: BudgetBook): string {
  return JSON.stringify([
    book.units.map((u) => [u.id, u.name]),
    book.projects.map((p) => [p.id, p.unitId, p.kind, p.name]),
    book.subjects.map((s) => s.code),
    book.econ.map((e) => [e.id, e.deptClass, e.deptName, e.govName]),
    book.runningCosts.map((r) => r.unitId),
    [book.govFundRevenue, book.soeRevenue].map((lines) => lines.map((r) => r.code)),
  ])
}
