// Revenue printed only down to 款: the book keeps revenue by 项, so such an amount cannot be taken
// in; the import report must say so in words, not only as a difference "printed 50.00, computed empty".
import { describe, expect, it } from 'vitest'
import type { GridBook, GridCell } from '../../../shared/workbook/grid'
import { parsePublishedGrid } from '../../../shared/read/parse'
import { bookFromPublished } from '../../../shared/import/from-published'

function t9(income: GridCell[][]): GridBook {
  const rows: GridCell[][] = [
    ['2026年国有资本经营预算收支预算表（不含上年结转）'],
    ['部门名称：某局', null, null, null, null, null, null, '金额单位：万元'],
    ['收入科目编码', '科目名称', '国有资本经营收入预算', '科目编码', '科目名称', '合计', '基本支出', '项目支出'],
    ...income,
  ]
  return { sheets: [{ name: '表9', rows, rowCount: rows.length, truncated: false }] }
}

describe('表九 revenue printed without its 项', () => {
  it('an amount printed at 款 with no 项 under it is named in a warning, and nothing is invented for it', () => {
    const d = parsePublishedGrid(t9([
      ['合计', null, 50, null, '合计', 50, null, 50],
      ['103', '非税收入', 50, '223', '国有资本经营预算支出', 50, null, 50],
      ['10306', '国有资本经营收入', 50, '22301', '解决历史遗留问题及改革成本支出', 50, null, 50],
    ]))
    const { book, report } = bookFromPublished(d, 't9.xlsx')
    expect(book.soeRevenue).toEqual([])
    const warnings = report.notes.filter((n) => n.table === 't9' && n.severity === 'warning' && n.message.includes('项级科目'))
    expect(warnings.map((n) => n.message)).toEqual([
      '表九收入科目 10306 国有资本经营收入 印有 50.00 万元，但其下没有印出项级科目；软件按项级科目记账，这笔金额未读入，请在表九用“添加收入科目”选项级科目后填入',
    ])
  })

  it('revenue printed down to 项 is taken in with no such warning', () => {
    const d = parsePublishedGrid(t9([
      ['合计', null, 50, null, '合计', 50, null, 50],
      ['103', '非税收入', 50, '223', '国有资本经营预算支出', 50, null, 50],
      ['10306', '国有资本经营收入', 50, '22301', '解决历史遗留问题及改革成本支出', 50, null, 50],
      ['1030601', '利润收入', 50, '2230105', '国有企业改革成本支出', 50, null, 50],
    ]))
    const { book, report } = bookFromPublished(d, 't9.xlsx')
    expect(book.soeRevenue.map((l) => [l.code, l.amount])).toEqual([['1030601', '50']])
    expect(report.notes.filter((n) => n.message.includes('项级科目'))).toEqual([])
  })
})
