// A unit filling its fill-in workbook, done with exceljs the way a spreadsheet program would:
// each entry sheet's rows are found by their key in the hidden column A, and the amounts of
// `book` (the unit's true figures) are typed into the unlocked cells.
import ExcelJS from 'exceljs'
import type { BudgetBook, BySource } from '../../shared/model/book'
import { ROW_KEY, SHEETS, T10_ITEMS, columnIndex, type SheetKind } from '../../shared/template/sheets'

type Amounts = Map<string, Record<string, string | undefined>>

const flat = (prefix: string, m: BySource): Record<string, string | undefined> =>
  Object.fromEntries(Object.entries(m).map(([s, v]) => [prefix ? `${prefix}.${s}` : s, v]))

/** Row key → amount field → amount, for every row of `book` on sheet `kind`. */
export function amountsByKey(book: BudgetBook, kind: SheetKind): Amounts {
  const out: Amounts = new Map()
  if (kind === 'subjects') for (const s of book.subjects) out.set(ROW_KEY.subject(s.code), { ...flat('basic', s.basic), ...flat('project', s.project), ...flat('carry', s.carry) })
  if (kind === 'econ') for (const e of book.econ) out.set(ROW_KEY.econ(e.id), { amount: e.amount })
  if (kind === 'current' || kind === 'carry') for (const p of book.projects) if (p.kind === kind) out.set(ROW_KEY.project(p.id), flat('', p.amounts))
  if (kind === 'gfRevenue') for (const r of book.govFundRevenue) out.set(ROW_KEY.revenue(r.code), { amount: r.amount })
  if (kind === 'soeRevenue') for (const r of book.soeRevenue) out.set(ROW_KEY.revenue(r.code), { amount: r.amount })
  if (kind === 'threePublic') for (const item of T10_ITEMS) out.set(ROW_KEY.threePublic(item), flat('', book.threePublic[item]))
  if (kind === 'runningCosts') for (const r of book.runningCosts) out.set(ROW_KEY.unit(r.unitId), flat('', r.amounts))
  return out
}

/** Type `book`'s amounts into the workbook `data`; returns the saved bytes. */
export async function fillTemplate(data: Buffer, book: BudgetBook): Promise<Buffer> {
  const wb = new ExcelJS.Workbook()
  await wb.xlsx.load(data as unknown as ExcelJS.Buffer)
  for (const decl of SHEETS) {
    const ws = wb.getWorksheet(decl.name)!
    const amounts = amountsByKey(book, decl.kind)
    ws.eachRow((row) => {
      const values = amounts.get(String(row.getCell(1).value ?? ''))
      if (!values) return
      decl.columns.forEach((c, i) => {
        if (c.kind !== 'amount') return
        const v = values[c.field]
        // A typed amount is a number; an empty cell stays empty.
        row.getCell(columnIndex(i) + 1).value = v === undefined || v === '' ? null : Number(v)
      })
    })
  }
  return Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer)
}
