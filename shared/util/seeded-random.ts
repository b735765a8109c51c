// mulberry32: a tiny seeded generator of floats in [0, 1). Everything that must come out the
// same on every run and machine uses it: the balancer's tie-breaking (the same book always
// balances the same way), the synthetic bench department, and the randomised tests (a failing
// run can be replayed from its seed).
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}
