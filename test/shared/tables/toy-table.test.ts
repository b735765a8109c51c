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
import { tTree } from './toy-tree-table'
import { balanceForPrint } from '../../../shared/rounding/balance'
import { inputKey } from '../../../shared/model/keys'
import { rowIdOfSubject, treeRows } from '../../../shared/tables/tree-rows'
import type { TableDef } from '../../../shared/tables/types'
import { buildDisclosure, plainText } from '../../../shared/explanation/build'
import { printedFigures } from '../../../shared/inspect/printed-figures'
import { inspectBook, inspectText } from '../../../shared/inspect/rules/apply'
import type { TextCheck } from '../../../shared/inspect/text/check-text'

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
    expect(disclosure.found.t14).toBe(true)
    const back = bookFromPublished(disclosure, 'export.xlsx', SET)
    expect(back.report.differences.filter((d) => d.table === 't14')).toEqual([])

    // A workbook without it is read as the 13 are when one is missing: found false, said so, read as empty.
    const without = parsePublishedGrid({ ...grid, sheets: grid.sheets.filter((x) => x !== sheet) }, SET)
    expect(without.found.t14).toBe(false)
    expect(without.extra).toEqual([])
    expect(without.notes.filter((n) => n.table === 't14').map((n) => n.message)).toEqual(['工作簿中没有表十四，按空表读取'])
    const imported = bookFromPublished(without, 'without.xlsx', SET)
    expect(imported.report.notes.filter((n) => n.table === 't14').map((n) => n.message)).toEqual(['工作簿中没有表十四，按空表读取', '工作簿中没有找到表十四，按空表读取'])
    // 公开检查 P01 names it as the 13 are named.
    const p01 = inspectBook(imported.book, printedFigures(imported.book, printBook(imported.book, SET)), imported.report).filter((f) => f.rule === 'P01')
    expect(p01.map((f) => f.message)).toEqual(['原公开文件缺少表十四：工作簿中没有找到表十四，按空表读取'])

    // A figure changed in the workbook is reported against the recomputed value.
    const r = sheet.rows.findIndex((row) => row[0] === '本年项目支出')
    sheet.rows[r]![2] = 1
    const edited = bookFromPublished(parsePublishedGrid(grid, SET), 'edited.xlsx', SET)
    expect(edited.report.differences.filter((d) => d.table === 't14').map((d) => [d.row, d.column, d.printed])).toEqual([['本年项目支出', '一般公共预算', '1.00']])
  })

  it('is balanced for print with the 13: a figure it shares is listed where it shows, in the set’s order', () => {
    // A subject tree showing the typed 基本支出 (一般公共预算) itself, as 表五 does.
    const shared: TableDef = { ...tTree, id: 't16', short: '表十六', build: (b) => treeRows(b, 't16', ['basic'], (code) => ({ ref: inputKey.subject(code, 'b', 'gp') })) }
    const set = withTables(STANDARD_TABLES, t14, shared)
    const d = new Derivation(seedBook(), set)
    // Two 项 each 0.006 万元 over a whole figure: each rounds up, their sum by one step only.
    const leaves = d.layouts.get('t16')!.filter((r) => r.kind === 'item' && r.id.length === rowIdOfSubject('2010101').length).slice(0, 2)
    d.setAmounts(leaves.map((r) => [r.cells.basic!.ref, (d.value(r.cells.basic!.ref) as bigint) + 6_000n]))
    const result = balanceForPrint(d.book, { tables: set })
    const adjusted = result.adjustments.filter((a) => leaves.some((r) => r.cells.basic!.ref === a.ref))
    expect(adjusted.length).toBe(1)
    // Published tables as printed (the added one after the 13), the entry sheet last.
    expect(adjusted[0]!.locations.map((l) => l.table)).toEqual(['t5', 't16', 'detail'])
    // The figure 表十六 prints is the balanced one: its column adds up to its 合计.
    const total = d.layouts.get('t16')!.find((r) => r.kind === 'total')!
    expect(result.value(total.cells.basic!.ref)).toBe(result.value(d.layouts.get('t5')!.find((r) => r.kind === 'total')!.cells.basic!.ref))
  })

  it('printing empty, is explained in the 情况说明 and looked for by the 公开检查, from its spec', () => {
    const book = { ...seedBook(), projects: [] }
    const printed = printBook(book, SET)
    expect(printed.tables.find((t) => t.id === 't14')!.empty).toBe(true)
    const other = plainText(buildDisclosure(book, printed).explanation.find((s) => s.number === '十二')!)
    expect(other).toContain('本单位无财政拨款项目支出，故表十四为空表。')
    const p02 = (text: string) => inspectText(text, { figures: [], findings: [] } as unknown as TextCheck, printedFigures(book, printed))
      .filter((f) => f.rule === 'P02' && f.cells.some((c) => c.table === 't14')).map((f) => f.message)
    expect(p02('本部门无政府性基金预算。')).toEqual(['表十四（财政拨款项目支出）没有数据，情况说明中没有说明'])
    expect(p02('本部门无财政拨款项目支出，故表十四为空表。')).toEqual([])
  })
})
