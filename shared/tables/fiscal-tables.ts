// 表十 (三公经费) and 表十一 (机关运行经费): amounts typed by fiscal source, totals derived.
import { FISCAL_SOURCES, T10_ITEM_NAMES, type T10Item } from '../model/book'
import { inputKey, textKey } from '../model/keys'
import type { ColumnDef, HeaderCell, RowDef, TableDef } from './types'
import { cellId, inputCell } from './cell-ids'
import { refsOf } from './tree-rows'
import { priorByThreePublic, priorTotal } from './prior-comparisons'
import { comparisons, negatives } from '../checks/checks'
import { normalizeName } from '../catalog/economic'

/** C7: 表十's ②公务用车运行维护费 ≥ the 表六 rows of that name. */
const vehicleOps = comparisons('vehicle', ['econ'], (compare, book) => {
  const vehicleRows = book.econ.filter((e) => e.deptCode === '30231' || normalizeName(e.deptName) === '公务用车运行维护费')
  if (vehicleRows.length) {
    compare('C7', 'ops', cellId('t10', 'vehicleOps', 'total'), '表十 ②公务用车运行维护费', vehicleRows.map((e) => inputKey.econ(e.id)), '表六 公务用车运行维护费', {
      severity: 'warning', ok: (l, r) => l >= r, verb: '小于',
    })
  }
})
const negativeT10 = negatives('negative-t10', [], (_book, negative) => {
  negative('t10', (['abroad', 'reception', 'vehiclePurchase', 'vehicleOps'] as const).map((i) => ({
    deps: FISCAL_SOURCES.map((s) => inputKey.threePublic(i, s)), where: `表十 ${T10_ITEM_NAMES[i]}`, cells: [{ table: 't10', row: i, col: 'label' }],
  })))
})
/** C6: 机关运行经费 (表十一, 一般公共预算) ≤ 公用经费 (表六). */
const runningCosts = comparisons('running-costs', [], (compare) => {
  compare('C6', 'gp', cellId('t11', 'total', 'gp'), '表十一 机关运行经费（一般公共预算）', cellId('t6', 'total', 'public'), '表六 公用经费合计', {
    severity: 'warning', ok: (l, r) => l <= r, verb: '大于',
  })
})
const negativeT11 = negatives('negative-t11', ['units'], (book, negative) => {
  negative('t11', book.units.map((u) => ({ deps: FISCAL_SOURCES.map((s) => inputKey.runningCost(u.id, s)), where: `表十一 ${u.name}`, cells: [{ table: 't11', row: `u:${u.id}`, col: 'label' }] })))
})
import { sourceColumn } from './source-columns'

const MONEY = ['total', ...FISCAL_SOURCES] as const
const moneyCols = (): ColumnDef[] => [{ id: 'total', kind: 'money', width: 16 }, ...FISCAL_SOURCES.map((s) => sourceColumn(s, 16))]
const header = (first: string, group: string): HeaderCell[] => [
  { text: first, row: 0, col: 0, rowSpan: 2 },
  { text: group, row: 0, col: 1, colSpan: 4 },
  { text: '合计', row: 1, col: 1 },
  { text: '一般公共预算', row: 1, col: 2 },
  { text: '政府性基金预算', row: 1, col: 3 },
  { text: '国有资本经营预算', row: 1, col: 4 },
]

export const T10_LABELS: Record<T10Item | 'vehicle' | 'total', string> = {
  abroad: T10_ITEM_NAMES.abroad,
  reception: T10_ITEM_NAMES.reception,
  vehicle: '公务用车购置及运行费',
  vehiclePurchase: `①${T10_ITEM_NAMES.vehiclePurchase}`,
  vehicleOps: `②${T10_ITEM_NAMES.vehicleOps}`,
  total: '合计',
}

function typedRow(table: 't10' | 't11', id: string, label: string, key: (s: (typeof FISCAL_SOURCES)[number]) => string, kind: RowDef['kind']): RowDef {
  const row: RowDef = { id, kind, printAlways: table === 't10', text: { label }, cells: {} }
  for (const s of FISCAL_SOURCES) row.cells[s] = inputCell(key(s))
  row.cells.total = { ref: cellId(table, id, 'total'), formula: { plus: FISCAL_SOURCES.map(key), explain: '= 三项财政拨款之和' } }
  return row
}

function sumRow(table: 't10' | 't11', id: string, label: string, parts: RowDef[], explain: string): RowDef {
  const row: RowDef = { id, kind: 'total', printAlways: true, text: { label }, cells: {} }
  for (const col of MONEY) row.cells[col] = { ref: cellId(table, id, col), formula: { plus: refsOf(parts, col), explain } }
  return row
}

export const t10: TableDef = {
  checks: [vehicleOps, negativeT10],
  id: 't10',
  reads: [],
  short: '表十',
  ifEmpty: { cause: '财政拨款安排的“三公”经费', explained: { what: '“三公”经费', words: /三公/ } },
  prior: priorByThreePublic,
  entry: { hint: '录入三公经费各项金额。' },
  label: '预算公开表10',
  title: (y) => `${y}年财政拨款安排“三公”经费支出预算表`,
  read: { titles: [/^(部门|单位)?(财政拨款)?(安排)?(的)?三公经费(支出)?(预算)?表$/], place: [{ by: 'order', rows: 'rows' }] },
  columns: [{ id: 'label', kind: 'text', width: 30, read: { field: 'item' } }, ...moneyCols()],
  headerRows: 2,
  header: header('项目', '{year}年预算数'),
  onePage: true,
  build: () => {
    const typed = (item: T10Item): RowDef => typedRow('t10', item, T10_LABELS[item], (s) => inputKey.threePublic(item, s), 'fixed')
    const abroad = typed('abroad')
    const reception = typed('reception')
    const purchase = typed('vehiclePurchase')
    const ops = typed('vehicleOps')
    const vehicle = sumRow('t10', 'vehicle', T10_LABELS.vehicle, [purchase, ops], '= ①公务用车购置费 + ②公务用车运行维护费')
    vehicle.kind = 'fixed'
    const total = sumRow('t10', 'total', T10_LABELS.total, [abroad, reception, vehicle], `= ${T10_ITEM_NAMES.abroad} + ${T10_ITEM_NAMES.reception} + 公务用车购置及运行费`)
    return [abroad, reception, vehicle, purchase, ops, total]
  },
}

export const t11: TableDef = {
  checks: [runningCosts, negativeT11],
  id: 't11',
  reads: ['units'],
  removes: { 'u:': 'unit' },
  short: '表十一',
  ifEmpty: { cause: '机关运行经费', explained: { what: '机关运行经费', words: /机关运行经费/ } },
  prior: priorTotal('runningCosts'),
  entry: { deletes: false, hint: '录入各单位的机关运行经费。' },
  label: '预算公开表11',
  title: (y) => `${y}年财政拨款安排机关运行经费预算表`,
  read: { titles: [/^(部门|单位)?(财政拨款)?(安排)?(的)?机关运行经费(支出)?(预算)?表$/], place: [{ by: 'label', rows: 'rows', kind: 'unit' }] },
  columns: [{ id: 'label', kind: 'text', width: 34, read: { also: ['名称', '单位'], field: 'unit' } }, ...moneyCols()],
  headerRows: 2,
  header: header('单位名称', '{year}年预算数'),
  build: (book) => {
    const units = book.units.map((u) => {
      const row = typedRow('t11', `u:${u.id}`, u.name, (s) => inputKey.runningCost(u.id, s), 'unit')
      row.textKeys = { label: textKey.unitName(u.id) }
      return row
    })
    return [sumRow('t11', 'total', '部门合计', units, '= 各单位之和'), ...units]
  },
}
