import { describe, it, expect } from 'vitest'
import { readFileSync } from 'node:fs'
import ExcelJS from 'exceljs'
import { readPublishedWorkbook, WorkbookReadError } from '../../../electron/xlsx/read-published'
import { fixturePath, seedJson, SEEDS } from '../../support/fixtures'
import { plainWorkbook } from '../../support/hostile-archives'

const CORRUPT = '文件已损坏或不是有效的 Excel 工作簿（.xlsx）'
const NOT_FOUND = '未找到预算公开表（例如"2026年预算收支总表"），请确认选择的是部门或单位预算公开的工作簿'

function fixture(name: string): Buffer {
  return readFileSync(fixturePath(name))
}

async function xlsx(wb: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await wb.xlsx.writeBuffer())
}

/** The error a read rejects with; fails the test if it resolves or rejects with anything else. */
async function readError(data: Buffer | ArrayBuffer, name = 'x.xlsx'): Promise<WorkbookReadError> {
  const error = await readPublishedWorkbook(data, name).then(() => null, (e: unknown) => e)
  expect(error).toBeInstanceOf(WorkbookReadError)
  const message = (error as WorkbookReadError).message
  expect(message).toMatch(/[\u4e00-\u9fff]/)
  expect(message).not.toMatch(/\n/)
  return error as WorkbookReadError
}

describe('readPublishedWorkbook on the seed fixtures', () => {
  for (const seed of SEEDS) {
    it(`reads all 13 tables of ${seed}.xlsx exactly as the fixture's normalized JSON`, async () => {
      const json = seedJson(seed)
      const d = await readPublishedWorkbook(fixture(`${seed}.xlsx`), `${seed}.xlsx`)
      expect(d.meta).toEqual({ department: json.department, nameLabel: json.nameLabel, year: Number(json.year) })
      expect(Object.keys(d.tables).sort()).toEqual(Object.keys(json.normalized).sort())
      for (const id of Object.keys(json.normalized) as Array<keyof typeof json.normalized>) {
        expect(d.tables[id], id).toStrictEqual(json.normalized[id])
      }
      expect(Object.values(d.found)).toEqual(Array(13).fill(true))
      expect(d.notes).toEqual([])
    })
  }

  it('accepts an ArrayBuffer as well as a Buffer', async () => {
    const buf = fixture('004.xlsx')
    const ab = buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength) as ArrayBuffer
    const d = await readPublishedWorkbook(ab, '004.xlsx')
    expect(d.tables.t12.projectCount).toBe(62)
  })
})

describe('readPublishedWorkbook on damaged or foreign input', () => {
  it('refuses a truncated zip, random bytes and an empty file', async () => {
    const real = fixture('000.xlsx')
    expect((await readError(real.subarray(0, real.length >> 1))).message).toMatch(/文件/)
    const random = Buffer.from(Array.from({ length: 5000 }, (_, i) => (i * 7919 + 13) % 251))
    expect((await readError(random)).message).toBe(CORRUPT)
    expect((await readError(Buffer.alloc(0))).message).toBe(CORRUPT)
    const zipHeaderThenNoise = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), random])
    expect((await readError(zipHeaderThenNoise)).message).toMatch(/文件/)
  })

  it('only ever throws WorkbookReadError for a zip damaged inside', async () => {
    const real = fixture('002.xlsx')
    for (let k = 1; k <= 12; k++) {
      const bad = Buffer.from(real)
      for (let i = 0; i < 40; i++) bad[(k * 997 + i * 131) % (bad.length - 200) + 100] = (k * 31 + i) & 0xff
      const outcome = await readPublishedWorkbook(bad, 'bad.xlsx').then(() => 'read', (e: unknown) => e)
      if (outcome !== 'read') expect(outcome).toBeInstanceOf(WorkbookReadError)
    }
  })

  it('says what to do with an old .xls, an encrypted workbook and a PDF', async () => {
    const cfb = Buffer.alloc(2048)
    cfb.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])
    expect((await readError(cfb, 'old.xls')).message).toMatch(/另存为 \.xlsx/)
    const encrypted = Buffer.concat([cfb, Buffer.from('EncryptionInfo', 'utf16le')])
    expect((await readError(encrypted)).message).toMatch(/密码/)
    expect((await readError(Buffer.from('%PDF-1.7 ...'))).message).toMatch(/PDF/)
  })

  it('reports an empty workbook and a workbook of another kind as having no disclosure tables', async () => {
    expect((await readError(await xlsx(new ExcelJS.Workbook()))).message).toMatch(/工作表|预算公开表/)
    const blank = new ExcelJS.Workbook()
    blank.addWorksheet('Sheet1')
    expect((await readError(await xlsx(blank))).message).toBe(NOT_FOUND)
    const sales = new ExcelJS.Workbook()
    const ws = sales.addWorksheet('销售')
    ws.addRows([['2025年销售统计表'], ['产品', '数量', '金额'], ['钢材', 12, '1,200.00'], ['合计', 12, 1200]])
    expect((await readError(await xlsx(sales))).message).toBe(NOT_FOUND)
  })

  it('refuses a payroll whose title happens to read like a table title, instead of reading it as an empty book', async () => {
    const payroll = new ExcelJS.Workbook()
    const ws = payroll.addWorksheet('工资汇总')
    ws.addRows([['2026年收入总表'], ['单位名称：办公室', '', '', '单位：元'], ['姓名', '岗位', '基本工资', '津贴', '合计']])
    for (let i = 0; i < 30; i++) ws.addRow([`职工${i}`, '科员', 5000 + i, 800, 5800 + i])
    const error = await readError(await xlsx(payroll))
    expect(error.message).toBe(`${NOT_FOUND}；工作表"工资汇总"第 1 行的标题下面不是预算公开表的表头和科目`)
  })

  it('still reads a table whose header is unrecognisable when its rows carry subject codes', async () => {
    const wb = new ExcelJS.Workbook()
    const ws = wb.addWorksheet('表2')
    ws.addRows([['2026年收入总表'], ['部门名称：某局', '', '单位：万元'], ['甲', '乙', '丙', '丁'], ['201', '一般公共服务支出', 10, 10], ['20101', '人大事务', 10, 10], ['2010101', '行政运行', 10, 10]])
    const d = await readPublishedWorkbook(await xlsx(wb), 'x.xlsx')
    expect(d.found.t2).toBe(true)
  })

  it('reads text in an amount cell as empty and names the table and cell in a note', async () => {
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.load(fixture('000.xlsx') as unknown as ExcelJS.Buffer)
    const t2 = wb.getWorksheet('表2')
    const t3 = wb.getWorksheet('表3')
    if (!t2 || !t3) throw new Error('fixture sheets missing')
    t2.getCell('D7').value = 'abc'
    t3.getCell('D6').value = '４８６．０１' // full-width digits are still a number
    const d = await readPublishedWorkbook(await xlsx(wb), '000.xlsx')
    const json = seedJson('000')
    expect(d.tables.t2.rows[1]).toEqual({ ...json.normalized.t2.rows[1], gp: null })
    expect(d.tables.t3).toStrictEqual(json.normalized.t3)
    expect(d.notes).toEqual([
      expect.objectContaining({ table: 't2', severity: 'warning', message: expect.stringMatching(/表二.*D7.*"abc"/) }),
    ])
  })

  it('caps the rows it scans in a huge sheet and says so', async () => {
    const ledger = function* (): Generator<(number | string)[]> {
      for (let i = 0; i < 200_000; i++) yield [i + 1, '记录']
      yield ['2026年预算收支总表'] // beyond the cap: never seen
    }
    const huge = plainWorkbook('流水', ledger())
    const started = Date.now()
    const error = await readError(huge, 'huge.xlsx')
    expect(error.message).toMatch(/^未找到预算公开表.*"流水"有 200001 行，只查看了前 20000 行$/)
    expect(Date.now() - started).toBeLessThan(60_000)
  })
})
