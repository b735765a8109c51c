// The live state of a book: the 13 tables (plus the entry sheet) laid out from the book and
// compiled into one dependency graph together with the consistency checks. Amount edits go
// through `setAmounts` (incremental); anything that changes the layout (a new subject, a
// deleted project, a renamed row) builds a new Derivation from the new book.
import type { BudgetBook } from '../model/book'
import type { Fen } from '../model/money'
import type { TableId } from '../tables/ids'
import type { RowDef } from '../tables/types'
import { STANDARD_TABLES, type TableSet } from '../tables'
import { Graph, isCellError, type CellError, type DerivedSpec } from './graph'
import { bookAmounts, writeAmount } from './inputs'
import { isInputKey } from '../model/keys'
import { declareChecks, type CheckSpec, type Finding } from '../checks/checks'

export type EngineValue = Fen | Finding[]

export interface CellLocation {
  table: TableId
  row: string
  col: string
}

const sameValue = (a: EngineValue, b: EngineValue): boolean =>
  typeof a === 'bigint' || typeof b === 'bigint' ? a === b : JSON.stringify(a) === JSON.stringify(b)

/** Σ of the first `plusCount` values − Σ of the rest. Shared per plusCount: one closure per shape, not per cell. */
const LINEAR = new Map<number, (...args: EngineValue[]) => EngineValue>()
function linear(plusCount: number): (...args: EngineValue[]) => EngineValue {
  let fn = LINEAR.get(plusCount)
  if (!fn) {
    fn = (...args) => {
      let t = 0n
      for (let i = 0; i < args.length; i++) t = i < plusCount ? t + (args[i] as Fen) : t - (args[i] as Fen)
      return t
    }
    LINEAR.set(plusCount, fn)
  }
  return fn
}

export interface ChangeSet {
  /** Engine refs whose value changed. */
  refs: string[]
  /** Whether any check's findings changed. */
  checksChanged: boolean
}

export class Derivation {
  readonly layouts: ReadonlyMap<TableId, readonly RowDef[]>
  private readonly graph: Graph<EngineValue>
  private readonly checks: readonly CheckSpec[]
  private current: BudgetBook
  private locationIndex: Map<string, CellLocation[]> | null = null

  constructor(book: BudgetBook, readonly tables: TableSet = STANDARD_TABLES) {
    this.current = book
    const layouts = new Map<TableId, RowDef[]>()
    const derived = new Map<string, DerivedSpec<EngineValue>>()
    const inputs = new Map<string, EngineValue>()
    const amounts = bookAmounts(book)
    for (const def of tables.all) {
      const rows = def.build(book)
      layouts.set(def.id, rows)
      for (const row of rows) {
        const cells = row.cells
        for (const col in cells) {
          const cell = cells[col]
          if (!cell) continue
          const f = cell.formula
          if (f) derived.set(cell.ref, { deps: f.minus?.length ? [...f.plus, ...f.minus] : f.plus, run: linear(f.plus.length) })
          else if (isInputKey(cell.ref) && !inputs.has(cell.ref)) inputs.set(cell.ref, amounts.get(cell.ref) ?? 0n)
        }
      }
    }
    this.checks = declareChecks(book)
    for (const c of this.checks) derived.set(c.id, { deps: c.deps, run: c.run as (...args: EngineValue[]) => EngineValue })
    // Input keys that formulas or checks read without any grid cell showing them become inputs
    // when the graph meets them; looking each dependency up once there is cheaper than collecting them here.
    const resolve = (ref: string): EngineValue | undefined => (isInputKey(ref) ? (amounts.get(ref) ?? 0n) : undefined)
    this.graph = new Graph<EngineValue>({ inputs, derived, same: sameValue, resolve })
    this.layouts = layouts
  }

  /**
   * Where each engine ref is shown: ref → grid cells (an input may show in several tables).
   * Built on first use: a derivation replaced by the next structural edit never needs it.
   */
  get locations(): ReadonlyMap<string, readonly CellLocation[]> {
    if (this.locationIndex) return this.locationIndex
    const locations = new Map<string, CellLocation[]>()
    for (const [table, rows] of this.layouts) {
      for (const row of rows) {
        for (const col in row.cells) {
          const ref = row.cells[col]?.ref
          if (!ref) continue
          const at = locations.get(ref)
          if (at) at.push({ table, row: row.id, col })
          else locations.set(ref, [{ table, row: row.id, col }])
        }
      }
    }
    return (this.locationIndex = locations)
  }

  get book(): BudgetBook {
    return this.current
  }

  /** The money value of a cell ref (an input key or a derived cell). */
  value(ref: string): Fen | CellError | undefined {
    const v = this.graph.get(ref)
    return v === undefined || typeof v === 'bigint' || isCellError(v) ? (v as Fen | CellError | undefined) : undefined
  }

  isInput(ref: string): boolean {
    return this.graph.isInput(ref)
  }

  /** Set amounts (one transaction, e.g. one paste). Returns what changed. */
  setAmounts(changes: readonly (readonly [string, Fen])[]): ChangeSet {
    let book = this.current
    for (const [key, fen] of changes) {
      if (!this.graph.isInput(key)) throw new Error(`${key} is not an input cell`)
      book = writeAmount(book, key, fen)
    }
    this.current = book
    const refs = this.graph.set(changes)
    return { refs, checksChanged: refs.some((r) => r.startsWith('chk!')) }
  }

  findings(): Finding[] {
    const out: Finding[] = []
    for (const c of this.checks) {
      const v = this.graph.get(c.id)
      if (Array.isArray(v)) out.push(...v)
      else if (isCellError(v)) out.push({ check: c.check, severity: 'error', message: `校验无法计算：${v.message}`, cells: [] })
    }
    return out
  }

  /** Every cell and value, for comparing an incrementally updated state with a fresh one. */
  snapshot(): Map<string, EngineValue | CellError> {
    return new Map(this.graph.entries())
  }

  get cellCount(): number {
    return this.graph.size
  }
}
