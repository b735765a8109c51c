// Reading the files units send back for 汇总: a fill-in workbook (read cell by cell against
// the skeleton it was issued with), a .ysb book, or any workbook the app reads. A file that
// cannot be read becomes a refused return with the reason, so one bad file never stops the rest.
import { readFile } from 'node:fs/promises'
import { basename, extname } from 'node:path'
import type { UnitReturn } from '../../shared/consolidate/consolidate'
import { loadGrid } from '../xlsx/exceljs-adapter'
import { readBack } from '../../shared/template/read-back'
import { readWorkbookFile } from '../xlsx/read-any'
import { inspectZip } from '../xlsx/zip-guard'
import { MAX_FILE_BYTES } from '../xlsx/read-published'
import { describeFileError } from '../ipc/errors'
import { readAny } from './documents'

async function readTemplate(path: string): Promise<UnitReturn | null> {
  const data = await readFile(path)
  if (data.byteLength < 4 || data.byteLength > MAX_FILE_BYTES || data.readUInt32LE(0) !== 0x04034b50) return null
  try {
    inspectZip(new Uint8Array(data.buffer, data.byteOffset, data.byteLength))
    const read = readBack(await loadGrid(data, { formulas: true }))
    if (read.kind === 'not-template') return null
    return { source: basename(path), book: read.book, identity: read.identity, findings: read.findings }
  } catch {
    // Not a sound workbook: the general reader owns the message for it.
    return null
  }
}

export async function readUnitFile(path: string): Promise<UnitReturn> {
  const source = basename(path)
  try {
    if (extname(path).toLowerCase() === '.xlsx') {
      const template = await readTemplate(path)
      if (template) return template
      const { book, report } = await readWorkbookFile(await readFile(path), source)
      const findings = (report?.notes ?? []).map((n) => ({ severity: n.severity, message: n.message }))
      return { source, book, identity: null, findings }
    }
    const { book } = await readAny(path)
    return { source, book, identity: null, findings: [] }
  } catch (error) {
    return { source, book: null, identity: null, findings: [{ severity: 'error', message: describeFileError('读取', source, error).message }] }
  }
}
