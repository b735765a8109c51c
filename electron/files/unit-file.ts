// Reading the files units send back for 汇总: a fill-in workbook (read cell by cell against
// the skeleton it was issued with), a .ysb book, or any workbook the app reads. A file that
// cannot be read becomes a refused return with the reason, so one bad file never stops the rest.
import { basename, extname } from 'node:path'
import type { UnitReturn } from '../../shared/consolidate/consolidate'
import { readBack } from '../../shared/template/read-back'
import { readWorkbookFile } from '../xlsx/read-any'
import { loadWorkbookGrid, MAX_FILE_BYTES } from '../xlsx/read-published'
import { describeFileError } from '../ipc/errors'
import { readRegularFile } from './bounded-read'
import { readAny } from './documents'

/** A fill-in workbook read cell by cell (its findings kept, not thrown), or null for any other workbook. */
async function readTemplate(data: Buffer, source: string): Promise<UnitReturn | null> {
  try {
    const read = readBack(await loadWorkbookGrid(data, source))
    if (read.kind === 'not-template') return null
    return { source, book: read.book, identity: read.identity, findings: read.findings }
  } catch {
    // Not a sound workbook: the general reader owns the message for it.
    return null
  }
}

export async function readUnitFile(path: string): Promise<UnitReturn> {
  const source = basename(path)
  try {
    if (extname(path).toLowerCase() === '.xlsx') {
      // Only a regular file, its size checked before reading (as every open does).
      const data = await readRegularFile(path, MAX_FILE_BYTES)
      const template = await readTemplate(data, source)
      if (template) return template
      const { book, report } = await readWorkbookFile(data, source)
      const findings = (report?.notes ?? []).map((n) => ({ severity: n.severity, message: n.message }))
      return { source, book, identity: null, findings }
    }
    const { book } = await readAny(path)
    return { source, book, identity: null, findings: [] }
  } catch (error) {
    return { source, book: null, identity: null, findings: [{ severity: 'error', message: describeFileError('读取', source, error).message }] }
  }
}
