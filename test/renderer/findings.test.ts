import { describe, it, expect } from 'vitest'
import { indexFindings, changedMarks, rowAliases, gridRowOf, markKey } from '../../renderer/store/findings'
import { Derivation } from '../../shared/engine/derivation'
import { inputKey } from '../../shared/model/keys'
import type { Finding } from '../../shared/checks/checks'
import { smallBook } from './fixtures'
import { STANDARD_TABLES, withTables } from '../../shared/tables'
import { toy } from '../shared/tables/toy-side-by-side'

describe('findings index', () => {
  const d = new Derivation(smallBook())

  it('maps 表九 table rows onto its side-by-side grid rows', () => {
    const aliases = rowAliases(d.layouts)
    expect(aliases.get('t9')?.get('inc')).toBe('inc|total')
    expect(aliases.get('t9')?.get('total')).toBe('inc|total')
    expect(aliases.get('t5')).toBeUndefined()
    expect(gridRowOf({ table: 't9', row: 'inc', col: 'incAmount' }, aliases)).toBe('inc|total')
    expect(gridRowOf({ table: 't5', row: 'total', col: 'basic' }, aliases)).toBe('total')
    // 表一 and 表四 print both blocks on each of their own rows: nothing to alias.
    expect(aliases.get('t1')).toBeUndefined()
    expect(aliases.get('t4')).toBeUndefined()
  })

  it('maps the block rows of a toy side-by-side table onto its grid rows, from its spec alone', () => {
    const toyed = new Derivation(smallBook(), withTables(STANDARD_TABLES, toy))
    const rows = toyed.layouts.get('tSide')!
    const aliases = rowAliases(toyed.layouts)
    for (const row of rows) {
      for (const half of [row.halves!.left, row.halves!.right]) if (half) expect(gridRowOf({ table: 'tSide', row: half.id, col: 'lName' }, aliases)).toBe(row.id)
    }
  })

  it('marks cells (error wins over warning) and counts problems per table', () => {
    const findings: Finding[] = [
      { check: 'C3', severity: 'error', message: 'a', cells: [{ table: 't6', row: 'total', col: 'total' }, { table: 't5', row: 'total', col: 'basic' }] },
      { check: 'C6', severity: 'warning', message: 'b', cells: [{ table: 't6', row: 'total', col: 'total' }] },
      { check: 'C5', severity: 'error', message: 'c', cells: [{ table: 't9', row: 'inc', col: 'incAmount' }, { table: 't9', row: 'total', col: 'total' }] },
      { check: 'C10', severity: 'warning', message: 'd', cells: [] },
    ]
    const { marks, counts, errorCounts } = indexFindings(findings, d.layouts)
    expect(marks.get(markKey('t6', 'total', 'total'))).toEqual({ severity: 'error', messages: ['a', 'b'] })
    expect(marks.get(markKey('t9', 'inc|total', 'incAmount'))).toEqual({ severity: 'error', messages: ['c'] })
    expect(counts).toEqual({ t6: 2, t5: 1, t9: 1 })
    // A table with hints only gets no error count: it is not flagged like one with errors.
    expect(errorCounts).toEqual({ t6: 1, t5: 1, t9: 1 })
    expect(indexFindings([findings[1]!], d.layouts).errorCounts).toEqual({})
  })

  it('finds the cells whose mark changed', () => {
    const a = new Map([['x', { severity: 'error' as const, messages: ['1'] }], ['y', { severity: 'warning' as const, messages: ['2'] }]])
    const b = new Map([['x', { severity: 'error' as const, messages: ['1'] }], ['y', { severity: 'error' as const, messages: ['2'] }], ['z', { severity: 'warning' as const, messages: [] }]])
    expect(changedMarks(a, b).sort()).toEqual(['y', 'z'])
    expect(changedMarks(b, new Map()).sort()).toEqual(['x', 'y', 'z'])
  })

  it('works on real findings of the engine', () => {
    const d2 = new Derivation(smallBook())
    d2.setAmounts([[inputKey.soeRevenue('1060101'), 5n]])
    const { marks } = indexFindings(d2.findings(), d2.layouts)
    expect(marks.has(markKey('t9', 'inc|total', 'incAmount'))).toBe(true)
  })

  it('marks a negative 表九 revenue line on the grid row that shows it (C10)', () => {
    const d2 = new Derivation(smallBook())
    d2.setAmounts([[inputKey.soeRevenue('1060101'), -5n]])
    const c10 = d2.findings().filter((f) => f.check === 'C10')
    expect(c10).toHaveLength(1)
    expect(c10[0]!.cells).toEqual([{ table: 't9', row: 's:1060101', col: 'incName' }])
    const gridRow = gridRowOf(c10[0]!.cells[0]!, rowAliases(d2.layouts))
    const row = d2.layouts.get('t9')!.find((r) => r.id === gridRow)
    expect(row?.text.incCode).toBe('1060101')
    const { marks, counts } = indexFindings(c10, d2.layouts)
    expect(marks.get(markKey('t9', gridRow, 'incName'))?.messages[0]).toMatch(/表九 1060101 利润收入 有负数金额/)
    expect(counts.t9).toBe(1)
  })
})
