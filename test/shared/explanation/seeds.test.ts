// Acceptance: for each seed, the generated 情况说明 states the facts of the published text, with
// the figures our exported tables print. Every figure where the two differ is listed here, by
// section, as [published, ours] (null: the other text has no such figure), and explained.
import { describe, expect, it } from 'vitest'
import { buildDisclosure, plainText } from '../../../shared/explanation'
import { printBook } from '../../../shared/printed'
import { SEEDS, type Seed } from '../../support/fixtures'
import { figureDiff, seedBook, seedGlossary, seedOverview, seedSections, statedFigures, type FigureDiff } from './seed-text'

// Our tables print what the seed's detail rows add up to; the seeds print rounding residues
// (000: 行政事业单位医疗 175.55 for 175.56, 工资福利支出 3,904.14 for 3,904.15; 002: 财政事务
// 1,948.41 for 1,948.40 …; see test/shared/import/from-published.test.ts), so every total over
// them differs by 0.01, and so does each change computed from such a total (上年数 = the seed's
// figure minus the change it states).
const DIFFS: Record<Seed, Record<string, FigureDiff[]>> = {
  '000': {
    一: [['23041.25万元', '23041.26万元'], ['22734.25万元', '22734.26万元'], ['24455.18万元', '24455.17万元'], ['23041.25万元', '23041.26万元'], ['22734.25万元', '22734.26万元'], ['24455.18万元', '24455.17万元']],
    // Shares by largest remainder add to 100.00%; the seed's 80.42 + 18.24 + 1.33 add to 99.99.
    二: [['23041.25万元', '23041.26万元'], ['18530.54万元', '18530.55万元'], ['18.24%', '18.25%']],
    // The 4158.61 (基本支出) and 175.55 (卫生健康支出).
    三: [['23041.25万元', '23041.26万元'], ['4158.61万元', '4158.62万元']],
    四: [['23041.25万元', '23041.26万元'], ['18800.54万元', '18800.55万元'], ['22734.25万元', '22734.26万元'], ['175.55万元', '175.56万元']],
    五: [['18530.54万元', '18530.55万元'], ['17055.55万元', '17055.54万元'], ['18530.54万元', '18530.55万元'], ['175.55万元', '175.56万元']],
    六: [['4158.61万元', '4158.62万元'], ['3926.40万元', '3926.41万元']],
  },
  '002': {
    一: [['2355.13万元', '2355.12万元'], ['2355.13万元', '2355.12万元'], ['129.30万元', '129.29万元'], ['2355.13万元', '2355.12万元'], ['2355.13万元', '2355.12万元'], ['129.30万元', '129.29万元']],
    二: [['2355.13万元', '2355.12万元'], ['2355.13万元', '2355.12万元']],
    三: [['2355.13万元', '2355.12万元'], ['1339.21万元', '1339.20万元']],
    四: [['2355.13万元', '2355.12万元'], ['2355.13万元', '2355.12万元'], ['2355.13万元', '2355.12万元'], ['1948.41万元', '1948.40万元']],
    五: [['2355.13万元', '2355.12万元'], ['144.30万元', '144.29万元'], ['2355.13万元', '2355.12万元'], ['1948.41万元', '1948.40万元']],
    六: [['1339.21万元', '1339.20万元'], ['1268.70万元', '1268.69万元']],
    // The seed writes the count in words ("一家"); its 6.17% is 4.35 over this year's 70.51, not
    // over last year's 74.86 (= 5.81%).
    八: [[null, '1.00家'], ['6.17%', '5.81%']],
    // The seed's 28 projects "共计金额101.59万元" are the 1,015.92 of its 表十二 (a slipped decimal
    // point), and after "公开项目绩效目标0个" it still lists 28 published 其他运转类 projects.
    十: [['101.59万元', '1015.92万元'], ['101.59万元', '1015.92万元'], ['28.00个', null], ['101.59万元', null], ['0.00个', null], ['0.00万元', null]],
  },
  '004': {
    三: [['1138.44万元', '1138.43万元']],
    // 004's 表六 does not add up to its 表三 基本支出 (check C3): 表六 prints its own items' sum.
    六: [['1138.44万元', '1138.45万元'], ['51.64万元', '51.65万元']],
    // The seed leaves out the 公务用车购置及运行费 sentence; ours states it (0, 9.60 less).
    七: [[null, '9.60万元'], [null, '0.00万元']],
    // 整体绩效: 1,138.44 + 11,001.81 typed = 12,140.25; the projects of 表十二 add up to 11,001.80.
    十: [['12140.24万元', '12140.25万元'], ['11001.81万元', '11001.80万元'], ['11001.81万元', '11001.80万元']],
  },
}

/** 0.01 万元 as a two-decimal string, written independently of the generator's formatting. */
const decimal = (cents: bigint): string => `${cents < 0n ? '-' : ''}${(cents < 0n ? -cents : cents) / 100n}.${String((cents < 0n ? -cents : cents) % 100n).padStart(2, '0')}`

describe.each(SEEDS)('seed %s', (seed) => {
  const built = seedBook(seed).then((book) => {
    const printed = printBook(book)
    return { book, printed, d: buildDisclosure(book, printed) }
  })

  it('states the published facts section by section, differing only where listed', async () => {
    const { d } = await built
    const published = seedSections(seed)
    expect(d.explanation.map((s) => s.number)).toEqual([...published.keys()])
    const found: Record<string, FigureDiff[]> = {}
    for (const s of d.explanation) {
      const diff = figureDiff(statedFigures(published.get(s.number)!.join('')), statedFigures(plainText(s)))
      if (diff.length) found[s.number] = diff
    }
    expect(found).toEqual(DIFFS[seed])
  })

  it('names the 三公 items of 七 in the seed’s order: 运行维护费 before 购置费 (表十 prints ① 购置费 ② 运行维护费)', async () => {
    const { d } = await built
    const names = ['因公出国', '公务接待费', '公务用车购置及运行费', '公务用车运行维护费', '公务用车购置费']
    const order = (text: string): number[] => names.map((n) => text.normalize('NFKC').indexOf(n.normalize('NFKC')))
    const published = order(seedSections(seed).get('七')!.join(''))
    const ours = order(plainText(d.explanation.find((s) => s.number === '七')!))
    expect(ours.every((i, k) => i >= 0 && (k === 0 || i > ours[k - 1]!))).toBe(true)
    // Every seed names 运行维护费 before 购置费, and so do we (004 has no 购置及运行费 line).
    expect(published[3]).toBeGreaterThan(0)
    expect(published[4]).toBeGreaterThan(published[3]!)
  })

  it('prints every figure as the exported tables print it, with clean punctuation and nothing missing', async () => {
    const { d, printed } = await built
    expect(d.missing).toEqual([])
    const cell = new Map(printed.tables.flatMap((t) => t.rows.flatMap((r) => Object.entries(r.cells).map(([c, f]) => [`${t.id}!${r.id}!${c}`, f.cents]))))
    let refs = 0
    for (const s of d.explanation) {
      for (const p of s.paragraphs) for (const r of p.runs) {
        if (r.kind !== 'figure' || !r.ref) continue
        refs++
        const cents = cell.get(`${r.ref.table}!${r.ref.row}!${r.ref.col}`)
        expect(cents, `${s.number} ${r.text}`).toBeDefined()
        expect(r.value).toBe(decimal(cents!))
      }
      expect(plainText(s)).not.toMatch(/[。；，][。；，,;.]|（请填写/)
    }
    expect(refs).toBeGreaterThan(30)
  })

  it('avoids the seeds’ own faults: mixed grouping, a 政府采购 sentence without its subject', async () => {
    const { d, book } = await built
    for (const s of d.explanation) for (const p of s.paragraphs) for (const r of p.runs) {
      if (r.kind === 'figure' && r.unit === '万元') expect(r.text, r.text).toMatch(/^-?\d{1,3}(,\d{3})*(\.\d{2})?$/)
    }
    const nine = plainText(d.explanation.find((s) => s.number === '九')!)
    expect(nine.startsWith(`${book.year}年${book.department}政府采购预算总额`)).toBe(true)
  })

  it('writes 第一部分 概况 as typed and 第四部分 the standard twelve terms', async () => {
    const { d } = await built
    const overview = seedOverview(seed)
    expect(d.overview.map((s) => plainText(s))).toEqual([overview.duties, overview.organization])
    const terms = d.glossary.paragraphs.map((p) => p.runs.map((r) => r.text).join('').replace(/：.*/, ''))
    const seedTerms = seedGlossary(seed).filter((l) => /^[一二三四五六七八九十]+、/.test(l)).map((l) => l.replace(/(：|是|专指).*$/, ''))
    expect(terms).toEqual(seedTerms)
    // 002 prints the full standard list (a term's text broken onto the next line is joined).
    if (seed === '002') expect(plainText(d.glossary)).toBe(seedGlossary(seed).join('\n').replace(/：\n/g, '：'))
  })
})
