// The reader after loading works on plain grids: these tests need no workbook at all.
import { describe, it, expect } from 'vitest'
import type { GridBook, GridCell } from '../../../shared/workbook/grid'
import { parseAmount, toMicro } from '../../../shared/read/amount'
import { matchClass } from '../../../shared/read/classes'
import { WorkbookReadError } from '../../../shared/read/errors'
import { parsePublishedGrid } from '../../../shared/read/parse'
import { projectLevels } from '../../../shared/read/project-levels'
import { matchTitle } from '../../../shared/read/titles'
import { STANDARD_TABLES } from '../../../shared/tables'

function book(rows: GridCell[][], extra: Partial<GridBook['sheets'][number]> = {}): GridBook {
  return { sheets: [{ name: 'S', rows, rowCount: rows.length, truncated: false, ...extra }] }
}

describe('amount cells', () => {
  it('normalises printed numbers to canonical two-decimal strings', () => {
    const cases: Array<[GridCell, string | null]> = [
      ['4,203.71', '4203.71'], [1.1 + 2.2, '3.30'], ['４，２０３．７１', '4203.71'], [' 65 ', '65.00'],
      ['(12.00)', '-12.00'], ['-0.5', '-0.50'], [4203.71 + 1e-12, '4203.71'], ['1,234,567.8', '1234567.80'],
      [null, null], ['', null], ['-', null], ['—', null], [0, null], ['0.00', null],
    ]
    for (const [cell, want] of cases) expect(parseAmount(cell), String(cell)).toEqual({ ok: true, value: want })
  })

  it('refuses text that is not a number, including misplaced thousands separators', () => {
    for (const cell of ['abc', '12,34', '1.2.3', '12元', '#REF!']) expect(parseAmount(cell).ok, cell).toBe(false)
  })

  it('converts 元 to 万元 without losing 分', () => {
    expect(parseAmount(12345, 10000)).toEqual({ ok: true, value: '1.2345' })
    expect(parseAmount('10,000.00', 10000)).toEqual({ ok: true, value: '1.00' })
    expect(toMicro('1.2345')).toBe(1_234_500n)
  })

  it('keeps more than two decimals exactly, flagged, and rounds only below the 分, saying from what', () => {
    expect(parseAmount(61.115)).toEqual({ ok: true, value: '61.115', exact: true })
    expect(parseAmount('61.1249')).toEqual({ ok: true, value: '61.1249', exact: true })
    expect(parseAmount(20.333333333333332)).toEqual({ ok: true, value: '20.333333', roundedFrom: '20.333333333333332' })
    expect(parseAmount(4203.705)).toEqual({ ok: true, value: '4203.705', exact: true })
    expect(parseAmount('1234.567', 10000)).toEqual({ ok: true, value: '0.123457', roundedFrom: '1234.567' })
    expect(parseAmount(0.1 + 0.2)).toEqual({ ok: true, value: '0.30' })
  })

  it('refuses an amount past the largest a book holds, however it is written', () => {
    for (const cell of [1e9, '1,000,000,000.00', 1e25, '9'.repeat(1_000_000), '-' + '9'.repeat(400)]) {
      expect(parseAmount(cell)).toMatchObject({ ok: false, tooLarge: true })
    }
    expect(parseAmount(99_999_999_999_999, 10000)).toMatchObject({ ok: false, tooLarge: true })
    expect(parseAmount(999_999_999.99)).toEqual({ ok: true, value: '999999999.99' })
  })
})

describe('cells the import must not change silently', () => {
  const t2 = (cell: GridCell, extra: Partial<GridBook['sheets'][number]> = {}): GridBook => book([
    ['2026年收入总表'], ['部门名称：某局', '', '单位：万元'],
    ['科目编码', '科目名称', '合计', '一般公共预算'],
    ['201', '一般公共服务支出', cell, cell],
  ], extra)

  it('names the cell of an amount with three decimals', () => {
    const d = parsePublishedGrid(t2(61.115))
    expect(d.notes).toContainEqual(expect.objectContaining({ table: 't2', cell: 'S!C4', message: expect.stringContaining('61.115 有两位以上小数') }))
  })

  it('names the cell of a formula with no saved result, which reads as empty', () => {
    const d = parsePublishedGrid(t2(null, { uncachedFormulas: [[3, 2]] }))
    expect(d.notes).toContainEqual(expect.objectContaining({ table: 't2', cell: 'S!C4', message: expect.stringContaining('是公式，但文件中没有保存它的计算结果') }))
  })

  it('refuses the file over an amount past the limit, naming the cell', () => {
    expect(() => parsePublishedGrid(t2('12345678901234567890'))).toThrow(/单元格 C4）的金额"12345678901234567890"超出上限/)
  })
})

describe('titles and classes', () => {
  it('recognises titles with a prefix, spaces, quotes, half-width brackets and 续表', () => {
    expect(matchTitle('孝义市财政局2026年预算收支总表', STANDARD_TABLES)).toEqual({ id: 't1', year: 2026, continued: false })
    expect(matchTitle('2026年 财政拨款安排"三公"经费支出预算表', STANDARD_TABLES)?.id).toBe('t10')
    expect(matchTitle('2025年项目支出预算表(本年预算)(续表)', STANDARD_TABLES)).toEqual({ id: 't12', year: 2025, continued: true })
    expect(matchTitle('2025年一般公共预算支出预算表', STANDARD_TABLES)?.id).toBe('t5')
    expect(matchTitle('2024-2025年热源吉焦补贴资金', STANDARD_TABLES)).toBeNull()
    expect(matchTitle('2026年预算收支总表编制说明', STANDARD_TABLES)).toBeNull()
  })

  it('matches class rows by code, exact name, ordinal with a similar name, or similar name', () => {
    expect(matchClass('十五、资源勘探工业信息支出', 0).index).toBe(14)
    expect(matchClass('215 资源勘探工业信息等支出', 0).index).toBe(14)
    expect(matchClass('一般公共服务支出（201）', 5)).toEqual({ index: 0, seq: '', name: '一般公共服务支出' })
    expect(matchClass('科学技术', 0).index).toBe(5)
    expect(matchClass('项目', 3).index).toBeNull()
  })
})

describe('unit rows and project rows of 表十二/表十三', () => {
  const rows = (...totals: number[]) => totals.map((t, i) => ({ name: `r${i}`, amounts: [BigInt(t) * 1_000_000n] }))

  it('finds unit rows by sums, not fooled by equal neighbouring projects', () => {
    expect(projectLevels(rows(200, 100, 50, 50, 100, 100), new Set()).levels)
      .toEqual(['dept', 'unit', 'project', 'project', 'unit', 'project'])
    expect(projectLevels(rows(110, 110, 55, 55), new Set()).levels).toEqual(['dept', 'unit', 'project', 'project'])
  })

  it('has no unit rows when the projects add up to the department', () => {
    expect(projectLevels(rows(110, 55, 55), new Set()).levels).toEqual(['dept', 'project', 'project'])
  })

  it('falls back to names when no reading adds up', () => {
    const input = [...rows(100), { name: '某某中心', amounts: [100_000_000n] }, ...rows(30, 30)]
    // The unit row prints 100 over projects adding up to 60: named, with both figures (the department row adds up its unit).
    expect(projectLevels(input, new Set(['某某中心']))).toEqual({ levels: ['dept', 'unit', 'project', 'project'], consistent: false, off: [{ row: 1, printed: 100_000_000n, sum: 60_000_000n }] })
  })

  /** A published 表十二's title, unit line and header, above the rows a test gives. */
  const T12_HEAD = [
    ['2026年项目支出预算表（本年预算）'],
    ['部门名称：某局', null, null, null, null, null, '金额单位：万元'],
    ['项目名称', '合计', '一般公共预算', '政府性基金预算', '国有资本经营预算', '财政专户管理资金', '单位资金'],
  ]

  it('says a 注 under a table was not read (clerk9 #8)', () => {
    const d = parsePublishedGrid(book([
      ...T12_HEAD,
      ['某局', 30, 30],
      ['项目甲', 30, 30],
      ['注：项目支出含上年结转'],
      ['注：另有 2 个项目待批复'],
    ]))
    expect(d.notes.filter((n) => n.message.includes('注未读入')).map((n) => n.message)).toEqual(['表十二下的 2 条注未读入（“注：项目支出含上年结转”、“注：另有 2 个项目待批复”）；导出的表格不带注，需要时请写入情况说明'])
  })

  it('says which row does not add up, with both figures, when names decide (clerk9 #7)', () => {
    const d = parsePublishedGrid(book([
      ...T12_HEAD,
      ['某局', 160, 160],
      ['某局本级', 100, 100],
      ['项目甲', 100, 100],
      ['某某中心', 60, 60],
      ['项目乙', 30, 30],
      ['项目丙', 20.5, 20.5],
    ]))
    const note = d.notes.map((n) => n.message).find((m) => m.includes('对不上'))
    // No other table names a unit here, so every row below the department reads as a project.
    expect(note).toBe('表十二的单位行金额与其下项目之和对不上（“某局”一行印 160.00 万元，其下各项目相加 310.50 万元），已按名称区分单位行和项目行')
  })
})

describe('parsePublishedGrid', () => {
  it('reads 表九 with data on both sides and 表六 classes and items, in 元', () => {
    const d = parsePublishedGrid(book([
      ['2026年国有资本经营预算收支预算表（不含上年结转）'],
      ['部门名称：某局', null, null, null, null, null, null, '金额单位：元'],
      ['收入科目编码', '科目名称', '国有资本经营收入预算', '科目编码', '科目名称', '合计', '基本支出', '项目支出'],
      ['合计', null, 20000, null, '合计', 20000, null, 20000],
      ['103', '非税收入', 20000, '223', '国有资本经营预算支出', 20000, null, 20000],
      [],
      ['2026年一般公共预算安排基本支出分经济科目表（不含上年结转）'],
      ['部门预算支出经济科目名称', '政府预算支出经济科目名称', '合计', '人员经费', '公用经费'],
      ['合计', null, 30000, 10000, 20000],
      ['工资福利支出', null, 10000, 10000],
      ['基本工资', '工资奖金津补贴', 10000, 10000],
      ['商品和服务支出', null, 20000, null, 20000],
      ['办公费', '办公经费', 20000, null, 20000],
    ]))
    expect(d.meta).toEqual({ department: '某局', nameLabel: '部门名称', year: 2026, yuanTables: ['t9'] })
    expect(d.tables.t9.income).toEqual([
      { code: '', name: '合计', amount: '2.00', level: 'total' },
      { code: '103', name: '非税收入', amount: '2.00', level: '类' },
    ])
    expect(d.tables.t9.expenditure[1]).toEqual({ code: '223', name: '国有资本经营预算支出', total: '2.00', basic: null, project: '2.00', level: '类' })
    expect(d.tables.t9.noData).toBe(false)
    expect(d.tables.t6.rows.map((r) => [r.level, r.deptEcon, r.class ?? ''])).toEqual([
      ['total', '合计', ''], ['class', '工资福利支出', ''], ['item', '基本工资', '工资福利支出'],
      ['class', '商品和服务支出', ''], ['item', '办公费', '商品和服务支出'],
    ])
    expect(d.notes.filter((n) => n.severity === 'info').map((n) => n.table)).toEqual(['t9'])
  })

  it('reads a 表六 row with an empty 政府 cell as a class only when its name is a class or its amounts add up its items', () => {
    const d = parsePublishedGrid(book([
      ['2026年一般公共预算安排基本支出分经济科目表（不含上年结转）'],
      ['部门名称：某局', null, null, null, '单位：万元'],
      ['部门预算支出经济科目名称', '政府预算支出经济科目名称', '合计', '人员经费', '公用经费'],
      ['合计', null, 160, 100, 60],
      ['工资福利支出', null, 100, 100],
      ['基本工资', null, 80, 80], // a known item whose 政府 cell was left empty
      ['津贴补贴', '工资奖金津补贴', 20, 20],
      ['自定义经济类', null, 50, null, 50], // unknown name, adds up the items below: a class
      ['专项业务费', '商品和服务支出', 30, null, 30],
      ['会议杂费', null, 20, null, 20], // unknown name, no items below add up to it: an item
      ['商品和服务支出', null, 10, null, 10],
      ['办公费', '办公经费', 10, null, 10],
    ]))
    expect(d.tables.t6.rows.map((r) => [r.level, r.deptEcon, r.govEcon, r.total, r.class ?? ''])).toEqual([
      ['total', '合计', '', '160.00', ''],
      ['class', '工资福利支出', '', '100.00', ''],
      ['item', '基本工资', '', '80.00', '工资福利支出'],
      ['item', '津贴补贴', '工资奖金津补贴', '20.00', '工资福利支出'],
      ['class', '自定义经济类', '', '50.00', ''],
      ['item', '专项业务费', '商品和服务支出', '30.00', '自定义经济类'],
      ['item', '会议杂费', '', '20.00', '自定义经济类'],
      ['class', '商品和服务支出', '', '10.00', ''],
      ['item', '办公费', '办公经费', '10.00', '商品和服务支出'],
    ])
    const warnings = d.notes.filter((n) => n.table === 't6' && n.severity === 'warning').map((n) => n.message)
    expect(warnings).toEqual([
      '表六第 6 行“基本工资”没有政府预算支出经济科目名称，已按经济科目读入',
      '表六第 10 行“会议杂费”没有政府预算支出经济科目名称，已按经济科目读入',
    ])
  })

  it('reports a duplicated table, a missing name line and a truncated sheet', () => {
    const t10 = (amount: number): GridCell[][] => [
      ['2026年财政拨款安排“三公”经费支出预算表'], ['项目', '合计', '一般公共预算', '政府性基金预算', '国有资本经营预算'],
      ['公务接待费', amount, amount], ['合计', amount, amount],
    ]
    const d = parsePublishedGrid(book([...t10(1), ['2026年预算收支总表'], ...t10(2)], { rowCount: 90_000, truncated: true }))
    expect(d.tables.t10.rows[0]).toEqual({ item: '公务接待费', total: '1.00', gp: '1.00', gf: null, soe: null })
    expect(d.meta.department).toBe('')
    const messages = d.notes.map((n) => n.message).join('\n')
    expect(messages).toMatch(/工作表"S"有 90000 行/)
    expect(messages).toMatch(/表十在工作表"S"第 6 行又出现了一次/)
    expect(messages).toMatch(/部门名称/)
  })

  it('falls back to the standard column order when a table prints no header', () => {
    const d = parsePublishedGrid(book([
      ['2026年预算支出总表'], ['单位名称：某所', null, null, null, '单位：万元'],
      [null, '合计', 10, 4, 6], ['201', '一般公共服务支出', 10, 4, 6],
    ]))
    expect(d.tables.t3.rows[1]).toEqual({ code: '201', name: '一般公共服务支出', total: '10.00', basic: '4.00', project: '6.00', level: '类' })
  })

  it('throws WorkbookReadError when no title is found', () => {
    expect(() => parsePublishedGrid(book([['姓名', '金额'], ['张三', 1]]))).toThrow(WorkbookReadError)
  })
})

describe('projectLevels with small projects', () => {
  it('finds an exact unit row before the tolerant "no unit rows" reading', async () => {
    const { projectLevels } = await import('../../../shared/read/project-levels')
    // dept 0.02 = unit 0.02 = two projects of 0.01 (micro 万元 units): reading every row below the
    // department as a project would still be "within 0.01 per row", but the exact reading is right.
    const row = (name: string, v: bigint) => ({ name, amounts: [v] })
    const r = projectLevels([row('局', 20_000n), row('局本级', 20_000n), row('甲', 10_000n), row('乙', 10_000n)], new Set())
    expect(r.levels).toEqual(['dept', 'unit', 'project', 'project'])
  })
})
