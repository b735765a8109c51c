// The printed model on the published fixtures and on a book kept in 元: the figures the
// published tables print (seed 000's 表一 as published), totals that name the cells they add,
// empty tables with their note, side-by-side rows found by their block's own row id.
import { describe, expect, it } from 'vitest'
import { bookFromPublished } from '../../../shared/import/from-published'
import { convertUnit } from '../../../shared/model/convert-unit'
import { fenToString, toFen } from '../../../shared/model/money'
import { figure, printBook, NO_DATA_NOTE } from '../../../shared/printed'
import { TABLE_IDS } from '../../../shared/tables/ids'
import { seedDisclosure } from '../../support/fixtures'

const seed000 = () => bookFromPublished(seedDisclosure('000'), '000.json').book

describe('printBook', () => {
  it('prints the 13 tables in order with the published 表一 totals of seed 000', () => {
    const p = printBook(seed000())
    expect(p.tables.map((t) => t.id)).toEqual([...TABLE_IDS])
    expect(p.unit).toBe('万元')
    expect(p.nameLine).toMatch(/^(部门|单位)名称：/)
    const total = p.tables[0]!.rows.find((r) => r.id === 'f:total')!
    // Published: 23041.25 | 22734.25 | 307.00; the seed's own 项 rows add up to 0.01 more (a 尾差
    // the import report names), and the printed model prints what adds up.
    expect([total.cells.expTotal!.cents, total.cells.expCurrent!.cents, total.cells.expCarry!.cents]).toEqual([2304126n, 2273426n, 30700n])
    expect(figure(p, 't3', 'total', 'total')?.cents).toBe(2304126n)
    expect(p.balancing).toBeNull()
  })

  it('marks totals, with the cells of their own table they add', () => {
    const p = printBook(seed000())
    const t3 = p.tables.find((t) => t.id === 't3')!
    const head = t3.rows[0]!
    expect(head.kind).toBe('total')
    const f = head.cells.total!
    expect(f.total).toBe(true)
    expect(f.formula?.explain).toBeTruthy()
    const local = f.formula!.local!
    const sum = [...local.plus].reduce((s, at) => s + t3.rows[at.row]!.cells[at.col]!.cents, 0n) - local.minus.reduce((s, at) => s + t3.rows[at.row]!.cells[at.col]!.cents, 0n)
    expect(sum).toBe(f.cents)
  })

  it('prints an empty table with its fixed rows and the 本表无数据 note', () => {
    const p = printBook(seed000())
    for (const t of p.tables) {
      const nonzero = t.rows.some((r) => Object.values(r.cells).some((c) => c.cents !== 0n))
      expect(t.empty).toBe(!nonzero)
      expect(t.notes).toEqual(t.empty ? [NO_DATA_NOTE] : [])
    }
    expect(p.tables.find((t) => t.id === 't10')!.rows.length).toBeGreaterThanOrEqual(6)
  })

  it('finds a 表九 block row by its own id', () => {
    const p = printBook(seed000())
    const t9 = p.tables.find((t) => t.id === 't9')!
    for (const row of t9.rows) {
      if (row.halves?.left) expect(figure(p, 't9', row.halves.left, 'incAmount')).toBe(row.cells.incAmount)
    }
  })

  it('prints a 元 book balanced: every printed figure is whole 0.01 万元 and the adjustments are listed', () => {
    const yuan = convertUnit(seed000(), '元')
    const first = yuan.subjects[0]!
    const gp = fenToString(toFen(first.basic.gp ?? '', '元') + 37n, '元')
    const p = printBook({ ...yuan, subjects: [{ ...first, basic: { ...first.basic, gp } }, ...yuan.subjects.slice(1)] })
    expect(p.balancing).not.toBeNull()
    const t1 = printBook(seed000()).tables[0]!.rows.find((r) => r.id === 'f:total')!
    // 0.37 元 does not move 表一's printed grand total.
    expect(figure(p, 't1', 'f:total', 'expTotal')!.cents).toBe(t1.cells.expTotal!.cents)
  })
})
