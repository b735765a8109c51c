// A table's columns as the reader looks for them, from the table's own spec: each column by the
// header text the spec prints over it, or by a spelling its `read` declares (what files of other
// departments print instead). A table of blocks side by side (表一, 表四, 表九: its spec's
// `sideBySide`) finds each block's first column first, then the block's other columns only
// between it and the next block's.
import { headersOver } from '../tables/headers'
import type { ColumnDef, TableDef } from '../tables/types'
import { headerKey, type RoleSpec } from './columns'

/** Where each block of columns starts (one block unless the table prints blocks side by side). */
function blockStarts(def: Pick<TableDef, 'columns' | 'sideBySide'>): number[] {
  const sides = def.sideBySide
  return sides ? [0, def.columns.findIndex((c) => sides.right.includes(c.id))] : [0]
}

/** The columns of block `block` (0: the left one), in order. */
export function blockColumns(def: Pick<TableDef, 'columns' | 'sideBySide'>, block: number): ColumnDef[] {
  const starts = blockStarts(def)
  return def.columns.slice(starts[block] ?? def.columns.length, starts[block + 1] ?? def.columns.length)
}

/** The roles mapColumns resolves, in the order it resolves them; each role is a column id. */
export function specRoles(def: Pick<TableDef, 'columns' | 'header' | 'sideBySide'>): RoleSpec<string>[] {
  const starts = blockStarts(def)
  const blockOf = (i: number): number => starts.filter((s) => s <= i).length - 1
  const role = (col: ColumnDef, i: number): RoleSpec<string> => {
    // Any year: headerKey turns '2000年合计' into 'N合计', as it does the file's header.
    const own = headersOver(def, i, 2000).pop()
    const match = [own, ...(col.read?.also ?? [])].filter((t) => t !== undefined).map(headerKey)
    const spec: RoleSpec<string> = { role: col.id, pos: i, match }
    if (col.read?.exact) spec.exact = true
    if (col.read?.anyHeader) spec.anyText = true
    if (starts.length > 1) {
      const b = blockOf(i)
      const start = def.columns[starts[b]!]!.id
      if (i !== starts[b]) spec.after = start
      else if (b > 0) spec.after = def.columns[starts[b - 1]!]!.id
      const next = starts[b + 1]
      if (i !== starts[b] && next !== undefined) spec.before = def.columns[next]!.id
    }
    return spec
  }
  const roles = def.columns.map(role)
  const ordered = starts.length > 1 ? [...starts.map((s) => roles[s]!), ...roles.filter((_, i) => !starts.includes(i))] : roles
  // A column looked for first goes ahead of the other money columns.
  const first = ordered.filter((r) => def.columns[r.pos]!.read?.first)
  const rest = ordered.filter((r) => !first.includes(r))
  const at = rest.findIndex((r) => def.columns[r.pos]!.kind === 'money')
  return at < 0 ? [...rest, ...first] : [...rest.slice(0, at), ...first, ...rest.slice(at)]
}
