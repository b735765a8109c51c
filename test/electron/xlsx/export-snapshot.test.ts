// The cell values the exported workbook shows for each published fixture, compared with a
// committed snapshot: refactoring the tables, the printed model or the writer must not change a
// single printed text or figure. Regenerate deliberately with UPDATE_EXPORT_SNAPSHOT=1 and review
// the diff of test/fixtures/export-snapshots/*.json.
import { describe, it, expect } from 'vitest'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { readWorkbookFile } from '../../../electron/xlsx/read-any'
import { exportWorkbook } from '../../../electron/xlsx/export'
import { loadGrid } from '../../../electron/xlsx/exceljs-adapter'
import { convertUnit, mapAmounts } from '../../../shared/model/convert-unit'
import { fenToString, toFen } from '../../../shared/model/money'
import type { BudgetBook } from '../../../shared/model/book'
import { SEEDS, fixturePath } from '../../support/fixtures'

/** The book in 元 with deterministic 元-level noise, so the snapshot covers the 舍位平衡 printing too. */
function noisyYuan(book: BudgetBook): BudgetBook {
  let i = 0
  return mapAmounts(convertUnit(book, '元'), (text) => {
    if (text.trim() === '') return text
    const fen = toFen(text, '元')
    return fen === 0n ? text : fenToString(fen + BigInt(((i++ * 7919) % 19999) - 9999) * 100n + BigInt(i % 100), '元')
  })
}

const CASES = [...SEEDS.map((seed) => ({ seed, name: seed, yuan: false })), { seed: '000' as const, name: '000-yuan', yuan: true }]

describe.each(CASES)('fixture $name export', ({ seed, name, yuan }) => {
  it('shows exactly the snapshotted cell values on every visible sheet', async () => {
    const imported = await readWorkbookFile(readFileSync(fixturePath(`${seed}.xlsx`)), `${seed}.xlsx`)
    const grid = await loadGrid(await exportWorkbook(yuan ? noisyYuan(imported.book) : imported.book))
    const visible = grid.sheets.filter((s) => s.name !== '__book__').map((s) => ({ name: s.name, rows: s.rows }))
    const file = fixturePath(`export-snapshots/${name}.json`)
    const text = JSON.stringify(visible, null, 1) + '\n'
    if (process.env.UPDATE_EXPORT_SNAPSHOT === '1' || !existsSync(file)) writeFileSync(file, text)
    expect(JSON.parse(text)).toEqual(JSON.parse(readFileSync(file, 'utf8')))
  })
})
