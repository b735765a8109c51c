// Small helpers shared by bench sections: timing, order statistics, a seeded PRNG, heap size.

export function time(fn: () => unknown): number {
  const t0 = performance.now()
  fn()
  return performance.now() - t0
}

export function percentile(xs: readonly number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b)
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))] ?? NaN
}

export const median = (xs: readonly number[]): number => percentile(xs, 50)

/** A seeded integer source: int(n) is uniform in [0, n). */
export function seeded(seed: number): (n: number) => number {
  let a = seed >>> 0
  return (n) => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * n)
  }
}

/** Heap in use, in MB, after a full GC when node runs with --expose-gc (else as it stands). */
export async function heapMb(): Promise<number> {
  const gc = (globalThis as { gc?: () => void }).gc
  if (gc) {
    // Two passes with a tick between them let weak callbacks and finalizers settle.
    gc()
    await new Promise((r) => setTimeout(r, 0))
    gc()
  }
  return process.memoryUsage().heapUsed / 2 ** 20
}

export const gcExposed = (): boolean => typeof (globalThis as { gc?: unknown }).gc === 'function'
