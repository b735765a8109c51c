// 表六: basic expenditure of 一般公共预算 by economic subject. Each item row is typed once
// (its amount); 人员经费 or 公用经费 follows from the 部门 item, class rows and 合计 are sums.
import type { BudgetBook, EconLine } from '../model/book'
import { deptEcon, natureOf } from '../catalog/economic'
import { inputKey, textKey } from '../model/keys'
import type { RowDef, TableDef } from './types'
import { cellId } from './cell-ids'
import { refsOf } from './tree-rows'
import { priorByEcon } from './prior-comparisons'
import { comparisons, negatives } from '../checks/checks'

/** C3: 表六's total = the basic expenditure of 表五 (both 一般公共预算). */
const basicTotal = comparisons('basic-total', [], (compare) => {
  compare('C3', 'basic', cellId('t6', 'total', 'total'), '表六 合计', cellId('t5', 'total', 'basic'), '表五 基本支出合计')
})
const negativeEcon = negatives('negative-econ', ['econ'], (book, negative) => {
  negative('econ', book.econ.map((e) => ({ deps: [inputKey.econ(e.id)], where: `表六 ${e.deptName}`, cells: [{ table: 't6', row: `e:${e.id}`, col: 'total' }] })))
})

const MONEY = ['total', 'personnel', 'public'] as const

export function econClassName(book: BudgetBook, code: string): string {
  return deptEcon(code)?.name ?? book.subjectNames[`econ:${code}`] ?? code
}

function itemRow(line: EconLine): RowDef {
  const amount = inputKey.econ(line.id)
  const nature = natureOf(line.deptClass, line.deptCode)
  const col = nature === '人员经费' ? 'personnel' : 'public'
  return {
    id: `e:${line.id}`,
    kind: 'item',
    text: { dept: line.deptName, gov: line.govName },
    textKeys: { dept: textKey.econDept(line.id), gov: textKey.econGov(line.id) },
    cells: {
      total: { ref: amount },
      [col]: { ref: cellId('t6', `e:${line.id}`, col), formula: { plus: [amount], explain: `= 合计（${line.deptName}属${nature}）` } },
    },
  }
}

export const t6: TableDef = {
  checks: [basicTotal, negativeEcon],
  id: 't6',
  reads: ['econ', 'subjectNames'],
  removes: { 'e:': 'econ', 'k:': 'econClass' },
  short: '表六',
  ifEmpty: { cause: '一般公共预算基本支出' },
  prior: priorByEcon,
  entry: { adds: [{ kind: 'econ' }], hint: '录入一般公共预算基本支出的经济科目金额；人员经费、公用经费自动归类。' },
  label: '预算公开表6',
  title: (y) => `${y}年一般公共预算安排基本支出分经济科目表（不含上年结转）`,
  read: { titles: [/^(部门|单位)?一般公共预算(安排)?(的)?基本支出(分|按)?(部门预算)?经济(分类)?科目(预算)?表$/], place: [{ by: 'econ', rows: 'rows' }] },
  columns: [
    { id: 'dept', kind: 'text', width: 30, read: { also: ['部门预算支出经济', '部门经济', '部门预算'], field: 'deptEcon' } },
    { id: 'gov', kind: 'text', width: 26, read: { also: ['政府预算支出经济', '政府经济', '政府预算'], field: 'govEcon' } },
    { id: 'total', kind: 'money', width: 14 },
    { id: 'personnel', kind: 'money', width: 14 },
    { id: 'public', kind: 'money', width: 14 },
  ],
  headerRows: 2,
  header: [
    { text: '部门预算支出经济科目名称', row: 0, col: 0, rowSpan: 2 },
    { text: '政府预算支出经济科目名称', row: 0, col: 1, rowSpan: 2 },
    { text: '{year}年预算数', row: 0, col: 2, colSpan: 3 },
    { text: '合计', row: 1, col: 2 },
    { text: '人员经费', row: 1, col: 3 },
    { text: '公用经费', row: 1, col: 4 },
  ],
  build: (book) => {
    const total: RowDef = { id: 'total', kind: 'total', text: { dept: '合计' }, cells: {}, printAlways: true }
    const rows: RowDef[] = [total]
    const classes = [...new Set(book.econ.map((l) => l.deptClass))].sort()
    const classRows: RowDef[] = []
    for (const code of classes) {
      const id = `k:${code}`
      const classRow: RowDef = { id, kind: 'class', text: { dept: econClassName(book, code) }, cells: {} }
      const items = book.econ.filter((l) => l.deptClass === code).map(itemRow)
      for (const col of MONEY) {
        classRow.cells[col] = { ref: cellId('t6', id, col), formula: { plus: refsOf(items, col), explain: '= 本类各科目之和' } }
      }
      rows.push(classRow, ...items)
      classRows.push(classRow)
    }
    for (const col of MONEY) total.cells[col] = { ref: cellId('t6', 'total', col), formula: { plus: refsOf(classRows, col), explain: '= 各类之和' } }
    return rows
  },
}
