// Acceptance of issue 9: a 14th table is one spec file (toy-table.ts) plus one line adding it to
// a TableSet, and then it is laid out by the engine, checked, exported, shown by the grid's column
// builder (test/renderer/columns.test.ts) and read back from its own export (every printed figure compared with the engine).
import { describe, expect, it } from 'vitest'
import { Derivation } from '../../../shared/engine/derivation'
import { bookFromPublished } from '../../../shared/import/from-published'
import { fenToString, toFen } from '../../../shared/model/money'
import { printBook, figure } from '../../../shared/printed'
import { parsePublishedGrid } from '../../../shared/read/parse'
import { STANDARD_TABLES, withTables } from '../../../shared/tables'
import { exportWorkbook } from '../../../electron/xlsx/export'
import { loadGrid } from '../../../electron/xlsx/exceljs-adapter'
import { seedDisclosure } from '../../support/fixtures'
import { t14 } from './toy-table'

const SET = withTables(STANDARD_TABLES, t14) // the one line

const seedBook = () => bookFromPublished(seedDisclosure('000'), '000.json').book

describe('a toy 14th table added by one spec and one line', () => {
  it('is laid out and computed by the engine', () => {
    const d = new Derivation(seedBook(), SET)
    const current = d.value('t14!current!gp')
    expect(current).toBe(d.value('t12!dept!gp'))
    expect(d.value('t14!total!total')).toBe((d.value('t12!dept!total') as bigint) - (d.value('t12!dept!sp') as bigint) - (d.value('t12!dept!uf') as bigint) + (d.value('t13!dept!total') as bigint))
  })

  it('runs its own check', () => {
    const book = seedBook()
    expect(new Derivation(book, SET).findings().filter((f) => f.check === 'T14')).toEqual([])
    const p = book.projects.find((x) => x.kind === 'current')!
    const more = { ...p, amounts: { ...p.amounts, gp: fenToString(toFen(p.amounts.gp ?? '', '万元') + 10n ** 12n, '万元') } }
    const findings = new Derivation({ ...book, projects: book.projects.map((x) => (x === p ? more : x)) }, SET).findings()
    expect(findings.filter((f) => f.check === 'T14').map((f) => f.cells)).toEqual([[{ table: 't14', row: 'current', col: 'gp' }]])
  })

  it('is printed and exported after the 13, and read back from its own export with no difference', async () => {
    const book = seedBook()
    const printed = printBook(book, SET)
    expect(printed.tables.map((t) => t.id).slice(-2)).toEqual(['t13', 't14'])
    const gp = figure(printed, 't14', 'current', 'gp')!
    expect(gp.total).toBe(true)

    const grid = await loadGrid(await exportWorkbook(book, { tables: SET }))
    const sheet = grid.sheets.find((s) => s.name === '表十四')!
    expect(sheet.rows.flat()).toContain(`${book.year}年财政拨款项目支出汇总表`)

    const disclosure = parsePublishedGrid(grid, SET)
    const read = disclosure.extra!.find((t) => t.id === 't14')!
    expect(read.rows.map((r) => r.label)).toEqual(['合计', '本年项目支出', '上年结转项目支出'])
    const cents = (p: string | null): bigint => (p === null ? 0n : toFen(p, '万元') / 10_000n)
    expect(cents(read.rows[1]!.cells.gp ?? null)).toBe(gp.cents)
    const back = bookFromPublished(disclosure, 'export.xlsx', SET)
    expect(back.report.differences.filter((d) => d.table === 't14')).toEqual([])

    // A figure changed in the workbook is reported against the recomputed value.
    const r = sheet.rows.findIndex((row) => row[0] === '本年项目支出')
    sheet.rows[r]![2] = 1
    const edited = bookFromPublished(parsePublishedGrid(grid, SET), 'edited.xlsx', SET)
    expect(edited.report.differences.filter((d) => d.table === 't14').map((d) => [d.row, d.column, d.printed])).toEqual([['本年项目支出', '一般公共预算', '1.00']])
  })
})
