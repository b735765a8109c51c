// The rules on the 情况说明 the app generates from seed 000's book: with every disclosure field
// typed, each figure of the generated text matches its table or book field and no rule fires
// except what the tables themselves carry; with the fields left empty, each gap is reported
// under its rule, pointing at its section.
import { beforeAll, describe, expect, it } from 'vitest'
import type { BudgetBook } from '../../../../shared/model/book'
import { REASON_IDS } from '../../../../shared/model/disclosure'
import { buildDisclosure } from '../../../../shared/explanation'
import { printedFigures } from '../../../../shared/inspect/printed-figures'
import { inspectDisclosure } from '../../../../shared/inspect/rules/disclosure'
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

describe('the clerk\'s own words in 概况', () => {
  it('are read as `check --text` reads the published file: a unit count that contradicts the book is found at its paragraph', () => {
    const book = complete(base)
    const fine = inspectDisclosure(buildDisclosure(book), printedFigures(book))
    expect(fine.findings.filter((f) => f.rule === 'P15')).toEqual([])
    book.disclosure!.organization = '下属孝义市环境卫生服务中心、孝义市园林绿化中心2个事业单位。'
    const found = inspectDisclosure(buildDisclosure(book), printedFigures(book)).findings.filter((f) => f.rule === 'P15')
    expect(found.map((f) => f.message)).toEqual([expect.stringMatching(/“2个”与所属事业单位数（\d+个）不一致/)])
    expect(found[0]!.paragraph).toEqual({ section: 'organization', paragraph: 0 })
  })
})
