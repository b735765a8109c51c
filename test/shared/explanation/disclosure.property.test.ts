// Property: for 1,000 random books (random 上年数 and typed fields too), every figure of the
// generated text is a printed table figure or computed from printed figures as it says (sums,
// changes, percents, shares), shares add to exactly 100.00%, the wording follows the sign of
// each change, and no punctuation doubles whatever the clerk typed.
import { describe, expect, it } from 'vitest'
import { buildDisclosure, plainText, type FigureRef, type Run } from '../../../shared/explanation'
import { printBook } from '../../../shared/printed'
import type { BudgetBook } from '../../../shared/model/book'
import { PRIOR_HEADLINES } from '../../../shared/model/prior'
import { toFen, fenToString } from '../../../shared/model/money'
import { REASON_IDS, VEHICLE_KINDS, type DisclosureFields } from '../../../shared/model/disclosure'
import { validateBook } from '../../../shared/model/validate'
import { chance, pick, randomBook, seededRng, type Rng } from '../support/random-book'

const BOOKS = Number(process.env.EXPLAIN_BOOKS) || 1000
const ENDINGS = ['', '。', '；', ',', '。。', '。；', '. ', '，', '！']

const key = (r: FigureRef): string => `${r.table}!${r.row}!${r.col}`
const abs = (x: bigint): bigint => (x < 0n ? -x : x)
/** 0.01 万元 of a figure typed in `unit`, half away from zero (as a printed 上年数). */
function priorCents(text: string, unit: BudgetBook['amountUnit']): bigint {
  const fen = toFen(text, unit)
  const q = (abs(fen) + 5_000n) / 10_000n
  return fen < 0n ? -q : q
}
const decimal = (v: string): bigint => {
  const neg = v.startsWith('-')
  const [i = '0', f = ''] = (neg ? v.slice(1) : v).split('.')
  const c = BigInt(i) * 100n + BigInt((f + '00').slice(0, 2))
  return neg ? -c : c
}

/** The random book with random 上年数 (some equal to this year, some zero, some unknown) and typed fields. */
function dressed(seed: number): BudgetBook {
  const rng: Rng = seededRng(seed * 7919 + 1)
  const book = randomBook(seed)
  const printed = printBook(book)
  const current = new Map(printed.tables.flatMap((t) => t.rows.flatMap((r) => Object.entries(r.cells).map(([c, f]) => [`${t.id}!${r.id}!${c}`, f.cents]))))
  const cellOf: Record<string, string> = {
    total: 't1!f:grand!incAmount', gp: 't5!total!total', threePublic: 't10!total!total', runningCosts: 't11!total!total',
    'threePublic:abroad': 't10!abroad!total', 'threePublic:reception': 't10!reception!total', 'threePublic:vehicle': 't10!vehicle!total',
    'threePublic:vehiclePurchase': 't10!vehiclePurchase!total', 'threePublic:vehicleOps': 't10!vehicleOps!total',
  }
  const figures: Record<string, string> = {}
  for (const id of Object.keys(PRIOR_HEADLINES)) {
    const r = rng.int(0, 9)
    const here = current.get(cellOf[id] ?? '') ?? 0n
    if (r === 0) continue // unknown
    if (r <= 2) figures[id] = fenToString(here * 10_000n, book.amountUnit) // the same as this year
    else if (r === 3) figures[id] = '0'
    else figures[id] = fenToString(here * 10_000n + BigInt(rng.int(-500_000, 500_000)) * 100n, book.amountUnit)
  }
  const typed = (): string => `原因${rng.int(1, 99)}${pick(rng, ENDINGS)}`
  const d: DisclosureFields = {
    duties: chance(rng, 0.8) ? `1. 负责预算编制。${pick(rng, ENDINGS)}\n2、负责${pick(rng, ENDINGS)}` : undefined,
    organization: chance(rng, 0.8) ? '（一）办公室。' : undefined,
    reasons: Object.fromEntries(REASON_IDS.filter(() => chance(rng, 0.8)).map((id) => [id, pick(rng, ['主要原因是', '原因：', '']) + typed()])),
    procurement: chance(rng, 0.8) ? { goods: `${rng.int(0, 999)}.${rng.int(0, 99)}`, services: String(rng.int(0, 5000)) } : undefined,
    assets: chance(rng, 0.8)
      ? { vehicles: Object.fromEntries(VEHICLE_KINDS.filter(() => chance(rng, 0.4)).map((k) => [k, { quota: rng.int(0, 9), actual: rng.int(0, 9) }])), officeArea: '962.5', equipment50: rng.int(0, 3) }
      : undefined,
    performance: chance(rng, 0.5) ? { basic: '12.5', project: '100' } : undefined,
    purchaseCatalog: chance(rng, 0.5) ? `晋财综〔2025〕28号${pick(rng, ENDINGS)}` : undefined,
    otherNotes: chance(rng, 0.5) ? pick(rng, ['无', '无。', `其他${pick(rng, ENDINGS)}`]) : undefined,
  }
  for (const k of Object.keys(d) as (keyof DisclosureFields)[]) if (d[k] === undefined) delete d[k]
  const out: BudgetBook = {
    ...book,
    prior: { year: book.year - 1, figures },
    disclosure: d,
    projects: book.projects.map((p) => (chance(rng, 0.7) ? { ...p, perf: { category: pick(rng, ['其他运转类', '特定目标类'] as const), published: chance(rng, 0.7) } } : p)),
  }
  const v = validateBook(JSON.parse(JSON.stringify(out)))
  if (!v.ok) throw new Error(v.problems.join('\n'))
  return v.book
}

describe('the generated text of random books', () => {
  it(`states only printed figures or figures computed from them as stated, on ${BOOKS} books`, () => {
    let changes = 0
    let groups = 0
    for (let seed = 0; seed < BOOKS; seed++) {
      const book = dressed(seed)
      const printed = printBook(book)
      const cell = new Map(printed.tables.flatMap((t) => t.rows.flatMap((r) => Object.entries(r.cells).map(([c, f]) => [`${t.id}!${r.id}!${c}`, f.cents]))))
      const get = (r: FigureRef): bigint => (r.prior ? priorCents(book.prior!.figures[priorIdOf(r)]!, book.amountUnit) : cell.get(key(r)) ?? 0n)
      const d = buildDisclosure(book, printed)
      const at = `seed ${seed}`
      for (const s of [...d.overview, ...d.explanation, d.glossary]) {
        const text = plainText(s)
        expect(text, at).not.toMatch(/[。；，、：][。；，、,;.：]/)
        for (const p of s.paragraphs) {
          const shareSums = new Map<string, bigint>()
          p.runs.forEach((r, i) => {
            if (r.kind !== 'figure') return
            const v = decimal(r.value)
            if (r.ref) expect(v, `${at} ${s.number} ${r.text}`).toBe(get(r.ref))
            else if (r.role === 'change' || r.role === 'percent') {
              const [cur, prior] = r.from!.map(get) as [bigint, bigint]
              const change = cur - prior
              const before = textBefore(p.runs, i)
              if (r.role === 'change') {
                changes++
                expect(v, at).toBe(abs(change))
                expect(change, at).not.toBe(0n)
                expect(before.endsWith(change > 0n ? '增加' : '减少'), `${at} ${before}`).toBe(true)
              } else {
                expect(prior, `${at}: no percent from a zero base`).not.toBe(0n)
                expect(v, at).toBe((2n * abs(change) * 10_000n + abs(prior)) / (2n * abs(prior)))
                expect(before.endsWith(change > 0n ? '增长' : '下降'), `${at} ${before}`).toBe(true)
              }
            } else if (r.role === 'share') {
              const total = get(r.from![r.from!.length - 1]!)
              const part = r.from!.slice(0, -1).map(get).reduce((a, b) => a + b, 0n)
              // Largest remainder: within one hundredth of the exact share.
              expect(abs(v * total - part * 10_000n) < abs(total), `${at} ${s.number} share ${r.value}`).toBe(true)
              const k = key(r.from![r.from!.length - 1]!)
              shareSums.set(k, (shareSums.get(k) ?? 0n) + v)
            } else if (r.from) {
              const sum = r.from.map(get).reduce((a, b) => a + b, 0n)
              expect(v, at).toBe(r.role === 'count' ? BigInt(r.from.length) * 100n : sum)
            } else expect(r.field, `${at} a figure neither printed nor computed nor typed`).toBeDefined()
          })
          // A listing of parts (收入 by source, 基本/项目, 类) adds to 100.00%.
          if (s.id !== 'performance') {
            for (const [, sum] of shareSums) {
              groups++
              expect(sum, at).toBe(10_000n)
            }
          }
        }
        if (/与上年预算数相同/.test(text)) expect(text, at).not.toMatch(/与上年预算数相同，(主要)?原因/)
      }
    }
    expect(changes).toBeGreaterThan(BOOKS)
    expect(groups).toBeGreaterThan(BOOKS)
  })
})

function textBefore(runs: Run[], i: number): string {
  const prev = runs[i - 1]
  return prev?.kind === 'text' ? prev.text : ''
}

function priorIdOf(r: FigureRef): string {
  const ids: Record<string, string> = {
    't1!f:grand!incAmount': 'total', 't1!f:grand!expTotal': 'total', 't5!total!total': 'gp', 't10!total!total': 'threePublic', 't11!total!total': 'runningCosts',
  }
  return ids[key(r)] ?? `threePublic:${r.row}`
}
