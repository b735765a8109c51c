// Random but realistic budget books for property tests and benches. One generator body runs
// on an abstract `Rng`, so the same code backs a plain seeded function (fast, for loops and
// benches) and a fast-check arbitrary (fc.gen, so a failing book shrinks).
import fc from 'fast-check'
import {
  BOOK_SCHEMA, BOOK_VERSION, FISCAL_SOURCES, SOURCES, T10_ITEMS, UNIT_TYPES,
  type BudgetBook, type BySource, type EconLine, type Project, type RevenueLine, type SourceId, type SubjectLine, type Unit,
} from '../../../shared/model/book'
import { FEN_PER, MAX_AMOUNT_FEN, fenToString, type AmountUnit, type Fen } from '../../../shared/model/money'
import { FUNCTION_SUBJECTS, REVENUE_SUBJECTS, functionSubject } from '../../../shared/catalog/functions'
import { DEPT_ECON_ITEMS, proposeGovEcon } from '../../../shared/catalog/economic'
import { indexBook, readAmount } from './read-amount'
import { isInputKey } from '../../../shared/model/keys'
import { Derivation } from '../../../shared/engine/derivation'
import type { RowDef } from '../../../shared/tables/types'

export interface Rng {
  /** A uniform integer in [lo, hi]. */
  int(lo: number, hi: number): number
}

/** mulberry32: tiny, fast and good enough for test data. */
export function seededRng(seed: number): Rng {
  let a = seed >>> 0
  const next = (): number => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  return { int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)) }
}

/**
 * One builder per range: fc.gen() caches arbitraries by builder and compares each call's
 * arguments with every earlier call's (a linear scan with deep equality), which was half the CPU
 * of a property run. A builder without arguments is found at once; the draws are the same.
 */
const integerBuilders = new Map<string, () => fc.Arbitrary<number>>()
function integerBuilder(lo: number, hi: number): () => fc.Arbitrary<number> {
  const key = `${lo} ${hi}`
  let builder = integerBuilders.get(key)
  if (!builder) {
    const arbitrary = fc.integer({ min: lo, max: hi })
    integerBuilders.set(key, (builder = () => arbitrary))
  }
  return builder
}

/** An Rng whose draws fast-check records and can shrink. */
export function fcRng(g: fc.GeneratorValue): Rng {
  return { int: (lo, hi) => g(integerBuilder(lo, hi)) }
}

export const chance = (rng: Rng, p: number): boolean => rng.int(0, 9999) < p * 10000
export const pick = <T>(rng: Rng, xs: readonly T[]): T => xs[rng.int(0, xs.length - 1)]!

/** n distinct items of xs (partial Fisher–Yates on a copy), in draw order. */
export function sample<T>(rng: Rng, xs: readonly T[], n: number): T[] {
  const a = [...xs]
  const k = Math.min(n, a.length)
  for (let i = 0; i < k; i++) {
    const j = rng.int(i, a.length - 1)
    ;[a[i], a[j]] = [a[j]!, a[i]!]
  }
  return a.slice(0, k)
}

/** An amount as typed: 0–2 decimals, mostly modest, sometimes zero, sometimes negative. */
export function randomFen(rng: Rng, unit: AmountUnit): Fen {
  const r = rng.int(0, 99)
  if (r < 6) return 0n
  const per = FEN_PER[unit]
  const decimals = rng.int(0, 2)
  const whole = BigInt(rng.int(0, 10 ** rng.int(0, 5)))
  const frac = decimals === 0 ? 0n : (BigInt(rng.int(0, 10 ** decimals - 1)) * per) / 10n ** BigInt(decimals)
  const fen = whole * per + frac
  return r < 11 ? -fen : fen
}

const SOURCE_ODDS: Record<SourceId, number> = { gp: 0.85, gf: 0.15, soe: 0.08, sp: 0.08, uf: 0.12 }

function randomSources(rng: Rng, unit: AmountUnit, sources: readonly SourceId[]): BySource {
  const out: BySource = {}
  for (const s of sources) {
    if (!chance(rng, SOURCE_ODDS[s])) continue
    const fen = randomFen(rng, unit)
    // Zero is usually absent, as the engine writes it; an explicit '0' is legal too.
    if (fen !== 0n || chance(rng, 0.3)) out[s] = fenToString(fen, unit)
  }
  return out
}

const KNOWN_ITEMS = FUNCTION_SUBJECTS.filter((s) => s.level === '项')
const DEPT_ITEMS = DEPT_ECON_ITEMS.filter((i) => i.code.length === 5)
const DEPARTMENTS = ['孝义市城市管理局', '孝义市财政局', '孝义市教育科技局', '孝义市卫生健康和体育局', '孝义市水利局']
const PROJECT_NAMES = ['城市建设', '环卫保洁', '道路维修', '信息化建设', '办公楼维修', '专项业务费', '人才培训', '设备购置', '防汛抢险', '']
const SOE_REVENUE: RevenueLine[] = [
  { code: '1030601', name: '利润收入', amount: '' },
  { code: '1030602', name: '股利、股息收入', amount: '' },
  { code: '1030603', name: '产权转让收入', amount: '' },
]
const pad2 = (n: number): string => String(n).padStart(2, '0')

/** A 7-digit 项 code the catalog lacks: usually under a class of the 30, rarely outside them (225). */
function unknownCode(rng: Rng, taken: ReadonlySet<string>): string {
  for (;;) {
    const cls = chance(rng, 0.9) ? pick(rng, KNOWN_ITEMS).code.slice(0, 3) : '225'
    const code = `${cls}${pad2(rng.int(1, 99))}${pad2(rng.int(1, 99))}`
    if (!taken.has(code) && !functionSubject(code)) return code
  }
}

function subjects(rng: Rng, unit: AmountUnit): SubjectLine[] {
  const n = rng.int(1, 40)
  const codes = sample(rng, KNOWN_ITEMS, n).map((s) => s.code)
  const taken = new Set(codes)
  for (let k = rng.int(0, 4) - 2; k > 0; k--) {
    const code = unknownCode(rng, taken)
    taken.add(code)
    codes.push(code)
  }
  return codes.map((code) => {
    const known = functionSubject(code)
    const name = known ? (chance(rng, 0.08) ? `${known.name}（调整）` : known.name) : `自定义科目${code.slice(5)}`
    const carry = chance(rng, 0.2) ? randomSources(rng, unit, FISCAL_SOURCES) : {}
    return { code, name, basic: randomSources(rng, unit, SOURCES), project: randomSources(rng, unit, SOURCES), carry }
  })
}

function econLines(rng: Rng, unit: AmountUnit, units: readonly Unit[]): EconLine[] {
  return Array.from({ length: rng.int(0, 15) }, (_, i): EconLine => {
    const item = chance(rng, 0.1) ? DEPT_ITEMS.find((d) => d.code === '30231')! : pick(rng, DEPT_ITEMS)
    const gov = proposeGovEcon(item.code, pick(rng, units).type)
    const fen = randomFen(rng, unit)
    const line: EconLine = { id: `e${i + 1}`, deptClass: item.code.slice(0, 3), deptName: item.name, govName: gov?.name ?? '', amount: fen === 0n && chance(rng, 0.5) ? '' : fenToString(fen, unit) }
    // Published files give names only, so a line may lack its codes.
    if (chance(rng, 0.8)) line.deptCode = item.code
    if (gov && chance(rng, 0.8)) line.govCode = gov.code
    return line
  })
}

function revenue(rng: Rng, unit: AmountUnit, pool: readonly RevenueLine[]): RevenueLine[] {
  return sample(rng, pool, rng.int(0, pool.length)).map((l) => ({ ...l, amount: fenToString(randomFen(rng, unit), unit) }))
}

function projects(rng: Rng, unit: AmountUnit, units: readonly Unit[], codes: readonly string[]): Project[] {
  return Array.from({ length: rng.int(0, 25) }, (_, i): Project => {
    const kind = chance(rng, 0.75) ? 'current' : 'carry'
    const p: Project = {
      id: `p${i + 1}`,
      unitId: pick(rng, units).id,
      name: pick(rng, PROJECT_NAMES),
      kind,
      amounts: randomSources(rng, unit, kind === 'current' ? SOURCES : FISCAL_SOURCES),
    }
    if (chance(rng, 0.5)) p.subject = pick(rng, codes)
    return p
  })
}

/** A random valid book: from a seed (plain, fast) or from any Rng (e.g. fcRng, to shrink). */
export function randomBook(seedOrRng: number | Rng): BudgetBook {
  const rng = typeof seedOrRng === 'number' ? seededRng(seedOrRng) : seedOrRng
  const unit: AmountUnit = chance(rng, 0.85) ? '万元' : '元'
  const department = pick(rng, DEPARTMENTS)
  const units: Unit[] = Array.from({ length: rng.int(1, 5) }, (_, i) => ({
    id: `u${i + 1}`,
    name: i === 0 ? department : `${department}下属单位${i}`,
    type: pick(rng, UNIT_TYPES),
  }))
  const subs = subjects(rng, unit)
  const subjectNames: Record<string, string> = {}
  for (const s of subs) if (!functionSubject(s.code.slice(0, 5)) && chance(rng, 0.5)) subjectNames[s.code.slice(0, 5)] = `自定义款${s.code.slice(3, 5)}`
  const threePublic = Object.fromEntries(T10_ITEMS.map((item) => [item, chance(rng, 0.6) ? randomSources(rng, unit, FISCAL_SOURCES) : {}])) as BudgetBook['threePublic']
  const book: BudgetBook = {
    schema: BOOK_SCHEMA,
    version: BOOK_VERSION,
    department,
    scope: chance(rng, 0.7) ? '部门' : '单位',
    year: rng.int(2020, 2030),
    amountUnit: unit,
    units,
    subjects: subs,
    subjectNames,
    econ: econLines(rng, unit, units),
    govFundRevenue: revenue(rng, unit, REVENUE_SUBJECTS.filter((s) => s.level === '项').map((s) => ({ code: s.code, name: s.name, amount: '' }))),
    soeRevenue: revenue(rng, unit, SOE_REVENUE),
    threePublic,
    runningCosts: units.filter(() => chance(rng, 0.5)).map((u) => ({ unitId: u.id, amounts: randomSources(rng, unit, FISCAL_SOURCES) })),
    projects: projects(rng, unit, units, subs.map((s) => s.code)),
  }
  if (chance(rng, 0.3)) book.prior = { year: book.year - 1, figures: { total: fenToString(randomFen(rng, unit), unit), gp: fenToString(randomFen(rng, unit), unit) } }
  return book
}

/** Books that fast-check generates and shrinks. */
export const arbBook: fc.Arbitrary<BudgetBook> = fc.gen().map((g) => randomBook(fcRng(g)))

/** Every input key shown in the layouts (a cell ref without '!'), in layout order, once each. */
export function inputKeysOf(layouts: Derivation['layouts']): string[] {
  const keys = new Set<string>()
  for (const rows of layouts.values()) for (const row of rows as readonly RowDef[]) {
    for (const cell of Object.values(row.cells)) if (cell && isInputKey(cell.ref)) keys.add(cell.ref)
  }
  return [...keys]
}

/**
 * A random amount edit on an existing input key: a new amount, a clear, a no-op (same value),
 * a one-分 nudge, a sign flip or a huge figure. Pass `keys` when editing one book repeatedly.
 */
export function randomEdit(book: BudgetBook, rng: Rng, keys: readonly string[] = inputKeysOf(new Derivation(book).layouts)): [string, Fen] {
  const key = pick(rng, keys)
  const unit = book.amountUnit
  const r = rng.int(0, 99)
  if (r < 45) return [key, randomFen(rng, unit)]
  if (r < 55) return [key, 0n]
  const current = readAmount(book, indexBook(book), key)
  if (r < 65) return [key, current]
  if (r < 80) return [key, current + BigInt(rng.int(-3, 3)) * (unit === '万元' ? 10_000n : 1n)]
  if (r < 90) return [key, -current]
  // Near the largest amount a book holds (just under 10^13 元), where binary floats would already fail.
  if (r < 95) return [key, (MAX_AMOUNT_FEN - 1n) / BigInt(rng.int(1, 9))]
  return [key, -randomFen(rng, unit)]
}
