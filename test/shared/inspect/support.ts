// The three seeds' books (read from test/fixtures/*.xlsx as a clerk opens them, once per worker:
// test/support/seed-workbooks.ts) and their published 情况说明 (part 3 of each seed, test/fixtures/texts/).
import { readFileSync } from 'node:fs'
import type { OpenedBook } from '../../../shared/ipc-contract'
import { fixturePath, type Seed } from '../../support/fixtures'
import { readSeedWorkbook } from '../../support/seed-workbooks'

/** What readAny gives for the seed's workbook. */
export async function openSeed(seed: Seed): Promise<OpenedBook> {
  const { book, report } = await readSeedWorkbook(`${seed}.xlsx`)
  return { path: null, source: fixturePath(`${seed}.xlsx`), book, report }
}

export function seedText(seed: Seed): string {
  return readFileSync(fixturePath(`texts/${seed}-part3.txt`), 'utf8')
}
