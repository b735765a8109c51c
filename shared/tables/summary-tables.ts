// 表一 (预算收支总表) and 表四 (财政拨款收支总表): two blocks side by side, income on the left,
// the 30 function classes on the right, footer rows for totals and carry-over. Every figure
// is derived from 表二/表三 and the entry sheet. Each row carries both blocks (the income lines
// sit beside the first classes, the footers on both sides), split into halves by splitRows.
import { FISCAL_SOURCES, SOURCES, type FiscalSourceId, type SourceId } from '../model/book'
import { FUNCTION_CLASSES } from '../catalog/classes'
import type { CellDef, ColumnDef, RowDef, SideBySide, TableDef } from './types'
import { splitRows } from './side-by-side'
import { cellId } from './cell-ids'
import { rowIdOfSubject } from './tree-rows'
import { sourceColumn } from './source-columns'

// The 项目 columns of the two blocks: '项目' alone, not 项目支出 or 项目名称.
const item = (id: string, width: number): ColumnDef => ({ id, kind: 'text', width, read: { exact: true } })
const money = (id: string): ColumnDef => ({ id, kind: 'money', width: 14 })

const INCOME_T1: Record<SourceId, string> = {
  gp: '一、一般公共预算', gf: '二、政府性基金预算', soe: '三、国有资本经营预算', sp: '四、财政专户管理资金', uf: '五、单位资金',
}
const INCOME_T4: Record<FiscalSourceId, string> = { gp: '一、一般公共预算', gf: '二、政府性基金预算', soe: '三、国有资本经营预算' }

const sum = (ref: string, plus: readonly string[], explain: string, minus?: readonly string[]): CellDef => ({
  ref,
  formula: minus ? { plus, minus, explain } : { plus, explain },
})

function classInUse(book: { subjects: { code: string }[] }): Set<string> {
  return new Set(book.subjects.map((s) => s.code.slice(0, 3)))
}

const T1_SIDES: SideBySide = { left: ['incName', 'incAmount'], right: ['expName', 'expTotal', 'expCurrent', 'expCarry'] }

export const t1: TableDef = {
  id: 't1',
  reads: ['subjects', 'subjectNames', 'knownSubjects'],
  short: '表一',
  entry: { hint: '本表全部由其他表计算得出。' },
  label: '预算公开表1',
  title: (y) => `${y}年预算收支总表`,
  read: {
    titles: [/^(部门|单位)?预算收支总表$/],
    place: [
      { by: 'lines', column: 'incAmount', figures: ['income.gp', 'income.gf', 'income.soe', 'income.sp', 'income.unit', 'incomeTotal', 'carryIn', 'grandIncome'] },
      { by: 'class', rows: 'expenditure', block: 1 },
      { by: 'rows', block: 1, figures: [{ path: 'expTotal', row: 'f:total' }, { path: 'grandExp', row: 'f:grand' }, { path: 'yearEndCarry', row: null, label: '年终结转' }] },
    ],
  },
  columns: [
    item('incName', 24), { ...money('incAmount'), read: { anyHeader: true } }, item('expName', 30),
    { ...money('expTotal'), read: { also: ['合计'], field: 'total' } },
    { ...money('expCurrent'), read: { also: ['当年'], field: 'current' } },
    { ...money('expCarry'), read: { also: ['结转'], field: 'carry' } },
  ],
  headerRows: 2,
  header: [
    { text: '收入', row: 0, col: 0, colSpan: 2 },
    { text: '支出', row: 0, col: 2, colSpan: 4 },
    { text: '项目', row: 1, col: 0 },
    { text: '{year}年', row: 1, col: 1 },
    { text: '项目', row: 1, col: 2 },
    { text: '{year}年合计', row: 1, col: 3 },
    { text: '当年预算安排', row: 1, col: 4 },
    { text: '上年结转安排', row: 1, col: 5 },
  ],
  onePage: true,
  sideBySide: T1_SIDES,
  build: (book) => {
    const used = classInUse(book)
    const rows: RowDef[] = FUNCTION_CLASSES.map((c, i) => {
      const id = `c:${c.code}`
      const t = (col: string): string => cellId('t1', id, col)
      const subject = rowIdOfSubject(c.code)
      const row: RowDef = {
        id,
        kind: 'fixed',
        printAlways: true,
        text: { expName: `${c.seq}、${c.name}` },
        cells: {
          expTotal: sum(t('expTotal'), used.has(c.code) ? [cellId('t3', subject, 'total')] : [], '= 表三 本类合计（含上年结转）'),
          expCarry: sum(t('expCarry'), used.has(c.code) ? [cellId('t2', subject, 'carry')] : [], '= 表二 本类上年结转'),
          expCurrent: sum(t('expCurrent'), [t('expTotal')], '= 合计 − 上年结转安排', [t('expCarry')]),
        },
      }
      const source = SOURCES[i]
      if (source) {
        row.text.incName = INCOME_T1[source]
        row.cells.incAmount = sum(t('incAmount'), [cellId('t2', 'total', source)], `= 表二 合计行 ${INCOME_T1[source].slice(2)}`)
      }
      return row
    })
    const classRefs = (col: string): string[] => FUNCTION_CLASSES.map((c) => cellId('t1', `c:${c.code}`, col))
    const f = (row: string, col: string): string => cellId('t1', row, col)
    rows.push(
      {
        id: 'f:total',
        kind: 'total',
        printAlways: true,
        text: { incName: '本年收入合计', expName: '本年支出合计' },
        cells: {
          incAmount: sum(f('f:total', 'incAmount'), SOURCES.map((s) => cellId('t1', `c:${FUNCTION_CLASSES[SOURCES.indexOf(s)]!.code}`, 'incAmount')), '= 各项收入之和'),
          expTotal: sum(f('f:total', 'expTotal'), classRefs('expTotal'), '= 各类支出之和'),
          expCurrent: sum(f('f:total', 'expCurrent'), classRefs('expCurrent'), '= 各类当年预算安排之和'),
          expCarry: sum(f('f:total', 'expCarry'), classRefs('expCarry'), '= 各类上年结转安排之和'),
        },
      },
      {
        id: 'f:carry',
        kind: 'total',
        printAlways: true,
        text: { incName: '上年结转', expName: '年终结转' },
        cells: { incAmount: sum(f('f:carry', 'incAmount'), [cellId('t2', 'total', 'carry')], '= 表二 合计行 上年结转') },
      },
      {
        id: 'f:grand',
        kind: 'total',
        printAlways: true,
        text: { incName: '收入总计', expName: '支出总计' },
        cells: {
          incAmount: sum(f('f:grand', 'incAmount'), [f('f:total', 'incAmount'), f('f:carry', 'incAmount')], '= 本年收入合计 + 上年结转'),
          expTotal: sum(f('f:grand', 'expTotal'), [f('f:total', 'expTotal')], '= 本年支出合计 + 年终结转'),
          expCurrent: sum(f('f:grand', 'expCurrent'), [f('f:total', 'expCurrent')], '= 本年支出合计 + 年终结转'),
          expCarry: sum(f('f:grand', 'expCarry'), [f('f:total', 'expCarry')], '= 本年支出合计 + 年终结转'),
        },
      },
    )
    return splitRows(rows, T1_SIDES)
  },
}

const T4_COLS = ['expTotal', ...FISCAL_SOURCES] as const
const T4_SIDES: SideBySide = { left: ['incName', 'incAmount'], right: ['expName', ...T4_COLS] }

export const t4: TableDef = {
  id: 't4',
  reads: ['subjects', 'subjectNames', 'knownSubjects'],
  short: '表四',
  entry: { hint: '本表全部由其他表计算得出。' },
  label: '预算公开表4',
  title: (y) => `${y}年财政拨款收支总表`,
  read: {
    titles: [/^(部门|单位)?财政拨款收支总表$/],
    place: [
      { by: 'lines', column: 'incAmount', figures: ['income.gp', 'income.gf', 'income.soe', 'incomeTotal', 'carry.total', 'carry.gp', 'carry.gf', 'carry.soe', 'grandIncome'] },
      { by: 'class', rows: 'expenditure', block: 1 },
      { by: 'rows', block: 1, figures: [{ path: 'expTotal', row: 'f:total' }, { path: 'yearEndCarry', row: null, label: '年终结转' }, { path: 'grandExp', row: 'f:grand' }] },
    ],
  },
  columns: [
    item('incName', 24), { ...money('incAmount'), read: { anyHeader: true } }, item('expName', 30),
    { ...money('expTotal'), read: { also: ['合计'], field: 'total' } }, ...FISCAL_SOURCES.map((s) => sourceColumn(s, 14)),
  ],
  headerRows: 3,
  header: [
    { text: '收入', row: 0, col: 0, colSpan: 2 },
    { text: '支出', row: 0, col: 2, colSpan: 5 },
    { text: '项目', row: 1, col: 0, rowSpan: 2 },
    { text: '金额', row: 1, col: 1, rowSpan: 2 },
    { text: '项目', row: 1, col: 2, rowSpan: 2 },
    { text: '金额', row: 1, col: 3, colSpan: 4 },
    { text: '小计', row: 2, col: 3 },
    { text: '一般公共预算', row: 2, col: 4 },
    { text: '政府性基金预算', row: 2, col: 5 },
    { text: '国有资本经营预算', row: 2, col: 6 },
  ],
  onePage: true,
  sideBySide: T4_SIDES,
  build: (book) => {
    const used = classInUse(book)
    const rows: RowDef[] = FUNCTION_CLASSES.map((c, i) => {
      const id = `c:${c.code}`
      const t = (col: string): string => cellId('t4', id, col)
      const subject = rowIdOfSubject(c.code)
      const row: RowDef = { id, kind: 'fixed', printAlways: true, text: { expName: `${c.seq}、${c.name}` }, cells: {} }
      for (const s of FISCAL_SOURCES) {
        const deps = used.has(c.code) ? [cellId('t2', subject, s), cellId('detail', subject, `c_${s}`)] : []
        row.cells[s] = sum(t(s), deps, `= 表二 本类${INCOME_T4[s].slice(2)} + 本类该来源的上年结转`)
      }
      row.cells.expTotal = sum(t('expTotal'), FISCAL_SOURCES.map((s) => t(s)), '= 三项财政拨款之和')
      const source = FISCAL_SOURCES[i]
      if (source) {
        row.text.incName = INCOME_T4[source]
        row.cells.incAmount = sum(t('incAmount'), [cellId('t2', 'total', source)], `= 表二 合计行 ${INCOME_T4[source].slice(2)}`)
      }
      return row
    })
    const f = (row: string, col: string): string => cellId('t4', row, col)
    const totalRow: RowDef = {
      id: 'f:total',
      kind: 'total',
      printAlways: true,
      text: { incName: '本年收入合计', expName: '本年支出合计' },
      cells: {
        incAmount: sum(f('f:total', 'incAmount'), FISCAL_SOURCES.map((_, i) => cellId('t4', `c:${FUNCTION_CLASSES[i]!.code}`, 'incAmount')), '= 各项财政拨款收入之和'),
      },
    }
    for (const col of T4_COLS) totalRow.cells[col] = sum(f('f:total', col), FUNCTION_CLASSES.map((c) => cellId('t4', `c:${c.code}`, col)), '= 各类支出之和')
    rows.push(totalRow, {
      id: 'f:carry',
      kind: 'total',
      printAlways: true,
      text: { incName: '上年财政拨款结转', expName: '年终结转' },
      cells: { incAmount: sum(f('f:carry', 'incAmount'), FISCAL_SOURCES.map((s) => cellId('detail', 'total', `c_${s}`)), '= 三项财政拨款的上年结转之和') },
    })
    for (const s of FISCAL_SOURCES) {
      rows.push({
        id: `f:carry:${s}`,
        kind: 'fixed',
        printAlways: true,
        text: { incName: INCOME_T4[s] },
        cells: { incAmount: sum(f(`f:carry:${s}`, 'incAmount'), [cellId('detail', 'total', `c_${s}`)], `= 支出明细 合计行 ${INCOME_T4[s].slice(2)}上年结转`) },
      })
    }
    const grand: RowDef = {
      id: 'f:grand',
      kind: 'total',
      printAlways: true,
      text: { incName: '收入总计', expName: '支出总计' },
      cells: { incAmount: sum(f('f:grand', 'incAmount'), [f('f:total', 'incAmount'), f('f:carry', 'incAmount')], '= 本年收入合计 + 上年财政拨款结转') },
    }
    for (const col of T4_COLS) grand.cells[col] = sum(f('f:grand', col), [f('f:total', col)], '= 本年支出合计 + 年终结转')
    rows.push(grand)
    return splitRows(rows, T4_SIDES)
  },
}
