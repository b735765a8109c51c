// Acceptance for the domain core: the book built from each seed's detail rows reproduces
// every published figure, except the rounding residues (尾差) the seeds print — which are
// listed here by place — and figures that only inherit one of them.
import { describe, it, expect } from 'vitest'
import { bookFromPublished } from '../../../shared/import/from-published'
import { Derivation } from '../../../shared/engine/derivation'
import { printedFen } from '../../../shared/import/printed-amount'
import { SEEDS, seedDisclosure, seedJson, type Seed } from '../../support/fixtures'

type Place = [table: string, row: string, column: string, printed: string | null, computed: string | null, kind: string]

const ROOTS: Record<Seed, Place[]> = {
  '000': [
    ['t2', '21011 行政事业单位医疗', '合计', '175.55', '175.56', 'residue'],
    ['t2', '21011 行政事业单位医疗', '一般公共预算', '175.55', '175.56', 'residue'],
    ['t3', '21011 行政事业单位医疗', '合计', '175.55', '175.56', 'residue'],
    ['t3', '21011 行政事业单位医疗', '基本支出', '175.55', '175.56', 'residue'],
    ['t5', '21011 行政事业单位医疗', '合计', '175.55', '175.56', 'residue'],
    ['t5', '21011 行政事业单位医疗', '基本支出', '175.55', '175.56', 'residue'],
    ['t6', '工资福利支出', '合计', '3904.14', '3904.15', 'residue'],
    ['t6', '工资福利支出', '人员经费', '3904.14', '3904.15', 'residue'],
  ],
  '002': [
    ['t2', '20106 财政事务', '合计', '1948.41', '1948.40', 'residue'],
    ['t2', '20106 财政事务', '一般公共预算', '1948.41', '1948.40', 'residue'],
    ['t3', '20106 财政事务', '合计', '1948.41', '1948.40', 'residue'],
    ['t3', '20106 财政事务', '基本支出', '980.49', '980.48', 'residue'],
    ['t5', '20106 财政事务', '合计', '1948.41', '1948.40', 'residue'],
    ['t5', '20106 财政事务', '基本支出', '980.49', '980.48', 'residue'],
    ['t6', '合计', '合计', '1339.21', '1339.20', 'residue'],
    ['t6', '合计', '人员经费', '1268.70', '1268.69', 'residue'],
  ],
  '004': [
    ['t3', '合计', '基本支出', '1138.44', '1138.43', 'residue'],
    ['t5', '合计', '基本支出', '1138.44', '1138.43', 'residue'],
    ['t8', '2120803 城市建设支出', '项目支出', null, '275.58', 'mismatch'],
    ['t6', '商品和服务支出', '合计', '51.64', '51.65', 'residue'],
    ['t6', '商品和服务支出', '公用经费', '51.64', '51.65', 'residue'],
    ['t12', '孝义经济开发区管理委员会', '合计', '11001.81', '11001.80', 'residue'],
    ['t12', '孝义经济开发区管理委员会', '一般公共预算', '10726.23', '10726.22', 'residue'],
  ],
}

describe.each(SEEDS)('seed %s built from its published detail rows', (seed) => {
  const { book, report } = bookFromPublished(seedDisclosure(seed), `${seed}.xlsx`)
  const json = seedJson(seed)
  const d = new Derivation(book)

  it('takes every detail row as data', () => {
    const n = json.normalized
    expect(book.department).toBe(json.department)
    expect(book.year).toBe(Number(json.year))
    expect(book.subjects.map((s) => s.code)).toEqual(n.t2.rows.filter((r) => r.level === '项').map((r) => r.code))
    expect(book.econ).toHaveLength(n.t6.rows.filter((r) => r.level === 'item').length)
    expect(book.projects.filter((p) => p.kind === 'current')).toHaveLength(n.t12.rows.filter((r) => r.level === 'project').length)
    expect(book.projects.filter((p) => p.kind === 'carry')).toHaveLength(n.t13.rows.filter((r) => r.level === 'project').length)
  })

  it('reproduces every printed figure except the residues listed, by place', () => {
    const roots = report.differences.filter((x) => x.kind !== 'follows').map((x): Place => [x.table, x.row, x.column, x.printed, x.computed, x.kind])
    expect(roots).toEqual(ROOTS[seed])
    // Every other differing figure inherits one of those residues: it agrees with the printed
    // figures around it and is off by no more than the residues add up to.
    const worst = ROOTS[seed].reduce((t, [, , , p, c]) => t + (printedFen(p) > printedFen(c) ? printedFen(p) - printedFen(c) : printedFen(c) - printedFen(p)), 0n)
    for (const x of report.differences.filter((y) => y.kind === 'follows')) {
      const gap = printedFen(x.printed) - printedFen(x.computed)
      expect(gap < 0n ? -gap : gap, `${x.table} ${x.row} ${x.column}`).toBeLessThanOrEqual(worst)
    }
  })

  it('raises consistency errors only where the published data really disagree', () => {
    const errors = d.findings().filter((f) => f.severity === 'error').map((f) => f.check)
    expect(errors).toEqual(seed === '004' ? ['C1', 'C3'] : [])
  })
})

describe('seed 004 prints 表八 empty', () => {
  const { book, report } = bookFromPublished(seedDisclosure('004'), '004.xlsx')
  it('places the 政府性基金 money as 表二 and 表三 show it', () => {
    const line = book.subjects.find((s) => s.code === '2120803')!
    expect(line.project).toEqual({ gf: '275.58' })
    expect(line.basic).toEqual({})
    const d = new Derivation(book)
    expect(d.value('t8!total!total')).toBe(275_580_000n)
    expect(d.value('t7!total!amount')).toBe(275_580_000n)
  })
  it('names 表八 as printed wrong in the import report', () => {
    expect(report.notes.some((n) => n.table === 't8' && n.message.includes('表八未列出 2120803'))).toBe(true)
    expect(report.differences.filter((x) => x.table === 't8' && x.kind === 'mismatch')).toHaveLength(1)
  })
})

describe('the unit type a published workbook does not state', () => {
  const typeNote = (seed: Seed): string[] => bookFromPublished(seedDisclosure(seed), `${seed}.xlsx`).report.notes.filter((n) => /单位类型/.test(n.message)).map((n) => n.message)
  it('is said in the report when assumed as 行政 from 表六 alone (seed 004: 表十一 empty)', () => {
    const { book } = bookFromPublished(seedDisclosure('004'), '004.xlsx')
    expect(book.units.map((u) => u.type)).toEqual(['行政'])
    expect(typeNote('004')).toEqual(['公开表中未注明单位类型，已按行政单位读入（表六列有机关工资福利支出等机关类经济科目），请在“基本信息”中核对'])
  })
  it('is not mentioned when 表十一 lists the unit with 机关运行经费 (seeds 000, 002)', () => {
    expect(typeNote('000')).toEqual([])
    expect(typeNote('002')).toEqual([])
  })
  it('is said when several units are read as 事业 because 表十一 lists none', () => {
    // Seed 002 with a second unit in 表十二 and 表十一 left empty (a department that publishes no 机关运行经费).
    const disclosure = structuredClone(seedDisclosure('002'))
    const { t11, t12 } = disclosure.tables
    t11.rows = t11.rows.filter((r) => r.level !== 'unit')
    t12.rows.push({ ...t12.rows[1]!, name: '孝义市财政局下属中心', total: '10.00', gp: '10.00' }, { ...t12.rows[2]!, name: '中心项目', total: '10.00', gp: '10.00' })
    const { book, report } = bookFromPublished(disclosure, '002-两单位.xlsx')
    expect(book.units.map((u) => [u.name, u.type])).toEqual([['孝义市财政局', '事业'], ['孝义市财政局下属中心', '事业']])
    const notes = report.notes.filter((n) => /单位类型/.test(n.message)).map((n) => n.message)
    expect(notes).toEqual(['公开表中未注明单位类型（表十一未列出单位），2 个单位已全部按事业单位读入；表六列有机关工资福利支出等机关类经济科目，其中应有行政（参公）单位，请在“基本信息”中逐个核对'])
  })
})

describe('seed 004 with 表二 printed in 元', () => {
  it('quotes the amount 表八 left out in 元 with two decimals, as 表二 prints it, not as 6-decimal 万元', () => {
    const disclosure = seedDisclosure('004')
    const row = disclosure.tables.t2.rows.find((r) => r.code === '2120803')!
    expect(row.gf).toBe('275.58')
    // 2,755,812.34 元 as the reader hands it on: exact 万元.
    row.gf = '275.581234'
    const { report } = bookFromPublished({ ...disclosure, meta: { ...disclosure.meta, yuanTables: ['t2'] } }, '004-元.xlsx')
    const note = report.notes.find((n) => n.table === 't8' && n.message.includes('表八未列出 2120803'))!
    expect(note.message).toContain('政府性基金预算支出 2,755,812.34 元（表二有此金额）')
  })
})

describe('seed 000 carries 上年结转 by source as 表四 prints it', () => {
  const { book } = bookFromPublished(seedDisclosure('000'), '000.xlsx')
  it('puts the 彩票公益金 carry under 政府性基金 and the debt carry under 一般公共预算', () => {
    expect(book.subjects.find((s) => s.code === '2296003')!.carry).toEqual({ gf: '37' })
    expect(book.subjects.find((s) => s.code === '2310399')!.carry).toEqual({ gp: '270' })
  })
})

describe('a 项 outside the 30 function classes', () => {
  it('is an error of C9, since 表一 and 表四 would have nowhere to print it', async () => {
    const { emptyBook } = await import('../../../shared/model/book')
    const book = emptyBook('测试局', 2026)
    book.subjects.push({ code: '2250101', name: '自编科目', basic: { gp: '50' }, project: {}, carry: {} })
    const c9 = new Derivation(book).findings().filter((f) => f.check === 'C9')
    expect(c9).toHaveLength(1)
    expect(c9[0]!.severity).toBe('error')
    expect(c9[0]!.message).toContain('不是 30 个支出功能分类之一')
  })
})
