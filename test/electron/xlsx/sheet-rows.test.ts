import { describe, it, expect } from 'vitest'
import { SheetRowCutter } from '../../../electron/xlsx/sheet-rows'

const rows = (n: number, prefix = ''): string => Array.from({ length: n }, (_, i) => `<${prefix}row r="${i + 1}" spans="1:2"><${prefix}c r="A${i + 1}"><${prefix}v>${i + 1}</${prefix}v></${prefix}c></${prefix}row>`).join('')

/** Feed `xml` in pieces of `size` bytes (splitting tags anywhere) and join what is kept. */
function cut(xml: string, maxRows: number, size: number): { kept: string; cutter: SheetRowCutter } {
  const cutter = new SheetRowCutter(maxRows)
  const bytes = Buffer.from(xml, 'utf8')
  let kept = ''
  for (let i = 0; i < bytes.length; i += size) kept += cutter.push(bytes.subarray(i, i + size))
  kept += cutter.finish()
  return { kept: Buffer.from(kept, 'latin1').toString('utf8'), cutter }
}

describe('SheetRowCutter', () => {
  const sheet = (body: string, p = ''): string => `<${p}worksheet><${p}sheetData>${body}</${p}sheetData><${p}mergeCells count="1"><${p}mergeCell ref="A1:B1"/></${p}mergeCells><${p}rowBreaks/></${p}worksheet>`

  it('passes a sheet within the limit through byte for byte, whatever the chunking', () => {
    const xml = sheet(`${rows(50)}<row r="51"><c t="inlineStr"><is><t>预算公开表</t></is></c></row>`)
    for (const size of [1, 7, 64, 100_000]) {
      const { kept, cutter } = cut(xml, 100, size)
      expect(kept).toBe(xml)
      expect(cutter.truncated).toBe(false)
      expect(cutter.rowCount).toBe(51)
    }
  })

  it('keeps the first rows, what follows the data, and one empty row standing for the last', () => {
    for (const size of [3, 50, 4096]) {
      const { kept, cutter } = cut(sheet(rows(1000)), 10, size)
      expect(kept).toBe(sheet(`${rows(10)}<row r="1000"/>`))
      expect(cutter.truncated).toBe(true)
      expect(cutter.rowCount).toBe(1000)
    }
  })

  it('reads rows with a namespace prefix and rows without numbers', () => {
    expect(cut(sheet(rows(30, 'x:'), 'x:'), 5, 11).kept).toBe(sheet(`${rows(5, 'x:')}<x:row r="30"/>`, 'x:'))
    const bare = cut(sheet('<row><c><v>1</v></c></row>'.repeat(40)), 5, 13)
    expect(bare.cutter.rowCount).toBe(40)
    expect(bare.kept).toContain('<row r="40"/></sheetData>')
  })
})
