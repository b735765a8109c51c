// Archives made to hurt a reader that trusts them, built byte by byte in memory (nothing big is
// committed): an end record that understates its entries, a part whose declared size is false,
// a zip bomb of overlapping gigabyte parts, 20,000 sheets, and an honest 1,000,000-row sheet
// added to a real disclosure.
import { constants, crc32, deflateRawSync } from 'node:zlib'
import { unzipSync } from 'fflate'

export interface RawEntry {
  name: string
  /** The stored bytes (already deflated when method is 8). */
  body: Buffer
  method?: 0 | 8
  crc: number
  size: number
  /** Point this directory entry at an earlier entry's local header instead of writing its own. */
  sameDataAs?: string
}

/** A zip exactly as described, lies included; `count` overrides the end record's entry count. */
export function rawZip(entries: RawEntry[], count = entries.length): Buffer {
  const out: Buffer[] = []
  const central: Buffer[] = []
  const offsets = new Map<string, number>()
  let offset = 0
  for (const e of entries) {
    const name = Buffer.from(e.name)
    const head = (sig: number, size: number): Buffer => {
      const b = Buffer.alloc(size)
      b.writeUInt32LE(sig, 0)
      return b
    }
    let local = e.sameDataAs === undefined ? undefined : offsets.get(e.sameDataAs)
    if (local === undefined) {
      const h = head(0x04034b50, 30)
      h.writeUInt16LE(20, 4); h.writeUInt16LE(e.method ?? 8, 8); h.writeUInt32LE(e.crc >>> 0, 14)
      h.writeUInt32LE(e.body.length, 18); h.writeUInt32LE(e.size, 22); h.writeUInt16LE(name.length, 26)
      out.push(h, name, e.body)
      local = offset
      offsets.set(e.name, offset)
      offset += h.length + name.length + e.body.length
    }
    const c = head(0x02014b50, 46)
    c.writeUInt16LE(20, 4); c.writeUInt16LE(20, 6); c.writeUInt16LE(e.method ?? 8, 10); c.writeUInt32LE(e.crc >>> 0, 16)
    c.writeUInt32LE(e.body.length, 20); c.writeUInt32LE(e.size, 24); c.writeUInt16LE(name.length, 28); c.writeUInt32LE(local, 42)
    central.push(c, name)
  }
  const cd = Buffer.concat(central)
  const end = Buffer.alloc(22)
  end.writeUInt32LE(0x06054b50, 0); end.writeUInt16LE(count, 8); end.writeUInt16LE(count, 10)
  end.writeUInt32LE(cd.length, 12); end.writeUInt32LE(offset, 16)
  return Buffer.concat([...out, cd, end])
}

/** An honest deflated entry (`level` 1 for the big generated parts: ~6× quicker, the same bytes inflated). */
export function entry(name: string, data: Buffer | string, level?: number): RawEntry {
  const bytes = typeof data === 'string' ? Buffer.from(data) : data
  return { name, body: deflateRawSync(bytes, { level }), crc: crc32(bytes), size: bytes.length }
}

/** The entries of a real workbook, so hostile parts sit beside everything exceljs expects. */
export function workbookEntries(xlsx: Buffer): RawEntry[] {
  return Object.entries(unzipSync(new Uint8Array(xlsx))).map(([name, data]) => entry(name, Buffer.from(data)))
}

/**
 * A deflate stream that inflates to `megabytes` MB of spaces while staying about 1 KB per MB:
 * one fully flushed block repeated (each copy stands alone), then an empty final block.
 */
export function inflatesTo(megabytes: number): Buffer {
  const block = deflateRawSync(Buffer.alloc(1024 * 1024, 0x20), { finishFlush: constants.Z_FULL_FLUSH })
  return Buffer.concat([...Array.from({ length: megabytes }, () => block), Buffer.from([0x03, 0x00])])
}

const SHEET_OPEN = '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
const SHEET_CLOSE = '</sheetData></worksheet>'
const RELS_NS = 'http://schemas.openxmlformats.org/package/2006/relationships'
const SHEET_TYPE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet'

/** A real workbook plus 3,000 parts of 400 KB each that its end record does not count (about 1.6 MB in all). */
export function understatedDirectory(xlsx: Buffer): Buffer {
  const real = workbookEntries(xlsx)
  const filler = entry('x', `${SHEET_OPEN}${'<row><c><v>1</v></c></row>'.repeat(16_000)}${SHEET_CLOSE}`)
  const hidden = Array.from({ length: 3_000 }, (_, i) => ({ ...filler, name: `xl/worksheets/sheet${1000 + i}.xml` }))
  return rawZip([...real, ...hidden], real.length)
}

/** A real workbook whose first sheet declares 2 KB and inflates to 1 GB. */
export function falseDeclaredSize(xlsx: Buffer): Buffer {
  const entries = workbookEntries(xlsx)
  const i = entries.findIndex((e) => /^xl\/worksheets\/sheet\d+\.xml$/.test(e.name))
  entries[i] = { name: entries[i]!.name, body: inflatesTo(1024), crc: 0, size: 2048 }
  return rawZip(entries)
}

/** Sixteen sheets that each honestly declare 1 GB, all pointing at the same compressed bytes. */
export function overlappingBomb(xlsx: Buffer): Buffer {
  const entries = workbookEntries(xlsx).filter((e) => !/^xl\/worksheets\/sheet\d+\.xml$/.test(e.name))
  const body = inflatesTo(1024)
  const bomb = Array.from({ length: 16 }, (_, i) => ({ name: `xl/worksheets/sheet${i + 1}.xml`, body, crc: 0, size: 1024 ** 3, sameDataAs: i ? 'xl/worksheets/sheet1.xml' : undefined }))
  return rawZip([...entries, ...bomb])
}

function workbookXml(sheets: string[]): { workbook: string; rels: string } {
  const list = sheets.map((name, i) => `<sheet name="${name}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('')
  const rels = sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="${SHEET_TYPE}" Target="worksheets/sheet${i + 1}.xml"/>`).join('')
  return {
    workbook: `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>${list}</sheets></workbook>`,
    rels: `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${RELS_NS}">${rels}</Relationships>`,
  }
}

/** An honest workbook of `count` small sheets. */
export function manySheets(count: number): Buffer {
  const names = Array.from({ length: count }, (_, i) => `表${i + 1}`)
  const { workbook, rels } = workbookXml(names)
  const sheet = entry('x', `${SHEET_OPEN}<row r="1"><c r="A1"><v>1</v></c></row>${SHEET_CLOSE}`)
  return rawZip([
    entry('xl/workbook.xml', workbook), entry('xl/_rels/workbook.xml.rels', rels),
    ...names.map((_, i) => ({ ...sheet, name: `xl/worksheets/sheet${i + 1}.xml` })),
  ])
}

/** A real disclosure with one more sheet of `rows` honest rows (an export of some ledger). */
export function withLongSheet(xlsx: Buffer, rows: number): Buffer {
  const entries = workbookEntries(xlsx)
  const files = new Map(Object.entries(unzipSync(new Uint8Array(xlsx))).map(([k, v]) => [k, Buffer.from(v).toString('utf8')]))
  const n = Math.max(...entries.map((e) => Number(/^xl\/worksheets\/sheet(\d+)\.xml$/.exec(e.name)?.[1] ?? 0))) + 1
  // Built 20,000 rows to a string: a million short strings joined at once cost ~1 s more, in the GC.
  const body: Buffer[] = [Buffer.from(SHEET_OPEN)]
  for (let from = 1; from <= rows; from += 20_000) {
    let part = ''
    for (let r = from; r < from + 20_000 && r <= rows; r++) part += `<row r="${r}"><c r="A${r}"><v>${r}</v></c></row>`
    body.push(Buffer.from(part))
  }
  body.push(Buffer.from(SHEET_CLOSE))
  const replace = (name: string, from: RegExp, to: string): void => {
    const i = entries.findIndex((e) => e.name === name)
    entries[i] = entry(name, files.get(name)!.replace(from, to))
  }
  replace('xl/workbook.xml', /<\/sheets>/, `<sheet name="明细账" sheetId="${n + 100}" r:id="rIdLong"/></sheets>`)
  replace('xl/_rels/workbook.xml.rels', /<\/Relationships>/, `<Relationship Id="rIdLong" Type="${SHEET_TYPE}" Target="worksheets/sheet${n}.xml"/></Relationships>`)
  entries.push(entry(`xl/worksheets/sheet${n}.xml`, Buffer.concat(body), 1))
  return rawZip(entries)
}

/**
 * A plain workbook of one sheet, written part by part (an export of some ledger, as a streaming
 * writer makes it: numbers, inline texts, no styles). Far quicker than exceljs for 200,000 rows.
 */
export function plainWorkbook(sheet: string, rows: Iterable<readonly (number | string)[]>): Buffer {
  const column = (i: number): string => String.fromCharCode(65 + i)
  const escape = (t: string): string => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
  const body: string[] = []
  let r = 0
  for (const row of rows) {
    r++
    const cells = row.map((v, i) => typeof v === 'number'
      ? `<c r="${column(i)}${r}"><v>${v}</v></c>`
      : `<c r="${column(i)}${r}" t="inlineStr"><is><t>${escape(v)}</t></is></c>`)
    body.push(`<row r="${r}">${cells.join('')}</row>`)
  }
  const { workbook, rels } = workbookXml([escape(sheet)])
  const types = '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    + '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
    + '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
    + '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>'
  const root = `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${RELS_NS}"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`
  return rawZip([
    entry('[Content_Types].xml', types), entry('_rels/.rels', root),
    entry('xl/workbook.xml', workbook), entry('xl/_rels/workbook.xml.rels', rels),
    entry('xl/worksheets/sheet1.xml', `${SHEET_OPEN}${body.join('')}${SHEET_CLOSE}`),
  ])
}
