// Look at an .xlsx's zip central directory before handing it to exceljs, which inflates
// every part in memory: a file that is not a zip, is truncated, or would inflate to more
// than a budget disclosure ever needs is refused at once with one clear message.
export class ZipGuardError extends Error {}

/** A department's 13 tables are a few hundred KB of XML; 64 MB leaves room for any real workbook. */
export const MAX_UNCOMPRESSED = 64 * 1024 * 1024

const EOCD = 0x06054b50
const CENTRAL = 0x02014b50

export interface ZipSummary {
  entries: number
  uncompressed: number
  names: string[]
}

export function inspectZip(data: Uint8Array, limit = MAX_UNCOMPRESSED): ZipSummary {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength)
  if (data.byteLength < 22 || view.getUint32(0, true) !== 0x04034b50) {
    throw new ZipGuardError('文件已损坏或不是有效的 Excel 工作簿（.xlsx）')
  }
  // The end-of-central-directory record sits in the last 64 KB + 22 bytes.
  let eocd = -1
  for (let i = data.byteLength - 22; i >= Math.max(0, data.byteLength - 65_557); i--) {
    if (view.getUint32(i, true) === EOCD) {
      eocd = i
      break
    }
  }
  if (eocd < 0) throw new ZipGuardError('文件不完整（可能只下载或复制了一部分），无法作为 Excel 工作簿打开')
  const count = view.getUint16(eocd + 10, true)
  const size = view.getUint32(eocd + 12, true)
  const offset = view.getUint32(eocd + 16, true)
  if (offset + size > data.byteLength) throw new ZipGuardError('文件不完整（可能只下载或复制了一部分），无法作为 Excel 工作簿打开')
  let p = offset
  let total = 0
  const names: string[] = []
  const decoder = new TextDecoder()
  for (let n = 0; n < count; n++) {
    if (p + 46 > data.byteLength || view.getUint32(p, true) !== CENTRAL) throw new ZipGuardError('文件已损坏，无法作为 Excel 工作簿打开')
    const uncompressed = view.getUint32(p + 24, true)
    const nameLen = view.getUint16(p + 28, true)
    const extraLen = view.getUint16(p + 30, true)
    const commentLen = view.getUint16(p + 32, true)
    names.push(decoder.decode(data.subarray(p + 46, p + 46 + nameLen)))
    // 0xFFFFFFFF means a ZIP64 size: far beyond anything we accept.
    total += uncompressed === 0xffffffff ? Number.MAX_SAFE_INTEGER / 2 : uncompressed
    if (total > limit) {
      throw new ZipGuardError(`工作簿解压后超过 ${Math.round(limit / 1024 / 1024)} MB，远大于一套预算公开表，未打开。请确认选择的文件是否正确`)
    }
    p += 46 + nameLen + extraLen + commentLen
  }
  if (!names.some((name) => name.startsWith('xl/worksheets/') || name === 'xl/workbook.xml')) {
    throw new ZipGuardError('这不是 Excel 工作簿（.xlsx）：文件中没有工作表')
  }
  return { entries: count, uncompressed: total, names }
}
