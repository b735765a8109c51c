// Every typed amount of a book under a name that does not depend on the book's ids: a book read
// from printed tables numbers its 表六 lines, projects and units afresh (e1, p1, u1 …), the book
// embedded in the same workbook keeps the clerk's own ids. Naming each amount by what the tables
// print (subject code, 表六 names, unit and project names) lets the two be matched amount by amount.
import { SOURCES, FISCAL_SOURCES, SOURCE_NAMES, T10_ITEMS, T10_ITEM_NAMES, type BudgetBook, type BySource, type SourceId } from '../model/book'
import { toFen, type Fen } from '../model/money'

export interface AmountSlot {
  /** The amount in 分 (zero when absent). */
  fen: Fen
  /** Where a clerk finds it: table, row and column, in Chinese. */
  label: string
  /** Writes `text` (in the book's unit; '' or '0' removes a by-source entry) into the book the slots were made from. */
  set: (text: string) => void
}

const PART_NAMES = { basic: '基本支出', project: '项目支出', carry: '上年结转' } as const

/** Occurrence-numbered names: the second line printed with the same names is `name#2`. */
function counter(): (name: string) => string {
  const seen = new Map<string, number>()
  return (name) => {
    const n = (seen.get(name) ?? 0) + 1
    seen.set(name, n)
    return n === 1 ? name : `${name}#${n}`
  }
}

function sourceSlots(out: Map<string, AmountSlot>, owner: string, label: string, amounts: BySource, sources: readonly SourceId[], unit: BudgetBook['amountUnit']): void {
  for (const s of sources) {
    out.set(`${owner}|${s}`, {
      fen: toFen(amounts[s] ?? '', unit),
      label: `${label} ${SOURCE_NAMES[s]}`,
      set: (text) => {
        if (text === '' || text === '0') delete amounts[s]
        else amounts[s] = text
      },
    })
  }
}

/** The owners (rows) of a book's amounts by the same names as `amountSlots`: equal sets mean the same rows in the same places. */
export function ownerNames(book: BudgetBook): { econ: Map<string, string>; projects: Map<string, string>; units: Map<string, string> } {
  const unitName = new Map(book.units.map((u) => [u.id, u.name]))
  const econName = counter()
  const projectName = counter()
  return {
    econ: new Map(book.econ.map((e) => [e.id, econName(`econ|${e.deptClass}|${e.deptName}|${e.govName}`)])),
    projects: new Map(book.projects.map((p) => [p.id, projectName(`prj|${p.kind}|${unitName.get(p.unitId) ?? p.unitId}|${p.name}`)])),
    units: unitName,
  }
}

/** Every typed amount of `book` by its id-free name. The slots write into `book` itself: pass a copy to change. */
export function amountSlots(book: BudgetBook): Map<string, AmountSlot> {
  const out = new Map<string, AmountSlot>()
  const unit = book.amountUnit
  const owners = ownerNames(book)
  for (const s of book.subjects) {
    for (const part of ['basic', 'project', 'carry'] as const) {
      sourceSlots(out, `sub|${s.code}|${part}`, `${s.code} ${s.name} ${PART_NAMES[part]}`, s[part], part === 'carry' ? FISCAL_SOURCES : SOURCES, unit)
    }
  }
  for (const e of book.econ) {
    out.set(owners.econ.get(e.id)!, {
      fen: toFen(e.amount, unit),
      label: `表六 ${e.deptName}（${e.govName}）`,
      set: (text) => { e.amount = text },
    })
  }
  for (const [key, lines, table] of [['rev7', book.govFundRevenue, '表七'], ['rev9', book.soeRevenue, '表九']] as const) {
    for (const r of lines) out.set(`${key}|${r.code}`, { fen: toFen(r.amount, unit), label: `${table} 收入 ${r.code} ${r.name}`, set: (text) => { r.amount = text } })
  }
  for (const item of T10_ITEMS) sourceSlots(out, `t10|${item}`, `表十 ${T10_ITEM_NAMES[item]}`, book.threePublic[item], FISCAL_SOURCES, unit)
  for (const r of book.runningCosts) {
    const name = owners.units.get(r.unitId) ?? r.unitId
    sourceSlots(out, `t11|${name}`, `表十一 ${name}`, r.amounts, FISCAL_SOURCES, unit)
  }
  for (const p of book.projects) {
    const table = p.kind === 'current' ? '表十二' : '表十三'
    sourceSlots(out, owners.projects.get(p.id)!, `${table} ${owners.units.get(p.unitId) ?? ''} ${p.name}`, p.amounts, p.kind === 'current' ? SOURCES : FISCAL_SOURCES, unit)
  }
  return out
}
