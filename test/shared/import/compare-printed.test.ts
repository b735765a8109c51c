// The import comparison places each printed figure on the cell of the spec's column: the printed
// tables name a figure by its field (表十二's `unit`, 表一's `carry`), the spec's column says which
// field it prints (ColumnDef.read.field), and the report names the column by the spec's header.
import { describe, it, expect } from 'vitest'
import { bookFromPublished } from '../../../shared/import/from-published'
import { figuresOf } from '../../../shared/import/place-printed'
import { tableDef } from '../../../shared/tables'
import { seedDisclosure } from '../../support/fixtures'

describe('printed figures on the spec columns', () => {
  it('reports a figure edited in 表十二 单位资金 and in 表一 上年结转安排 on those columns, with their cells', () => {
    const disclosure = seedDisclosure('004')
    const dept = disclosure.tables.t12.rows[0]!
    dept.unit = '1.00'
    const social = disclosure.tables.t1.expenditure.find((e) => e.name === '社会保障和就业支出')!
    social.carry = '2.00'
    const before = bookFromPublished(seedDisclosure('004'), '004').report.differences
    const after = bookFromPublished(disclosure, '004').report.differences
    const added = after.filter((d) => !before.some((b) => b.table === d.table && b.row === d.row && b.column === d.column))
    expect(added.map((d) => [d.table, d.row, d.column, d.printed, d.computed, d.kind, d.ref])).toEqual([
      ['t1', '八、社会保障和就业支出', '上年结转安排', '2.00', null, 'mismatch', 't1!c:208!expCarry'],
      ['t12', '孝义经济开发区管理委员会', '单位资金', '1.00', null, 'mismatch', 't12!dept!uf'],
    ])
  })

  it('a gap no rounding of the printed parts can leave is a misprint, not a 尾差: none for a total of one figure, ⌊n/2⌋ cents for n parts', () => {
    const base = seedDisclosure('004')
    // A project printing one amount: its 合计 is that amount, so any gap is a misprint.
    const one = base.tables.t12.rows.find((r) => r.level === 'project' && [r.gp, r.gf, r.soe, r.sp, r.unit].filter((v) => v && v !== '0.00').length === 1)!
    const kindOf = (disclosure: typeof base, name: string) =>
      bookFromPublished(disclosure, '004').report.differences.find((d) => d.table === 't12' && d.row === name && d.column === '合计')?.kind
    const single = seedDisclosure('004')
    const p1 = single.tables.t12.rows.find((r) => r.name === one.name)!
    p1.total = (Number(p1.total) + 0.01).toFixed(2)
    expect(kindOf(single, one.name)).toBe('mismatch')
    // Two parts (the same project given a 单位资金 of 1.00 too) round to at most one cent off their
    // total: a 0.01 gap is a 尾差, 0.02 a misprint.
    for (const [delta, kind] of [[0.01, 'residue'], [0.02, 'mismatch']] as const) {
      const d = seedDisclosure('004')
      const p2 = d.tables.t12.rows.find((r) => r.name === one.name)!
      p2.unit = '1.00'
      p2.total = (Number(p2.total) + 1 + delta).toFixed(2)
      expect(kindOf(d, one.name)).toBe(kind)
    }
  })

  it('takes a block of a side-by-side row by the printed fields its spec columns name', () => {
    expect(figuresOf(tableDef('t1'), { seq: '一', name: '一般公共服务支出', total: '3.00', current: '2.00', carry: '1.00' }, 1))
      .toEqual({ expTotal: '3.00', expCurrent: '2.00', expCarry: '1.00' })
    expect(figuresOf(tableDef('t9'), { code: '', name: '合计', amount: '5.00', level: 'total' }, 0)).toEqual({ incAmount: '5.00' })
    expect(figuresOf(tableDef('t12'), { name: 'x', total: '1.00', gp: null, gf: null, soe: null, sp: null, unit: '1.00', level: 'project' }))
      .toEqual({ total: '1.00', gp: null, gf: null, soe: null, sp: null, uf: '1.00' })
  })
})
