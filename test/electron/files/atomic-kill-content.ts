// Deterministic book-like JSON for the kill test: version `v` always produces the same text,
// so the parent can tell a complete file of some version from a torn one.
export const VERSIONS_PER_RUN = 1_000_000

export function versionContent(v: number): string {
  const subjects = Array.from({ length: 5000 }, (_, i) => ({
    code: String(2010101 + i),
    name: `一般公共服务支出科目${i}`,
    basic: { gp: `${(v * 7919 + i * 31) % 100000}.${String(i % 100).padStart(2, '0')}` },
    project: { gp: `${(v + i) % 997}.00` },
    carry: {},
  }))
  return JSON.stringify({ schema: 'budget-tables/book', version: 1, writeVersion: v, department: '某某局', year: 2026, subjects })
}
