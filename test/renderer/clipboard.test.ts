import { describe, it, expect } from 'vitest'
import { tableDef } from '../../shared/tables'
import { Derivation } from '../../shared/engine/derivation'
import { inputKey } from '../../shared/model/keys'
import { parseTsv, formatTsv, plainAmount, planPaste, pasteNotes, copyBlock, type GridModel } from '../../renderer/grid/clipboard'
import { rowLabel } from '../../renderer/grid/actions'
import { columnLabels, headerTree } from '../../renderer/grid/columns'
import type { TableId } from '../../shared/tables/ids'
import { smallBook } from './fixtures'

function model(table: TableId, d = new Derivation(smallBook())): GridModel & { d: Derivation } {
  const def = tableDef(table)
  const labels = columnLabels(headerTree(def, 2026))
  return {
    d,
    rows: d.layouts.get(table)!,
    columns: def.columns,
    isInput: (r) => d.isInput(r),
    rowLabel,
    columnLabel: (c) => labels.get(c.id) ?? c.id,
  }
}

describe('parseTsv / formatTsv', () => {
  it('splits Excel clipboard text into rows and cells, dropping one trailing empty line', () => {
    expect(parseTsv('1\t2\r\n3\t4\r\n')).toEqual([['1', '2'], ['3', '4']])
    expect(parseTsv('1\t2\n3\t4')).toEqual([['1', '2'], ['3', '4']])
    expect(parseTsv('5')).toEqual([['5']])
    expect(parseTsv('1\t\t3\n\n')).toEqual([['1', '', '3'], ['']])
  })

  it('unquotes cells Excel quoted', () => {
    expect(parseTsv('"1,234.00"\t"a ""b"""\n')).toEqual([['1,234.00', 'a "b"']])
  })

  it('writes tab-separated CRLF rows, replacing tabs and newlines inside cells', () => {
    expect(formatTsv([['1.00', '2.00'], ['a\tb', 'c\nd']])).toBe('1.00\t2.00\r\na b\tc d\r\n')
  })

  it('copies amounts plain: no grouping, two decimals at least, zero empty', () => {
    expect(plainAmount(1_234_560_000n, '万元')).toBe('1234.56')
    expect(plainAmount(1_234_500_000n, '万元')).toBe('1234.50')
    expect(plainAmount(1_000_001n, '万元')).toBe('1.000001')
    expect(plainAmount(-150n, '元')).toBe('-1.50')
    expect(plainAmount(0n, '元')).toBe('')
  })
})

describe('planPaste', () => {
  const rowIndex = (m: GridModel, id: string) => m.rows.findIndex((r) => r.id === id)
  const colIndex = (m: GridModel, id: string) => m.columns.findIndex((c) => c.id === id)

  it('fills typed cells from the start cell and skips derived ones', () => {
    const m = model('t5')
    const start = { row: rowIndex(m, 's:20805'), col: colIndex(m, 'total') }
    // 款 row (all derived), then two 项 rows: 合计 column derived, 基本/项目 typed.
    const plan = planPaste(parseTsv('9\t9\t9\r\n1\t2\t3\r\n4\t5,000\t=1+1\r\n'), m, start, '万元')
    expect(plan.ok).toBe(true)
    if (!plan.ok) return
    expect(plan.amounts).toEqual([
      [inputKey.subject('2080505', 'b', 'gp'), 2_000_000n],
      [inputKey.subject('2080505', 'p', 'gp'), 3_000_000n],
      [inputKey.subject('2080506', 'b', 'gp'), 5_000_000_000n],
      [inputKey.subject('2080506', 'p', 'gp'), 2_000_000n],
    ])
    expect(plan.skipped).toBe(5)
    expect(plan.outside).toBe(0)
    expect(plan.rect).toEqual({ top: start.row, left: start.col, bottom: start.row + 2, right: start.col + 2 })
    expect(pasteNotes(plan)).toEqual(['5 个单元格是计算或固定单元格，已跳过'])
  })

  it('counts non-empty values beyond the table and clears typed cells with empty values', () => {
    const m = model('t5')
    const last = m.rows.length - 1
    const plan = planPaste(parseTsv('\t7\tx\r\nmore\r\n'), m, { row: last, col: colIndex(m, 'basic') }, '万元')
    expect(plan.ok).toBe(true)
    if (!plan.ok) return
    expect(plan.amounts).toEqual([[inputKey.subject('2080506', 'b', 'gp'), 0n], [inputKey.subject('2080506', 'p', 'gp'), 7_000_000n]])
    expect(plan.outside).toBe(2)
    expect(pasteNotes(plan)).toEqual(['2 个单元格超出表格范围，未粘贴'])
  })

  it('pastes 元 figures of a 元 sheet into a 万元 book as typed, and says what they mean (clerk9 #3)', () => {
    const m = model('t5')
    const at = { row: rowIndex(m, 's:2080505'), col: colIndex(m, 'basic') }
    const one = planPaste(parseTsv('4,000,000.00\r\n'), m, at, '万元')
    if (!one.ok) throw new Error(one.message)
    expect(one.amounts).toEqual([[inputKey.subject('2080505', 'b', 'gp'), 4_000_000_000_000n]])
    expect(pasteNotes(one)).toEqual(['已按万元读入 4,000,000.00 万元（即 40,000,000,000.00 元）；如果输入的是元数，请按 Ctrl+Z 撤销后输入 400.00'])
    const two = planPaste(parseTsv('4,000,000.00\t150,000\r\n'), m, at, '万元')
    if (!two.ok) throw new Error(two.message)
    expect(pasteNotes(two)).toEqual(['2 个值按万元读入后每个都在 10 亿元以上（如 4,000,000.00 万元）；如果粘贴的是元数，请按 Ctrl+Z 撤销，换算成万元后再粘贴'])
    const small = planPaste(parseTsv('99,999.99\r\n'), m, at, '万元')
    if (!small.ok) throw new Error(small.message)
    expect(pasteNotes(small)).toEqual([])
    const yuan = planPaste(parseTsv('4,000,000.00\r\n'), m, at, '元')
    if (!yuan.ok) throw new Error(yuan.message)
    expect(pasteNotes(yuan)).toEqual([])
  })

  it('pastes a value with a space between digits as grouped thousands and says so; commas or none say nothing', () => {
    const m = model('t5')
    const at = { row: rowIndex(m, 's:2080505'), col: colIndex(m, 'basic') }
    const one = planPaste([['100 200', '1,234']], m, at, '万元')
    if (!one.ok) throw new Error(one.message)
    expect(one.amounts.map(([, fen]) => fen)).toEqual([100_200_000_000n, 1_234_000_000n])
    expect(pasteNotes(one)).toEqual(['已按万元读入 100,200.00 万元（即 1,002,000,000.00 元）；如果输入的是元数，请按 Ctrl+Z 撤销后输入 10.02', '“100 200”中的空格已按千位分隔读作 100,200.00；如果是两个数，请按 Ctrl+Z 撤销后分别输入'])
    const two = planPaste([['1 000', '2 500.5']], m, at, '元')
    if (!two.ok) throw new Error(two.message)
    expect(pasteNotes(two)).toEqual(['2 个值中的空格已按千位分隔读入（如“1 000”读作 1,000.00）；如有两个数误在一格，请按 Ctrl+Z 撤销后改正'])
    const plain = planPaste([['1234', '1,234']], m, at, '万元')
    if (!plain.ok) throw new Error(plain.message)
    expect(pasteNotes(plain)).toEqual([])
  })

  it('refuses the whole block on the first value that is not an amount, naming the cell', () => {
    const m = model('t5')
    const plan = planPaste(parseTsv('1\t2\r\nabc\t4\r\n'), m, { row: rowIndex(m, 's:2080505'), col: colIndex(m, 'basic') }, '万元')
    expect(plan).toEqual({
      ok: false,
      message: '未粘贴任何内容：2080506 机关事业单位职业年金缴费支出｜2026年预算数 / 基本支出 的“abc”无法识别为金额。请输入数字，例如 1,234.56 或 =100+20',
    })
  })

  it('respects the unit: too many decimals for 元 are refused', () => {
    const m = model('t5')
    const plan = planPaste([['1.234']], m, { row: rowIndex(m, 's:2080505'), col: colIndex(m, 'basic') }, '元')
    expect(plan.ok).toBe(false)
  })

  it('refuses an amount past the largest a book holds, quoting only its start', () => {
    const m = model('t5')
    const at = { row: rowIndex(m, 's:2080505'), col: colIndex(m, 'basic') }
    for (const value of ['1234567890123456789012345', '9'.repeat(1_000_000)]) {
      const plan = planPaste([['1', value]], m, at, '万元')
      expect(plan.ok).toBe(false)
      if (plan.ok) continue
      expect(plan.message).toContain('金额超出上限')
      expect(plan.message.length).toBeLessThan(300)
    }
  })

  it('takes names into editable text cells (表十二 project rows)', () => {
    const m = model('t12')
    const row = m.rows.findIndex((r) => r.id.startsWith('p:'))
    const plan = planPaste([['新名字', '', '10']], m, { row, col: 0 }, '万元')
    expect(plan.ok).toBe(true)
    if (!plan.ok) return
    expect(plan.texts).toEqual([['name|prj|p1', '新名字']])
    expect(plan.amounts).toEqual([[inputKey.project('p1', 'gp'), 10_000_000n]])
  })
})

describe('copyBlock', () => {
  it('copies names and plain amounts of a rectangle', () => {
    const m = model('t5')
    const top = m.rows.findIndex((r) => r.id === 's:2080505')
    const block = copyBlock(m, { top, bottom: top + 1, left: 1, right: 3 }, (r) => m.d.value(r), '万元')
    expect(block).toEqual([
      ['机关事业单位基本养老保险缴费支出', '427.75', '427.75'],
      ['机关事业单位职业年金缴费支出', '36.00', '36.00'],
    ])
    expect(formatTsv(block)).toBe('机关事业单位基本养老保险缴费支出\t427.75\t427.75\r\n机关事业单位职业年金缴费支出\t36.00\t36.00\r\n')
  })
})
