// The two small combinatorial problems balancing reduces to.
//
// A node of a table's row tree (合计, a 类, a 款, a unit …) has its printed value per column
// already fixed, in whole steps of 0.01 万元. Its children each have a true value per column;
// each child prints the floor or the ceiling of it, so a child's choice is a bit mask (bit c
// set = column c rounds up). The column sums of the children must give the parent's printed
// values exactly (so the table adds up), and for every combination of columns the child
// prints as one figure (表二's 一般公共预算 = 基本 + 项目, 表三's 基本支出 = Σ sources …) the
// number of rounded-up columns must keep that figure within one step of its true value: a
// window [lo, hi] on popcount(mask & set). `solveSplit` finds such masks; `rankRoot` ranks
// the candidate printed values of a tree's top node, where grand totals are pinned as well.
import { popcount, STEP_NUM } from './units'

export interface Window {
  set: number
  lo: number
  hi: number
  /** A preference (a grand total's rounded value), not a requirement. */
  soft?: boolean
}

export interface SplitRow {
  /** Columns whose true value is not a whole step (only these may round up). */
  free: number
  /** 分 above the floor per column, 0 … 9,999. */
  rest: readonly number[]
  windows: readonly Window[]
  /** Masks known to leave this row's own subtree without a solution. */
  bad?: ReadonlySet<number>
}

export interface SplitResult {
  masks: number[]
  /** How far the requirements (windows, column sums) are from being met; 0 = solved. */
  violation: number
}

/** One requirement missed by one outweighs every preference. */
const HARD = 1024

/** Cost of a mask for a row: requirements missed × HARD + preferences missed (+ HARD for a known dead end). */
export function rowCost(row: Pick<SplitRow, 'windows' | 'bad'>, mask: number): number {
  let v = 0
  for (const w of row.windows) {
    const k = popcount(mask & w.set)
    const miss = k < w.lo ? w.lo - k : k > w.hi ? k - w.hi : 0
    v += w.soft ? miss : miss * HARD
  }
  return row.bad?.has(mask) ? v + HARD : v
}

export function rowViolation(windows: readonly Window[], mask: number): number {
  return Math.floor(rowCost({ windows }, mask) / HARD)
}

/**
 * Choose a mask per row so that column c has exactly need[c] rows rounding up and every
 * row's windows hold. Largest remainder first (it meets the column sums and is what a clerk
 * would do by hand), then min-conflicts swaps within a column (a swap keeps the column sums),
 * then an exhaustive search with a node budget. Returns the best found.
 */
export function solveSplit(rows: readonly SplitRow[], need: readonly number[], rng: () => number): SplitResult {
  const m = rows.length
  const ncols = need.length
  const masks = new Array<number>(m).fill(0)
  let columnMiss = 0
  for (let c = 0; c < ncols; c++) {
    const bit = 1 << c
    const candidates: number[] = []
    for (let i = 0; i < m; i++) if (rows[i]!.free & bit) candidates.push(i)
    candidates.sort((a, b) => rows[b]!.rest[c]! - rows[a]!.rest[c]! || a - b)
    const want = need[c]!
    if (want < 0 || want > candidates.length) columnMiss += want < 0 ? -want : want - candidates.length
    for (let k = 0; k < Math.min(Math.max(want, 0), candidates.length); k++) masks[candidates[k]!]! |= bit
  }
  const viol = rows.map((r, i) => rowCost(r, masks[i]!))
  let total = viol.reduce((a, b) => a + b, 0)
  if (total === 0 || columnMiss > 0) return { masks, violation: Math.floor(total / HARD) + columnMiss }

  let best = { masks: [...masks], cost: total }
  const steps = 2000 + 200 * m
  // Once every requirement holds, preferences get a short try only: they may be unreachable.
  const softSteps = 100 + 10 * m
  let lastMove = ''
  for (let step = 0; step < steps && total > 0 && !(total < HARD && step >= softSteps); step++) {
    const violated: number[] = []
    for (let i = 0; i < m; i++) if (viol[i]! > 0) violated.push(i)
    const i = violated[Math.floor(rng() * violated.length)]!
    const row = rows[i]!
    let bestDelta = Infinity
    let choices: [number, number, number][] = []
    const all: [number, number, number][] = []
    for (let c = 0; c < ncols; c++) {
      const bit = 1 << c
      if (!(row.free & bit)) continue
      const has = (masks[i]! & bit) !== 0
      const vi = rowCost(row, masks[i]! ^ bit) - viol[i]!
      for (let j = 0; j < m; j++) {
        if (j === i || !(rows[j]!.free & bit) || ((masks[j]! & bit) !== 0) === has) continue
        const delta = vi + rowCost(rows[j]!, masks[j]! ^ bit) - viol[j]!
        const move: [number, number, number] = [i, j, c]
        all.push(move)
        if (`${j},${i},${c}` === lastMove) continue
        if (delta < bestDelta) {
          bestDelta = delta
          choices = [move]
        } else if (delta === bestDelta) choices.push(move)
      }
    }
    if (all.length === 0) break
    const pool = choices.length === 0 || (bestDelta >= 0 && rng() < 0.15) ? all : choices
    const [a, b, c] = pool[Math.floor(rng() * pool.length)]!
    masks[a]! ^= 1 << c
    masks[b]! ^= 1 << c
    total -= viol[a]! + viol[b]!
    viol[a] = rowCost(rows[a]!, masks[a]!)
    viol[b] = rowCost(rows[b]!, masks[b]!)
    total += viol[a]! + viol[b]!
    lastMove = `${a},${b},${c}`
    if (total < best.cost) best = { masks: [...masks], cost: total }
  }
  const violation = Math.floor(best.cost / HARD)
  if (violation === 0) return { masks: best.masks, violation }
  return searchSplit(rows, need, best.masks) ?? { masks: best.masks, violation }
}

/** Exhaustive search (depth-first over rows, fewest choices first) with a node budget. */
function searchSplit(rows: readonly SplitRow[], need: readonly number[], hint: readonly number[]): SplitResult | null {
  const m = rows.length
  const ncols = need.length
  const options: number[][] = []
  for (let i = 0; i < m; i++) {
    const row = rows[i]!
    if (popcount(row.free) > 14) return null
    const list: number[] = []
    for (let sub = row.free; ; sub = (sub - 1) & row.free) {
      if (rowCost(row, sub) < HARD) list.push(sub)
      if (sub === 0) break
    }
    if (list.length === 0) return null
    // Closest to the min-conflicts result first: the search mostly confirms it.
    const h = hint[i]!
    list.sort((a, b) => popcount(a ^ h) - popcount(b ^ h))
    options.push(list)
  }
  const order = [...options.keys()].sort((a, b) => options[a]!.length - options[b]!.length)
  // How many rows from position k on can still round column c up.
  const capacity: number[][] = Array.from({ length: m + 1 }, () => new Array<number>(ncols).fill(0))
  for (let k = m - 1; k >= 0; k--) {
    const free = rows[order[k]!]!.free
    for (let c = 0; c < ncols; c++) capacity[k]![c] = capacity[k + 1]![c]! + ((free >> c) & 1)
  }
  const left = [...need]
  const chosen = new Array<number>(m).fill(0)
  let budget = 200_000
  const dfs = (k: number): boolean => {
    if (k === m) return left.every((x) => x === 0)
    if (--budget < 0) return false
    const i = order[k]!
    for (const mask of options[i]!) {
      let ok = true
      for (let c = 0; c < ncols && ok; c++) {
        const after = left[c]! - ((mask >> c) & 1)
        if (after < 0 || after > capacity[k + 1]![c]!) ok = false
      }
      if (!ok) continue
      for (let c = 0; c < ncols; c++) left[c]! -= (mask >> c) & 1
      chosen[i] = mask
      if (dfs(k + 1)) return true
      for (let c = 0; c < ncols; c++) left[c]! += (mask >> c) & 1
    }
    return false
  }
  return dfs(0) ? { masks: chosen, violation: 0 } : null
}

/** A grand total that should print as its true value rounded: `target` rounded-up columns within `set`. */
export interface Pin {
  set: number
  target: number
  /** 0 = most important. */
  rank: number
}

export interface RootCandidate {
  mask: number
  violation: number
  /** Ranks of the pins this mask misses. */
  missed: number[]
}

/**
 * Candidate printed values for a tree's top node, best first: every subset of its free
 * columns is tried (a node has at most 13 columns, so at most 8,192 candidates). Preference,
 * in order: the windows hold (each printed combination within one step), the most important
 * grand totals print as their rounded true values (lexicographically by rank), the fewest
 * columns differ from plain rounding. `limit` bounds the list.
 */
export function rankRoot(free: number, rest: readonly number[], windows: readonly Window[], pins: readonly Pin[], limit = 64): RootCandidate[] {
  const maxRank = pins.reduce((a, p) => Math.max(a, p.rank), 0)
  // Weights in base (pins + 1): missing one pin outweighs missing every pin of lower rank.
  const base = pins.length + 1
  const nearest = rest.reduce((acc, r, c) => (r * 2 >= STEP_NUM ? acc | (1 << c) : acc), 0) & free
  const scored: { mask: number; hard: number; missScore: number; dev: number }[] = []
  const consider = (mask: number): void => {
    let missScore = 0
    for (const p of pins) if (popcount(mask & p.set) !== p.target) missScore += base ** (maxRank - p.rank)
    scored.push({ mask, hard: rowViolation(windows, mask), missScore, dev: popcount(mask ^ nearest) })
  }
  if (popcount(free) > 16) consider(nearest)
  else for (let sub = free; ; sub = (sub - 1) & free) {
    consider(sub)
    if (sub === 0) break
  }
  scored.sort((a, b) => a.hard - b.hard || a.missScore - b.missScore || a.dev - b.dev || a.mask - b.mask)
  return scored.slice(0, limit).map(({ mask, hard }) => ({
    mask,
    violation: hard,
    missed: pins.filter((p) => popcount(mask & p.set) !== p.target).map((p) => p.rank),
  }))
}
