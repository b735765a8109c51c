// Unpacking an .xlsx ourselves before exceljs sees it. exceljs (through JSZip) believes whatever
// the archive says: it reads every directory entry whatever the end record counts, and inflates
// each part whole whatever size it declares, so a 1.6 MB file could cost 44 s and 2 GB. Here the
// directory is walked and checked against the end record, only the parts a workbook's values
// live in are inflated, each through a streaming inflater with a running budget of bytes actually
// produced, and worksheets are cut after their first rows while inflating. exceljs then gets a
// fresh archive of just those verified parts.
import { Inflate, zipSync } from 'fflate'
import { crc32 } from 'node:zlib'
import { SheetRowCutter } from './sheet-rows'

export class ZipGuardError extends Error {}

/** Bytes inflated in all: a department's 13 tables are a few MB of XML at most. */
export const MAX_INFLATED = 64 * 1024 * 1024
/** Bytes handed to exceljs, which parses about 2 MB a second: this keeps any file to a few seconds. */
export const MAX_KEPT = 16 * 1024 * 1024
/** Directory entries: a workbook of 500 sheets has well under 5,000 parts. */
export const MAX_ENTRIES = 5_000
/** Worksheets: 13 tables, perhaps one per unit too; thousands is not a disclosure. */
export const MAX_SHEETS = 500
/** Rows kept per worksheet: all 13 tables stacked on one sheet take a few hundred rows. */
export const MAX_ROWS = 20_000

export interface ZipLimits {
  inflated: number
  kept: number
  entries: number
  sheets: number
  rows: number
}

export const DEFAULT_LIMITS: ZipLimits = { inflated: MAX_INFLATED, kept: MAX_KEPT, entries: MAX_ENTRIES, sheets: MAX_SHEETS, rows: MAX_ROWS }

export interface GuardedWorkbook {
  /** A fresh archive of the verified parts, for exceljs. */
  archive: Uint8Array
  /** Part names kept, e.g. 'xl/worksheets/sheet1.xml'. */
  parts: string[]
  /** Bytes actually inflated. */
  inflated: number
  /** Worksheets cut at the row limit: part name → the rows the sheet really has. */
  cut: Map<string, number>
}

const DAMAGED = '文件已损坏或不是有效的 Excel 工作簿（.xlsx）'
const TRUNCATED = '文件不完整（可能只下载或复制了一部分），无法作为 Excel 工作簿打开'
const MB = 1024 * 1024

interface Entry {
  name: string
  flags: number
  method: number
  crc: number
  compressed: number
  size: number
  local: number
}

const EOCD = 0x06054b50
const CENTRAL = 0x02014b50
const LOCAL = 0x04034b50

/** The parts exceljs reads values, shared strings and number formats from; drawings, media, themes and the rest are never inflated. */
const SHEET = /^xl\/worksheets\/sheet\d+\.xml$/
const WANTED = new Set(['[Content_Types].xml', '_rels/.rels', 'xl/workbook.xml', 'xl/_rels/workbook.xml.rels', 'xl/sharedStrings.xml', 'xl/styles.xml'])

function tooBig(what: string): ZipGuardError {
  return new ZipGuardError(`${what}，远大于一套预算公开表，未打开。请确认选择的文件是否正确`)
}

/** Walk the central directory entry by entry, trusting neither its count nor its size until they agree with what is there. */
export function readDirectory(data: Uint8Array, limits: ZipLimits = DEFAULT_LIMITS): Entry[] {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength)
  if (data.byteLength < 22 || view.getUint32(0, true) !== LOCAL) throw new ZipGuardError(DAMAGED)
  let eocd = -1
  for (let i = data.byteLength - 22; i >= Math.max(0, data.byteLength - 65_557); i--) {
    if (view.getUint32(i, true) === EOCD) {
      eocd = i
      break
    }
  }
  if (eocd < 0) throw new ZipGuardError(TRUNCATED)
  const count = view.getUint16(eocd + 10, true)
  const size = view.getUint32(eocd + 12, true)
  const offset = view.getUint32(eocd + 16, true)
  if (offset + size > eocd) throw new ZipGuardError(TRUNCATED)
  const entries: Entry[] = []
  const decoder = new TextDecoder()
  let p = offset
  while (p + 4 <= eocd && view.getUint32(p, true) === CENTRAL) {
    if (entries.length >= limits.entries) throw tooBig(`工作簿由超过 ${limits.entries} 个部件组成`)
    if (p + 46 > eocd) throw new ZipGuardError(DAMAGED)
    const nameLen = view.getUint16(p + 28, true)
    const end = p + 46 + nameLen + view.getUint16(p + 30, true) + view.getUint16(p + 32, true)
    if (end > eocd) throw new ZipGuardError(DAMAGED)
    entries.push({
      name: decoder.decode(data.subarray(p + 46, p + 46 + nameLen)).replace(/^\//, ''),
      flags: view.getUint16(p + 8, true),
      method: view.getUint16(p + 10, true),
      crc: view.getUint32(p + 16, true),
      compressed: view.getUint32(p + 20, true),
      size: view.getUint32(p + 24, true),
      local: view.getUint32(p + 42, true),
    })
    p = end
  }
  // A directory whose end record miscounts it is how a small file hides thousands of parts.
  if (entries.length !== count || p !== offset + size) throw new ZipGuardError(`${DAMAGED}：压缩目录与内容不符`)
  return entries
}

/** The verified parts of a workbook as a fresh archive. Throws ZipGuardError with a sentence for the clerk. */
export function guardWorkbook(data: Uint8Array, limits: ZipLimits = DEFAULT_LIMITS): GuardedWorkbook {
  const entries = readDirectory(data, limits)
  if (!entries.some((e) => e.name === 'xl/workbook.xml')) throw new ZipGuardError('这不是 Excel 工作簿（.xlsx）：文件中没有工作表')
  const sheets = entries.filter((e) => SHEET.test(e.name)).length
  if (sheets > limits.sheets) throw tooBig(`工作簿有 ${sheets} 个工作表`)
  const wanted = entries.filter((e) => WANTED.has(e.name) || SHEET.test(e.name))
  // Sizes are claims, checked while inflating; an honest claim past the budget is refused before any work.
  const declaredBytes = wanted.reduce((sum, e) => sum + e.size, 0)
  if (declaredBytes > limits.inflated) throw tooBig(`工作簿解压后超过 ${Math.round(limits.inflated / MB)} MB`)
  const budget = { inflated: 0, kept: 0 }
  const files: Record<string, Uint8Array> = {}
  const cut = new Map<string, number>()
  for (const entry of wanted) {
    if (entry.name in files) throw new ZipGuardError(`${DAMAGED}：部件“${entry.name}”出现了两次`)
    const cutter = SHEET.test(entry.name) ? new SheetRowCutter(limits.rows) : null
    files[entry.name] = inflateEntry(data, entry, limits, budget, cutter)
    if (cutter?.truncated) cut.set(entry.name, cutter.rowCount)
  }
  const declared = (new TextDecoder().decode(files['xl/workbook.xml']).match(/<(?:\w+:)?sheet\s/g) ?? []).length
  if (declared > limits.sheets) throw tooBig(`工作簿有 ${declared} 个工作表`)
  return { archive: zipSync(files, { level: 0 }), parts: Object.keys(files), inflated: budget.inflated, cut }
}

function inflateEntry(data: Uint8Array, entry: Entry, limits: ZipLimits, budget: { inflated: number; kept: number }, cutter: SheetRowCutter | null): Uint8Array {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength)
  const at = entry.local
  if (at + 30 > data.byteLength || view.getUint32(at, true) !== LOCAL) throw new ZipGuardError(DAMAGED)
  if (entry.flags & 1) throw new ZipGuardError('这个工作簿设置了打开密码，请先在 Excel 或 WPS 中取消密码后再导入')
  if (entry.compressed === 0xffffffff || entry.size === 0xffffffff) throw tooBig('工作簿中的部件超过 4 GB')
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true)
  const end = start + entry.compressed
  if (end > data.byteLength) throw new ZipGuardError(TRUNCATED)
  const kept: string[] = []
  let produced = 0
  let crc = 0
  const take = (chunk: Uint8Array): void => {
    produced += chunk.byteLength
    budget.inflated += chunk.byteLength
    // The declared size is a claim to check, not a budget to grant: more than it is a lie.
    if (produced > entry.size) throw new ZipGuardError(`${DAMAGED}：部件“${entry.name}”比它声明的大小更大`)
    if (budget.inflated > limits.inflated) throw tooBig(`工作簿解压后超过 ${Math.round(limits.inflated / MB)} MB`)
    crc = crc32(chunk, crc)
    const text = cutter ? cutter.push(chunk) : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength).toString('latin1')
    keep(text)
  }
  const keep = (text: string): void => {
    budget.kept += text.length
    if (budget.kept > limits.kept) throw tooBig(`工作簿的表格内容超过 ${Math.round(limits.kept / MB)} MB`)
    if (text) kept.push(text)
  }
  const step = 16 * 1024
  if (entry.method === 0) {
    for (let p = start; p < end; p += step) take(data.subarray(p, Math.min(end, p + step)))
  } else if (entry.method === 8) {
    const inflater = new Inflate((chunk) => take(chunk))
    try {
      for (let p = start; p < end || p === start; p += step) inflater.push(data.subarray(p, Math.min(end, p + step)), p + step >= end)
    } catch (e) {
      if (e instanceof ZipGuardError) throw e
      throw new ZipGuardError(`${DAMAGED}：部件“${entry.name}”无法解压`, { cause: e })
    }
  } else {
    throw new ZipGuardError(`${DAMAGED}：部件“${entry.name}”使用了不支持的压缩方式`)
  }
  if (produced !== entry.size || (crc >>> 0) !== entry.crc >>> 0) throw new ZipGuardError(`${DAMAGED}：部件“${entry.name}”的内容与记录不符`)
  if (cutter) keep(cutter.finish())
  return Buffer.from(kept.join(''), 'latin1')
}
