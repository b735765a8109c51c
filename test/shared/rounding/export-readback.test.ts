// The acceptance: the three conditions hold on the EXPORTED WORKBOOK read back (the
// visible numbers, via exceljs), not only on the in-memory result — for random books kept in
// 元, and for seed 000 scaled to 元 with 元-level noise.
import { describe, expect, it } from 'vitest'
import { exportWorkbook } from '../../../electron/xlsx/export'
import { loadGrid } from '../../../electron/xlsx/exceljs-adapter'
import { readWorkbookFile } from '../../../electron/xlsx/read-any'
import { balanceForPrint, ROUNDING_SHEET, REPORT_COLUMNS, type BalanceResult } from '../../../shared/rounding'
import type { GridBook } from '../../../shared/workbook/grid'
import { readPublishedWorkbook } from '../../../electron/xlsx/read-published'
import { Derivation } from '../../../shared/engine/derivation'
import { bookFromPublished } from '../../../shared/import/from-published'
import { convertUnit, mapAmounts } from '../../../shared/model/convert-unit'
import { fenToString, toFen, type Fen } from '../../../shared/model/money'
import type { BudgetBook } from '../../../shared/model/book'
import { seedDisclosure } from '../../support/fixtures'
import { seededRng, chance } from '../support/random-book'
import { checkConditions, failures } from './conditions'
import { readBack } from './readback'
import { awkwardBook, makeConsistent, randomYuanBook } from './books'

/** The adjusted-cells list of the notes sheet: rows under the first header row, up to the first blank row. */
function notesSheet(grid: GridBook): (string | number | null)[][] {
  const sheet = grid.sheets.find((s) => s.name === ROUNDING_SHEET)
  if (!sheet) return []
  const heading = sheet.rows.findIndex((row) => row[0] === '一、调整的明细数')
  if (heading < 0) return []
  const header = heading + 1
  expect(sheet.rows[header]!.slice(0, 7)).toEqual([...REPORT_COLUMNS])
  const out: (string | number | null)[][] = []
  for (let r = header + 1; r < sheet.rows.length && (sheet.rows[r] ?? []).length > 0; r++) out.push(sheet.rows[r]!)
  return out
}

const BOOKS = Number(process.env.ROUNDING_EXPORT_BOOKS ?? 1000)

interface Exported {
  failures: string[]
  problems: string[]
  values: Map<string, Fen>
  truth: Derivation
  grid: GridBook
  data: Buffer
  balance: BalanceResult
}

async function exportAndRead(book: BudgetBook): Promise<Exported> {
  const truth = new Derivation(book)
  const balance = balanceForPrint(book, { truth })
  const printed = (ref: string): Fen => balance.value(ref) ?? 0n
  // The exporter balances on its own (the default); `balance` here is only to know what to expect.
  const data = await exportWorkbook(book)
  const grid = await loadGrid(data)
  const { values, problems } = readBack(grid, book, truth, printed)
  // Refs not shown on any sheet (the entry sheet's cells that 表四 adds up) come from the printed book.
  const value = (ref: string): Fen => values.get(ref) ?? printed(ref)
  for (const [ref, v] of values) if (v !== printed(ref)) problems.push(`${ref}: sheet shows ${v}, balanced ${printed(ref)}`)
  const report = checkConditions(truth, value, { printedFindings: balance.derivation, shown: (ref) => values.has(ref) })
  return { failures: failures(report), problems, values, truth, grid, data, balance }
}

describe('舍位平衡 on the exported workbook, read back', () => {
  it(`holds for ${BOOKS} random books in 元`, async () => {
    for (let seed = 0; seed < BOOKS; seed++) {
      const r = await exportAndRead(randomYuanBook(10_000 + seed))
      expect(r.problems, `seed ${seed}`).toEqual([])
      expect(r.failures, `seed ${seed}`).toEqual([])
      expect(notesSheet(r.grid).length, `seed ${seed}`).toBe(r.balance.adjustments.length)
    }
  }, 900_000) // a guard against a hang, not a timing: 1,000 exports read back take ~75 s on 2 cores

  it('lists every adjusted cell on a last sheet, with the figures the tables show', async () => {
    const r = await exportAndRead(awkwardBook(40, [49, 51]))
    expect(r.grid.sheets[r.grid.sheets.length - 2]!.name).toBe(ROUNDING_SHEET) // before the hidden book sheet
    const lines = notesSheet(r.grid)
    expect(lines.length).toBe(r.balance.adjustments.length)
    expect(lines.length).toBeGreaterThan(0)
    r.balance.adjustments.forEach((a, i) => {
      const [table, , , trueText, rounded, printed, adjustment] = lines[i]!
      expect(typeof table).toBe('string')
      expect(Number(trueText) * 1e6).toBeCloseTo(Number(a.trueValue), 3)
      expect(Math.round(((printed as number | null) ?? 0) * 100)).toBe(Number(a.printedValue / 10_000n))
      expect(Math.round(((rounded as number | null) ?? 0) * 100)).toBe(Number(a.roundedValue / 10_000n))
      expect(Math.round((adjustment as number) * 100)).toBe(Number(a.adjustment / 10_000n))
      // The figure listed is the one the table prints.
      if (r.values.has(a.ref)) expect(r.values.get(a.ref)).toBe(a.printedValue)
    })
  })

  it('prints no notes sheet when nothing needs balancing', async () => {
    const book = balanceForPrint(randomYuanBook(3)).printed
    const grid = await loadGrid(await exportWorkbook(book))
    expect(grid.sheets.some((s) => s.name === ROUNDING_SHEET)).toBe(false)
  })

  it('reads back as published tables without a rounding residue (尾差) for the importer to report', async () => {
    // One unit named as the department: the published reader cannot tell a unit row of
    // 表十二/十三 from a project row otherwise (it then counts the unit's subtotal as a project).
    const single = (b: BudgetBook): BudgetBook => ({ ...b, units: [{ ...b.units[0]!, name: b.department }], projects: b.projects.map((p) => ({ ...p, unitId: b.units[0]!.id })), runningCosts: b.runningCosts.filter((r) => r.unitId === b.units[0]!.id) })
    const books = [awkwardBook(60, [4949, 5051, 12_349]), ...[1, 2, 3, 4, 5, 6, 7, 8].map((seed) => randomYuanBook(20_000 + seed))].map(single)
    for (const [i, book] of books.entries()) {
      const r = await exportAndRead(book)
      const { report } = bookFromPublished(await readPublishedWorkbook(r.data, 'x.xlsx'), 'x.xlsx')
      // The importer rebuilds the detail from the printed tables and recomputes every total:
      // nothing is off by a residue. (Other kinds come from what a published table cannot say,
      // e.g. how 财政专户 and 单位资金 split between 基本 and 项目 when both are used.)
      expect(report.differences.filter((d) => d.kind === 'residue'), `book ${i}`).toEqual([])
    }
  })

  it('keeps the exact 元 book inside the workbook', async () => {
    const book = randomYuanBook(7)
    const read = await readWorkbookFile(await exportWorkbook(book, { printed: balanceForPrint(book).value }), 'x.xlsx')
    expect(read.report).toBeNull()
    expect(read.book).toEqual(book)
  })

  for (const consistent of [false, true]) {
    it(`seed 000 in 元 with 元-level noise${consistent ? ', made consistent' : ''} exports tables that add up`, async () => {
      const { book: wan } = bookFromPublished(seedDisclosure('000'), '000.json')
      for (let trial = 0; trial < 5; trial++) {
        const rng = seededRng(trial + (consistent ? 100 : 0))
        const yuan = convertUnit(wan, '元')
        let noisy = mapAmounts(yuan, (text) => {
          if (text.trim() === '') return text
          const fen = toFen(text, '元')
          if (fen === 0n) return text
          return fenToString(fen + BigInt(rng.int(-9999, 9999)) * (chance(rng, 0.5) ? 1n : 100n) / 100n * 100n + BigInt(rng.int(0, 99)), '元')
        })
        if (consistent) noisy = makeConsistent(noisy, rng)
        const r = await exportAndRead(noisy)
        expect(r.problems).toEqual([])
        expect(r.failures).toEqual([])
        // The disclosure's total prints as the true total rounded, on 表一 and 表三 alike.
        expect(r.values.get('t1!f:grand!incAmount')).toBe(r.values.get('t3!total!total'))
      }
    })
  }
})
