// The three seeds' books (read from test/fixtures/*.xlsx as a clerk opens them) and their
// published 情况说明 (part 3 of each seed, test/fixtures/texts/).
import { readFileSync } from 'node:fs'
import type { OpenedBook } from '../../../shared/ipc-contract'
import { readAny } from '../../../electron/files/documents'
import { fixturePath, type Seed } from '../../support/fixtures'

export async function openSeed(seed: Seed): Promise<OpenedBook> {
  return readAny(fixturePath(`${seed}.xlsx`))
}

export function seedText(seed: Seed): string {
  return readFileSync(fixturePath(`texts/${seed}-part3.txt`), 'utf8')
}
