// Packs the parts of an .xlsx into a zip with Node's own zlib. exceljs hands its parts to JSZip,
// which deflates in JavaScript (pako) in small chunks between timers: for a large department
// that took about half of writing the workbook. zlib at the same level (6) gives the same
// compression; the parts themselves are exceljs's, unchanged.
import { crc32, deflateRawSync } from 'node:zlib'

export interface ZipPart {
  /** Path inside the archive, e.g. 'xl/worksheets/sheet1.xml'. */
  name: string
  data: Buffer
}

const DEFLATE = 8
const STORE = 0

/** MS-DOS date and time fields of `d` (local time, two-second steps), as zip headers carry them. */
function dosDateTime(d: Date): { date: number; time: number } {
  const year = Math.max(1980, d.getFullYear())
  return {
    date: ((year - 1980) << 9) | ((d.getMonth() + 1) << 5) | d.getDate(),
    time: (d.getHours() << 11) | (d.getMinutes() << 5) | (d.getSeconds() >> 1),
  }
}

interface Entry {
  name: Buffer
  method: number
  crc: number
  size: number
  body: Buffer
  dir: boolean
  offset: number
}

/**
 * A zip archive of `parts` in order. Each part's folders get their own entries before it, as
 * JSZip writes them (some readers list an archive's folders from these).
 */
export function zipParts(parts: readonly ZipPart[], when = new Date()): Buffer {
  const entries: Entry[] = []
  const folders = new Set<string>()
  for (const part of parts) {
    const segments = part.name.split('/')
    for (let i = 1; i < segments.length; i++) {
      const folder = segments.slice(0, i).join('/') + '/'
      if (folders.has(folder)) continue
      folders.add(folder)
      entries.push({ name: Buffer.from(folder, 'utf8'), method: STORE, crc: 0, size: 0, body: Buffer.alloc(0), dir: true, offset: 0 })
    }
    const body = part.data.length === 0 ? part.data : deflateRawSync(part.data)
    entries.push({ name: Buffer.from(part.name, 'utf8'), method: part.data.length === 0 ? STORE : DEFLATE, crc: crc32(part.data), size: part.data.length, body, dir: false, offset: 0 })
  }
  const { date, time } = dosDateTime(when)
  // Bit 11: the name is UTF-8 (only set when it is not plain ASCII, as other writers do).
  const flags = (e: Entry): number => (e.name.some((b) => b > 0x7f) ? 0x0800 : 0)
  const version = (e: Entry): number => (e.method === DEFLATE ? 20 : 10)
  const chunks: Buffer[] = []
  let offset = 0
  // The fields a local header and its central directory record share, in the same order:
  // version needed, flags, method, time, date, CRC, compressed and plain size, name length.
  const shared = (head: Buffer, at: number, e: Entry): void => {
    head.writeUInt16LE(version(e), at)
    head.writeUInt16LE(flags(e), at + 2)
    head.writeUInt16LE(e.method, at + 4)
    head.writeUInt16LE(time, at + 6)
    head.writeUInt16LE(date, at + 8)
    head.writeUInt32LE(e.crc, at + 10)
    head.writeUInt32LE(e.body.length, at + 14)
    head.writeUInt32LE(e.size, at + 18)
    head.writeUInt16LE(e.name.length, at + 22)
  }
  for (const e of entries) {
    const head = Buffer.alloc(30) // extra field length (28): none
    head.writeUInt32LE(0x04034b50, 0)
    shared(head, 4, e)
    e.offset = offset
    chunks.push(head, e.name, e.body)
    offset += head.length + e.name.length + e.body.length
  }
  const directoryStart = offset
  for (const e of entries) {
    const head = Buffer.alloc(46)
    head.writeUInt32LE(0x02014b50, 0)
    head.writeUInt16LE(20, 4) // made by: zip 2.0, MS-DOS attributes
    shared(head, 6, e)
    // extra field, comment, disk number, internal attributes: none
    head.writeUInt32LE(e.dir ? 0x10 : 0, 38) // MS-DOS directory attribute
    head.writeUInt32LE(e.offset, 42)
    chunks.push(head, e.name)
    offset += head.length + e.name.length
  }
  const end = Buffer.alloc(22)
  end.writeUInt32LE(0x06054b50, 0)
  end.writeUInt16LE(entries.length, 8)
  end.writeUInt16LE(entries.length, 10)
  end.writeUInt32LE(offset - directoryStart, 12)
  end.writeUInt32LE(directoryStart, 16)
  chunks.push(end)
  return Buffer.concat(chunks)
}
