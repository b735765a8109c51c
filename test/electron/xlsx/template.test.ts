// The fill-in workbook's round trip, through real .xlsx files: issue the template, type the
// amounts into it with exceljs (as a unit in WPS or Excel would), read it back and 汇总 it —
// the department's book comes back exactly, for the three published seeds and random books.
import { describe, expect, it } from 'vitest'
import ExcelJS from 'exceljs'
import type { BudgetBook } from '../../../shared/model/book'
import { readTemplateFile, writeTemplate } from '../../../electron/xlsx/template'
import { loadGrid } from '../../../electron/xlsx/exceljs-adapter'
import { consolidate, type UnitReturn } from '../../../shared/consolidate/consolidate'
import { fillTemplate } from '../../support/fill-template'
import { SEEDS } from '../../support/fixtures'
import { readSeedWorkbook } from '../../support/seed-workbooks'
import { multiUnitBook } from '../../support/multi-unit-book'
import { randomBook } from '../../shared/support/random-book'

async function returned(data: Buffer, source: string): Promise<UnitReturn> {
  const read = await readTemplateFile(data)
  if (read.kind !== 'read') throw new Error('not a template')
  return { source, book: read.book, identity: read.identity, findings: read.findings }
}

function withoutParts(book: BudgetBook | null): BudgetBook | null {
  if (!book) return book
  const { consolidation: _parts, ...plain } = book
  return plain
}

describe('template → fill → read back → 汇总, whole book', () => {
  for (const seed of SEEDS) {
    it(`gives back seed ${seed} exactly`, async () => {
      const { book } = await readSeedWorkbook(`${seed}.xlsx`)
      const blank = await writeTemplate(book, { keepAmounts: false })
      const ret = await returned(await fillTemplate(blank, book), `${seed}.xlsx`)
      expect(ret.findings.filter((f) => f.severity !== 'info')).toEqual([])
      const { book: dept, report } = consolidate(null, [ret])
      expect(report.entries[0]!.status).toBe('accepted')
      expect(withoutParts(dept)).toEqual(book)
    })
  }

  it('prints the skeleton: every subject and project of 000 is a row, amounts blank unless kept', async () => {
    const { book } = await readSeedWorkbook('000.xlsx')
    const grid = await loadGrid(await writeTemplate(book, { keepAmounts: false }))
    const texts = (name: string): string[] => grid.sheets.find((s) => s.name === name)!.rows.flat().filter((c): c is string => typeof c === 'string')
    for (const s of book.subjects) expect(texts('功能科目支出')).toContain(s.name)
    for (const p of book.projects) expect(texts(p.kind === 'current' ? '本年项目' : '上年结转项目')).toContain(p.name)
    const numbers = grid.sheets.find((s) => s.name === '功能科目支出')!.rows.slice(5).flatMap((r) => r.slice(3, 16)).filter((c) => typeof c === 'number')
    expect(numbers).toEqual([])
    const kept = await loadGrid(await writeTemplate(book, { keepAmounts: true }))
    const keptRow = kept.sheets.find((s) => s.name === '功能科目支出')!.rows.find((r) => r[0] === 's:2120101')!
    expect(keptRow[3]).toBe(78.31) // 行政运行 一般公共预算 基本支出, as 000 prints it
  })

  for (const seed of [1, 2, 3, 4, 5, 6, 7, 8]) {
    it(`gives back random book ${seed} exactly`, async () => {
      const book = randomBook(seed)
      const ret = await returned(await fillTemplate(await writeTemplate(book, { keepAmounts: false }), book), 'random.xlsx')
      expect(ret.findings.filter((f) => f.severity !== 'info')).toEqual([])
      expect(withoutParts(consolidate(null, [ret]).book)).toEqual(book)
    })
  }
})

describe('a locked 合计 typed over', () => {
  it('is refused by cell', async () => {
    const book = multiUnitBook()
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.load((await writeTemplate(book, { keepAmounts: true })) as unknown as ExcelJS.Buffer)
    const ws = wb.getWorksheet('本年项目')!
    let at = ''
    ws.eachRow((row) => {
      if (row.getCell(1).value !== 'p:p1') return
      const total = row.getCell(ws.actualColumnCount)
      total.value = 23
      at = total.address
    })
    const read = await readTemplateFile(Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer))
    if (read.kind !== 'read') throw new Error('not a template')
    expect(read.book).toBeNull()
    expect(read.findings).toEqual([{ severity: 'error', sheet: '本年项目', cell: at, message: '锁定的合计公式被改成了固定数字或被删除，请恢复为公式（或重新下载填报表）' }])
  })
})

describe('one template per unit, 汇总 of all units', () => {
  /** The figures unit `k` reports: its own projects and 机关运行经费, and its share of the department-wide rows. */
  function shareOf(book: BudgetBook, k: number): BudgetBook {
    const n = book.units.length
    const mine = <T>(xs: T[], f: (x: T, i: number) => T): T[] => xs.map((x, i) => (i % n === k ? x : f(x, i)))
    const unitId = book.units[k]!.id
    return {
      ...book,
      subjects: mine(book.subjects, (s) => ({ ...s, basic: {}, project: {}, carry: {} })),
      econ: mine(book.econ, (e) => ({ ...e, amount: '' })),
      govFundRevenue: mine(book.govFundRevenue, (r) => ({ ...r, amount: '' })),
      soeRevenue: mine(book.soeRevenue, (r) => ({ ...r, amount: '' })),
      threePublic: k === 0 ? book.threePublic : { abroad: {}, reception: {}, vehiclePurchase: {}, vehicleOps: {} },
      runningCosts: book.runningCosts.filter((r) => r.unitId === unitId),
      projects: book.projects.filter((p) => p.unitId === unitId),
    }
  }
  /** The department as 汇总 lays it out: projects and 表十一 lines grouped by unit. */
  function byUnit(book: BudgetBook): BudgetBook {
    const order = (id: string): number => book.units.findIndex((u) => u.id === id)
    // One unit's file is the whole book; several units' files make a 部门 without 上年数 (not added up).
    if (book.units.length === 1) return book
    const { prior: _prior, ...rest } = book
    return {
      ...rest,
      scope: '部门',
      projects: [...book.projects].sort((a, b) => order(a.unitId) - order(b.unitId)),
      runningCosts: [...book.runningCosts].sort((a, b) => order(a.unitId) - order(b.unitId)),
    }
  }

  it('re-issues a unit its own received figures from the consolidated department (keep amounts)', async () => {
    const book = multiUnitBook()
    const returns: UnitReturn[] = []
    for (const [k, unit] of book.units.entries()) {
      returns.push(await returned(await fillTemplate(await writeTemplate(book, { unitId: unit.id, keepAmounts: false }), shareOf(book, k)), `${unit.name}.xlsx`))
    }
    const dept = consolidate(null, returns).book!
    const again = await returned(await writeTemplate(dept, { unitId: 'u2', keepAmounts: true }), '再次下发.xlsx')
    const share = shareOf(book, 1)
    expect(again.book!.projects).toEqual(share.projects)
    expect(again.book!.subjects).toEqual(share.subjects)
    expect(again.book!.econ.map((e) => e.amount)).toEqual(share.econ.map((e) => e.amount))
  })

  const books: [string, BudgetBook][] = [['multi-unit', multiUnitBook()], ...[11, 12, 13, 14, 15, 16].map((s): [string, BudgetBook] => [`random ${s}`, randomBook(s)])]
  for (const [name, book] of books) {
    it(`adds the units' files up to ${name}`, async () => {
      const returns: UnitReturn[] = []
      for (const [k, unit] of book.units.entries()) {
        const blank = await writeTemplate(book, { unitId: unit.id, keepAmounts: false })
        returns.push(await returned(await fillTemplate(blank, shareOf(book, k)), `${unit.name}.xlsx`))
      }
      const { book: dept, report } = consolidate(null, returns)
      expect(report.entries.map((e) => e.status)).toEqual(book.units.map(() => 'accepted'))
      expect(withoutParts(dept)).toEqual(byUnit(book))
    })
  }
})

