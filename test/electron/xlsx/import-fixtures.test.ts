// Each published fixture workbook, read by the .xlsx reader, builds exactly the book that
// its parsed tables build, with the same import report.
import { describe, it, expect } from 'vitest'
import { readFileSync } from 'node:fs'
import { readPublishedWorkbook } from '../../../electron/xlsx/read-published'
import { bookFromPublished } from '../../../shared/import/from-published'
import { SEEDS, fixturePath, seedDisclosure } from '../../support/fixtures'

describe.each(SEEDS)('fixture %s.xlsx', (seed) => {
  it('imports to the same book and report as its parsed tables', async () => {
    const disclosure = await readPublishedWorkbook(readFileSync(fixturePath(`${seed}.xlsx`)), `${seed}.xlsx`)
    const fromXlsx = bookFromPublished(disclosure, `${seed}.xlsx`)
    const fromJson = bookFromPublished(seedDisclosure(seed), `${seed}.xlsx`)
    expect(fromXlsx.book).toEqual(fromJson.book)
    expect(fromXlsx.report.differences).toEqual(fromJson.report.differences)
  })
})
