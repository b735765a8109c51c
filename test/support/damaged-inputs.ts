// Damaged, foreign and hostile inputs a clerk might pick by mistake (or be sent), made
// deterministically from a seed: truncated and bit-flipped workbooks, random bytes, empty files,
// an empty workbook, a payroll whose title reads like a table title, a sheet that inflates to
// 100 MB, text in every number cell, a zip that is no workbook, an old .xls and a PDF renamed to
// .xlsx; the hostile archives of test/support/hostile-archives.ts (a directory that understates
// its entries, a false declared size, an overlapping zip bomb, 20,000 sheets, an honest
// 1,000,000-row sheet); amounts with three decimals, formulas with no saved result and amounts
// past the limit in a workbook; and .ysb books with 25-, 400- and 1,000,000-digit amounts or a
// deeply nested unknown field.
import { readFileSync } from 'node:fs'
import { deflateRawSync, crc32 } from 'node:zlib'
import ExcelJS from 'exceljs'
import { fixturePath } from './fixtures'
import { seededRandom } from '../../shared/util/seeded-random'
import { emptyBook } from '../../shared/model/book'
import { serializeNative } from '../../electron/files/native'
import { falseDeclaredSize, manySheets, overlappingBomb, understatedDirectory, withLongSheet } from './hostile-archives'

export type DamageKind =
  | 'truncated' | 'random-bytes' | 'empty-file' | 'empty-workbook' | 'other-workbook' | 'payroll' | 'huge-sheet'
  | 'text-numbers' | 'bit-flips' | 'plain-zip' | 'xls' | 'pdf'
  | 'understated-directory' | 'false-size' | 'zip-bomb' | 'many-sheets' | 'million-rows'
  | 'three-decimals' | 'uncached-formula' | 'huge-amount-xlsx'
  | 'ysb-25-digits' | 'ysb-400-digits' | 'ysb-million-digits' | 'ysb-deep-nesting'

export const KINDS: readonly DamageKind[] = [
  'truncated', 'random-bytes', 'empty-file', 'empty-workbook', 'other-workbook', 'payroll', 'huge-sheet',
  'text-numbers', 'bit-flips', 'plain-zip', 'xls', 'pdf',
  'understated-directory', 'false-size', 'zip-bomb', 'many-sheets', 'million-rows',
  'three-decimals', 'uncached-formula', 'huge-amount-xlsx',
  'ysb-25-digits', 'ysb-400-digits', 'ysb-million-digits', 'ysb-deep-nesting',
]

/** What a correct reader does with each kind: refuse (exit 2) or read it and report the problem. */
export const EXPECT: Record<DamageKind, 'refuse' | 'report' | 'refuse-or-report'> = {
  truncated: 'refuse', 'random-bytes': 'refuse', 'empty-file': 'refuse', 'empty-workbook': 'refuse',
  'other-workbook': 'refuse', payroll: 'refuse', 'huge-sheet': 'refuse', 'text-numbers': 'report', 'bit-flips': 'refuse-or-report',
  'plain-zip': 'refuse', xls: 'refuse', pdf: 'refuse',
  'understated-directory': 'refuse', 'false-size': 'refuse', 'zip-bomb': 'refuse', 'many-sheets': 'refuse', 'million-rows': 'report',
  'three-decimals': 'report', 'uncached-formula': 'report', 'huge-amount-xlsx': 'refuse',
  'ysb-25-digits': 'refuse', 'ysb-400-digits': 'refuse', 'ysb-million-digits': 'refuse', 'ysb-deep-nesting': 'refuse',
}

/** The file extension each kind is saved with. */
export function extensionOf(kind: DamageKind): '.xlsx' | '.ysb' {
  return kind.startsWith('ysb-') ? '.ysb' : '.xlsx'
}

/** A minimal stored/deflated zip writer, enough to make odd archives exceljs has never seen. */
export function zip(files: Record<string, Buffer>): Buffer {
  const locals: Buffer[] = []
  const centrals: Buffer[] = []
  let offset = 0
  for (const [name, data] of Object.entries(files)) {
    const body = deflateRawSync(data)
    const nameBuf = Buffer.from(name)
    const head = Buffer.alloc(30)
    head.writeUInt32LE(0x04034b50, 0); head.writeUInt16LE(20, 4); head.writeUInt16LE(8, 8)
    head.writeUInt32LE(crc32(data), 14); head.writeUInt32LE(body.length, 18); head.writeUInt32LE(data.length, 22)
    head.writeUInt16LE(nameBuf.length, 26)
    const central = Buffer.alloc(46)
    central.writeUInt32LE(0x02014b50, 0); central.writeUInt16LE(20, 4); central.writeUInt16LE(20, 6); central.writeUInt16LE(8, 10)
    central.writeUInt32LE(crc32(data), 16); central.writeUInt32LE(body.length, 20); central.writeUInt32LE(data.length, 24)
    central.writeUInt16LE(nameBuf.length, 28); central.writeUInt32LE(offset, 42)
    locals.push(head, nameBuf, body)
    centrals.push(central, nameBuf)
    offset += head.length + nameBuf.length + body.length
  }
  const cd = Buffer.concat(centrals)
  const end = Buffer.alloc(22)
  end.writeUInt32LE(0x06054b50, 0); end.writeUInt16LE(Object.keys(files).length, 8); end.writeUInt16LE(Object.keys(files).length, 10)
  end.writeUInt32LE(cd.length, 12); end.writeUInt32LE(offset, 16)
  return Buffer.concat([...locals, cd, end])
}

const SEEDS = ['000.xlsx', '002.xlsx', '004.xlsx'] as const

async function workbook(fill: (wb: ExcelJS.Workbook) => void): Promise<Buffer> {
  const wb = new ExcelJS.Workbook()
  fill(wb)
  return Buffer.from(await wb.xlsx.writeBuffer())
}

/** The fixture with one cell of one sheet changed (a formula is written without a cached result). */
async function editedFixture(fixture: Buffer, sheet: string, cell: string, value: ExcelJS.CellValue): Promise<Buffer> {
  const wb = new ExcelJS.Workbook()
  await wb.xlsx.load(fixture as unknown as ArrayBuffer)
  wb.getWorksheet(sheet)!.getCell(cell).value = value
  return Buffer.from(await wb.xlsx.writeBuffer())
}

/** A book file whose first project holds `amount`, written as the app writes it. */
function ysb(amount: string): Buffer {
  const book = emptyBook('某某局', 2026)
  book.projects.push({ id: 'p1', unitId: 'u1', name: '道路维修', kind: 'current', amounts: { gp: amount } })
  return Buffer.from(serializeNative(book, new Date(0)))
}

/** The payroll kind: a title that matches 表二's, then a wage list. */
async function payroll(n: number, r: () => number): Promise<Buffer> {
  return workbook((wb) => {
    const ws = wb.addWorksheet('工资汇总')
    ws.addRows([['2026年收入总表'], ['单位名称：办公室', '', '', '单位：元'], ['姓名', '岗位', '基本工资', '津贴', '合计']])
    for (let i = 0; i < 30 + n; i++) ws.addRow([`职工${i}`, '科员', Math.round(r() * 8000), 800, 0])
  })
}

/** The heavy hostile archives depend only on the fixture: made once per fixture. */
const made = new Map<string, Buffer>()
function once(key: string, make: () => Buffer): Buffer {
  let data = made.get(key)
  if (!data) made.set(key, (data = make()))
  return data
}

/** The n-th damaged input (deterministic): its kind and bytes. */
export async function damagedInput(n: number): Promise<{ kind: DamageKind; data: Buffer }> {
  const kind = KINDS[n % KINDS.length]!
  const r = seededRandom(n + 1)
  const seed = SEEDS[n % SEEDS.length]!
  const fixture = readFileSync(fixturePath(seed))
  switch (kind) {
    case 'payroll':
      return { kind, data: await payroll(n, r) }
    case 'understated-directory':
      return { kind, data: once(kind + seed, () => understatedDirectory(fixture)) }
    case 'false-size':
      return { kind, data: once(kind + seed, () => falseDeclaredSize(fixture)) }
    case 'zip-bomb':
      return { kind, data: once(kind + seed, () => overlappingBomb(fixture)) }
    case 'many-sheets':
      return { kind, data: once(kind, () => manySheets(20_000)) }
    case 'million-rows':
      return { kind, data: once(kind + seed, () => withLongSheet(fixture, 1_000_000)) }
    case 'three-decimals':
      return { kind, data: await editedFixture(readFileSync(fixturePath('000.xlsx')), '表2', 'D7', 61.115) }
    case 'uncached-formula':
      return { kind, data: await editedFixture(readFileSync(fixturePath('000.xlsx')), '表2', 'D7', { formula: 'SUM(D8:D9)' } as ExcelJS.CellFormulaValue) }
    case 'huge-amount-xlsx':
      return { kind, data: await editedFixture(readFileSync(fixturePath('000.xlsx')), '表2', 'D7', '1234567890123456789012345') }
    case 'ysb-25-digits':
      return { kind, data: ysb('1234567890123456789012345') }
    case 'ysb-400-digits':
      return { kind, data: ysb('9'.repeat(400)) }
    case 'ysb-million-digits':
      return { kind, data: ysb('9'.repeat(1_000_000)) }
    case 'ysb-deep-nesting': {
      const depth = 100_000
      const text = ysb('1').toString('utf8').replace('"schema":', `"备注": ${'{"a":'.repeat(depth)}0${'}'.repeat(depth)},\n    "schema":`)
      return { kind, data: Buffer.from(text) }
    }
    case 'truncated':
      return { kind, data: fixture.subarray(0, Math.floor(fixture.length * (0.05 + 0.9 * r()))) }
    case 'random-bytes':
      return { kind, data: Buffer.from(Array.from({ length: 1 + Math.floor(r() * 200_000) }, () => Math.floor(r() * 256))) }
    case 'empty-file':
      return { kind, data: Buffer.alloc(0) }
    case 'empty-workbook':
      return { kind, data: await workbook((wb) => wb.addWorksheet(`Sheet${n}`)) }
    case 'other-workbook':
      return {
        kind,
        data: await workbook((wb) => {
          const ws = wb.addWorksheet('工资表')
          ws.addRow(['姓名', '部门', '基本工资', '津贴'])
          for (let i = 0; i < 50 + n; i++) ws.addRow([`职工${i}`, '办公室', Math.round(r() * 8000), Math.round(r() * 2000)])
        }),
      }
    case 'huge-sheet': {
      // A sheet part that inflates to 100 MB but zips to well under 1 MB.
      const row = '<row><c t="inlineStr"><is><t>预算</t></is></c></row>'
      const xml = Buffer.from(`<worksheet><sheetData>${row.repeat(Math.ceil((100 * 1024 * 1024) / row.length))}</sheetData></worksheet>`)
      return { kind, data: zip({ '[Content_Types].xml': Buffer.from('<Types/>'), 'xl/workbook.xml': Buffer.from('<workbook/>'), 'xl/worksheets/sheet1.xml': xml }) }
    }
    case 'text-numbers': {
      const wb = new ExcelJS.Workbook()
      await wb.xlsx.load(fixture as unknown as ArrayBuffer)
      const words = ['壹佰', 'abc', '见附表', '12.3.4', 'N/A']
      for (const ws of wb.worksheets) ws.eachRow((rw) => rw.eachCell((c) => { if (typeof c.value === 'number') c.value = words[Math.floor(r() * words.length)]! }))
      return { kind, data: Buffer.from(await wb.xlsx.writeBuffer()) }
    }
    case 'bit-flips': {
      const copy = Buffer.from(fixture)
      for (let i = 0; i < 1 + Math.floor(r() * 20); i++) copy[Math.floor(r() * copy.length)] = Math.floor(r() * 256)
      return { kind, data: copy }
    }
    case 'plain-zip':
      return { kind, data: zip({ 'readme.txt': Buffer.from('这不是工作簿'), 'data/a.csv': Buffer.from('1,2,3\n') }) }
    case 'xls':
      return { kind, data: Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(4096 + n)]) }
    case 'pdf':
      return { kind, data: Buffer.from(`%PDF-1.4\n% 2026年预算公开\n${'x'.repeat(1000 + n)}\n%%EOF`) }
  }
}
