// The fixture workbooks as the app reads them, read once per test worker: a dozen suites start
// from a seed's book (the document, the templates, the text checks), and reading 000.xlsx is
// ~0.2–0.3 s of CPU each time. Every caller gets its own deep copy, so a test that edits its
// book changes nobody else's. The suites about reading a workbook call the reader themselves.
import { readFileSync } from 'node:fs'
import { readWorkbookFile, type ReadWorkbookResult } from '../../electron/xlsx/read-any'
import { fixturePath } from './fixtures'

const read = new Map<string, Promise<ReadWorkbookResult>>()

/** `readWorkbookFile` of test/fixtures/<name> (e.g. "000.xlsx"). */
export async function readSeedWorkbook(name: string): Promise<ReadWorkbookResult> {
  let result = read.get(name)
  if (!result) read.set(name, (result = readWorkbookFile(readFileSync(fixturePath(name)), name)))
  return structuredClone(await result)
}
