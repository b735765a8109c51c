// A toy 14th table, declared the way every table is: one spec (layout and formulas, title,
// header tree, a check of its own, its toolbar hint, what printing empty means). Nothing else in the app names it; the test adds it to a
// TableSet with one line and finds it in the grid, the engine, the checks, the export and the reader.
import type { Finding } from '../../../shared/checks/checks'
import { cellId } from '../../../shared/tables/cell-ids'
import { sumOf, type RowDef, type TableDef } from '../../../shared/tables/types'

const SOURCES = ['gp', 'gf', 'soe'] as const

function fromRow(id: string, label: string, table: 't12' | 't13', name: string): RowDef {
  const row: RowDef = { id, kind: 'item', printAlways: true, text: { label }, cells: {} }
  for (const s of SOURCES) row.cells[s] = { ref: cellId('t14', id, s), formula: sumOf([cellId(table, 'dept', s)], `= ${name}项目合计`) }
  row.cells.total = { ref: cellId('t14', id, 'total'), formula: sumOf(SOURCES.map((s) => cellId('t14', id, s)), '= 一般公共预算 + 政府性基金预算 + 国有资本经营预算') }
  return row
}

export const t14: TableDef = {
  id: 't14',
  reads: [],
  short: '表十四',
  label: '预算公开表14',
  entry: { hint: '本表由表十二、表十三计算得出。' },
  ifEmpty: { cause: '财政拨款项目支出', explained: { what: '财政拨款项目支出', words: /项目支出/ } },
  title: (y) => `${y}年财政拨款项目支出汇总表`,
  columns: [
    { id: 'label', kind: 'text', width: 30 },
    { id: 'total', kind: 'money', width: 16 },
    { id: 'gp', kind: 'money', width: 16 },
    { id: 'gf', kind: 'money', width: 16 },
    { id: 'soe', kind: 'money', width: 16 },
  ],
  headerRows: 2,
  header: [
    { text: '项目', row: 0, col: 0, rowSpan: 2 },
    { text: '{year}年财政拨款', row: 0, col: 1, colSpan: 4 },
    { text: '合计', row: 1, col: 1 },
    { text: '一般公共预算', row: 1, col: 2 },
    { text: '政府性基金预算', row: 1, col: 3 },
    { text: '国有资本经营预算', row: 1, col: 4 },
  ],
  build: () => {
    const current = fromRow('current', '本年项目支出', 't12', '表十二')
    const carry = fromRow('carry', '上年结转项目支出', 't13', '表十三')
    const total: RowDef = { id: 'total', kind: 'total', printAlways: true, text: { label: '合计' }, cells: {} }
    for (const c of ['total', ...SOURCES]) total.cells[c] = { ref: cellId('t14', 'total', c), formula: sumOf([current.cells[c]!.ref, carry.cells[c]!.ref], '= 本年 + 上年结转') }
    return [total, current, carry]
  },
  checks: [{
    name: 't14',
    reads: [],
    declare: () => [{
      id: 'chk!T14!gp',
      check: 'T14',
      sig: 'T14',
      deps: [cellId('t14', 'current', 'gp'), cellId('t5', 'total', 'total')],
      run: (projects, t5) => projects! > t5!
        ? [{ check: 'T14', severity: 'warning', message: '表十四 本年项目支出（一般公共预算）超过表五合计', cells: [{ table: 't14', row: 'current', col: 'gp' }] } satisfies Finding]
        : [],
    }],
  }],
}
