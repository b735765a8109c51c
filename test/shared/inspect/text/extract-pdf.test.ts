// The text of the app's own PDF (pert2 book, 开发区 2024, as unpdf reads the exported
// 公开文件.pdf: one line per printed line, page numbers "— 23 —" between a sentence's halves,
// chart labels drawn twice) checks like the same document's .docx: no figure differs, and only
// the figures the .docx also cannot place stay unplaced. (clerk8 #4: the 整体绩效目标 figures,
// "…涉及部门预算资金" / "12,170.29万元，其中基本支出1,138.43万元…", were compared with the
// 项目绩效 total and 39 of 110 figures were 无法核对.) 十 2's counts (lines 469–473) are as the app prints them since
// clerk8 #9: 61/60, the project 遗属补助（二） without an amount not counted.
import { beforeAll, describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { printedFigures, type PrintedFigures } from '../../../../shared/inspect/printed-figures'
import { checkText } from '../../../../shared/inspect/text/check-text'
import { extractFigures } from '../../../../shared/inspect/text/extract'
import { fixturePath } from '../../../support/fixtures'
import { readSeedWorkbook } from '../../../support/seed-workbooks'

let pf: PrintedFigures
const pdfText = readFileSync(fixturePath('texts/pert2-app-pdf.txt'), 'utf8')
beforeAll(async () => {
  pf = printedFigures((await readSeedWorkbook('pert2-app-export.xlsx')).book)
})

describe('the text of a PDF, wrapped line by line', () => {
  it('checks the app’s own PDF like its .docx: nothing differs, few figures unplaced', () => {
    const { findings, skipped } = checkText(pdfText, pf)
    expect(findings.filter((f) => f.kind === 'differs').map((f) => `${f.line} ${f.text}`)).toEqual([])
    // As in the .docx, 4 stay unplaced: the counts of 概况 (7个部门, 1个事业单位) and the 50/100 万元
    // thresholds of 国有资产 (the 财政专户 income reads: the PDF names 户 by the radical ⼾).
    const unplaced = findings.filter((f) => f.kind === 'unplaced').map((f) => `${f.line} ${f.text}`)
    expect(unplaced).toEqual(['42 7个', '42 1个', '485 50万元', '486 100万元'])
    expect(findings).toHaveLength(95)
    // The 整体绩效目标 sentence spans lines 463–465: its figures are the department's, quoted at the
    // line they are printed on.
    const whole = findings.filter((f) => f.section === '绩效管理情况' && f.line === 464)
    expect(whole.map((f) => [f.text, f.kind, f.expected])).toEqual([
      ['12,170.29万元', 'matched', '12,170.29'],
      ['1,138.43万元', 'matched', '1,138.43'],
      ['11,031.86万元', 'matched', '11,031.86'],
    ])
    // The chart's labels (each drawn twice) are set apart and counted, not read as prose.
    expect(skipped.map((b) => [b.from, b.to, b.figures])).toEqual([
      [416, 423, 16],
      [450, 452, 6],
    ])
  })

  it('reads a sentence across a page number and a unit broken over two lines', () => {
    const text = [
      '四、财政拨款收支预算总体情况说明',
      '2024年度某某局财政拨款收支总预算12,165.29万元。其中：当年',
      '— 20 —',
      '拨款收入12,165.29万元，上年结转收入0万元。项目支出11,031.86万',
      '元，占90.65%。',
    ].join('\n')
    const { figures } = extractFigures(text)
    const income = figures.find((f) => f.line === 4 && f.text === '12,165.29万元')!
    expect(income.sentence).toBe('其中：当年拨款收入12,165.29万元，上年结转收入0万元。')
    const project = figures.find((f) => f.text === '11,031.86万元')!
    expect([project.line, project.unit, project.sentence]).toEqual([4, '万元', '项目支出11,031.86万元，占90.65%。'])
  })

  it('sets apart chart labels side by side, each drawn twice, but not a table row of repeated words', () => {
    const text = ['七、“三公”经费增减变动原因说明', '0万元0万元 0万元0万元', '48.00万元48.00万元', '合计 合计', '公务接待费48.00万元。'].join('\n')
    const { figures, skipped } = extractFigures(text)
    expect(skipped.map((b) => [b.from, b.to, b.figures])).toEqual([[2, 3, 6]])
    expect(figures.map((f) => [f.line, f.text])).toEqual([[5, '48.00万元']])
  })

  it('does not count a .docx 目录\'s entries (title, tab, page) as attached forms (clerk9 #10)', () => {
    const text = ['目录', '第一部分 概况\t1', '表一　2026年预算收支总表\t2', '一、收支预算总体情况', '项目\t2026年\t2025年', '合计\t100.00万元\t90.00万元'].join('\n')
    const { skipped } = extractFigures(text)
    expect(skipped.map((b) => [b.from, b.to, b.figures])).toEqual([[5, 6, 2]])
  })

  it('does not join a short line of a Word document’s paragraphs to the next', () => {
    // A .docx paragraph is one line: a short one without a stop (a caption) ends its sentence.
    const text = ['三、支出预算情况说明', '图1 支出结构', '本部门支出预算23,041.25万元，其中：基本支出4,158.61万元，项目支出18,882.64万元，占81.95%。'].join('\n')
    const { figures } = extractFigures(text)
    expect(figures[0]!.sentence.startsWith('本部门')).toBe(true)
  })
})
