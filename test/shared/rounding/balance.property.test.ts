// 舍位平衡 on 1,000 random books kept in 元 and on awkward ones: every published table adds up
// on the printed figures, relations between tables that hold for the true figures still hold,
// the disclosure's total prints as its rounded true value, no printed figure moves by 0.01
// 万元 or more, and every input prints as the floor or the ceiling of its true value.
import { describe, expect, it } from 'vitest'
import { balanceForPrint, verifyPrinted } from '../../../shared/rounding'
import { Derivation } from '../../../shared/engine/derivation'
import { roundToWanCents, type Fen } from '../../../shared/model/money'
import { checkConditions, derivedValues, failures, OTHERS } from './conditions'
import { awkwardBook, makeConsistent, randomYuanBook, repeatedLines } from './books'
import { seededRng } from '../support/random-book'

const BOOKS = 1000

describe('balanceForPrint: random books in 元', () => {
  it(`meets the three conditions on ${BOOKS} books`, () => {
    let grandMisses = 0
    let grandChecked = 0
    let adjusted = 0
    for (let seed = 0; seed < BOOKS; seed++) {
      const book = randomYuanBook(seed)
      const truth = new Derivation(book)
      const r = balanceForPrint(book, { truth })
      // r.derivation is the engine's derivation of r.printed (checked against a fresh one below).
      const d = r.derivation
      const values = (ref: string): Fen => d.value(ref) as Fen
      const report = checkConditions(truth, values, { printedFindings: d })
      expect(failures(report), `seed ${seed}`).toEqual([])
      expect(r.issues.filter((i) => i.severity === 'error'), `seed ${seed}`).toEqual([])
      if (seed % 50 === 0) {
        const fresh = derivedValues(r.printed)
        expect(fresh.d.snapshot()).toEqual(d.snapshot())
        expect(r.value('t3!total!total')).toBe(fresh.values('t3!total!total'))
      }
      grandMisses += report.otherGrandTotals.length
      grandChecked += OTHERS.filter((ref) => typeof truth.value(ref) === 'bigint').length
      adjusted += r.adjustments.length
    }
    // Lower-ranked grand totals give way only where the tables force it (see grand-totals.ts);
    // on these books that is a small share.
    expect(grandMisses / grandChecked).toBeLessThan(0.1)
    expect(adjusted).toBeGreaterThan(0)
  })

  it('is deterministic', () => {
    for (let seed = 0; seed < 20; seed++) {
      const book = randomYuanBook(seed)
      expect(JSON.stringify(balanceForPrint(book).printed)).toBe(JSON.stringify(balanceForPrint(structuredClone(book)).printed))
    }
  })

  it('keeps the book apart from its amounts, in the book\'s unit', () => {
    const book = randomYuanBook(3)
    const { printed } = balanceForPrint(book)
    expect(printed.amountUnit).toBe('元')
    expect(printed.subjects.map((s) => s.code)).toEqual(book.subjects.map((s) => s.code))
    expect(printed.projects.map((p) => [p.id, p.name])).toEqual(book.projects.map((p) => [p.id, p.name]))
    for (const s of printed.subjects) for (const v of Object.values(s.basic)) expect(BigInt(v!) % 100n).toBe(0n)
  })
})

describe('balanceForPrint: grand totals', () => {
  it('prints every grand total as its rounded true value when nothing forces otherwise', () => {
    // Only 一般公共预算 money, no carry: 表一/二/三/四/五 share one total and 表六 is its 基本支出,
    // so nothing conflicts among them; 表十 and 表十一 stand alone. (表十二 = 项目支出 may give way:
    // 合计 = 基本 + 项目 cannot always round both parts "correctly".)
    for (let seed = 0; seed < 200; seed++) {
      const raw = randomYuanBook(seed, { consistent: false })
      const gpOnly = {
        ...raw,
        subjects: raw.subjects.map((s) => ({ ...s, basic: s.basic.gp ? { gp: s.basic.gp } : {}, project: s.project.gp ? { gp: s.project.gp } : {}, carry: {} })),
        projects: raw.projects.filter((p) => p.kind === 'current'),
      }
      const book = makeConsistent(gpOnly, seededRng(seed))
      const truth = new Derivation(book)
      const r = balanceForPrint(book, { truth })
      for (const ref of ['t1!f:grand!incAmount', 't3!total!total', 't2!total!total', 't4!f:grand!expTotal', 't5!total!total', 't6!total!total', 't10!total!total', 't11!total!total']) {
        expect(r.value(ref), `seed ${seed} ${ref}`).toBe(roundToWanCents(truth.value(ref) as Fen))
      }
    }
  })
})

describe('balanceForPrint: awkward books', () => {
  for (const [amount, where] of [[49, 'subject'], [51, 'subject'], [49, 'econ'], [51, 'econ'], [49, 'project'], [51, 'project'], [50, 'subject']] as const) {
    it(`300 lines of ${amount} 元 (${where}) print the true total, not 300 × its rounding`, () => {
      const book = repeatedLines(300, amount, where)
      const truth = new Derivation(book)
      const r = balanceForPrint(book, { truth })
      const { d, values } = derivedValues(r.printed)
      expect(failures(checkConditions(truth, values, { printedFindings: d }))).toEqual([])
      const total = { subject: 't3!total!total', econ: 't6!total!total', project: 't12!dept!total' }[where]
      const expected = roundToWanCents(BigInt(300 * amount * 100))
      expect(values(total)).toBe(expected)
      // Exactly as many lines print 0.01 as the total needs; the rest print 0.00.
      const lines = [...truth.locations.keys()].filter((k) => !k.includes('!') && (truth.value(k) as Fen) !== 0n)
      expect(lines.filter((k) => values(k) === 10_000n).length).toBe(Number(expected / 10_000n))
      expect(lines.every((k) => values(k) === 0n || values(k) === 10_000n)).toBe(true)
      expect(r.adjustments.length).toBe(amount < 50 ? Number(expected / 10_000n) : 300 - Number(expected / 10_000n))
    })
  }

  for (const amounts of [[49], [51], [49, 51], [50], [49, 51, 50, 1, 99], [4999, 5001], [-49, 51]]) {
    it(`a consistent 300-line book of ${amounts.join('/')} 元 across all tables`, () => {
      const book = awkwardBook(300, amounts)
      const truth = new Derivation(book)
      const r = balanceForPrint(book, { truth })
      const { d, values } = derivedValues(r.printed)
      expect(failures(checkConditions(truth, values, { printedFindings: d }))).toEqual([])
      // The linked totals were equal in truth, so they print equal (C1–C5).
      expect(values('t6!total!total')).toBe(values('t5!total!basic'))
      expect(values('t7!total!amount')).toBe(values('t8!total!total'))
      expect(values('t9!inc!incAmount')).toBe(values('t9!total!total'))
      expect(values('t12!dept!total') + values('t13!dept!total')).toBe(values('t3!total!project'))
    })
  }
})

describe('balanceForPrint: when nothing needs balancing', () => {
  it('leaves a book of whole 0.01 万元 as it is', () => {
    const book = randomYuanBook(5)
    const whole = balanceForPrint(book).printed
    const again = balanceForPrint(whole)
    expect(again.needed).toBe(false)
    expect(again.printed).toBe(whole)
    expect(again.adjustments).toEqual([])
  })

  it('balances a 万元 book with more than two decimals', () => {
    const book = { ...repeatedLines(10, 49, 'subject') }
    const wan = { ...book, amountUnit: '万元' as const, subjects: book.subjects.map((s) => ({ ...s, basic: { gp: '0.0049' } })) }
    const r = balanceForPrint(wan)
    expect(r.needed).toBe(true)
    expect(r.value('t3!total!total')).toBe(50_000n)
    expect(r.printed.subjects.filter((s) => s.basic.gp === '0.01').length).toBe(5)
  })
})

describe('verifyPrinted', () => {
  it('catches what plain rounding of each cell does to an awkward book', () => {
    const book = repeatedLines(300, 49, 'subject')
    const naive = { ...book, subjects: book.subjects.map((s) => ({ ...s, basic: {} })) }
    const issues = verifyPrinted(book, naive)
    expect(issues.some((i) => i.kind === 'grand-total' && i.severity === 'error')).toBe(true)
    expect(issues.some((i) => i.kind === 'too-far' && i.ref === 't3!total!total')).toBe(true)
  })

  it('catches figures that are not whole 0.01 万元 and broken relations', () => {
    const book = awkwardBook(30, [49, 51])
    const r = balanceForPrint(book)
    const econ = r.printed.econ.map((e, i) => (i === 0 ? { ...e, amount: String(BigInt(e.amount || '0') + 100n) } : e))
    const issues = verifyPrinted(book, { ...r.printed, econ })
    expect(issues.some((i) => i.kind === 'relation')).toBe(true)
    const odd = { ...r.printed, econ: r.printed.econ.map((e, i) => (i === 0 ? { ...e, amount: '12.5' } : e)) }
    expect(verifyPrinted(book, odd).some((i) => i.kind === 'not-whole')).toBe(true)
  })

  it('lists adjustments with where they show and by how much', () => {
    const r = balanceForPrint(repeatedLines(300, 49, 'subject'))
    expect(r.adjustments.length).toBe(147)
    for (const a of r.adjustments) {
      expect(a.adjustment).toBe(10_000n)
      expect(a.printedValue - a.roundedValue).toBe(a.adjustment)
      expect(a.locations[0]!.table).toBe('t5')
    }
  })
})
