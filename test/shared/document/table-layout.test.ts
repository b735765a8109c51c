// The column widths and size both writers print a table at: every figure and code on one line,
// room for 1,234,567.89 in every amount column, the names giving way, the size shrinking only
// when even that does not fit.
import { describe, expect, it } from 'vitest'
import { AMOUNT_SAMPLE, CELL_PADDING_PT, KEEP_LAST_ROWS, MIN_TABLE_FONT_PT, keepWithNext, landscapeOnPage, tableLayout, textEm } from '../../../shared/document/table-layout'
import type { DocCell, DocTable } from '../../../shared/document/types'
import type { ColumnKind } from '../../../shared/tables/types'

const PORTRAIT = ((210 - 28 - 26) * 72) / 25.4

const cell = (text: string, bold = false): DocCell => ({ text, colSpan: 1, rowSpan: 1, align: 'right', bold, indent: 0 })

/** 表四's columns (收入 项目, 金额, 支出 项目, 小计 and three sources) with the given rows. */
function t4(rows: DocCell[][], kinds: ColumnKind[] = ['text', 'money', 'text', 'money', 'money', 'money', 'money']): DocTable {
  return {
    id: 't4', short: '表四', label: null, title: '财政拨款收支总表', nameLine: '', header: [], landscape: false, note: null,
    widths: [24, 14, 30, 14, 14, 14, 14], kinds, body: rows,
  }
}

const room = (text: string, size: number, bold = false) => textEm(text) * (bold ? 1.1 : 1) * size + 2 * CELL_PADDING_PT

describe('tableLayout', () => {
  it('gives every amount column room for 1,234,567.89 at the table’s own size, the names the rest', () => {
    const table = t4([[cell('一、一般公共预算'), cell('14,185.93'), cell('一、一般公共服务支出'), cell('13,700.77'), cell('13,700.77'), cell(''), cell('')]])
    const { widths, fontPt } = tableLayout(table, PORTRAIT, 9)
    expect(fontPt).toBe(9)
    expect(widths.reduce((a, b) => a + b, 0)).toBeCloseTo(PORTRAIT, 6)
    for (const i of [1, 3, 4, 5, 6]) expect(widths[i]).toBeGreaterThanOrEqual(room(AMOUNT_SAMPLE, 9) - 1e-9)
    // The spec's proportions alone (14 of 124) would give an amount column less than that.
    expect((14 / 124) * PORTRAIT).toBeLessThan(room(AMOUNT_SAMPLE, 9))
    // The names keep the spec's proportion between them and at least four characters.
    expect(widths[2]! / widths[0]!).toBeCloseTo(30 / 24, 6)
    expect(widths[0]).toBeGreaterThanOrEqual(4 * 9 + 2 * CELL_PADDING_PT)
  })

  it('widens a column for a bold nine-digit total, and shrinks the text only when nothing else fits', () => {
    const big = '123,456,789.00'
    const one = t4([[cell('合计'), cell(big, true), cell('合计'), cell('1.00', true), cell(''), cell(''), cell('')]])
    const a = tableLayout(one, PORTRAIT, 9)
    expect(a.fontPt).toBe(9)
    expect(a.widths[1]).toBeGreaterThanOrEqual(room(big, 9, true) - 1e-9)
    // Nine digits in every amount column of a portrait 表四 do not fit at 9 pt.
    const all = t4([[cell('合计'), cell(big, true), cell('合计'), cell(big, true), cell(big, true), cell(big, true), cell(big, true)]])
    const b = tableLayout(all, PORTRAIT, 9)
    expect(b.fontPt).toBeLessThan(9)
    expect(b.fontPt).toBeGreaterThanOrEqual(MIN_TABLE_FONT_PT)
    for (const i of [1, 3, 4, 5, 6]) expect(b.widths[i]).toBeGreaterThanOrEqual(room(big, b.fontPt, true) - 1e-9)
    expect(b.widths.reduce((x, y) => x + y, 0)).toBeCloseTo(PORTRAIT, 6)
  })

  it('keeps a code on one line and leaves a wide page in the spec’s proportions', () => {
    const wide = ((297 - 28 - 26) * 72) / 25.4
    const table = { ...t4([[cell('名称'), cell('2080505'), cell('名称'), cell('1.00'), cell(''), cell(''), cell('')]], ['text', 'code', 'text', 'money', 'money', 'money', 'money']), landscape: true }
    const { widths, fontPt } = tableLayout(table, wide, 9)
    expect(fontPt).toBe(9)
    widths.forEach((w, i) => expect(w).toBeCloseTo((table.widths[i]! * wide) / 124, 6))
    expect(widths[1]).toBeGreaterThanOrEqual(room('2080505', 9))
  })
})

describe('the page a table prints on, and its last rows', () => {
  const WIDE = ((297 - 28 - 26) * 72) / 25.4
  const classRow = (name: string): DocCell[] => [cell(''), cell(''), { ...cell(name), align: 'left' }, cell('1,725.26'), cell('1,725.26'), cell(''), cell('')]

  it('turns 表四 landscape: in portrait its 类 names run onto three lines', () => {
    const table = t4([classRow('十五、资源勘探工业信息等支出'), classRow('二十三、灾害防治及应急管理支出')])
    expect(landscapeOnPage(table, PORTRAIT, WIDE, 9)).toBe(true)
  })

  it('leaves a table portrait whose names wrap onto two lines at most, and a landscape spec landscape', () => {
    // 表一's shape: six columns, the expense names on two lines in portrait.
    const t1: DocTable = { ...t4([[cell('一、一般公共预算'), cell('2,083.98'), { ...cell('十九、自然资源海洋气象等支出'), align: 'left' }, cell('1.00'), cell('1.00'), cell('')]], ['text', 'money', 'text', 'money', 'money', 'money']), widths: [24, 14, 30, 14, 14, 14] }
    expect(landscapeOnPage(t1, PORTRAIT, WIDE, 9)).toBe(false)
    expect(landscapeOnPage({ ...t1, landscape: true }, PORTRAIT, WIDE, 9)).toBe(true)
    expect(landscapeOnPage(t4([classRow('五、教育支出')]), PORTRAIT, WIDE, 9)).toBe(false)
  })

  it('keeps the last rows together, so no page holds one lone last row', () => {
    const rows = Array.from({ length: 10 }, (_, i) => classRow(`${i}`))
    const keep = keepWithNext(t4(rows))
    expect(keep.filter(Boolean)).toHaveLength(KEEP_LAST_ROWS - 1)
    expect(keep.slice(-KEEP_LAST_ROWS)).toEqual([...Array(KEEP_LAST_ROWS - 1).fill(true), false])
    expect(keepWithNext(t4(rows.slice(0, 2)))).toEqual([true, false])
  })
})

