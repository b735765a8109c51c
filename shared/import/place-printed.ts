// Where each printed row of a disclosure sits in its table's layout: the row keys the import
// comparison pairs printed figures with. The columns are the spec's own: a printed row's figure
// for a column is its field named by the column (ColumnDef.read.field, else the column id).
import type { Derivation } from '../engine/derivation'
import { FUNCTION_CLASSES } from '../catalog/classes'
import type { TableId } from '../tables/ids'
import type { RowDef, TableDef } from '../tables/types'
import { blockColumns } from '../read/spec-columns'
import { blockRowsOf, blocksOf } from '../tables/side-by-side'
import type { SetTableRead } from '../read/set-tables'
import { splitOrdinal, textKey } from '../read/text'
import { groupBy } from '../util/group-by'
import type { Printed, PublishedTables } from './published'

/** A printed row on its layout row (undefined: none), named as the report names it, with its figures by column id. */
export interface PlacedRow {
  row: RowDef | undefined
  label: string
  figures: Readonly<Record<string, Printed>>
}

export type PlacedTable = readonly [table: TableId, rows: readonly PlacedRow[]]

/** The figures of a printed row (or block of a row) by column id: the money columns of block `block`. */
export function figuresOf(def: TableDef, printed: object, block = 0): Record<string, Printed> {
  const fields = printed as Readonly<Record<string, Printed | undefined>>
  const out: Record<string, Printed> = {}
  for (const col of blockColumns(def, block)) if (col.kind === 'money') out[col.id] = fields[col.read?.field ?? col.id] ?? null
  return out
}

/** The layout row with id `id`, or the paired row holding it (a table of two blocks side by side). */
function byId(layout: readonly RowDef[], id: string): RowDef | undefined {
  return layout.find((r) => r.id === id || blockRowsOf(r).some((half) => half.id === id))
}

/** The rows a table set adds beyond the 13: each printed row by its label (the first text column). */
export function placeSetTables(read: readonly SetTableRead[], d: Derivation): PlacedTable[] {
  return read.map((table) => {
    const def = d.tables.def(table.id)
    const layout = d.layouts.get(table.id) ?? []
    // Side by side, a printed row is one block's row, found among that block's rows by that block's label.
    const blocks = def.sideBySide ? blocksOf(layout) : null
    return [table.id, table.rows.map((printed) => {
      const labelCol = (printed.block === undefined ? def.columns : blockColumns(def, printed.block)).find((c) => c.kind !== 'money')
      const rows = blocks ? (printed.block === 1 ? blocks.right : blocks.left) : layout
      return { row: rows.find((x) => labelCol && textKey(x.text[labelCol.id]) === textKey(printed.label)), label: printed.label, figures: printed.cells }
    })] as const
  })
}

/** The 13 standard tables, in the order their differences are listed. */
export function placeStandard(t: PublishedTables, d: Derivation): PlacedTable[] {
  const layout = (id: TableId): readonly RowDef[] => d.layouts.get(id) ?? []
  const def = (id: TableId): TableDef => d.tables.def(id)
  const tree = (id: TableId, rows: readonly TreeRow[], block = 0, totalId = 'total'): PlacedTable =>
    [id, treeRows(def(id), layout(id), d, rows, block, totalId)]
  return [
    ['t1', summaryRows(def('t1'), layout('t1'), t.t1, [t.t1.expTotal, t.t1.grandExp, t.t1.yearEndCarry], ['f:total', 'f:grand', null])],
    tree('t2', t.t2.rows), tree('t3', t.t3.rows), tree('t5', t.t5.rows), tree('t8', t.t8.rows), tree('t9', t.t9.expenditure, 1),
    ['t4', summaryRows(def('t4'), layout('t4'), t.t4, [t.t4.expTotal, t.t4.yearEndCarry, t.t4.grandExp], ['f:total', null, 'f:grand'])],
    ['t6', econRows(def('t6'), layout('t6'), t.t6.rows)],
    tree('t7', t.t7.rows), tree('t9', t.t9.income, 0, 'inc'),
    ['t10', t.t10.rows.map((r, i) => ({ row: layout('t10')[i], label: r.item, figures: figuresOf(def('t10'), r) }))],
    ['t11', t.t11.rows.map((r) => ({
      row: r.level === 'total' ? layout('t11')[0] : layout('t11').find((x) => x.kind === 'unit' && x.text.label === r.unit),
      label: r.unit, figures: figuresOf(def('t11'), r),
    }))],
    ['t12', projectRows(def('t12'), layout('t12'), t.t12.rows)],
    ['t13', projectRows(def('t13'), layout('t13'), t.t13.rows)],
  ]
}

/**
 * 表一, 表四: the income block's figures on the layout rows that print an income amount, in
 * order; the 30 classes on the class rows; then the footer rows (年终结转 has no cell of its own).
 */
function summaryRows(
  def: TableDef, layout: readonly RowDef[], t: PublishedTables['t1'] | PublishedTables['t4'],
  footer: readonly object[], footerIds: readonly (string | null)[],
): PlacedRow[] {
  const { gp, gf, soe } = t.income
  const income = 'carryIn' in t
    ? [gp, gf, soe, t.income.sp, t.income.unit, t.incomeTotal, t.carryIn, t.grandIncome]
    : [gp, gf, soe, t.incomeTotal, t.carry.total, t.carry.gp, t.carry.gf, t.carry.soe, t.grandIncome]
  const incomeRows = layout.filter((r) => r.cells.incAmount)
  const out: PlacedRow[] = income.map((p, i) => {
    const row = incomeRows[i]
    const name = splitOrdinal(row?.text.incName ?? '').rest
    // 表四 prints the carry-over again by source, under 上年财政拨款结转.
    return { row, label: row?.id.startsWith('f:carry:') ? `上年结转（${name}）` : name, figures: { incAmount: p } }
  })
  t.expenditure.forEach((e, i) => {
    const c = FUNCTION_CLASSES[i]
    if (c) out.push({ row: byId(layout, `c:${c.code}`), label: `${e.seq}、${e.name}`, figures: figuresOf(def, e, 1) })
  })
  footer.forEach((p, i) => {
    const id = footerIds[i]
    const row = id ? byId(layout, id) : undefined
    out.push({ row, label: row?.text.expName ?? '年终结转', figures: figuresOf(def, p, 1) })
  })
  return out
}

interface TreeRow { code: string; name: string }

/**
 * Subject-tree tables: every printed row by its code, then every row of the layout with money
 * that was not printed (as printing nothing). Each block of a table of two blocks counts on its own.
 */
function treeRows(def: TableDef, layout: readonly RowDef[], d: Derivation, rows: readonly TreeRow[], block: number, totalId: string): PlacedRow[] {
  const seen = new Set<string>()
  const out: PlacedRow[] = rows.map((r) => {
    const id = r.code ? `s:${r.code}` : totalId
    seen.add(id)
    return { row: byId(layout, id), label: r.code ? `${r.code} ${r.name}` : '合计', figures: figuresOf(def, r, block) }
  })
  const cols = blockColumns(def, block)
  const [code, name] = cols.filter((c) => c.kind !== 'money').map((c) => c.id)
  for (const row of layout.flatMap(blockRowsOf)) {
    if (seen.has(row.id) || !row.id.startsWith('s:')) continue
    const figures: Record<string, Printed> = {}
    for (const col of cols) {
      const ref = row.cells[col.id]?.ref
      const v = ref ? d.value(ref) : undefined
      if (typeof v === 'bigint' && v !== 0n) figures[col.id] = null
    }
    if (Object.keys(figures).length) out.push({ row, label: `${(code && row.text[code]) ?? ''} ${(name && row.text[name]) ?? ''}`.trim(), figures })
  }
  return out
}

/**
 * 表六: 合计, class rows by name, items by their 部门 and 政府 names (a pair printed twice is
 * matched in order): the layout sorts classes by code, the printed table need not.
 */
function econRows(def: TableDef, layout: readonly RowDef[], rows: PublishedTables['t6']['rows']): PlacedRow[] {
  const items = groupBy(layout.filter((x) => x.kind === 'item'), (x) => `${x.text.dept}|${x.text.gov}`)
  return rows.map((r) => {
    const asItem = (): RowDef | undefined => items.get(`${r.deptEcon}|${r.govEcon}`)?.shift()
    const row = r.level === 'total' ? layout[0] : r.level === 'class' ? (layout.find((x) => x.kind === 'class' && x.text.dept === r.deptEcon) ?? asItem()) : asItem()
    return { row, label: r.govEcon ? `${r.deptEcon}（${r.govEcon}）` : r.deptEcon, figures: figuresOf(def, r) }
  })
}

/**
 * 表十二, 表十三: the dept row, unit rows by name, and the k-th printed project of a unit with the
 * k-th project of that unit (a file without unit rows has all projects under the first unit).
 */
function projectRows(def: TableDef, layout: readonly RowDef[], rows: readonly { name: string; level: 'dept' | 'unit' | 'project' }[]): PlacedRow[] {
  // A 单位 book lays out no unit row: its projects sit under the '' unit.
  const byUnit = new Map<string, RowDef[]>([['', []]])
  let unitName = ''
  for (const x of layout) {
    if (x.kind === 'unit') byUnit.set((unitName = x.text.name ?? ''), [])
    else if (x.kind === 'project') byUnit.get(unitName)?.push(x)
  }
  let current = layout.find((x) => x.kind === 'unit')?.text.name ?? ''
  return rows.map((r) => {
    if (r.level === 'unit') current = r.name
    // A 单位 book lays out its name once; a file that prints it again as a unit row repeats the dept row.
    const unitRow = (): RowDef | undefined => layout.find((x) => x.kind === 'unit' && x.text.name === r.name) ?? (byUnit.size === 1 ? layout[0] : undefined)
    const row = r.level === 'dept' ? layout[0] : r.level === 'unit' ? unitRow() : byUnit.get(byUnit.size === 1 ? '' : current)?.shift()
    return { row, label: r.name, figures: figuresOf(def, r) }
  })
}
