// A workbook printed in 元 rounds nothing: two decimals of 元 are exact, so a total that differs
// from its printed parts by 100 元 is a printing error, not a 尾差 (the 0.05 万元 tolerance is for
// tables printed in 万元, where each figure is rounded).
import { describe, it, expect } from 'vitest'
import ExcelJS from 'exceljs'
import { readPublishedWorkbook } from '../../../electron/xlsx/read-published'
import { bookFromPublished } from '../../../shared/import/from-published'
import { fixturePath } from '../../support/fixtures'

/** '1,948.41' (万元) → '19484100.00' (元), by digits: no binary arithmetic on money. */
const yuan = (wan: string): string => `${BigInt(wan.replace(/[,.]/g, '')) * 100n}.00`

/** test/fixtures/002.xlsx with every amount and unit line rewritten in 元 (×10000, exact). */
async function inYuan(fen = false): Promise<Buffer> {
  const wb = new ExcelJS.Workbook()
  await wb.xlsx.readFile(fixturePath('002.xlsx'))
  for (const ws of wb.worksheets) {
    ws.eachRow((row) => row.eachCell((cell) => {
      const v = cell.value
      if (v === '单位：万元') cell.value = '单位：元'
      else if (typeof v === 'string' && /^-?[\d,]+\.\d\d$/.test(v)) cell.value = yuan(v)
      else if (typeof v === 'number') cell.value = yuan(v.toFixed(2))
    }))
  }
  // With fen: 表五's 20106 合计 printed to the 分 (37 分 more), a figure 万元 cannot show in two decimals.
  if (fen) {
    const t5 = wb.getWorksheet('一般公共预算支出预算表（不含上年结转）')!
    expect([t5.getCell('A7').value, t5.getCell('C7').value]).toEqual(['20106', '19484100.00'])
    t5.getCell('C7').value = '19484100.37'
  }
  return Buffer.from(await wb.xlsx.writeBuffer())
}

describe('printed differences in a workbook printed in 元', () => {
  it('calls a 100 元 gap between a total and its parts 印刷有误, not 尾差', async () => {
    const { report } = bookFromPublished(await readPublishedWorkbook(await inYuan(), '002-元.xlsx'), '002-元.xlsx')
    expect(report.notes.some((n) => n.message.includes('以元为单位'))).toBe(true)
    const at = report.differences.filter((d) => d.row === '20106 财政事务' && d.table === 't5')
    // Quoted in 元 as the file prints them (not 万元 with 6 decimals).
    expect(at.map((d) => [d.column, d.printed, d.computed, d.unit, d.kind])).toEqual([
      ['合计', '19484100.00', '19484000.00', '元', 'mismatch'],
      ['基本支出', '9804900.00', '9804800.00', '元', 'mismatch'],
    ])
    expect(report.differences.filter((d) => d.kind === 'residue')).toEqual([])
  })

  it('quotes the figures of a table printed in 元 in 元 with two decimals, as printed, never as 6-decimal 万元', async () => {
    const { report } = bookFromPublished(await readPublishedWorkbook(await inYuan(true), '002-元.xlsx'), '002-元.xlsx')
    const at = report.differences.find((d) => d.row === '20106 财政事务' && d.table === 't5' && d.column === '合计')
    expect(at).toMatchObject({ printed: '19484100.37', computed: '19484000.00', unit: '元' })
    for (const d of report.differences) {
      for (const figure of [d.printed, d.computed]) if (figure !== null) expect(figure, `${d.row} ${d.column}`).toMatch(/^-?\d+\.\d\d$/)
    }
  })
})
