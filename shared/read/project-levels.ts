// Which rows of 表十二/表十三 are units and which are projects. Published files do not mark
// them: the first row is the department; a unit row's amounts equal the sum of the project rows
// below it up to the next unit row. Seed 000's 表十二 has no unit row at all (projects sum to the
// department row), its 表十三 repeats the name as a unit row; a real department lists several units.

export type ProjectLevel = 'dept' | 'unit' | 'project'

export interface LevelInput {
  name: string
  /** Amounts per column in millionths of a 万元 (see toMicro), same columns for every row. */
  amounts: readonly bigint[]
}

export interface LevelResult {
  levels: ProjectLevel[]
  /** False when no reading made the sums agree and names alone decided. */
  consistent: boolean
  /**
   * When names decided: the unit rows (or the department row, index 0) whose first amount that
   * differs from the rows under them, beyond a cent per row, with the two figures (micro 万元).
   */
  off?: { row: number; printed: bigint; sum: bigint }[]
}

/** One cent of a 万元 in micro units: the rounding residue (尾差) one printed row may carry. */
const CENT = 10_000n
/** Longest unit block searched; a real unit has far fewer projects, and this bounds the work. */
const MAX_BLOCK = 1_000

function close(a: readonly bigint[], b: readonly bigint[], tolerance: bigint): boolean {
  return a.every((v, i) => {
    const d = v - (b[i] ?? 0n)
    return d <= tolerance && d >= -tolerance
  })
}

function sumRows(rows: readonly LevelInput[], from: number, to: number, width: number): bigint[] {
  const acc: bigint[] = Array.from({ length: width }, () => 0n)
  for (let i = from; i < to; i++) rows[i]?.amounts.forEach((v, c) => { acc[c] = (acc[c] ?? 0n) + v })
  return acc
}

/**
 * Split rows 1… into blocks [unit, project…] whose unit row equals the sum of its projects.
 * Returns the unit-row indices, or null when no split exists. Longest blocks are preferred, so an
 * empty project row joins the unit above rather than becoming a unit of its own.
 */
function splitUnits(rows: readonly LevelInput[], width: number, tolerant: boolean): number[] | null {
  const n = rows.length
  const canFinish: boolean[] = Array.from({ length: n + 1 }, () => false)
  const next: number[] = Array.from({ length: n + 1 }, () => -1)
  canFinish[n] = true
  const allNonNegative = rows.every((r) => r.amounts.every((v) => v >= 0n))
  for (let p = n - 1; p >= 1; p--) {
    const unit = rows[p]?.amounts ?? []
    const acc: bigint[] = Array.from({ length: width }, () => 0n)
    for (let q = p + 1; q <= n && q - p <= MAX_BLOCK; q++) {
      // acc holds the sum of rows p+1 … q-1.
      const tolerance = tolerant ? CENT * BigInt(Math.max(1, q - p - 1)) : 0n
      if (canFinish[q] && close(unit, acc, tolerance)) {
        canFinish[p] = true
        next[p] = q
      }
      if (q < n) rows[q]?.amounts.forEach((v, c) => { acc[c] = (acc[c] ?? 0n) + v })
      if (allNonNegative && (acc[0] ?? 0n) > (unit[0] ?? 0n) + CENT * BigInt(q - p)) break
    }
  }
  if (!canFinish[1]) return null
  const units: number[] = []
  for (let p = 1; p < n; p = next[p] ?? n) units.push(p)
  return units
}

export function projectLevels(rows: readonly LevelInput[], unitNames: ReadonlySet<string>): LevelResult {
  const n = rows.length
  if (n === 0) return { levels: [], consistent: true }
  const width = rows[0]?.amounts.length ?? 0
  const dept = rows[0]?.amounts ?? []
  const levels: ProjectLevel[] = ['dept', ...Array.from({ length: n - 1 }, (): ProjectLevel => 'project')]
  if (n === 1) return { levels, consistent: true }
  const rest = sumRows(rows, 1, n, width)
  // Exact readings first, then the ones that allow a 0.01 residue per row: with small projects
  // the tolerant "no unit rows" reading would otherwise swallow a real unit row.
  for (const tolerant of [false, true]) {
    // Projects alone add up to the department: there are no unit rows.
    if (close(rest, dept, tolerant ? CENT * BigInt(n - 1) : 0n)) return { levels, consistent: true }
    const units = splitUnits(rows, width, tolerant)
    if (units) {
      for (const u of units) levels[u] = 'unit'
      return { levels, consistent: true }
    }
  }
  rows.forEach((row, i) => { if (i > 0 && unitNames.has(row.name)) levels[i] = 'unit' })
  return { levels, consistent: false, off: offRows(rows, levels, width) }
}

/** The unit rows, and the department row, that do not add up under the levels names gave. */
function offRows(rows: readonly LevelInput[], levels: readonly ProjectLevel[], width: number): NonNullable<LevelResult['off']> {
  const units = levels.flatMap((l, i) => (l === 'unit' ? [i] : []))
  const blocks: [number, number, number][] = units.map((u, k) => [u, u + 1, units[k + 1] ?? rows.length])
  // The department row adds up its units, or its projects when there are no unit rows.
  const deptSum = units.length ? units.reduce((acc, u) => acc.map((v, c) => v + (rows[u]?.amounts[c] ?? 0n)), Array.from({ length: width }, () => 0n)) : sumRows(rows, 1, rows.length, width)
  const off: NonNullable<LevelResult['off']> = []
  const check = (row: number, sum: readonly bigint[], parts: number): void => {
    const amounts = rows[row]?.amounts ?? []
    const tolerance = CENT * BigInt(Math.max(1, parts))
    const c = amounts.findIndex((v, i) => v - (sum[i] ?? 0n) > tolerance || (sum[i] ?? 0n) - v > tolerance)
    if (c >= 0) off.push({ row, printed: amounts[c]!, sum: sum[c] ?? 0n })
  }
  check(0, deptSum, units.length || rows.length - 1)
  for (const [u, from, to] of blocks) check(u, sumRows(rows, from, to, width), to - from)
  return off
}
