// The rules on the 情况说明 the app generates from seed 000's book: with every disclosure field
// typed, each figure of the generated text matches its table or book field and no rule fires
// except what the tables themselves carry; with the fields left empty, each gap is reported
// under its rule, pointing at its section.
import { beforeAll, describe, expect, it } from 'vitest'
import type { BudgetBook } from '../../../../shared/model/book'
import { REASON_IDS } from '../../../../shared/model/disclosure'
import { buildDisclosure } from '../../../../shared/explanation'
import { printedFigures } from '../../../../shared/inspect/printed-figures'
import { disclosureText, inspectDisclosure } from '../../../../shared/inspect/rules/disclosure'
import { APP_GAP, inspectText } from '../../../../shared/inspect/rules/apply'
import { checkText } from '../../../../shared/inspect/text/check-text'
import { openSeed } from '../support'

let base: BudgetBook
beforeAll(async () => {
  base = (await openSeed('000')).book
})

function complete(book: BudgetBook): BudgetBook {
  const b = structuredClone(book)
  b.disclosure = {
    duties: '负责城市管理工作。',
    organization: '内设办公室。',
    purchaseCatalog: '无',
    reasons: Object.fromEntries(REASON_IDS.map((id) => [id, '主要原因是项目调整'])),
    procurement: { goods: '153', works: '2335', services: '106' },
    assets: { vehicles: { enforcement: { quota: 37, actual: 34 } }, officeArea: '1566.49', equipment50: 2, equipment100: 1 },
    performance: { basic: '0', project: '18882.64' },
  }
  b.projects.forEach((p, i) => (p.perf = { category: i < 10 ? '其他运转类' : '特定目标类', published: i % 2 === 0 }))
  b.prior = { year: 2025, figures: { total: '47496.43', gp: '35586.09', threePublic: '53.2', runningCosts: '229.02', 'threePublic:abroad': '0', 'threePublic:reception': '0', 'threePublic:vehicle': '53.2', 'threePublic:vehiclePurchase': '0', 'threePublic:vehicleOps': '53.2' } }
  return b
}

describe('inspecting the generated 情况说明', () => {
  it('every figure of a complete disclosure matches its table or book field', () => {
    const book = complete(base)
    const r = inspectDisclosure(buildDisclosure(book), printedFigures(book))
    expect(r.checked.findings.filter((f) => f.kind === 'differs')).toEqual([])
    const unplaced = r.checked.findings.filter((f) => f.kind === 'unplaced')
    // Only the 50/100 万元 thresholds of the 通用设备 sentence, which are no figure of the book.
    expect(unplaced.map((f) => f.text)).toEqual(['50万元', '100万元'])
    expect(r.checked.findings.filter((f) => f.kind === 'matched').length).toBeGreaterThan(80)
    expect(r.findings.map((f) => f.message)).toEqual([])
  })

  it('reports what the clerk has not typed under its rule, at its section', () => {
    const r = inspectDisclosure(buildDisclosure(base), printedFigures(base))
    const rules = new Set(r.findings.map((f) => f.rule))
    for (const id of ['P07', 'P08', 'P09', 'P13'] as const) expect(rules).toContain(id)
    const procurement = r.findings.find((f) => f.rule === 'P07' && f.field !== undefined)!
    expect(procurement).toMatchObject({ field: 'disclosure.procurement', paragraph: { section: 'procurement' } })
  })

  it('every gap the generated text prints is one a check of the exported text finds (P11), and is not reported twice in the app', () => {
    const d = buildDisclosure(base)
    const gaps = new Set(d.explanation.flatMap((s) => s.paragraphs.flatMap((p) => p.runs.filter((r) => r.kind === 'field' && r.missing).map((r) => r.text))))
    expect(gaps.size).toBeGreaterThan(3)
    for (const gap of gaps) expect(gap).toMatch(new RegExp(`^(?:${APP_GAP.source})$`))
    // What `check --text` reads from the exported document: each kind of gap is a P11 finding there.
    const text = disclosureText(d).text
    const p11 = inspectText(text, checkText(text, printedFigures(base)), printedFigures(base)).filter((f) => f.rule === 'P11')
    expect(new Set(p11.map((f) => /“[^“”]*?(（[^）]*）)[^“”]*”/.exec(f.message)?.[1]))).toEqual(gaps)
    // In the app the same gaps are the fields left empty, not P11 text findings besides.
    const own = inspectDisclosure(d, printedFigures(base)).findings.filter((f) => f.rule === 'P11' && f.text)
    expect(own).toEqual([])
  })

  it('a changed figure in a typed field shows as the field, a text rule points at its paragraph', () => {
    const book = complete(base)
    book.disclosure!.reasons!.total = '由XX填写'
    const r = inspectDisclosure(buildDisclosure(book), printedFigures(book))
    const p11 = r.findings.find((f) => f.rule === 'P11')!
    expect(p11.paragraph?.section).toBe(buildDisclosure(book).explanation[0]!.id)
    expect(p11.paragraph?.paragraph).toBeGreaterThanOrEqual(0)
  })
})

describe('publicationFindings (what 审核 lists)', () => {
  it('gives the same findings with the app\'s live derivation as without', async () => {
    const { publicationFindings } = await import('../../../../shared/inspect')
    const { Derivation } = await import('../../../../shared/engine/derivation')
    const book = structuredClone(base)
    book.projects[0]!.name = '待填写'
    const own = publicationFindings(book)
    expect(own.some((f) => f.rule === 'P11' && f.cells.length === 1)).toBe(true)
    expect(publicationFindings(book, null, new Derivation(book))).toEqual(own)
  })
})

