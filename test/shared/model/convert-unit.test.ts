import { describe, expect, it } from 'vitest'
import { convertUnit } from '../../../shared/model/convert-unit'
import { Derivation } from '../../../shared/engine/derivation'
import { validateBook } from '../../../shared/model/validate'
import { randomBook } from '../support/random-book'
import { sampleBook } from '../../electron/support/sample-book'

describe('convertUnit', () => {
  it('converts every amount exactly', () => {
    const yuan = convertUnit(sampleBook(), '元')
    expect(yuan.amountUnit).toBe('元')
    expect(yuan.subjects[0]!.basic.gp).toBe('8123500')
    expect(yuan.econ[3]!.amount).toBe('2684200')
    const back = convertUnit({ ...yuan, econ: [{ ...yuan.econ[0]!, amount: '0.01' }] }, '万元')
    expect(back.econ[0]!.amount).toBe('0.000001')
  })

  it('keeps every value of every table, and round-trips', () => {
    for (let seed = 1; seed <= 30; seed++) {
      const book = randomBook(seed)
      const other = convertUnit(book, book.amountUnit === '万元' ? '元' : '万元')
      const v = validateBook(JSON.parse(JSON.stringify(other)))
      expect(v.ok ? [] : v.problems).toEqual([])
      const a = new Derivation(book).snapshot()
      const b = new Derivation(other).snapshot()
      for (const [ref, value] of a) if (typeof value === 'bigint') expect(b.get(ref), `${seed} ${ref}`).toBe(value)
      const back = convertUnit(other, book.amountUnit)
      expect(new Derivation(back).snapshot()).toEqual(a)
    }
  })

  it('converts a consolidated book’s parts with it (the next 汇总 adds them up in the new unit)', () => {
    const book = sampleBook()
    const part = { source: 'a.ysb', figures: { ...book, runningCosts: [{ unitId: book.units[0]!.id, amounts: { gp: '3.861234' } }] } }
    const yuan = convertUnit({ ...book, consolidation: { parts: [part] } }, '元')
    expect(yuan.consolidation!.parts[0]!.figures.runningCosts[0]!.amounts.gp).toBe('38612.34')
    expect(yuan.consolidation!.parts[0]!.figures.subjects[0]!.basic.gp).toBe(yuan.subjects[0]!.basic.gp)
    expect(convertUnit(yuan, '万元').consolidation).toEqual({ parts: [part] })
  })

  it('is the identity for the same unit', () => {
    const book = sampleBook()
    expect(convertUnit(book, '万元')).toBe(book)
  })
})
