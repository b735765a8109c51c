// Books kept in 元 for the 舍位平衡 tests: random ones built on the shared generator (converted
// to 元 with 元-level noise, then made consistent so the relations C1–C7 between tables hold
// and rounding has links to keep), and awkward ones (hundreds of lines of 49 元 or 51 元).
import { BOOK_VERSION, FISCAL_SOURCES, SOURCES, type BudgetBook, type BySource, type EconLine, type Project, type SourceId, type SubjectLine } from '../../../shared/model/book'
import { fenToString, toFen, type Fen } from '../../../shared/model/money'
import { mapAmounts } from '../../../shared/model/convert-unit'
import { chance, randomBook, seededRng, type Rng } from '../support/random-book'

const yuan = (fen: Fen): string => (fen === 0n ? '' : fenToString(fen, '元'))
const fenOf = (text: string | undefined, unit: BudgetBook['amountUnit']): Fen => (text ? toFen(text, unit) : 0n)

/** A random amount in 分 with 元-level detail: mostly positive, up to about 10^max 元. */
function noisyFen(rng: Rng, max = 7): Fen {
  const whole = BigInt(rng.int(0, 10 ** rng.int(0, max)))
  const cents = BigInt(rng.int(0, 99))
  return whole * 100n + (chance(rng, 0.5) ? cents : 0n)
}

/** Cut `total` into `k` parts that add up to it, each with 元/分 detail. */
export function cut(rng: Rng, total: Fen, k: number): Fen[] {
  if (k <= 0) return []
  if (k === 1) return [total]
  const abs = total < 0n ? -total : total
  const points: Fen[] = []
  for (let i = 0; i < k - 1; i++) {
    // Random cut points over the range (the range may exceed 2^53 分: combine two draws).
    const r = (BigInt(rng.int(0, 2 ** 30)) * BigInt(2 ** 23) + BigInt(rng.int(0, 2 ** 23 - 1))) % (abs + 1n)
    points.push(r)
  }
  points.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
  const parts: Fen[] = []
  let prev = 0n
  for (const p of [...points, abs]) {
    parts.push(total < 0n ? -(p - prev) : p - prev)
    prev = p
  }
  return parts
}

function sumSubjects(book: BudgetBook, part: 'basic' | 'project' | 'carry', source: SourceId): Fen {
  let t = 0n
  for (const s of book.subjects) t += fenOf((s[part] as BySource)[source], '元')
  return t
}

/**
 * Make the independently typed tables agree with the subject lines, as a careful clerk's book
 * does: projects per source = 项目支出 (C1), carry projects = 上年结转 (C2), 表六 = 基本支出 of
 * 一般公共预算 (C3), 表七 = 政府性基金 (C4), 表九 income = 国有资本经营 (C5).
 */
export function makeConsistent(book: BudgetBook, rng: Rng): BudgetBook {
  const b = structuredClone(book)
  const distribute = (list: Project[], kind: Project['kind'], sources: readonly SourceId[], part: 'project' | 'carry'): Project[] => {
    let projects = list.filter((p) => p.kind === kind)
    for (const s of sources) {
      const total = sumSubjects(b, part, s)
      for (const p of projects) delete p.amounts[s]
      if (total === 0n) continue
      if (projects.length === 0) {
        const p: Project = { id: `bal-${kind}`, unitId: b.units[0]!.id, name: '平衡项目', kind, amounts: {} }
        projects = [p]
        list.push(p)
      }
      const takers = projects.filter(() => chance(rng, 0.6))
      const use = takers.length ? takers : [projects[0]!]
      cut(rng, total, use.length).forEach((v, i) => {
        if (v !== 0n) use[i]!.amounts[s] = yuan(v)
      })
    }
    return list
  }
  b.projects = distribute(b.projects, 'current', SOURCES, 'project')
  b.projects = distribute(b.projects, 'carry', FISCAL_SOURCES, 'carry')
  const basicGp = sumSubjects(b, 'basic', 'gp')
  if (basicGp !== 0n || b.econ.length) {
    if (b.econ.length === 0) b.econ.push({ id: 'e-bal', deptClass: '302', deptCode: '30201', deptName: '办公费', govName: '办公经费', amount: '' })
    cut(rng, basicGp, b.econ.length).forEach((v, i) => (b.econ[i]!.amount = yuan(v)))
  }
  const fund = sumSubjects(b, 'basic', 'gf') + sumSubjects(b, 'project', 'gf')
  if (fund !== 0n && b.govFundRevenue.length === 0) b.govFundRevenue.push({ code: '1030148', name: '国有土地使用权出让收入', amount: '' })
  cut(rng, fund, b.govFundRevenue.length).forEach((v, i) => (b.govFundRevenue[i]!.amount = yuan(v)))
  const soe = sumSubjects(b, 'basic', 'soe') + sumSubjects(b, 'project', 'soe')
  if (soe !== 0n && b.soeRevenue.length === 0) b.soeRevenue.push({ code: '1030601', name: '利润收入', amount: '' })
  cut(rng, soe, b.soeRevenue.length).forEach((v, i) => (b.soeRevenue[i]!.amount = yuan(v)))
  return b
}

/** A random book in 元: the shared generator's book, amounts turned into 元 with 元/分 noise. */
export function randomYuanBook(seed: number, options: { consistent?: boolean } = {}): BudgetBook {
  const rng = seededRng(seed * 7919 + 17)
  const base = randomBook(seed)
  const noisy = mapAmounts(base, (text) => {
    const fen = fenOf(text, base.amountUnit)
    if (fen === 0n) return text === '' ? '' : '0'
    // Books typed in 万元 become large 元 figures with 元-level detail; some stay tiny.
    const scaled = chance(rng, 0.2) ? noisyFen(rng, 3) : fen + (chance(rng, 0.8) ? noisyFen(rng, 4) : 0n)
    return yuan(fen < 0n ? -(scaled < 0n ? -scaled : scaled) : scaled) || '0'
  })
  const book: BudgetBook = { ...noisy, amountUnit: '元' }
  return options.consistent === false ? book : chance(rng, 0.75) ? makeConsistent(book, rng) : book
}

const code = (i: number, cls = '201'): string => `${cls}${String(1 + Math.floor(i / 99) % 99).padStart(2, '0')}${String(1 + (i % 99)).padStart(2, '0')}`

function emptyYuanBook(): BudgetBook {
  return {
    schema: 'budget-tables/book', version: BOOK_VERSION, department: '孝义市测试局', scope: '部门', year: 2026, amountUnit: '元',
    units: [{ id: 'u1', name: '孝义市测试局机关', type: '行政' }, { id: 'u2', name: '孝义市测试中心', type: '事业' }],
    subjects: [], subjectNames: {}, econ: [], govFundRevenue: [], soeRevenue: [],
    threePublic: { abroad: {}, reception: {}, vehiclePurchase: {}, vehicleOps: {} }, runningCosts: [], projects: [],
  }
}

/**
 * Awkward books: `n` lines of `amount` 元 each (49 元 rounds to 0.00 万元 on its own, so n = 300
 * loses 1.47 万元 if each is rounded alone), spread over subjects, projects, 表六 items, 表十/表十一,
 * and made consistent across tables.
 */
export function awkwardBook(n: number, amounts: readonly number[], seed = 1): BudgetBook {
  const rng = seededRng(seed)
  const b = emptyYuanBook()
  const amt = (i: number): string => String(amounts[i % amounts.length])
  const classes = ['201', '205', '208', '212']
  for (let i = 0; i < n; i++) {
    const line: SubjectLine = { code: code(i, classes[i % classes.length]), name: `测试科目${i}`, basic: {}, project: {}, carry: {} }
    line.basic.gp = amt(i)
    if (i % 2 === 0) line.project.gp = amt(i + 1)
    if (i % 3 === 0) line.basic.gf = amt(i + 2)
    if (i % 5 === 0) line.project.uf = amt(i + 3)
    if (i % 7 === 0) line.carry.gp = amt(i + 4)
    if (i % 11 === 0) line.project.soe = amt(i)
    if (i % 13 === 0) line.basic.sp = amt(i + 1)
    b.subjects.push(line)
  }
  for (let i = 0; i < n; i++) {
    const e: EconLine = { id: `e${i}`, deptClass: i % 2 ? '302' : '301', deptName: `经济科目${i}`, govName: '', amount: '' }
    b.econ.push(e)
  }
  for (let i = 0; i < Math.ceil(n / 3); i++) {
    b.projects.push({ id: `p${i}`, unitId: i % 2 ? 'u2' : 'u1', name: `项目${i}`, kind: 'current', amounts: {} })
    b.projects.push({ id: `c${i}`, unitId: i % 2 ? 'u2' : 'u1', name: `结转项目${i}`, kind: 'carry', amounts: {} })
  }
  b.threePublic = {
    abroad: { gp: amt(0) }, reception: { gp: amt(1), gf: amt(2) }, vehiclePurchase: { gp: amt(3) }, vehicleOps: { gp: amt(4), soe: amt(5) },
  }
  b.runningCosts = b.units.map((u, i) => ({ unitId: u.id, amounts: { gp: amt(i), gf: amt(i + 1) } }))
  // The subject lines carry the awkward amounts; makeConsistent then cuts their totals into
  // 表六 items, projects and revenue lines at random, so those agree with them (C1–C5).
  return makeConsistent(b, rng)
}

/** n lines of exactly `amount` 元 in one column, nothing else: the plainest trap. */
export function repeatedLines(n: number, amount: number, where: 'subject' | 'econ' | 'project'): BudgetBook {
  const b = emptyYuanBook()
  const a = String(amount)
  if (where === 'subject') for (let i = 0; i < n; i++) b.subjects.push({ code: code(i), name: `科目${i}`, basic: { gp: a }, project: {}, carry: {} })
  if (where === 'econ') for (let i = 0; i < n; i++) b.econ.push({ id: `e${i}`, deptClass: '302', deptName: `科目${i}`, govName: '', amount: a })
  if (where === 'project') for (let i = 0; i < n; i++) b.projects.push({ id: `p${i}`, unitId: 'u1', name: `项目${i}`, kind: 'current', amounts: { gp: a } })
  return b
}

