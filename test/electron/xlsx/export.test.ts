import { describe, expect, it } from 'vitest'
import ExcelJS from 'exceljs'
import { exportWorkbook } from '../../../electron/xlsx/export'
import { BOOK_SHEET } from '../../../shared/workbook/book-sheet'
import { MONEY_FORMAT } from '../../../shared/workbook/styles'
import { Derivation } from '../../../shared/engine/derivation'
import { PUBLISHED_TABLES, headerText } from '../../../shared/tables'
import { convertUnit } from '../../../shared/model/convert-unit'
import { emptyBook, type BudgetBook, type SubjectLine } from '../../../shared/model/book'
import { functionSubject } from '../../../shared/catalog/functions'
import { fenToWanText, roundToWanCents } from '../../../shared/model/money'
import type { RowDef, TableDef } from '../../../shared/tables/types'
import { blocksOf, pairBlocks } from '../../../shared/tables/side-by-side'
import { sampleBook } from '../support/sample-book'
import { evaluate, evaluateFormula, formulaCells } from '../support/formula-eval'

async function load(book: BudgetBook, options?: Parameters<typeof exportWorkbook>[1]): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook()
  await wb.xlsx.load((await exportWorkbook(book, options)) as unknown as ExcelJS.Buffer)
  return wb
}

const sheetOf = (wb: ExcelJS.Workbook, def: TableDef): ExcelJS.Worksheet => wb.getWorksheet(def.short)!
/** First body row (1-based): label, title, name line, header rows, number row. */
const bodyStart = (def: TableDef): number => 1 + (def.label ? 1 : 0) + 2 + def.headerRows + (def.numberRow ? 1 : 0)

/** What the engine says each sheet must show: the rows printed (the export's rule, restated) and their values. */
function expectedRows(book: BudgetBook, def: TableDef): { row: RowDef; values: (string | null)[] }[] {
  const d = new Derivation(book)
  const valuesOf = (row: RowDef): (string | null)[] => def.columns.map((col) => {
    if (col.kind !== 'money') return null
    const ref = row.cells[col.id]?.ref
    const v = ref ? d.value(ref) : 0n
    return typeof v === 'bigint' && roundToWanCents(v) !== 0n ? fenToWanText(v) : null
  })
  const shows = (row: RowDef): boolean => row.printAlways === true || valuesOf(row).some((v) => v !== null)
  const layout = d.layouts.get(def.id)!
  // Side by side (表一, 表四, 表九), each block drops its empty rows on its own and the rest pair up again.
  const { left, right } = blocksOf(layout)
  const rows = def.sideBySide ? pairBlocks(left.filter(shows), right.filter(shows)) : layout.filter(shows)
  return rows.map((row) => ({ row, values: valuesOf(row) }))
}

const shown = (cell: ExcelJS.Cell): string | null => {
  const v = cell.value
  const n = typeof v === 'number' ? v : v && typeof v === 'object' && 'formula' in v ? (v.result as number | undefined) ?? 0 : null
  return n === null || n === 0 ? null : n.toFixed(2)
}

describe('exportWorkbook: layout', () => {
  it('writes the 13 tables in order and a very hidden book sheet', async () => {
    const wb = await load(sampleBook())
    expect(wb.worksheets.map((s) => s.name)).toEqual([...PUBLISHED_TABLES.map((t) => t.short), BOOK_SHEET])
    expect(wb.getWorksheet(BOOK_SHEET)!.state).toBe('veryHidden')
    for (const ws of wb.worksheets) expect(ws.name.length).toBeLessThanOrEqual(31)
  })

  it('prints label, merged bold title, name line and unit line', async () => {
    const book = sampleBook()
    const wb = await load(book)
    for (const def of PUBLISHED_TABLES) {
      const ws = sheetOf(wb, def)
      const last = def.columns.length
      expect(ws.getCell(1, 1).value).toBe(def.label)
      const title = ws.getCell(2, 1)
      expect(title.value).toBe(def.title(2026))
      expect(title.font.bold).toBe(true)
      expect(title.font.size).toBeGreaterThan(12)
      expect(ws.getCell(2, last).isMerged && ws.getCell(2, last).master.address).toBe('A2')
      expect(ws.getCell(3, 1).value).toBe('部门名称：孝义市城市管理局')
      expect(ws.getCell(3, last).value).toBe('单位：万元')
      expect(ws.getCell(4, 1).font.name).toBe('宋体')
    }
  })

  it('says 单位名称 for a 单位 disclosure', async () => {
    const wb = await load({ ...sampleBook(), scope: '单位' })
    expect(wb.getWorksheet('表三')!.getCell('A3').value).toBe('单位名称：孝义市城市管理局')
  })

  it('writes every header cell with its text and span, bordered, centred and wrapped', async () => {
    const wb = await load(sampleBook())
    for (const def of PUBLISHED_TABLES) {
      const ws = sheetOf(wb, def)
      for (const h of def.header) {
        const top = 4 + h.row
        const cell = ws.getCell(top, h.col + 1)
        expect(cell.value).toBe(headerText(h.text, 2026))
        expect(cell.alignment).toMatchObject({ horizontal: 'center', wrapText: true })
        expect(cell.border.top?.style).toBe('thin')
        const bottom = ws.getCell(top + (h.rowSpan ?? 1) - 1, h.col + (h.colSpan ?? 1))
        expect(bottom.master.address).toBe(cell.address)
      }
    }
    const t2 = wb.getWorksheet('表二')!
    expect(t2.getCell('C4').value).toBe('本年收入')
    expect(t2.getCell('H4').master.address).toBe('C4')
    expect(t2.getCell('I5').master.address).toBe('I4')
  })

  it('prints the column numbers under the header of 表十二 and 表十三', async () => {
    const wb = await load(sampleBook())
    expect(wb.getWorksheet('表十二')!.getRow(6).values).toEqual([undefined, 1, 2, 3, 4, 5, 6, 7])
    expect(wb.getWorksheet('表十三')!.getRow(6).values).toEqual([undefined, 1, 2, 3, 4, 5])
  })

  it('sets up A4 pages fitted to the width (fixed-size tables to one page), with the header rows repeated', async () => {
    const wb = await load(sampleBook())
    expect(PUBLISHED_TABLES.filter((d) => d.onePage).map((d) => d.id)).toEqual(['t1', 't4', 't10'])
    for (const def of PUBLISHED_TABLES) {
      const p = sheetOf(wb, def).pageSetup
      expect(p).toMatchObject({ paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: def.onePage ? 1 : 0 })
      expect(p.orientation).toBe(def.landscape ? 'landscape' : 'portrait')
      expect(p.printTitlesRow).toBe(`4:${3 + def.headerRows + (def.numberRow ? 1 : 0)}`)
    }
    expect(sheetOf(wb, PUBLISHED_TABLES[0]!).getColumn(3).width).toBe(PUBLISHED_TABLES[0]!.columns[2]!.width)
  })
})

describe('exportWorkbook: figures', () => {
  for (const unit of ['万元', '元'] as const) {
    it(`prints every row and amount the engine computes, rounded to 0.01 万元 (book in ${unit})`, async () => {
      const book = convertUnit(sampleBook(), unit)
      const wb = await load(book)
      for (const def of PUBLISHED_TABLES) {
        const ws = sheetOf(wb, def)
        const rows = expectedRows(book, def)
        const start = bodyStart(def)
        rows.forEach(({ row, values }, i) => {
          def.columns.forEach((col, c) => {
            const cell = ws.getCell(start + i, c + 1)
            if (col.kind === 'money') {
              expect(shown(cell), `${def.short} ${row.id} ${col.id}`).toBe(values[c])
              expect(cell.numFmt).toBe(MONEY_FORMAT)
            } else expect(cell.value ?? '').toBe(row.text[col.id] ?? '')
          })
        })
        expect(ws.getCell(start + rows.length, 1).value ?? null).toBe(rows.some((r) => r.values.some((v) => v)) ? null : '注：本表无数据')
      }
    })
  }

  it('leaves zero cells empty and writes plain numbers for typed cells', async () => {
    const wb = await load(sampleBook())
    const t10 = wb.getWorksheet('表十')!
    expect(t10.getCell('C7').value).toBe(8) // 公务接待费, 一般公共预算 (typed)
    expect(t10.getCell('D7').value).toBeNull() // 政府性基金: zero
    expect(t10.getCell('C6').value).toBeNull()
  })

  it('writes same-sheet totals as formulas whose cached results are the engine values and which recalculate to them', async () => {
    const wb = await load(sampleBook())
    let count = 0
    for (const def of PUBLISHED_TABLES) {
      const ws = sheetOf(wb, def)
      for (const f of formulaCells(ws)) {
        count++
        expect(evaluateFormula(ws, f.formula).toFixed(2), `${def.short} ${f.formula}`).toBe((f.result ?? 0).toFixed(2))
      }
    }
    expect(count).toBeGreaterThan(100)
    const t1 = wb.getWorksheet('表一')!
    expect(t1.getCell('D36').value).toMatchObject({ formula: 'SUM(D6:D35)' }) // 本年支出合计 over the 30 classes
    expect(t1.getCell('E6').value).toMatchObject({ formula: 'D6-F6' }) // 当年预算安排 = 合计 − 上年结转
    expect(t1.getCell('D6').value).toBeNull() // a class total comes from 表三: a plain value (zero here)
    const t12 = wb.getWorksheet('表十二')!
    expect(t12.getCell('B7').value).toMatchObject({ formula: 'SUM(B8,B12)', result: 6755 })
  })

  it('lets totals follow an edited detail cell', async () => {
    const wb = await load(sampleBook())
    const t10 = wb.getWorksheet('表十')!
    t10.getCell('C7').value = 20 // 公务接待费 8 → 20
    expect(evaluate(t10, 11, 3).toFixed(2)).toBe('68.00') // 合计, 一般公共预算
    expect(evaluate(t10, 11, 2).toFixed(2)).toBe('68.00')
  })

  it('prints the values a rounding override gives (舍位平衡 plugs in here)', async () => {
    const book = sampleBook()
    const wb = await load(book, { printed: (ref) => (ref === 't10!total!gp' ? 99_990_000n : undefined) })
    expect(wb.getWorksheet('表十')!.getCell('C11').value).toMatchObject({ result: 99.99 })
  })

  it('rounds 元 amounts half away from zero to 0.01 万元', async () => {
    const book = convertUnit(sampleBook(), '元')
    book.threePublic.abroad = { gp: '12345.67' }
    const wb = await load(book)
    expect(wb.getWorksheet('表十')!.getCell('C6').value).toBe(1.23)
  })

  it('prints 表九 with only the subjects that have 国有资本经营 money, each block filtered on its own', async () => {
    const book = emptyBook('孝义市测试局', 2026)
    const line = (code: string, parts: Partial<Pick<SubjectLine, 'basic' | 'project'>>, name = functionSubject(code)?.name ?? code): SubjectLine =>
      ({ code, name, basic: parts.basic ?? {}, project: parts.project ?? {}, carry: {} })
    book.subjects = [
      line('2010101', { basic: { gp: '100' } }),
      line('2080505', { basic: { gp: '30' } }),
      line('2120101', { basic: { gp: '8' } }),
      line('2230105', { basic: { soe: '3' }, project: { soe: '12' } }, '国有企业政策性补贴'),
      line('2240101', { basic: { gp: '5' } }),
      line('2290402', { project: { gp: '6', soe: '1' } }, '其他支出'),
    ]
    book.subjectNames = { 10306: '国有资本经营收入', 22301: '国有资本经营预算支出', 22904: '其他支出' }
    book.soeRevenue = [{ code: '1030601', name: '利润收入', amount: '10' }, { code: '1030602', name: '股利、股息收入', amount: '6' }]
    const def = PUBLISHED_TABLES.find((t) => t.id === 't9')!
    const ws = sheetOf(await load(book), def)
    const start = bodyStart(def)
    const body: unknown[][] = []
    for (let r = start; ws.getCell(r, 2).value !== null || ws.getCell(r, 5).value !== null; r++) {
      body.push(Array.from({ length: 8 }, (_, c) => {
        const v = ws.getCell(r, c + 1).value
        return v && typeof v === 'object' && 'formula' in v ? (v.result ?? 0) : v
      }))
    }
    // No gp-only subject (201, 208, 212, 224) on either side; the income rows are not held apart by them.
    expect(body).toEqual([
      [null, '合计', 16, null, '合计', 16, 3, 13],
      ['103', '非税收入', 16, '223', '国有资本经营预算支出', 15, 3, 12],
      ['10306', '国有资本经营收入', 16, '22301', '国有资本经营预算支出', 15, 3, 12],
      ['1030601', '利润收入', 10, '2230105', '国有企业政策性补贴', 15, 3, 12],
      ['1030602', '股利、股息收入', 6, '229', '其他支出', 1, 0, 1],
      [null, null, null, '22904', '其他支出', 1, 0, 1],
      [null, null, null, '2290402', '其他支出', 1, null, 1],
    ])
    // Each block's cells keep the style of their own row: an income 项 beside an expenditure 类.
    expect(ws.getCell(start + 4, 2).font?.bold).toBeFalsy()
    expect(ws.getCell(start + 4, 3).font?.bold).toBeFalsy()
    expect(ws.getCell(start + 4, 5).font?.bold).toBe(true)
    // The totals are formulas over the printed positions, and recalculate to their cached values.
    const formulas = formulaCells(ws)
    expect(formulas.length).toBeGreaterThanOrEqual(12)
    for (const f of formulas) expect(evaluateFormula(ws, f.formula).toFixed(2), f.formula).toBe((f.result ?? 0).toFixed(2))
    expect(ws.getCell(start, 3).value).toMatchObject({ formula: `C${start + 1}` })
    expect(ws.getCell(start + 2, 3).value).toMatchObject({ formula: `SUM(C${start + 3}:C${start + 4})` })
    expect(ws.getCell(start, 6).value).toMatchObject({ formula: `SUM(F${start + 1},F${start + 4})` })
    ws.getCell(start + 4, 3).value = 7 // 股利、股息收入 6 → 7
    expect(evaluate(ws, start, 3).toFixed(2)).toBe('17.00')
    ws.getCell(start + 3, 8).value = 20 // 2230105 项目支出 12 → 20
    expect(evaluate(ws, start, 6).toFixed(2)).toBe('24.00')
  })

  it('publishes an empty book as empty tables with the note', async () => {
    const wb = await load(emptyBook('某局', 2027))
    for (const def of PUBLISHED_TABLES) {
      const ws = sheetOf(wb, def)
      const values: unknown[] = []
      ws.eachRow((row) => row.eachCell((cell) => values.push(cell.value)))
      expect(values).toContain('注：本表无数据')
    }
    // Fixed rows stay: 表一's 30 classes, 表十's five items and 合计.
    expect(wb.getWorksheet('表十')!.getCell('A11').value).toBe('合计')
    expect(wb.getWorksheet('表一')!.getCell('C35').value).toBe('三十、抗疫特别国债安排的支出')
  })
})
