// Excel figures on the synthetic department: exporting the official workbook and reading it
// back (what reopening an exported file costs), beside plain exceljs writing the same cell
// values (the 13 tables and the embedded book, no styles, formulas or print setup) and
// loading the same file — the floor any exceljs-based app stands on.
import ExcelJS from 'exceljs'
import { exportWorkbook, sheetValues, tableSheets } from '../../electron/xlsx/export'
import { readWorkbookFile } from '../../electron/xlsx/read-any'
import { syntheticDepartment } from '../synthetic'
import { median } from '../stats'

// Each of our operations is timed alternately with its plain-exceljs counterpart, run by run, so
// both see the same machine (other load, the garbage each leaves for the next); the medians of 7
// are steadier than of 3.
const RUNS = 7

async function timeAsync(fn: () => Promise<unknown>): Promise<number> {
  const start = performance.now()
  await fn()
  return performance.now() - start
}

/** Medians of `ours` and `plain`, timed alternately (after one warm-up of each). */
async function pairedMedians(ours: () => Promise<unknown>, plain: () => Promise<unknown>): Promise<[number, number]> {
  await ours()
  await plain()
  const a: number[] = []
  const b: number[] = []
  for (let i = 0; i < RUNS; i++) {
    a.push(await timeAsync(ours))
    b.push(await timeAsync(plain))
  }
  return [median(a), median(b)]
}

export async function benchXlsx(): Promise<Record<string, number>> {
  const book = syntheticDepartment()
  const file = await exportWorkbook(book)
  const sheets = tableSheets(book).map(sheetValues)
  const json = JSON.stringify(book)

  const plainWrite = async (): Promise<Buffer> => {
    const wb = new ExcelJS.Workbook()
    for (const s of sheets) wb.addWorksheet(s.name).addRows(s.rows)
    const hidden = wb.addWorksheet('__book__')
    for (let i = 0; i < json.length; i += 32_000) hidden.addRow([json.slice(i, i + 32_000)])
    return Buffer.from(await wb.xlsx.writeBuffer())
  }

  const [exportMs, plainWriteMs] = await pairedMedians(() => exportWorkbook(book), plainWrite)
  const [importMs, plainReadMs] = await pairedMedians(
    () => readWorkbookFile(file, 'synthetic.xlsx'),
    () => new ExcelJS.Workbook().xlsx.load(file as unknown as ArrayBuffer),
  )
  const cells = sheets.reduce((n, s) => n + s.rows.reduce((m, r) => m + r.filter((v) => v !== null).length, 0), 0)
  console.log(`xlsx: ${sheets.length} sheets, ${cells} filled cells, ${(file.length / 1024).toFixed(0)} KB`)
  return {
    xlsx_export_ms: exportMs,
    xlsx_import_ms: importMs,
    exceljs_write_ms: plainWriteMs,
    exceljs_read_ms: plainReadMs,
    xlsx_export_vs_exceljs: exportMs / plainWriteMs,
    xlsx_import_vs_exceljs: importMs / plainReadMs,
    xlsx_file_kb: file.length / 1024,
  }
}
