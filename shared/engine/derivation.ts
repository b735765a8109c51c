// The live state of a book: the 13 tables (plus the entry sheet) laid out from the book and
// compiled into one dependency graph together with the consistency checks. Amount edits go
// through `setAmounts` (incremental); anything that changes the layout (a new subject, a
// deleted project, a renamed row) builds a new Derivation from the new book.
import type { BudgetBook } from '../model/book'
import type { Fen } from '../model/money'
import type { TableId } from '../tables/ids'
import type { RowDef } from '../tables/types'
import { ALL_TABLES } from '../tables'
import { Graph, isCellError, type CellError, type DerivedSpec } from './graph'
import { indexBook, readAmount, writeAmount } from './inputs'
import { isInputKey } from './keys'
import { declareChecks, type CheckSpec, type Finding } from '../checks/checks'

export type EngineValue = Fen | Finding[]

export interface CellLocation {
  table: TableId
  row: string
  col: string
}

const sameValue = (a: EngineValue, b: EngineValue): boolean =>
  typeof a === 'bigint' || typeof b === 'bigint' ? a === b : JSON.stringify(a) === JSON.stringify(b)

function linear(plusCount: number): (...args: EngineValue[]) => EngineValue {
  return (...args) => {
    let t = 0n
    for (let i = 0; i < args.length; i++) t = i < plusCount ? t + (args[i] as Fen) : t - (args[i] as Fen)
    return t
  }
}

export interface ChangeSet {
  /** Engine refs whose value changed. */
  refs: string[]
  /** Whether any check's findings changed. */
  checksChanged: boolean
}

export class Derivation {
  readonly layouts: ReadonlyMap<TableId, readonly RowDef[]>
  /** Where each engine ref is shown: ref → grid cells (an input may show in several tables). */
  readonly locations: ReadonlyMap<string, readonly CellLocation[]>
  private readonly graph: Graph<EngineValue>
  private readonly checks: readonly CheckSpec[]
  private current: BudgetBook

  constructor(book: BudgetBook) {
    this.current = book
    const layouts = new Map<TableId, RowDef[]>()
    const locations = new Map<string, CellLocation[]>()
    const derived = new Map<string, DerivedSpec<EngineValue>>()
    const inputRefs = new Set<string>()
    for (const def of ALL_TABLES) {
      const rows = def.build(book)
      layouts.set(def.id, rows)
      for (const row of rows) {
        for (const [col, cell] of Object.entries(row.cells)) {
          if (!cell) continue
          let at = locations.get(cell.ref)
          if (!at) locations.set(cell.ref, (at = []))
          at.push({ table: def.id, row: row.id, col })
          if (cell.formula) {
            const { plus, minus = [] } = cell.formula
            derived.set(cell.ref, { deps: [...plus, ...minus], run: linear(plus.length) })
            for (const d of [...plus, ...minus]) if (isInputKey(d)) inputRefs.add(d)
          } else if (isInputKey(cell.ref)) {
            inputRefs.add(cell.ref)
          }
        }
      }
    }
    this.checks = declareChecks(book)
    for (const c of this.checks) {
      derived.set(c.id, { deps: c.deps, run: c.run as (...args: EngineValue[]) => EngineValue })
      for (const d of c.deps) if (isInputKey(d)) inputRefs.add(d)
    }
    const idx = indexBook(book)
    const inputs = new Map<string, EngineValue>()
    for (const key of inputRefs) inputs.set(key, readAmount(book, idx, key))
    this.graph = new Graph<EngineValue>({ inputs, derived, same: sameValue })
    this.layouts = layouts
    this.locations = locations
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
