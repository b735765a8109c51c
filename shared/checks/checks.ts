// The consistency checks (勾稽关系): what a check is, and the pieces every table's checks are
// made of (comparisons of figures, negative amounts, fixed findings). The checks themselves —
// C1–C10 of the spec — sit in the specs of the tables their findings point at (shared/tables);
// a TableSet collects them. Each check is a node of the derivation graph: its dependencies are
// the cells it compares and its pure function returns the findings (empty when the relation
// holds), so checks update live with every edit and only when a cell they read has changed.
import type { BudgetBook } from '../model/book'
import { formatAmount, type Fen } from '../model/money'
import type { TableId } from '../tables/ids'

export type StandardCheckId = 'C1' | 'C2' | 'C3' | 'C4' | 'C5' | 'C6' | 'C7' | 'C8' | 'C9' | 'C10'
/** C1–C10 of the spec; a table set's own tables may add checks of their own ids. */
export type CheckId = StandardCheckId | (string & {})

export interface FindingCell {
  table: TableId
  row: string
  col: string
}

export interface Finding {
  check: CheckId
  severity: 'error' | 'warning'
  message: string
  cells: FindingCell[]
}

export interface CheckSpec {
  id: string
  check: CheckId
  deps: string[]
  /** The probable tags of `deps` in the engine's cell-tag registry (engine/cell-tags.ts), when cheap to know: numbered by tag. */
  tags?: readonly number[]
  run: (...values: Fen[]) => Finding[]
  /**
   * Everything `run` says besides its dependencies' values (the texts of its messages): a check
   * redeclared with the same id, dependencies and sig is the same node, so a structural edit
   * keeps it. Absent: always replaced.
   */
  sig?: string
}

/** Part of the book (a top-level field) a table's layout or a group of checks is built from. */
export type BookPart = keyof BudgetBook

/** Checks declared together from the same parts of the book. */
export interface CheckGroup {
  name: string
  /** Declared again after a structural edit only when one of these parts changed. */
  reads: readonly BookPart[]
  declare: (book: BudgetBook) => CheckSpec[]
}

export const CHECK_TITLES: Record<StandardCheckId, string> = {
  C1: '表十二项目合计 = 各来源项目支出',
  C2: '表十三项目合计 = 上年结转',
  C3: '表六合计 = 表五基本支出合计',
  C4: '表七合计 = 表八合计',
  C5: '表九收入合计 = 表九支出合计',
  C6: '机关运行经费 ≤ 公用经费',
  C7: '三公经费公务用车运行维护费 ≥ 表六对应科目',
  C8: '项目名称',
  C9: '功能科目与目录一致',
  C10: '金额为负数',
}

/** The title a check is listed under ('' for a check of a table set's own without one). */
export function checkTitle(id: CheckId): string {
  return (CHECK_TITLES as Partial<Record<string, string>>)[id] ?? ''
}

const at = (ref: string): FindingCell => {
  const [table, row, col] = ref.split('!') as [TableId, string, string]
  return { table, row, col }
}

export type Compare = (
  check: CheckId, key: string, left: string, leftName: string, right: string | string[], rightName: string,
  options?: { severity?: 'error' | 'warning'; ok?: (l: Fen, r: Fen) => boolean; verb?: string },
) => void

/**
 * What a failed comparison says. An equality names both sides and the gap ("A 与 B 不符，相差 d（元）");
 * a comparison with a verb already says how they disagree, so it only adds by how much
 * ("A 大于B，多 d 元"), never "大于…不符".
 */
function comparisonMessage(left: string, right: string, diff: Fen, fmt: (v: Fen) => string, unit: string, verb?: string): string {
  if (!verb) return `${left} 与 ${right} 不符，相差 ${fmt(diff)}（${unit}）`
  return `${left} ${verb}${right}，${diff > 0n ? '多' : '少'} ${fmt(diff < 0n ? -diff : diff)} ${unit}`
}

/** left must equal right (C1–C5), or satisfy `ok` (C6, C7). */
function comparer(book: BudgetBook, specs: CheckSpec[]): Compare {
  const fmt = (v: Fen): string => formatAmount(v, book.amountUnit)
  const unit = book.amountUnit
  return (check, key, left, leftName, right, rightName, options = {}) => {
    const rights = Array.isArray(right) ? right : [right]
    specs.push({
      id: `chk!${check}!${key}`,
      check,
      deps: [left, ...rights],
      sig: `${unit}|${leftName}|${rightName}|${options.verb ?? ''}`,
      run: (l, ...rs) => {
        const r = rs.reduce((a, b) => a + b, 0n)
        const holds = options.ok ? options.ok(l, r) : l === r
        if (holds) return []
        return [{
          check,
          severity: options.severity ?? 'error',
          message: comparisonMessage(`${leftName} ${fmt(l)}`, `${rightName} ${fmt(r)}`, l - r, fmt, unit, options.verb),
          cells: [at(left), ...rights.filter((x) => x.includes('!')).map(at)],
        }]
      },
    })
  }
}

/** A group of comparisons between figures (C1–C7): `declare` calls `compare` once per relation. */
export function comparisons(name: string, reads: readonly BookPart[], declare: (compare: Compare, book: BudgetBook) => void): CheckGroup {
  return {
    name,
    reads,
    declare: (book) => {
      const specs: CheckSpec[] = []
      declare(comparer(book, specs), book)
      return specs
    },
  }
}

/** A check holding one fixed finding (C8's duplicate names, C9), declared only when the book has it. */
export function fixedFinding(id: string, finding: Finding): CheckSpec {
  return { id, check: finding.check, deps: [], sig: JSON.stringify(finding), run: () => [finding] }
}

// C10: a negative amount. Rows are grouped into one check node per unit (projects) or per
// class (subjects), so a large department adds hundreds of nodes, not thousands; each row
// with a negative amount is still its own finding.
export interface RowAmounts { deps: string[]; where: string; cells: FindingCell[]; serial?: number }

/** Where a row's negative amount is reported. */
export interface RowPlace { where: string; cells: FindingCell[] }

/**
 * The rows of one C10 node, one per item (a unit's projects, a class's subjects): `deps` pushes
 * the amounts an item reads, `place` says where a negative one is reported, asked only for an
 * item the check finds negative (a large department's thousands of rows then cost no text).
 */
export interface NegativeItems<T extends object> {
  items: readonly T[]
  /** Pushes the item's dependencies onto `into`, and their probable tags onto `tags` (see CheckSpec.tags) if it knows them cheaply. */
  deps: (item: T, into: string[], tags: number[]) => void
  place: (item: T) => RowPlace
  /** Everything `place` says of the items, when it is cheap to spell (absent: a node is kept only for the very same items). */
  sig?: () => string
}

/** A node's findings: items[i] reads args[ends[i - 1] .. ends[i]). */
function negativeRun<T extends object>(rows: NegativeItems<T>, ends: readonly number[]): (...vs: Fen[]) => Finding[] {
  return (...vs) => {
    const out: Finding[] = []
    let k = 0
    for (let i = 0; i < rows.items.length; i++) {
      const end = ends[i]!
      let neg = false
      for (; k < end; k++) if (vs[k]! < 0n) neg = true
      if (!neg) continue
      const { where, cells } = rows.place(rows.items[i]!)
      out.push({ check: 'C10', severity: 'warning', message: `${where} 有负数金额`, cells })
    }
    return out
  }
}

/** Plain rows as items. */
const rowItems = (rows: RowAmounts[]): NegativeItems<RowAmounts> => ({
  items: rows,
  deps: (r, into) => {
    for (const d of r.deps) into.push(d)
  },
  place: (r) => r,
  sig: () => rows.map((r) => r.serial ?? r.where).join('\n'),
})

/** Declares one C10 node (see `negatives`). */
export type Negative = <T extends object>(id: string, rows: RowAmounts[] | NegativeItems<T>) => void

/**
 * A C10 group: `declare` calls `negative` once per node, with the rows it checks: plain rows, or
 * items with how to read them. A node declared under the same id from the very same items in the
 * same order (items shared by successive books, as projects are) is the node built then, its
 * rows not even read again.
 */
export function negatives(
  name: string, reads: readonly BookPart[],
  declare: (book: BudgetBook, negative: Negative) => void,
): CheckGroup {
  // The node last built from the items starting with this one: after a structural edit only the
  // nodes whose items the edit touched are built anew, and the engine sees the others unchanged at a glance.
  const last = new WeakMap<object, { id: string; items: readonly object[]; spec: CheckSpec }>()
  let serial = 0
  const unchanged = (id: string, items: readonly object[]): CheckSpec | undefined => {
    const hit = last.get(items[0]!)
    if (!hit || hit.id !== id) return undefined
    if (hit.items === items) return hit.spec
    if (hit.items.length !== items.length) return undefined
    for (let i = 0; i < items.length; i++) if (hit.items[i] !== items[i]) return undefined
    return hit.spec
  }
  const node = <T extends object>(id: string, rows: NegativeItems<T>): CheckSpec | undefined => {
    const { items } = rows
    if (!items.length) return undefined
    const same = unchanged(id, items)
    if (same) return same
    const deps: string[] = []
    const tags: number[] = []
    const ends: number[] = []
    for (const item of items) {
      rows.deps(item, deps, tags)
      ends.push(deps.length)
    }
    if (!deps.length) return undefined
    // The cells follow from the dependencies (a row's id is in its keys) and the table from
    // the place; a node built from items whose places are not spelled is new each time.
    const spec: CheckSpec = { id: `chk!C10!${id}`, check: 'C10', deps, sig: rows.sig ? rows.sig() : `#${++serial}`, run: negativeRun(rows, ends) }
    if (tags.length === deps.length) spec.tags = tags
    last.set(items[0]!, { id, items, spec })
    return spec
  }
  const group = (book: BudgetBook): CheckSpec[] => {
    const specs: CheckSpec[] = []
    declare(book, (id, rows) => {
      const spec = Array.isArray(rows) ? node(id, rowItems(rows)) : node(id, rows)
      if (spec) specs.push(spec)
    })
    return specs
  }
  return { name, reads, declare: group }
}

/** Every check of `groups` (a table set's `checks`) for `book`. */
export function declareChecks(book: BudgetBook, groups: readonly CheckGroup[]): CheckSpec[] {
  return groups.flatMap((g) => g.declare(book))
}
