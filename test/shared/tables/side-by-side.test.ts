// Tables of two blocks side by side are declared once, in their spec (`sideBySide`), and 表一,
// 表四 and 表九 follow that one declaration: every row pairs a row of each block, a block row
// holds only its block's columns, each block leaves out its own empty rows in print, and a block
// row is found by its own id. A toy table added to a set gets all of this from its spec alone.
import { describe, expect, it } from 'vitest'
import { Derivation } from '../../../shared/engine/derivation'
import { bookFromPublished } from '../../../shared/import/from-published'
import { printBook } from '../../../shared/printed'
import { printedRows } from '../../../shared/printed/rows'
import { STANDARD_TABLES, withTables } from '../../../shared/tables'
import { blockRowId, blocksOf, cellAt } from '../../../shared/tables/side-by-side'
import type { RowDef } from '../../../shared/tables/types'
import { cellId } from '../../../shared/tables/cell-ids'
import { roundToWanCents, type Fen } from '../../../shared/model/money'
import { rowTargetOf } from '../../../shared/edit/rows'
import { toy } from './toy-side-by-side'
import { parsePublishedGrid } from '../../../shared/read/parse'
import { exportWorkbook } from '../../../electron/xlsx/export'
import { loadGrid } from '../../../electron/xlsx/exceljs-adapter'
import { SEEDS, seedDisclosure } from '../../support/fixtures'
import { randomBook } from '../support/random-book'

const books = () => [...SEEDS.map((s) => bookFromPublished(seedDisclosure(s), `${s}.json`).book), ...[1, 2, 3, 4, 5].map(randomBook)]
const keysOf = (row: RowDef): string[] => [...Object.keys(row.text), ...Object.keys(row.cells), ...Object.keys(row.textKeys ?? {})]

describe('side-by-side tables', () => {
  it('are 表一, 表四 and 表九, each declaring two blocks that split its columns left | right', () => {
    const sides = STANDARD_TABLES.all.filter((t) => t.sideBySide).map((t) => t.id)
    expect(sides).toEqual(['t1', 't4', 't9'])
    for (const id of sides) {
      const def = STANDARD_TABLES.def(id)
      const { left, right } = def.sideBySide!
      expect([...left, ...right]).toEqual(def.columns.map((c) => c.id))
      expect(left.length).toBeGreaterThan(0)
      expect(right.length).toBeGreaterThan(0)
    }
  })

  it('lay out every row as a pair of block rows, each holding only its own block\'s columns', () => {
    for (const book of books()) {
      const d = new Derivation(book)
      for (const def of STANDARD_TABLES.all) {
        const rows = d.layouts.get(def.id) ?? []
        if (!def.sideBySide) {
          expect(rows.some((r) => r.halves)).toBe(false)
          continue
        }
        for (const row of rows) {
          expect(row.halves).toBeDefined()
          for (const block of ['left', 'right'] as const) {
            const half = row.halves![block]
            if (half) for (const key of keysOf(half)) expect(def.sideBySide[block]).toContain(key)
          }
          // The grid row shows exactly what its block rows hold.
          expect(new Set(keysOf(row))).toEqual(new Set([row.halves!.left, row.halves!.right].flatMap((h) => (h ? keysOf(h) : []))))
        }
      }
    }
  })

  it('keep 表一 and 表四 rows whole: both halves are the row itself, every row printed', () => {
    const book = books()[0]!
    const d = new Derivation(book)
    const printed = (ref: string): Fen => {
      const v = d.value(ref)
      return typeof v === 'bigint' ? roundToWanCents(v) : 0n
    }
    for (const id of ['t1', 't4'] as const) {
      const rows = d.layouts.get(id)!
      for (const row of rows) expect([row.halves!.left!.id, row.halves!.right!.id]).toEqual([row.id, row.id])
      expect(printedRows(STANDARD_TABLES.def(id), rows, printed).map((r) => r.id)).toEqual(rows.map((r) => r.id))
    }
    expect(cellAt(d.layouts.get('t1')!, 'f:total', 'incAmount')?.ref).toBe(cellId('t1', 'f:total', 'incAmount'))
  })

  it('print 表九 with each block\'s empty rows left out on its own, the rest paired from the top', () => {
    for (const book of books()) {
      const d = new Derivation(book)
      const value = (ref: string): Fen => {
        const v = d.value(ref)
        return typeof v === 'bigint' ? roundToWanCents(v) : 0n
      }
      const shows = (r: RowDef): boolean => r.printAlways === true || Object.values(r.cells).some((c) => c !== undefined && value(c.ref) !== 0n)
      const layout = blocksOf(d.layouts.get('t9')!)
      const t9 = printBook(book, STANDARD_TABLES, { balance: false }).tables.find((t) => t.id === 't9')!
      const left = layout.left.filter(shows).map((r) => r.id)
      const right = layout.right.filter(shows).map((r) => r.id)
      expect(t9.rows.length).toBe(Math.max(left.length, right.length))
      expect(t9.rows.flatMap((r) => (r.halves?.left ? [r.halves.left] : []))).toEqual(left)
      expect(t9.rows.flatMap((r) => (r.halves?.right ? [r.halves.right] : []))).toEqual(right)
      // Each block's cells keep its own row's level for the styles (类 bold …).
      for (const row of t9.rows) {
        const half = layout.left.find((r) => r.id === row.halves?.left)
        if (half) expect(row.kinds!.incAmount).toBe(half.kind)
      }
    }
  })

  it('tell which block row a grid cell of 表九 stands for, by the column\'s block', () => {
    expect(blockRowId(STANDARD_TABLES.def('t9').sideBySide, 's:1060101|s:2230101', 'incName')).toBe('s:1060101')
    expect(blockRowId(STANDARD_TABLES.def('t9').sideBySide, 's:1060101|s:2230101', 'basic')).toBe('s:2230101')
    expect(rowTargetOf(STANDARD_TABLES, 't9', 's:1060101|s:2230101', 'incCode')).toEqual({ kind: 'revenue', which: 't9', code: '1060101' })
    expect(rowTargetOf(STANDARD_TABLES, 't9', 's:1060101|s:2230101', 'name')).toEqual({ kind: 'subject', code: '2230101' })
    expect(rowTargetOf(STANDARD_TABLES, 't9', '-|s:2230101', 'incAmount')).toBeNull()
    expect(rowTargetOf(STANDARD_TABLES, 't1', 'c:201', 'incAmount')).toBeNull()
  })
})

describe('a toy side-by-side table added to a set', () => {
  it('is paired and printed block by block from its spec alone (the grid: test/renderer/findings.test.ts)', () => {
    const set = withTables(STANDARD_TABLES, toy)
    const book = books()[0]!
    const d = new Derivation(book, set)
    const rows = d.layouts.get('tSide')!
    expect(rows.every((r) => r.halves)).toBe(true)
    const printed = printBook(book, set, { balance: false }).tables.find((t) => t.id === 'tSide')!
    const value = (ref: string): bigint => {
      const v = d.value(ref)
      return typeof v === 'bigint' ? roundToWanCents(v) : 0n
    }
    const { left, right } = blocksOf(rows)
    const nonEmpty = (block: RowDef[], col: string) => block.filter((r) => value(r.cells[col]!.ref) !== 0n).map((r) => r.id)
    expect(printed.rows[0]!.halves?.left).not.toBe('none')
    expect(printed.rows.flatMap((r) => (r.halves?.left ? [r.halves.left] : []))).toEqual(nonEmpty(left, 'lAmount'))
    expect(printed.rows.flatMap((r) => (r.halves?.right ? [r.halves.right] : []))).toEqual(nonEmpty(right, 'rAmount'))
  })

  it('is read back from its own export block by block, and an edited figure is reported in its block', async () => {
    const set = withTables(STANDARD_TABLES, toy)
    const book = books()[0]!
    const grid = await loadGrid(await exportWorkbook(book, { tables: set }))
    const read = parsePublishedGrid(grid, set).extra!.find((t) => t.id === 'tSide')!
    const printed = printBook(book, set).tables.find((t) => t.id === 'tSide')!
    expect(read.rows.filter((r) => r.block === 1).map((r) => r.label)).toEqual(printed.rows.flatMap((r) => (r.text.rName ? [r.text.rName] : [])))
    expect(read.rows.filter((r) => r.block === 0).map((r) => r.label)).toEqual(printed.rows.flatMap((r) => (r.text.lName ? [r.text.lName] : [])))
    expect(bookFromPublished(parsePublishedGrid(grid, set), 'export.xlsx', set).report.differences.filter((x) => x.table === 'tSide')).toEqual([])

    const sheet = grid.sheets.find((x) => x.name === '表十五')!
    const unit = printed.rows.find((r) => r.text.rName)!.text.rName!
    const at = sheet.rows.findIndex((row) => row[2] === unit)
    sheet.rows[at]![3] = 12345.67
    const edited = bookFromPublished(parsePublishedGrid(grid, set), 'edited.xlsx', set).report.differences.filter((x) => x.table === 'tSide')
    expect(edited.map((x) => [x.row, x.column, x.printed])).toEqual([[unit, '机关运行经费', '12345.67']])
  })
})
