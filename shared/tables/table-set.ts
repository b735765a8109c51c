// A set of tables: the published ones in print order plus the app's own entry sheets. The
// engine, the grid, the reader, the writers and the rounding all take one, so a second
// province's disclosure (or a test's extra table) is a second TableSet, not edits everywhere.
import type { CheckGroup } from '../checks/checks'
import type { TableId } from './ids'
import type { TableDef } from './types'

export interface TableSet {
  /** The published tables, in print order. */
  readonly published: readonly TableDef[]
  /** Every table the engine lays out: the published ones, then the entry sheets. */
  readonly all: readonly TableDef[]
  /** The consistency checks, in the order their findings are listed: the set's own, then each table's. */
  readonly checks: readonly CheckGroup[]
  /** The table `id`; throws for an id not in the set. */
  def(id: TableId): TableDef
  has(id: TableId): boolean
}

export function tableSet(published: readonly TableDef[], internal: readonly TableDef[] = [], checks: readonly CheckGroup[] = []): TableSet {
  const all = [...published, ...internal]
  const byId = new Map<TableId, TableDef>(all.map((t) => [t.id, t]))
  return {
    published,
    all,
    checks: [...checks, ...all.flatMap((t) => t.checks ?? [])],
    def(id) {
      const def = byId.get(id)
      if (!def) throw new Error(`unknown table ${id}`)
      return def
    },
    has: (id) => byId.has(id),
  }
}

/** The table's short name (表一 …, or what a set's added table calls itself); the id for a table not in the set. */
export function shortName(set: TableSet, id: TableId): string {
  return set.has(id) ? set.def(id).short : id
}

/** The set extended by more published tables (printed after the others). */
export function withTables(set: TableSet, ...extra: readonly TableDef[]): TableSet {
  const own = set.checks.filter((g) => !set.all.some((t) => t.checks?.includes(g)))
  return tableSet([...set.published, ...extra], set.all.filter((t) => !set.published.includes(t)), own)
}
