// A clerk's exported workbook as a reviewer edits it outside the app: the book (the sample
// department in 元, with typed 公开文本 fields, 上年数, 绩效 and a catalog), exported with the app's
// own writer, then changed with exceljs as Excel or WPS would save it. Shared by the reader tests
// and the e2e suite (test/e2e/edited-workbook.e2e.mjs).
import ExcelJS from 'exceljs'
import { exportWorkbook } from '../../../electron/xlsx/export'
import { convertUnit } from '../../../shared/model/convert-unit'
import type { BudgetBook } from '../../../shared/model/book'
import { sampleBook } from './sample-book'

/** The sample department in 元, with amounts finer than 0.01 万元, typed 公开文本 fields, 上年数, 绩效, a catalog. */
export function clerkBook(): BudgetBook {
  const book = convertUnit(sampleBook(), '元')
  book.subjects.find((s) => s.code === '2080505')!.basic.gp = '2684250.37'
  book.econ.find((e) => e.deptCode === '30108')!.amount = '2684250.37'
  book.threePublic.reception = { gp: '80050' }
  book.units[1]!.type = '参公'
  book.projects[0]!.perf = { category: '其他运转类', published: true }
  book.knownSubjects = { '2129999': '其他城乡社区支出' }
  book.disclosure = {
    duties: '负责全市城市管理综合执法。',
    organization: '内设办公室、执法科等 5 个科室。',
    reasons: { threePublic: '公务接待压减' },
    assets: { officeArea: '1200.5', equipment50: 2 },
    purchaseCatalog: '无',
  }
  book.prior = {
    year: 2025,
    figures: { total: '100000000', gp: '60000000.5', gf: '0', soe: '0', threePublic: '600000', runningCosts: '2900000', 'sub:2120101': '8000000', 'prj:p1': '1400000.5', 'prj:p2': '800000', 'econ:e3': '1500000', 'prjUnit:u2': '2000000' },
  }
  return book
}

export async function edited(book: BudgetBook, change: (wb: ExcelJS.Workbook) => void): Promise<Buffer> {
  const wb = new ExcelJS.Workbook()
  await wb.xlsx.load((await exportWorkbook(book)) as unknown as ExcelJS.Buffer)
  change(wb)
  return Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer)
}

/** The row of `sheet` whose first cell is `text` (a subject code, a project name). */
export function rowOf(wb: ExcelJS.Workbook, sheet: string, text: string): ExcelJS.Row {
  let found: ExcelJS.Row | undefined
  wb.getWorksheet(sheet)!.eachRow((row) => { if (!found && row.getCell(1).value === text) found = row })
  return found!
}

