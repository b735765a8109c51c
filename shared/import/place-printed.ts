// Where each printed row of a disclosure sits in its table's layout: the row keys the import
// comparison pairs printed figures with. The columns are the spec's own: a printed row's figure
// for a column is its field named by the column (ColumnDef.read.field, else the column id).
import type { Derivation } from '../engine/derivation'
import { FUNCTION_CLASSES } from '../catalog/classes'
import type { TableId } from '../tables/ids'
import type { ColumnDef, RowDef, RowMatch, TableDef } from '../tables/types'
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

/**
 * The rows of the tables a set adds beyond the 13: where the spec declares it (`read.place`), as the
 * 13 are placed, the read rows standing for the printed table (`rows`; side by side, `left` and
 * `right`); else each printed row by its label (the first text column).
 */
export function placeSetTables(read: readonly SetTableRead[], d: Derivation): PlacedTable[] {
  return read.flatMap((table): PlacedTable[] => {
    const def = d.tables.def(table.id)
    const layout = d.layouts.get(table.id) ?? []
    if (def.read?.place) {
      const printed = asPrinted(def, table)
      return def.read.place.map((match) => [table.id, placePart(def, layout, d, match, printed)] as const)
    }
    // Side by side, a printed row is one block's row, found among that block's rows by that block's label.
    const blocks = def.sideBySide ? blocksOf(layout) : null
    return [[table.id, table.rows.map((printed) => {
      const labelCol = labelColumn(def, printed.block)
      const rows = blocks ? (printed.block === 1 ? blocks.right : blocks.left) : layout
      return { row: rows.find((x) => labelCol && textKey(x.text[labelCol.id]) === textKey(printed.label)), label: printed.label, figures: printed.cells }
    })] as const]
  })
}

/** A set's added table as read, in the shape of a printed table: each text and figure under its column's printed field. */
function asPrinted(def: TableDef, table: SetTableRead): Record<string, Record<string, unknown>[]> {
  const row = (r: SetTableRead['rows'][number]): Record<string, unknown> => {
    const out: Record<string, unknown> = { ...r.texts }
    for (const col of def.columns) if (col.id in r.cells) out[col.read?.field ?? col.id] = r.cells[col.id]
    return out
  }
  if (!def.sideBySide) return { rows: table.rows.map(row) }
  return { left: table.rows.filter((r) => r.block === 0).map(row), right: table.rows.filter((r) => r.block === 1).map(row) }
}

/** A value inside a printed table by its path ('income.gp'); undefined where there is none. */
function at(printed: object, path: string): unknown {
  let v: unknown = printed
  for (const key of path.split('.')) v = v !== null && typeof v === 'object' ? (v as Record<string, unknown>)[key] : undefined
  return v
}

/**
 * The printed tables of the set's specs, each part where its spec's `read.place` says its rows land,
 * in the order the set lists them (TableSet.compared: a part by 'id.rows', else by its table id),
 * the parts not listed after them in table order.
 */
export function placeTables(t: PublishedTables, d: Derivation): PlacedTable[] {
  const listed = d.tables.compared
  const rank = (def: TableDef, match: RowMatch): number => {
    const own = 'rows' in match ? listed.indexOf(`${def.id}.${match.rows}`) : -1
    const i = own >= 0 ? own : listed.indexOf(def.id)
    return i >= 0 ? i : listed.length
  }
  const parts = d.tables.published.flatMap((def) => {
    const printed = (t as unknown as Partial<Record<string, object>>)[def.id]
    return printed ? (def.read?.place ?? []).map((match) => ({ def, match, printed, rank: rank(def, match) })) : []
  })
  // A stable sort: the parts of one rank keep the order of the set and of their spec.
  return parts.sort((x, y) => x.rank - y.rank).map(({ def, match, printed }) => [def.id, placePart(def, d.layouts.get(def.id) ?? [], d, match, printed)] as const)
}

function placePart(def: TableDef, layout: readonly RowDef[], d: Derivation, match: RowMatch, printed: object): PlacedRow[] {
  const rows = (field: string): readonly Record<string, unknown>[] => (at(printed, field) as readonly Record<string, unknown>[] | undefined) ?? []
  switch (match.by) {
    case 'code':
      return treeRows(def, layout, d, rows(match.rows) as unknown as readonly TreeRow[], match.block ?? 0, match.total ?? 'total')
    case 'econ':
      return econRows(def, layout, rows(match.rows) as unknown as PublishedTables['t6']['rows'])
    case 'project':
      return projectRows(def, layout, rows(match.rows) as unknown as readonly ProjectRow[])
    case 'order': {
      const label = labelField(def)
      return rows(match.rows).map((r, i) => ({ row: layout[i], label: String(r[label] ?? ''), figures: figuresOf(def, r) }))
    }
    case 'label': {
      const label = labelField(def)
      const col = textColumn(def, 0)
      return rows(match.rows).map((r) => ({
        row: r.level === 'total' ? layout[0] : layout.find((x) => x.kind === match.kind && col !== undefined && x.text[col] === r[label]),
        label: String(r[label] ?? ''), figures: figuresOf(def, r),
      }))
    }
    case 'class':
      // The printed classes in the order of the 30 (a file printing fewer leaves the last ones out).
      return rows(match.rows).flatMap((e, i) => {
        const c = FUNCTION_CLASSES[i]
        return c ? [{ row: byId(layout, `c:${c.code}`), label: `${String(e.seq)}、${String(e.name)}`, figures: figuresOf(def, e, match.block) }] : []
      })
    case 'lines':
      return incomeLines(def, layout, match.column, match.figures.map((path) => (at(printed, path) as Printed | undefined) ?? null))
    case 'rows': {
      const col = textColumn(def, match.block)
      return match.figures.map((f) => {
        const row = f.row ? byId(layout, f.row) : undefined
        const label = (col !== undefined ? row?.text[col] : undefined) ?? f.label ?? ''
        return { row, label, figures: figuresOf(def, (at(printed, f.path) as object | undefined) ?? {}, match.block) }
      })
    }
  }
}

/** The first text column of block `block` (the column naming its rows). */
function labelColumn(def: TableDef, block = 0): ColumnDef | undefined {
  return blockColumns(def, block).find((c) => c.kind !== 'money')
}

/** Its id. */
function textColumn(def: TableDef, block: number): string | undefined {
  return labelColumn(def, block)?.id
}

/** Where a printed row keeps its label: the label column's printed field (ColumnDef.read.field), else the column id. */
function labelField(def: TableDef): string {
  const col = labelColumn(def)
  return col?.read?.field ?? col?.id ?? 'label'
}

/**
 * 表一, 表四's income block: each figure on the next layout row printing an amount in `column`,
 * named by that row's label (表四 prints the carry-over again by source, under 上年财政拨款结转).
 */
function incomeLines(def: TableDef, layout: readonly RowDef[], column: string, figures: readonly Printed[]): PlacedRow[] {
  const col = textColumn(def, def.sideBySide?.right.includes(column) ? 1 : 0)
  const lines = layout.filter((r) => r.cells[column])
  return figures.map((p, i) => {
    const row = lines[i]
    const name = splitOrdinal((col !== undefined ? row?.text[col] : undefined) ?? '').rest
    return { row, label: row?.id.startsWith('f:carry:') ? `上年结转（${name}）` : name, figures: { [column]: p } }
  })
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
interface ProjectRow { name: string; level: 'dept' | 'unit' | 'project' }

function projectRows(def: TableDef, layout: readonly RowDef[], rows: readonly ProjectRow[]): PlacedRow[] {
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
