// Where a cell is, in the words a clerk uses: 表五 / 2080505 行政单位离退休 / 基本支出.
import type { Derivation, CellLocation } from '../engine/derivation'
import { headersOver } from '../tables'
import type { RowDef, TableDef } from '../tables/types'

export interface CellDescription {
  table: string
  row: string
  column: string
}

/** Leaf headers that only make sense with the group above them (本年收入·合计, 支出·小计). */
const GENERIC = new Set(['合计', '小计', '金额'])

/**
 * The header text over a column: the lowest header cell covering it, preceded by the nearest
 * group above that says something when the leaf alone does not (合计, a year) or on the entry
 * sheet (基本支出·一般公共预算). Year groups (2026年预算数) and 项目/金额 say nothing.
 */
function columnTitle(def: TableDef, col: number, year: number): string {
  const covering = headersOver(def, col, year)
  const leaf = covering.pop() ?? ''
  const needsGroup = GENERIC.has(leaf) || leaf.includes(String(year)) || def.internal === true
  const group = needsGroup ? covering.reverse().find((g) => !g.includes(String(year)) && g !== '项目' && g !== '金额') : undefined
  return group ? `${group}·${leaf}` : leaf
}

/** The row's label: the text cells to the left of the money column (表一's two blocks each have their own). */
function rowLabel(def: TableDef, row: RowDef, col: number): string {
  let c = col - 1
  while (c >= 0 && def.columns[c]!.kind === 'money') c--
  const parts: string[] = []
  while (c >= 0 && def.columns[c]!.kind !== 'money') {
    const t = row.text[def.columns[c]!.id]
    if (t) parts.unshift(t)
    c--
  }
  return parts.join(' ')
}

export class CellDescriber {
  private readonly rows = new Map<string, Map<string, RowDef>>()

  constructor(private readonly d: Derivation) {}

  describe(at: CellLocation): CellDescription {
    const def = this.d.tables.def(at.table)
    let rows = this.rows.get(at.table)
    if (!rows) {
      rows = new Map((this.d.layouts.get(at.table) ?? []).map((r) => [r.id, r]))
      this.rows.set(at.table, rows)
    }
    const row = rows.get(at.row)
    const col = def.columns.findIndex((c) => c.id === at.col)
    const year = this.d.book.year
    return {
      table: def.short,
      row: row && col >= 0 ? rowLabel(def, row, col) : at.row,
      column: col >= 0 ? columnTitle(def, col, year) : at.col,
    }
  }
}
