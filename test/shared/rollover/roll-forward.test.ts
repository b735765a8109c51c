import { describe, expect, it } from 'vitest'
import { rollForward } from '../../../shared/rollover/roll-forward'
import { PRIOR_HEADLINES, priorId, priorValue } from '../../../shared/model/prior'
import { validateBook } from '../../../shared/model/validate'
import { convertUnit } from '../../../shared/model/convert-unit'
import { Derivation } from '../../../shared/engine/derivation'
import { cellId } from '../../../shared/tables/cell-ids'
import { randomBook } from '../support/random-book'
import { sampleBook } from '../../electron/support/sample-book'

describe('rollForward', () => {
  it('moves to next year and keeps the skeleton with its ids', () => {
    const old = sampleBook()
    const next = rollForward(old, { keepAmounts: false })
    expect(next.year).toBe(2027)
    expect(next.department).toBe(old.department)
    expect(next.units).toEqual(old.units)
    expect(next.subjects.map((s) => [s.code, s.name])).toEqual(old.subjects.map((s) => [s.code, s.name]))
    expect(next.econ.map((e) => [e.id, e.deptName, e.govName])).toEqual(old.econ.map((e) => [e.id, e.deptName, e.govName]))
    expect(next.govFundRevenue.map((r) => r.code)).toEqual(['1030148'])
    expect(next.projects.map((p) => p.id)).toEqual(['p1', 'p2', 'p3', 'p4'])
  })

  it('drops last year\'s carry-over projects and starts 上年结转 empty', () => {
    for (const keepAmounts of [false, true]) {
      const next = rollForward(sampleBook(), { keepAmounts })
      expect(next.projects.every((p) => p.kind === 'current')).toBe(true)
      expect(next.subjects.every((s) => Object.keys(s.carry).length === 0)).toBe(true)
    }
  })

  it('clears this year\'s amounts, or keeps them on request', () => {
    const cleared = rollForward(sampleBook(), { keepAmounts: false })
    const d = new Derivation(cleared)
    expect(d.value(cellId('t1', 'f:grand', 'incAmount'))).toBe(0n)
    expect(cleared.econ.every((e) => e.amount === '')).toBe(true)
    expect(cleared.projects.every((p) => Object.keys(p.amounts).length === 0)).toBe(true)

    const kept = rollForward(sampleBook(), { keepAmounts: true })
    expect(kept.econ).toEqual(sampleBook().econ)
    expect(kept.threePublic).toEqual(sampleBook().threePublic)
    expect(kept.projects[3]!.amounts).toEqual({ gp: '2010', uf: '45' })
    expect(kept.subjects.find((s) => s.code === '2120501')!.project).toEqual({ gp: '2860', uf: '45' })
  })

  it('keeps last year\'s figures as 上年数 under stable ids', () => {
    const next = rollForward(sampleBook(), { keepAmounts: false })
    expect(next.prior?.year).toBe(2026)
    const f = next.prior!.figures
    expect(f[PRIOR_HEADLINES.total]).toBe('10116.38') // 收入总计, including 307 上年结转
    expect(f[PRIOR_HEADLINES.gp]).toBe('6004.38')
    expect(f[PRIOR_HEADLINES.gf]).toBe('3700')
    expect(f[PRIOR_HEADLINES.soe]).toBe('0')
    expect(f[PRIOR_HEADLINES.threePublic]).toBe('56')
    expect(f[PRIOR_HEADLINES.runningCosts]).toBe('300')
    expect(f[priorId.subject('2120501')]).toBe('4645.6') // 表三 合计 incl. carry
    expect(f[priorId.project('p4')]).toBe('2055')
    expect(f[priorId.project('p5')]).toBeUndefined() // carry project: not rolled
    expect(f[priorId.econ('e1')]).toBe('980')
    expect(priorValue(next, priorId.econ('e1'))).toBe(9_800_000_00n)
    expect(priorValue(sampleBook(), 'total')).toBeNull()
  })

  it('stores figures in the book\'s unit', () => {
    const next = rollForward(convertUnit(sampleBook(), '元'), { keepAmounts: false })
    expect(next.amountUnit).toBe('元')
    expect(next.prior!.figures.total).toBe('101163800')
  })

  it('rolls twice: the older 上年数 is replaced', () => {
    const twice = rollForward(rollForward(sampleBook(), { keepAmounts: true }), { keepAmounts: false })
    expect(twice.year).toBe(2028)
    expect(twice.prior!.year).toBe(2027)
    expect(twice.prior!.figures.total).toBe('9809.38') // no carry any more
  })

  it('gives valid books and leaves its input alone', () => {
    for (let seed = 1; seed <= 40; seed++) {
      const old = randomBook(seed)
      const before = JSON.stringify(old)
      for (const keepAmounts of [false, true]) {
        const next = rollForward(old, { keepAmounts })
        const v = validateBook(JSON.parse(JSON.stringify(next)))
        expect(v.ok ? [] : v.problems, `seed ${seed}`).toEqual([])
        expect(next.year).toBe(old.year + 1)
      }
      expect(JSON.stringify(old)).toBe(before)
    }
  })
})

describe('names that still say last year after 结转 (clerk9 #11)', () => {
  it('are kept as they were, and 结转 says how many and names a few', async () => {
    const { lastYearNamesNote } = await import('../../../shared/rollover/roll-forward')
    const { emptyBook } = await import('../../../shared/model/book')
    const book = { ...emptyBook('某局', 2026), projects: ['2026年遗属补助', '2026年度培训', '城市照明', '2025年结余'].map((name, i) => ({ id: `p${i}`, unitId: 'u1', name, kind: 'current' as const, amounts: {} })) }
    const next = rollForward(book, { keepAmounts: false })
    expect(next.projects.map((p) => p.name)).toEqual(['2026年遗属补助', '2026年度培训', '城市照明', '2025年结余'])
    expect(lastYearNamesNote(next)).toBe('有 2 个名称含“2026年”（“2026年遗属补助”、“2026年度培训”），未改动，请核对是否要改为 2027 年')
    expect(lastYearNamesNote(emptyBook('某局', 2027))).toBe('')
  })
})
