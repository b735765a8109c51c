// Derived cells are named `${table}!${row}!${column}`: keyed by subject code or row id,
// never by a sheet address, so inserting a row never renames a cell.
import type { TableId } from './ids'
import type { CellDef, Formula } from './types'
import { TaggedCell, TaggedFormula, type Tagged } from '../engine/cell-tags'

// Ids are interned: the same cell id is the same string object in every build, made once. A large
// department's build names ~20,000 derived cells and the engine looks each up by id; a fresh
// concatenation would be flattened and hashed again at every build, an interned one keeps its hash.
// The lookups here are on the table and column (a handful of short, constant strings) and the row
// id, itself interned by its owner (`rowId`).
/** Bound the caches for a long session that opens many books; they refill on demand. */
const MAX_INTERNED = 1_000_000
let count = 0
const IDS = new Map<string, Map<string, Map<string, string>>>()
const ROW_IDS = new Map<string, Map<string, string>>()
const INPUT_CELLS = new Map<string, CellDef>()
/** Kept sum cells by table, row and column (see `sumCell`). */
const SUMS = new Map<string, Map<string, Map<string, CellDef>>>()
// The row `sumCell` was last asked for, and its columns.
let lastTable: Map<string, Map<string, CellDef>> | undefined
let lastRow = ''
let lastCols = new Map<string, CellDef>()

function full(): void {
  if (++count <= MAX_INTERNED) return
  count = 0
  IDS.clear()
  ROW_IDS.clear()
  INPUT_CELLS.clear()
  SUMS.clear()
  lastTable = undefined
}

export function cellId(table: TableId, row: string, col: string): string {
  let byCol = IDS.get(table)
  if (!byCol) IDS.set(table, (byCol = new Map()))
  let byRow = byCol.get(col)
  if (!byRow) byCol.set(col, (byRow = new Map()))
  let id = byRow.get(row)
  if (id === undefined) {
    full()
    byRow.set(row, (id = `${table}!${row}!${col}`))
  }
  return id
}

/** The id of a row laid out for a book item: `prefix` + its code or id ('s:2080505', 'p:…', 'u:…'), interned like cell ids. */
export function rowId(prefix: 's:' | 'p:' | 'u:', key: string): string {
  let byKey = ROW_IDS.get(prefix)
  if (!byKey) ROW_IDS.set(prefix, (byKey = new Map()))
  let id = byKey.get(key)
  if (id === undefined) {
    full()
    byKey.set(key, (id = prefix + key))
  }
  return id
}

/**
 * The grid cell showing input key `key`: one shared, frozen object per key (a large department
 * shows ~30,000 input cells per build; each a new object would survive to the end of the build),
 * tagged for the engine (see `tagged`).
 */
export function inputCell(key: string): CellDef {
  let cell = INPUT_CELLS.get(key)
  if (cell === undefined) {
    full()
    INPUT_CELLS.set(key, (cell = Object.freeze(new TaggedCell<Formula>(key))))
  }
  return cell
}

/**
 * The cell of table `table`, row `row`, column `col` adding up `plus` (a 款, 类 or 合计 of a
 * subject tree, a unit's or the department's row of 表十二/十三): kept, tagged, while it adds up
 * the same refs with the same explanation, so the build of any book with the same rows below
 * shows the same object and numbers it and its references by tag. A different list makes a new cell.
 */
export function sumCell(table: TableId, row: string, col: string, plus: readonly string[], explain: string): CellDef {
  let byRow = SUMS.get(table)
  if (!byRow) SUMS.set(table, (byRow = new Map()))
  // By row, then column: a row's columns are asked one after another, so the large map is asked once per row.
  if (row !== lastRow || byRow !== lastTable) {
    lastTable = byRow
    lastRow = row
    let byCol = byRow.get(row)
    if (!byCol) byRow.set(row, (byCol = new Map()))
    lastCols = byCol
  }
  const kept = lastCols.get(col)
  if (kept && kept.formula!.explain === explain && sameList(kept.formula!.plus, plus)) return kept
  full()
  const cell = Object.freeze(new TaggedCell<Formula>(cellId(table, row, col), new TaggedFormula({ plus, explain })))
  lastCols.set(col, cell)
  return cell
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false
  return true
}

/**
 * Grid cells made once per spec (kept across builds), given the tags of their refs and their
 * formulas' references (../engine/cell-tags.ts): a build numbers them without hashing an id.
 */
export function tagged<T extends Partial<Record<string, CellDef>>>(cells: T): T {
  const out: Partial<Record<string, CellDef>> = {}
  for (const col in cells) {
    const cell = cells[col]
    if (!cell || (cell as Tagged).tag !== undefined) out[col] = cell
    else out[col] = new TaggedCell<Formula>(cell.ref, cell.formula && new TaggedFormula(cell.formula))
  }
  return out as T
}

export function parseCellId(id: string): { table: TableId; row: string; col: string } | null {
  const parts = id.split('!')
  if (parts.length !== 3) return null
  return { table: parts[0] as TableId, row: parts[1]!, col: parts[2]! }
}
