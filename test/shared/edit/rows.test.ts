// Deleting a row of a table of a second province's set (test/shared/tables/province-set.ts): the
// grid row is looked up through the set's own spec of the table, the book loses the project, and
// the workbook exported through that set, read back through it, no longer prints it and still
// compares with no difference (its 表十四 follows the smaller 表十二).
import { describe, expect, it } from 'vitest'
import { Derivation } from '../../../shared/engine/derivation'
import { holdsMoney, removedAmount, removeRow, rowTargetOf } from '../../../shared/edit/rows'
import { formatAmount } from '../../../shared/model/money'
import { bookFromPublished } from '../../../shared/import/from-published'
import { exportWorkbook } from '../../../electron/xlsx/export'
import { loadWorkbookGrid, parseWorkbookGrid } from '../../../electron/xlsx/read-published'
import { seedDisclosure } from '../../support/fixtures'
import { STANDARD_TABLES, withTables } from '../../../shared/tables'
import { PROVINCE_TABLES } from '../tables/province-set'
import { tTree } from '../tables/toy-tree-table'

describe('deleting a row in a table of a second province\'s set', () => {
  it('removes the project from the book, the set\'s export and what is read back through the set', async () => {
    const book = bookFromPublished(seedDisclosure('000'), '000.json').book
    const before = new Derivation(book, PROVINCE_TABLES)
    const row = before.layouts.get('t12')!.find((r) => r.kind === 'project' && before.value(r.cells.gp?.ref ?? '') !== 0n)!
    const target = rowTargetOf(PROVINCE_TABLES, 't12', row.id, 'gp')
    expect(target).toEqual({ kind: 'project', id: row.id.slice(2) })
    expect(holdsMoney(book, target!)).toBe(true)
    // The confirmation quotes what the row's typed amounts add up to: here its 表十二 合计.
    expect(removedAmount(book, target!)).toBe(`${formatAmount(before.value(row.cells.total!.ref) as bigint, book.amountUnit)} ${book.amountUnit}`)
    const edit = removeRow(book, target!)
    if (!edit.ok) throw new Error(edit.message)

    const after = new Derivation(edit.book, PROVINCE_TABLES)
    const gp = (d: Derivation) => d.value('t14!current!gp') as bigint
    expect(gp(after)).toBe(gp(before) - (before.value(row.cells.gp!.ref) as bigint))

    const grid = await loadWorkbookGrid(await exportWorkbook(edit.book, { tables: PROVINCE_TABLES }), 'province.xlsx')
    const read = parseWorkbookGrid(grid, PROVINCE_TABLES)
    const names = read.tables.t12.rows.map((r) => r.name)
    expect(names).not.toContain(row.text.name)
    expect(names.length).toBe(before.layouts.get('t12')!.length - 1)
    expect(bookFromPublished(read, 'province.xlsx', PROVINCE_TABLES).report.differences).toEqual([])
  })

  it('finds 表九\'s block through the set\'s spec: the income line on the left, the subject on the right', () => {
    expect(rowTargetOf(PROVINCE_TABLES, 't9', 's:1060101|s:2230101', 'incAmount')).toEqual({ kind: 'revenue', which: 't9', code: '1060101' })
    expect(rowTargetOf(PROVINCE_TABLES, 't9', 's:1060101|s:2230101', 'basic')).toEqual({ kind: 'subject', code: '2230101' })
    expect(rowTargetOf(PROVINCE_TABLES, 't14', 'current', 'gp')).toBeNull()
  })

  it('deletes a subject from a table a set adds, as its spec declares, with no edit of rows.ts', () => {
    const set = withTables(STANDARD_TABLES, tTree)
    const book = bookFromPublished(seedDisclosure('000'), '000.json').book
    const d = new Derivation(book, set)
    const row = d.layouts.get('t15')!.find((r) => r.kind === 'item')!
    expect(rowTargetOf(set, 't15', row.id, 'basic')).toEqual({ kind: 'subject', code: row.text.code })
    expect(rowTargetOf(set, 't15', 'total', 'basic')).toBeNull()
    // The standard set has no 表十五: nothing to delete there.
    expect(rowTargetOf(STANDARD_TABLES, 't15', row.id, 'basic')).toBeNull()
    const edit = removeRow(book, rowTargetOf(set, 't15', row.id, 'basic')!)
    if (!edit.ok) throw new Error(edit.message)
    expect(new Derivation(edit.book, set).layouts.get('t15')!.map((r) => r.id)).not.toContain(row.id)
  })
})
