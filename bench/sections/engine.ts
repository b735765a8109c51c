// Engine figures on the synthetic department: one amount edit through Derivation.setAmounts
// (what every keystroke-commit in the grid costs), a full recomputation (of the book with new
// parts, of a fresh copy of it: what opening a file costs, and of the very same book, which
// reuses every layout), a structural edit (adding one project:
// Derivation.restructure) and the heap the live derivation holds.
import { Derivation } from '../../shared/engine/derivation'
import { isInputKey } from '../../shared/model/keys'
import type { Fen } from '../../shared/model/money'
import { addProject } from '../../shared/edit'
import { syntheticDepartment } from '../synthetic'
import type { BudgetBook } from '../../shared/model/book'
import { heapMb, median, percentile, seeded, time } from '../stats'

// A build runs for tens of milliseconds and the JIT keeps tiering its functions up over the
// first handful of builds (the median of builds 3–12 was 1.1–1.4× that of builds 11–30), so the
// full-recompute figures warm up longer than two builds and take the median of more runs.
const FULL_WARMUP = 8
const FULL_RUNS = 20
const STRUCTURAL_RUNS = 9
const EDIT_WARMUP = 300
const EDITS = 2500

export async function benchEngine(): Promise<Record<string, number>> {
  const book = syntheticDepartment()

  // Full recomputation: warm-up builds so the JIT has compiled the code, then the median. Each
  // build is of the book with every part a new array or object (sharing the items): no table's
  // layout and no check group is reused from the build before (engine/by-parts.ts), only what is
  // kept per book item (表十二/十三's rows per project and unit, as in earlier rounds).
  const withNewParts = (): BudgetBook =>
    Object.fromEntries(Object.entries(book).map(([k, v]) => [k, Array.isArray(v) ? [...v] : v !== null && typeof v === 'object' ? { ...v } : v])) as unknown as BudgetBook
  for (let i = 0; i < FULL_WARMUP; i++) new Derivation(withNewParts())
  const full: number[] = []
  for (let i = 0; i < FULL_RUNS; i++) {
    const copy = withNewParts()
    full.push(time(() => new Derivation(copy)))
  }
  // A rebuild of the very same book: every layout and check group is reused.
  const unchanged: number[] = []
  for (let i = 0; i < FULL_RUNS; i++) unchanged.push(time(() => new Derivation(book)))
  // The same from a copy of the book sharing no object with it (rows kept per book object, as
  // 表十二/十三's, are then laid out anew): what opening a file costs.
  const cold: number[] = []
  for (let i = 0; i < FULL_RUNS; i++) {
    const copy = structuredClone(book)
    cold.push(time(() => new Derivation(copy)))
  }

  // A structural edit: one project added to a unit. Each run starts from a fresh derivation
  // (restructure hands the graph on), which is built outside the timing.
  const structural: number[] = []
  for (let i = 0; i < STRUCTURAL_RUNS + 2; i++) {
    const base = new Derivation(book)
    const added = addProject(book, book.units[i % book.units.length]!.id, 'current', `新增项目${i}`)
    if (!added.ok) throw new Error(added.message)
    const ms = time(() => base.restructure(added.book))
    if (i >= 2) structural.push(ms)
  }

  // The derivation of a fresh copy (as an opened file's): a derivation of the very book the runs
  // above built shares the cells kept per table and row with them, so its own heap read ≈ 0 or
  // below when a collection of their garbage fell in between.
  const opened = structuredClone(book)
  const heapBefore = await heapMb()
  const d = new Derivation(opened)
  const heapWith = await heapMb()
  // Built lazily on first use (the grid asks for it after the first amount edit).
  const locationsMs = time(() => d.locations)
  const keys = new Set<string>()
  for (const rows of d.layouts.values()) for (const row of rows) {
    for (const cell of Object.values(row.cells)) if (cell && isInputKey(cell.ref)) keys.add(cell.ref)
  }
  const inputs = [...keys]
  const int = seeded(7)
  const edit = (): (readonly [string, Fen])[] => [[inputs[int(inputs.length)]!, BigInt(int(10_000_000)) * 10_000n]]
  for (let i = 0; i < EDIT_WARMUP; i++) d.setAmounts(edit())
  const edits: number[] = []
  for (let i = 0; i < EDITS; i++) {
    const change = edit()
    edits.push(time(() => d.setAmounts(change)))
  }

  console.log(`engine: ${book.units.length} units, ${book.projects.length} projects, ${book.subjects.length} 项, ${book.econ.length} 表六 rows → ${d.cellCount} cells, ${inputs.length} input keys`)
  return {
    engine_cells: d.cellCount,
    engine_edit_median_ms: median(edits),
    engine_edit_p95_ms: percentile(edits, 95),
    engine_edit_max_ms: Math.max(...edits),
    engine_full_recompute_ms: median(full),
    engine_full_recompute_min_ms: Math.min(...full),
    engine_full_recompute_fresh_book_ms: median(cold),
    engine_rebuild_unchanged_ms: median(unchanged),
    engine_structural_edit_ms: median(structural),
    engine_locations_ms: locationsMs,
    /** Everything live: the book, the derivation, the bench's own arrays and the runtime. */
    engine_heap_mb: heapWith,
    /** The derivation alone (its graph, layouts and locations). */
    engine_derivation_mb: heapWith - heapBefore,
  }
}
