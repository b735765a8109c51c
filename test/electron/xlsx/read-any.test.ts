import { describe, expect, it } from 'vitest'
import ExcelJS from 'exceljs'
import { readFile } from 'node:fs/promises'
import { exportWorkbook } from '../../../electron/xlsx/export'
import { BOOK_SHEET, chunkText } from '../../../shared/workbook/book-sheet'
import { readWorkbookFile } from '../../../electron/xlsx/read-any'
import { WorkbookReadError } from '../../../electron/xlsx/read-published'
import { convertUnit } from '../../../shared/model/convert-unit'
import type { BudgetBook } from '../../../shared/model/book'
import { randomBook } from '../../shared/support/random-book'
import { sampleBook } from '../support/sample-book'

async function edit(data: Buffer, change: (wb: ExcelJS.Workbook) => void): Promise<Buffer> {
  const wb = new ExcelJS.Workbook()
  await wb.xlsx.load(data as unknown as ExcelJS.Buffer)
  change(wb)
  return Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer)
}

describe('readWorkbookFile: the book inside an exported workbook', () => {
  it('gives back the identical hand-made book, in both units, with nothing to report', async () => {
    for (const book of [sampleBook(), convertUnit(sampleBook(), '元')]) {
      const read = await readWorkbookFile(await exportWorkbook(book), 'x.xlsx')
      expect(read.report).toBeNull()
      expect(read.book).toEqual(book)
    }
  })

  it('gives back identical random books', async () => {
    for (let seed = 1; seed <= 25; seed++) {
      const book = randomBook(seed)
      const read = await readWorkbookFile(await exportWorkbook(book), 'r.xlsx')
      expect(read.report, `seed ${seed}`).toBeNull()
      expect(read.book, `seed ${seed}`).toEqual(book)
    }
  })

  it('carries awkward texts exactly: OOXML escapes, line breaks, emoji, XML-illegal characters', async () => {
    const book = sampleBook()
    book.projects[0]!.name = '项目_x0041_ A\r\n第二行 😀 \uffff 尾'
    book.department = ' 带空格的部门 '
    const read = await readWorkbookFile(await exportWorkbook(book), 'x.xlsx')
    expect(read.book).toEqual(book)
  })

  it('splits a large book over several cells of at most 32,000 characters', async () => {
    const book = sampleBook()
    for (let i = 0; i < 400; i++) {
      book.projects.push({ id: `q${i}`, unitId: 'u2', name: `第${i}个很长的项目名称`.repeat(8), kind: 'current', amounts: { uf: String(i + 1) } })
    }
    const data = await exportWorkbook(book)
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.load(data as unknown as ExcelJS.Buffer)
    const hidden = wb.getWorksheet(BOOK_SHEET)!
    expect(hidden.rowCount).toBeGreaterThan(4)
    hidden.eachRow((row) => expect(String(row.getCell(1).value).length).toBeLessThanOrEqual(32_000))
    const read = await readWorkbookFile(data, 'x.xlsx')
    expect(read.book).toEqual(book)
  })

  it('never cuts a surrogate pair when chunking', () => {
    const text = 'a' + '😀'.repeat(10)
    const chunks = chunkText(text, 4)
    expect(chunks.join('')).toBe(text)
    for (const c of chunks) expect(c).not.toMatch(/^[\udc00-\udfff]|[\ud800-\udbff]$/)
  })

  it('still uses the embedded book after a plain re-save (no visible change)', async () => {
    const data = await edit(await exportWorkbook(sampleBook()), (wb) => {
      wb.getWorksheet('表一')!.getColumn(1).width = 40
    })
    const read = await readWorkbookFile(data, 'x.xlsx')
    expect(read.report).toBeNull()
    expect(read.book).toEqual(sampleBook())
  })
})

describe('readWorkbookFile: tables edited outside the app', () => {
  it('takes the edited figure from the table, says so, and reports where the printed totals now differ', async () => {
    const data = await edit(await exportWorkbook(sampleBook()), (wb) => {
      wb.getWorksheet('表十')!.getCell('C7').value = 9 // 公务接待费 8 → 9
    })
    const read = await readWorkbookFile(data, 'x.xlsx')
    expect(read.report?.notes[0]?.message).toMatch(/^工作簿中的表格在本软件之外被修改过/)
    expect(read.report?.notes.map((n) => n.message)).toContain('已按表格读入：表十 公务接待费 一般公共预算：8.00 → 9.00 万元')
    expect(read.book.threePublic.reception).toEqual({ gp: '9' })
    // Totals printed before the edit now differ from the recomputed ones, and the report says where.
    expect(read.report?.differences.some((d) => d.table === 't10')).toBe(true)
  })

  it('reads the tables when the embedded book is damaged', async () => {
    const data = await edit(await exportWorkbook(sampleBook()), (wb) => {
      wb.getWorksheet(BOOK_SHEET)!.getCell('A3').value = '{"schema":'
    })
    const read = await readWorkbookFile(data, 'x.xlsx')
    expect(read.report?.notes[0]?.message).toMatch(/工作簿中保存的预算数据无法使用/)
    expect(read.book.department).toBe('孝义市城市管理局')
  })

  it('reads the tables when the embedded book does not validate', async () => {
    const bad = { ...sampleBook(), scope: '全市' } as unknown as BudgetBook
    const read = await readWorkbookFile(await exportWorkbook(bad), 'x.xlsx')
    expect(read.report?.notes[0]?.message).toMatch(/无法使用.*公开范围/)
    expect(read.book.scope).toBe('部门')
  })
})

describe('readWorkbookFile: other workbooks', () => {
  it('reads a published workbook made elsewhere with a report', async () => {
    const read = await readWorkbookFile(await readFile('test/fixtures/000.xlsx'), '000.xlsx')
    expect(read.book.department).toBe('孝义市城市管理局')
    expect(read.report).not.toBeNull()
  })

  it('rejects bytes that are not a workbook with a Chinese message', async () => {
    for (const data of [Buffer.alloc(0), Buffer.from('hello'), Buffer.from(Array.from({ length: 5000 }, (_, i) => (i * 7919) % 256))]) {
      await expect(readWorkbookFile(data, 'bad.xlsx')).rejects.toBeInstanceOf(WorkbookReadError)
    }
    const good = await exportWorkbook(sampleBook())
    await expect(readWorkbookFile(good.subarray(0, good.length / 2), 'half.xlsx')).rejects.toThrow(/[\u4e00-\u9fff]/)
  })
})
