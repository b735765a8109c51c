import { describe, it, expect } from 'vitest'
import { basePriorWidths, percentText, priorCellTexts, priorFigures, priorColumnDefs, comparesWithPrior } from '../../renderer/grid/prior-columns'
import { priorColumnWidths } from '../../renderer/grid/prior-widths'
import { visibleRows } from '../../renderer/grid/visible-rows'
import { rollForward } from '../../shared/rollover/roll-forward'
import { Derivation } from '../../shared/engine/derivation'
import { inputKey } from '../../shared/model/keys'
import { smallBook } from './fixtures'
import { tableDef } from '../../shared/tables'

describe('上年数 beside the figures', () => {
  it('gives 增减% exactly, rounded half away from zero, and none from a zero base', () => {
    expect(percentText(10n, 100n)).toBe('10.00%')
    expect(percentText(-1n, 3n)).toBe('-33.33%')
    expect(percentText(2n, 3n)).toBe('66.67%')
    expect(percentText(1n, 80000n)).toBe('0.00%')
    expect(percentText(1n, 20000n)).toBe('0.01%')
    expect(percentText(-1n, 20000n)).toBe('-0.01%')
    expect(percentText(5n, 0n)).toBe('')
    expect(percentText(123_456_789_012_345_678n, 1n)).toBe('12345678901234567800.00%')
  })

  it('compares the 项, 款, 类 and 合计 rows of 表三 with last year after 结转, and follows an edit', () => {
    const book = rollForward(smallBook(), { keepAmounts: true })
    const d = new Derivation(book)
    const at = (row: string) => priorFigures(d.book, tableDef('t3'), row, d.value(`t3!${row}!total`))
    expect(at('s:2080505')).toEqual({ prior: 427_750_000n, change: 0n, percent: '0.00%' })
    expect(at('s:20805')?.prior).toBe(463_750_000n)
    expect(at('total')?.prior).toBe(463_750_000n)
    d.setAmounts([[inputKey.subject('2080505', 'b', 'gp'), 470_525_000n]])
    expect(at('s:2080505')).toEqual({ prior: 427_750_000n, change: 42_775_000n, percent: '10.00%' })
    // A subject with nothing last year: a change, no percentage.
    expect(at('s:2010601')?.percent).toBe('')
  })

  it('shows nothing for a book without 上年数, and offers the columns only where a figure is stored', () => {
    const d = new Derivation(smallBook())
    expect(priorFigures(d.book, tableDef('t3'), 's:2080505', 1n)).toBeNull()
    expect(comparesWithPrior(tableDef('t3')) && comparesWithPrior(tableDef('t12')) && comparesWithPrior(tableDef('t6'))).toBe(true)
    expect(comparesWithPrior(tableDef('t5'))).toBe(false)
    expect(priorColumnDefs(tableDef('t5'), 2026)).toEqual([])
    const [group] = priorColumnDefs(tableDef('t3'), 2027)
    expect(group?.headerName).toBe('与2026年比较')
    expect(group?.children.map((c) => ('colId' in c ? c.colId : ''))).toEqual(['prior:amount', 'prior:change', 'prior:percent'])
  })
})

describe('the pinned columns show every figure whole', () => {
  it('groups a large 增减% as the amounts are, keeping every digit', () => {
    expect(priorCellTexts({ prior: 8_500_000_000n, change: 89_717_500_000_000n, percent: percentText(89_717_500_000_000n, 8_500_000_000n) }, '万元')).toEqual({
      'prior:amount': '8,500.00', 'prior:change': '+89,717,500.00', 'prior:percent': '+1,055,500.00%',
    })
    expect(priorCellTexts({ prior: 100n, change: -100n, percent: percentText(-100n, 100n) }, '万元')['prior:percent']).toBe('-100.00%')
    expect(priorCellTexts({ prior: 100n, change: 0n, percent: percentText(0n, 100n) }, '万元')['prior:percent']).toBe('0.00%')
    expect(priorCellTexts({ prior: 0n, change: 5n, percent: '' }, '万元')['prior:percent']).toBe('')
  })

  it('widens a column to its widest figure, never narrows it below the usual width', () => {
    const book = rollForward(smallBook(), { keepAmounts: true })
    const d = new Derivation(book)
    const def = tableDef('t3')
    const rows = () => d.layouts.get('t3') ?? []
    expect(priorColumnWidths(def, rows(), d, book.amountUnit)).toEqual(basePriorWidths())
    // 2080505 a hundred times last year's: 增减% +9,900.00%, 增减额 in the ten thousands of 万元.
    d.setAmounts([[inputKey.subject('2080505', 'b', 'gp'), 42_775_000_000n]])
    const wide = priorColumnWidths(def, rows(), d, book.amountUnit)
    expect(wide['prior:amount']).toBe(basePriorWidths()['prior:amount'])
    expect(wide['prior:percent']).toBeGreaterThan(basePriorWidths()['prior:percent'])
    expect(priorColumnWidths(def, rows(), d, book.amountUnit, 1.5)['prior:percent']).toBeGreaterThan(wide['prior:percent'])
  })
})

describe('hiding rows with no amount', () => {
  it('keeps totals and rows with an amount in 表八/九 only', () => {
    const d = new Derivation(smallBook())
    const t9 = d.layouts.get('t9') ?? []
    const shown = visibleRows(d.tables.def('t9'), t9, true, (r) => d.value(r))
    expect(shown.length).toBeLessThan(t9.length)
    expect(shown.some((r) => r.kind === 'total')).toBe(true)
    expect(visibleRows(d.tables.def('t9'), t9, false, (r) => d.value(r))).toBe(t9)
    const t3 = d.layouts.get('t3') ?? []
    expect(visibleRows(d.tables.def('t3'), t3, true, (r) => d.value(r))).toBe(t3)
  })
})
