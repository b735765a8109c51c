// A set of tables: the published ones in print order plus the app's own entry sheets. The
// engine, the grid, the reader, the writers and the rounding all take one, so a second
// province's disclosure (or a test's extra table) is a second TableSet, not edits everywhere.
import type { CheckGroup } from '../checks/checks'
import type { TableId } from './ids'
import type { RowAddition, TableDef } from './types'

export interface TableSet {
  /** The published tables, in print order. */
  readonly published: readonly TableDef[]
  /** Every table the engine lays out: the published ones, then the entry sheets. */
  readonly all: readonly TableDef[]
  /** The consistency checks, in the order their findings are listed: the set's own and each table's (see SetChecks). */
  readonly checks: readonly CheckGroup[]
  /** The order the import comparison lists the differences of the tables' parts in (see SetChecks.compared). */
  readonly compared: readonly string[]
  /** The table `id`; throws for an id not in the set. */
  def(id: TableId): TableDef
  has(id: TableId): boolean
}

export interface SetChecks {
  /** Checks of the set's own, beyond those of its tables (none in the standard set). */
  own?: readonly CheckGroup[]
  /**
   * Check group names in the order their findings are listed (the 审核 pane, the import report);
   * groups not named follow, the set's own first, then each table's in table order.
   */
  listing?: readonly string[]
  /**
   * The order the import comparison lists differences in, by table id ('t4': every part its spec's
   * `read.place` declares) or table id and printed field ('t9.income': that part alone); parts not
   * named follow in table order.
   */
  compared?: readonly string[]
}

export function tableSet(published: readonly TableDef[], internal: readonly TableDef[] = [], checks: SetChecks = {}): TableSet {
  const all = [...published, ...internal]
  const byId = new Map<TableId, TableDef>(all.map((t) => [t.id, t]))
  return {
    published,
    all,
    checks: listed([...(checks.own ?? []), ...all.flatMap((t) => t.checks ?? [])], checks.listing ?? []),
    compared: checks.compared ?? [],
    def(id) {
      const def = byId.get(id)
      if (!def) throw new Error(`unknown table ${id}`)
      return def
    },
    has: (id) => byId.has(id),
  }
}

function listed(groups: readonly CheckGroup[], listing: readonly string[]): CheckGroup[] {
  const byName = new Map<string, CheckGroup>()
  for (const g of groups) {
    if (byName.has(g.name)) throw new Error(`two check groups named ${g.name}`)
    byName.set(g.name, g)
  }
  const first = listing.map((name) => {
    const g = byName.get(name)
    if (!g) throw new Error(`no check group named ${name}`)
    return g
  })
  return [...first, ...groups.filter((g) => !first.includes(g))]
}

/** The table's short name (表一 …, or what a set's added table calls itself); the id for a table not in the set. */
export function shortName(set: TableSet, id: TableId): string {
  return set.has(id) ? set.def(id).short : id
}

/** The first table of the set (of those `among` takes) where the clerk adds rows of this kind (a project of a kind: 表十二 or 表十三). */
export function tableAdding(set: TableSet, adds: (a: RowAddition) => boolean, among: (t: TableDef) => boolean = () => true): TableDef | undefined {
  return set.all.find((t) => among(t) && t.entry?.adds?.some(adds))
}

/** The set extended by more published tables (printed after the others; their checks listed after the set's). */
export function withTables(set: TableSet, ...extra: readonly TableDef[]): TableSet {
  const own = set.checks.filter((g) => !set.all.some((t) => t.checks?.includes(g)))
  return tableSet([...set.published, ...extra], set.all.filter((t) => !set.published.includes(t)), { own, listing: set.checks.map((g) => g.name), compared: set.compared })
}

/**
 * The same tables without the consistency checks: the checks only read the tables' cells, so
 * a derivation of this set computes every figure the same, and one that is only printed from
 * (see printBook) need not evaluate a check per project.
 */
export function withoutChecks(set: TableSet): TableSet {
  return { ...set, checks: [] }
}
