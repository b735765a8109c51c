// The live state of a book: the 13 tables (plus the entry sheet) laid out from the book and
// compiled into one dependency graph together with the consistency checks. Amount edits go
// through `setAmounts`; anything that changes the layout (a new subject, a deleted project, a
// renamed row) through `restructure`, which lays out again only the tables reading the changed
// part of the book and adds, removes or redeclares just the graph cells that differ.
import type { BudgetBook } from '../model/book'
import type { Fen } from '../model/money'
import type { TableId } from '../tables/ids'
import type { RowDef } from '../tables/types'
import { STANDARD_TABLES, type TableSet } from '../tables'
import { CellTable, CycleError, Graph, isCellError, type CellError, type DerivedSpec } from './graph'
import { changedAmounts, readAmounts, writeAmount } from './inputs'
import { resolveFormula, resolveRefs, ShownCounts } from './showings'
import type { Tagged } from './cell-tags'
import { byParts } from './by-parts'
import { isInputKey } from '../model/keys'
import type { BookPart, CheckSpec, Finding } from '../checks/checks'
import type { CellDef, Formula } from '../tables/types'

export type EngineValue = Fen | Finding[]

export interface CellLocation {
  table: TableId
  row: string
  col: string
}

const sameValue = (a: EngineValue, b: EngineValue): boolean =>
  typeof a === 'bigint' || typeof b === 'bigint' ? a === b : JSON.stringify(a) === JSON.stringify(b)

/** Σ of the first `plusCount` values − Σ of the rest. Shared per plusCount: one closure per shape, not per cell. */
const LINEAR: ((...args: EngineValue[]) => EngineValue)[] = []
function linear(plusCount: number): (...args: EngineValue[]) => EngineValue {
  let fn = LINEAR[plusCount]
  if (!fn) {
    fn = (...args) => {
      let t = 0n
      for (let i = 0; i < args.length; i++) t = i < plusCount ? t + (args[i] as Fen) : t - (args[i] as Fen)
      return t
    }
    LINEAR[plusCount] = fn
  }
  return fn
}

export interface ChangeSet {
  /** Engine refs whose value changed. */
  refs: string[]
  /** Whether any check's findings changed. */
  checksChanged: boolean
}

const derivedSpec = (f: Formula): DerivedSpec<EngineValue> => ({ deps: f.minus?.length ? [...f.plus, ...f.minus] : f.plus, run: linear(f.plus.length), sum: f.plus.length })
const checkSpec = (c: CheckSpec): DerivedSpec<EngineValue> => ({ deps: c.deps, run: c.run as (...args: EngineValue[]) => EngineValue })

const sameRefs = (a: readonly string[] | undefined, b: readonly string[] | undefined): boolean =>
  (a?.length ?? 0) === (b?.length ?? 0) && (a ?? []).every((x, i) => x === b![i])
const sameFormula = (a: Formula, b: Formula): boolean => sameRefs(a.plus, b.plus) && sameRefs(a.minus, b.minus)
const sameCheck = (a: CheckSpec, b: CheckSpec): boolean => a === b || (a.sig !== undefined && a.sig === b.sig && a.check === b.check && sameRefs(a.deps, b.deps))

/**
 * Pairs the rows of a table's new layout with its old one by id: `visit(row, was)` for each new
 * row (was: the old row of that id, if any), `drop(was)` for each old row no longer laid out.
 * Rows are keyed by what they show, so an edit keeps the others' ids and order, and rows kept per
 * book object (a project's, a unit's) are the very same objects: rows are paired by position
 * from both ends while the ids agree, and only the stretch between goes through a map.
 */
function pairRows(old: readonly RowDef[], rows: readonly RowDef[], visit: (row: RowDef, was: RowDef | undefined) => void, drop: (was: RowDef) => void): void {
  let head = 0
  while (head < rows.length && head < old.length && rows[head]!.id === old[head]!.id) visit(rows[head]!, old[head++])
  let tail = 0
  for (; tail < rows.length - head && tail < old.length - head; tail++) {
    const row = rows[rows.length - 1 - tail]!
    const was = old[old.length - 1 - tail]!
    if (row.id !== was.id) break
    visit(row, was)
  }
  const before = new Map<string, RowDef>()
  for (let i = head; i < old.length - tail; i++) before.set(old[i]!.id, old[i]!)
  for (let i = head; i < rows.length - tail; i++) {
    const row = rows[i]!
    visit(row, before.get(row.id))
    before.delete(row.id)
  }
  for (const was of before.values()) drop(was)
}

/** What a derivation holds besides its book; handed on by `restructure`. */
interface State {
  layouts: Map<TableId, readonly RowDef[]>
  graph: Graph<EngineValue>
  /** Per check group of the table set, its checks. */
  checks: CheckSpec[][]
  /** How many times the layouts show each cell (one shown nowhere, and for an input read by nothing, leaves the graph). */
  shown: Shown
}

/**
 * How many times the layouts show each cell: by graph cell number for a cell in the graph, by
 * ref for one that is not (a reference to a cell declared nowhere and read by nothing, or one a
 * structural edit is about to add), so the build looks each ref up only once.
 */
class Shown {
  constructor(
    private bySlot: Int32Array,
    private readonly offGraph = new Map<string, number>(),
  ) {}

  count(graph: Graph<EngineValue>, ref: string): number {
    const s = graph.slot(ref)
    return s === undefined ? (this.offGraph.get(ref) ?? 0) : (this.bySlot[s] ?? 0)
  }

  add(graph: Graph<EngineValue>, ref: string, delta: number): number {
    const s = graph.slot(ref)
    if (s !== undefined) return this.addAt(s, delta)
    const n = (this.offGraph.get(ref) ?? 0) + delta
    if (n) this.offGraph.set(ref, n)
    else this.offGraph.delete(ref)
    return n
  }

  private addAt(s: number, delta: number): number {
    if (s >= this.bySlot.length) {
      const grown = new Int32Array(Math.max(s + 1, this.bySlot.length * 2))
      grown.set(this.bySlot)
      this.bySlot = grown
    }
    return (this.bySlot[s]! += delta)
  }

  /** Counts of refs the graph is about to let go move to the refs. */
  release(graph: Graph<EngineValue>, refs: readonly string[]): void {
    for (const ref of refs) {
      const s = graph.slot(ref)
      if (s === undefined || !this.bySlot[s]) continue
      this.offGraph.set(ref, this.bySlot[s]!)
      this.bySlot[s] = 0
    }
  }

  /** Counts of refs the graph has just taken in move to their cell numbers. */
  settle(graph: Graph<EngineValue>): void {
    for (const [ref, n] of this.offGraph) {
      const s = graph.slot(ref)
      if (s === undefined) continue
      this.addAt(s, n)
      this.offGraph.delete(ref)
    }
  }
}

export class Derivation {
  readonly layouts: ReadonlyMap<TableId, readonly RowDef[]>
  private readonly graph: Graph<EngineValue>
  private readonly checks: readonly CheckSpec[][]
  private readonly shown: Shown
  private current: BudgetBook
  private locationIndex: Map<string, CellLocation[]> | null = null

  constructor(book: BudgetBook, readonly tables: TableSet = STANDARD_TABLES, state?: State) {
    this.current = book
    const s = state ?? Derivation.build(book, tables)
    this.layouts = s.layouts
    this.graph = s.graph
    this.checks = s.checks
    this.shown = s.shown
  }

  private static build(book: BudgetBook, tables: TableSet): State {
    const layouts = new Map<TableId, RowDef[]>()
    // Cells are numbered as they are met: the book's nonzero amounts, then the cells the layouts
    // show and their references, then the checks'. Nearly every id comes with its tag (cell-tags.ts:
    // kept cells and formulas, kept key lists, C10 dependencies), so few are looked up by map.
    const cells = new CellTable<EngineValue>()
    const typed: number[] = []
    readAmounts(book, (key, fen, tag) => {
      const i = tag === undefined ? cells.slot(key) : cells.slotTagged(tag, key)
      cells.input(i, fen)
      typed.push(i)
    })
    const showings = new ShownCounts()
    /** Cells shown without a formula that are not input keys: references to cells declared elsewhere. */
    const bare: number[] = []
    for (const def of tables.all) {
      const rows = byParts(def, def.reads, book, (b) => def.build(b))
      layouts.set(def.id, rows)
      for (const row of rows) {
        const rowCells = row.cells
        for (const col in rowCells) {
          const cell = rowCells[col]
          if (!cell) continue
          const ref = cell.ref
          const f = cell.formula
          const tag = (cell as Tagged).tag
          const i = tag === undefined ? cells.slot(ref) : cells.slotTagged(tag, ref)
          if (f) {
            cells.declare(i, linear(f.plus.length), f.plus.length)
            resolveFormula(cells, i, f)
          } else if (cells.unset(i)) {
            if (isInputKey(ref)) cells.input(i, 0n)
            else bare.push(i)
          }
          // Every showing counts: a cell shown nowhere (and, for an input, read by nothing) leaves the graph.
          showings.add(i)
        }
      }
    }
    const checks = tables.checks.map((g) => byParts(g, g.reads, book, (b) => g.declare(b)))
    for (const group of checks) {
      for (const c of group) {
        const i = cells.slot(c.id)
        cells.declare(i, c.run as (...args: EngineValue[]) => EngineValue, -1)
        cells.begin(i, c.deps.length)
        resolveRefs(cells, c.deps, c.tags)
        cells.end(i)
      }
    }
    const shown = showings.take(cells.count)
    // A typed amount no table shows is like any input key read without being shown: in the graph only when read.
    const unshown = new Map<string, EngineValue>()
    for (const i of typed) {
      if (shown[i]) continue
      unshown.set(cells.id(i), cells.values[i] as Fen)
      cells.forget(i)
    }
    const resolve = (ref: string): EngineValue | undefined => (isInputKey(ref) ? (unshown.get(ref) ?? 0n) : undefined)
    const graph = new Graph<EngineValue>({ cells, same: sameValue, resolve })
    // A bare reference read by nothing is not in the graph: its showings are counted by ref.
    const offGraph = new Map<string, number>()
    for (const i of bare) {
      const ref = cells.id(i)
      if (graph.slot(ref) !== undefined) continue
      offGraph.set(ref, shown[i]!)
      shown[i] = 0
    }
    return { layouts, graph, checks, shown: new Shown(shown, offGraph) }
  }

  /**
   * The derivation of `book`, a structural edit of this derivation's book (rows added, removed or
   * renamed, and any amounts with them): only the tables and check groups reading a changed part
   * of the book are laid out again, and only the graph cells that differ are added, removed or
   * redeclared, then recomputed with their dependents. This derivation must not be used afterwards
   * (the returned one takes over its graph). Falls back to a full build for a change of entry unit.
   */
  restructure(book: BudgetBook): Derivation {
    const old = this.current
    if (book.amountUnit !== old.amountUnit) return new Derivation(book, this.tables)
    const changed = new Set<BookPart>()
    for (const k of new Set([...Object.keys(old), ...Object.keys(book)]) as Set<BookPart>) if (old[k] !== book[k]) changed.add(k)
    const touches = (reads: readonly BookPart[] | undefined): boolean => reads === undefined || reads.some((r) => changed.has(r))
    try {
      return new Derivation(book, this.tables, this.restructured(book, old, touches))
    } catch (e) {
      if (!(e instanceof CycleError)) throw e
      return new Derivation(book, this.tables)
    }
  }

  private restructured(book: BudgetBook, old: BudgetBook, touches: (reads: readonly BookPart[] | undefined) => boolean): State {
    const { graph, shown } = this
    const amounts = changedAmounts(old, book)
    const layouts = new Map(this.layouts)
    const remove: string[] = []
    const derived: [string, DerivedSpec<EngineValue>][] = []
    const inputs: [string, EngineValue][] = []
    /** Input keys that may have lost their last reader. */
    const orphans = new Set<string>()
    const dropDerived = (ref: string): void => {
      for (const dep of graph.dependenciesOf(ref)) if (isInputKey(dep)) orphans.add(dep)
    }
    for (const def of this.tables.all) {
      if (!touches(def.reads)) continue
      const rows = byParts(def, def.reads, book, (b) => def.build(b))
      const old = this.layouts.get(def.id) ?? []
      layouts.set(def.id, rows)
      const added: CellDef[] = []
      const dropped: CellDef[] = []
      // Only cells whose ref or formula differs from the same row's before are added or dropped.
      pairRows(old, rows, (row, was) => {
        if (was === row) return
        for (const col in row.cells) {
          const cell = row.cells[col]
          const prev = was?.cells[col]
          if (cell && prev && cell.ref === prev.ref && (cell.formula && prev.formula ? sameFormula(cell.formula, prev.formula) : !cell.formula && !prev.formula)) continue
          if (cell) added.push(cell)
          if (prev) dropped.push(prev)
        }
        if (was) for (const col in was.cells) if (!(col in row.cells) && was.cells[col]) dropped.push(was.cells[col]!)
      }, (was) => {
        for (const col in was.cells) if (was.cells[col]) dropped.push(was.cells[col]!)
      })
      const declaredHere = new Set<string>()
      for (const cell of added) {
        shown.add(graph, cell.ref, 1)
        if (cell.formula) {
          if (graph.has(cell.ref) && !graph.isInput(cell.ref)) dropDerived(cell.ref)
          derived.push([cell.ref, derivedSpec(cell.formula)])
          declaredHere.add(cell.ref)
        } else if (isInputKey(cell.ref) && !graph.has(cell.ref)) inputs.push([cell.ref, amounts.get(cell.ref) ?? 0n])
      }
      for (const cell of dropped) {
        if (shown.add(graph, cell.ref, -1) > 0) continue
        if (!cell.formula) {
          if (isInputKey(cell.ref)) orphans.add(cell.ref)
        } else if (!declaredHere.has(cell.ref)) {
          dropDerived(cell.ref)
          remove.push(cell.ref)
        }
      }
    }
    const checks = this.tables.checks.map((group, g) => {
      if (!touches(group.reads)) return this.checks[g]!
      const next = byParts(group, group.reads, book, (b) => group.declare(b))
      const before = new Map(this.checks[g]!.map((c) => [c.id, c]))
      const ids = new Set<string>()
      for (const c of next) {
        ids.add(c.id)
        const was = before.get(c.id)
        if (was && sameCheck(was, c)) continue
        if (was) dropDerived(c.id)
        derived.push([c.id, checkSpec(c)])
      }
      for (const c of before.values()) {
        if (ids.has(c.id)) continue
        dropDerived(c.id)
        remove.push(c.id)
      }
      return next.map((c) => (before.get(c.id) && sameCheck(before.get(c.id)!, c) ? before.get(c.id)! : c))
    })
    for (const [key, fen] of amounts) if (graph.has(key) && graph.isInput(key)) inputs.push([key, fen])
    // A key the graph lacks holds zero unless the edit gave it an amount: every nonzero amount of
    // the old book was in the graph (each table shows its items' amounts), and items the edit did
    // not touch keep theirs.
    const resolve = (ref: string): EngineValue | undefined => (isInputKey(ref) ? (amounts.get(ref) ?? 0n) : undefined)
    shown.release(graph, remove)
    graph.restructure({ remove, inputs, derived, resolve })
    shown.settle(graph)
    // Inputs that no table shows and no cell reads any more are not part of the book's graph.
    const gone = [...orphans].filter((ref) => shown.count(graph, ref) === 0 && graph.has(ref) && graph.isInput(ref) && !graph.hasDependents(ref))
    if (gone.length) graph.restructure({ remove: gone })
    return { layouts, graph, checks, shown }
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
    for (const c of this.checks.flat()) {
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
