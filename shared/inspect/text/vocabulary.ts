// Which table figure the words before a stated figure name, section by section: "一般公共预算拨款
// 收入" in 收入预算情况说明 is 表二 合计行 一般公共预算, in 财政拨款收支总体情况 the 一般公共预算
// column of 表四 (carry included). Patterns are tried in order, the most specific first; 类 names
// (current or outdated), 表六 rows and units are looked up in the book's own tables.
import { CLASS_BY_CODE, FUNCTION_CLASSES } from '../../catalog/classes'
import { PRIOR_HEADLINES, priorId } from '../../model/prior'
import type { PublishedTableId } from '../../tables/ids'
import { OUTDATED_CLASS_NAMES } from '../subject-names'
import type { PrintedFigures } from '../printed-figures'
import type { TextFigure } from './extract'
import type { SectionId } from './sections'

/** A printed table figure, with how to find last year's value of it. */
export interface Fact {
  table: PublishedTableId
  row: string
  col: string
  /** Where it is printed, for the clerk: "表二 合计行 一般公共预算". */
  where: string
  /** 上年数 ids whose sum is last year's value (none: the book keeps no 上年数 of it). */
  prior?: readonly string[]
}

type Rule = [RegExp, (f: TextFigure) => Fact | undefined]

// The catch-all words of a section's total ("预算收入", "支出预算合计"), tested on the label with
// the year and the department's or a unit's name taken off: anything more specific ("事业收入",
// "工资福利支出") is no total and stays unplaced unless a rule above names it.
const GENERIC_IN = /^(?:预算)?收入(?:预算)?(?:总额|合计|总计|总数)?(?:为|是)?$/
const GENERIC_OUT = /^(?:预算)?支出(?:预算)?(?:总额|合计|总计|总数)?(?:为|是)?$/
const ANCHORED = new Set<RegExp>([GENERIC_IN, GENERIC_OUT])

/** The label without its year, department or unit name and 本部门/本单位. */
function coreOf(label: string, pf: PrintedFigures): string {
  let l = label.replace(/^\d{4}\s*年度?/, '')
  for (const name of [pf.book.department, ...pf.book.units.map((u) => u.name)].filter(Boolean).sort((a, b) => b.length - a.length)) {
    if (l.startsWith(name)) {
      l = l.slice(name.length)
      break
    }
  }
  return l.replace(/^(?:本部门|本单位|我部门|我单位|部门|单位)/, '').replace(/^\d{4}\s*年度?/, '')
}

const fact = (table: PublishedTableId, row: string, col: string, where: string, prior?: readonly string[]): Fact => ({
  table, row, col, where, ...(prior ? { prior } : {}),
})

const P = PRIOR_HEADLINES
const T1_GRAND_IN = fact('t1', 'f:grand', 'incAmount', '表一 收入总计', [P.total])
const T1_GRAND_OUT = fact('t1', 'f:grand', 'expTotal', '表一 支出总计', [P.total])
const T3_TOTAL = fact('t3', 'total', 'total', '表三 合计行 合计')
const T3_BASIC = fact('t3', 'total', 'basic', '表三 合计行 基本支出')
const T3_PROJECT = fact('t3', 'total', 'project', '表三 合计行 项目支出')
const T5_TOTAL = fact('t5', 'total', 'total', '表五 合计行 合计', [P.gp])
const T5_BASIC = fact('t5', 'total', 'basic', '表五 合计行 基本支出')
const T5_PROJECT = fact('t5', 'total', 'project', '表五 合计行 项目支出')

const RULES: Record<SectionId, Rule[]> = {
  overview: [
    [/收入总计|收入合计|总收入/, () => T1_GRAND_IN],
    [/支出总计|支出合计|总支出/, () => T1_GRAND_OUT],
    [/本年收入|当年收入/, () => fact('t1', 'f:total', 'incAmount', '表一 本年收入合计')],
    [/本年预算安排|当年预算安排|本年支出|当年支出/, () => fact('t1', 'f:total', 'expCurrent', '表一 本年支出合计 当年预算安排')],
    [/上年结转/, (f) => (f.expenditureSide ? fact('t1', 'f:total', 'expCarry', '表一 本年支出合计 上年结转安排') : fact('t1', 'f:carry', 'incAmount', '表一 上年结转'))],
    [GENERIC_IN, () => T1_GRAND_IN],
    [GENERIC_OUT, () => T1_GRAND_OUT],
  ],
  income: [
    [/一般公共预算/, () => fact('t2', 'total', 'gp', '表二 合计行 一般公共预算', [P.gp])],
    [/政府性基金/, () => fact('t2', 'total', 'gf', '表二 合计行 政府性基金', [P.gf])],
    [/国有资本经营/, () => fact('t2', 'total', 'soe', '表二 合计行 国有资本经营预算', [P.soe])],
    [/财政专户/, () => fact('t2', 'total', 'sp', '表二 合计行 财政专户管理资金')],
    // 事业收入/经营收入 are only parts of 单位资金: left unplaced rather than compared with the whole.
    [/单位资金/, () => fact('t2', 'total', 'uf', '表二 合计行 单位资金')],
    [/上年结转/, () => fact('t2', 'total', 'carry', '表二 合计行 上年结转')],
    [/财政拨款/, () => fact('t4', 'f:total', 'incAmount', '表四 本年收入合计')],
    [/本年收入|当年收入/, () => fact('t2', 'total', 'total', '表二 合计行 合计')],
    [GENERIC_IN, () => T1_GRAND_IN],
  ],
  expenditure: [
    [/基本支出/, () => T3_BASIC],
    [/项目支出/, () => T3_PROJECT],
    [GENERIC_OUT, () => T3_TOTAL],
  ],
  fiscal: [
    [/一般公共预算/, () => fact('t4', 'f:grand', 'gp', '表四 支出总计 一般公共预算')],
    [/政府性基金/, () => fact('t4', 'f:grand', 'gf', '表四 支出总计 政府性基金预算')],
    [/国有资本经营/, () => fact('t4', 'f:grand', 'soe', '表四 支出总计 国有资本经营预算')],
    [/当年拨款|本年拨款|本年收入|当年收入/, () => fact('t4', 'f:total', 'incAmount', '表四 本年收入合计')],
    [/上年结转/, () => fact('t4', 'f:carry', 'incAmount', '表四 上年财政拨款结转')],
    [/总预算|收支总|收入总计|支出总计|财政拨款/, () => fact('t4', 'f:grand', 'incAmount', '表四 收入总计')],
  ],
  gp: [[/基本支出/, () => T5_BASIC], [/项目支出/, () => T5_PROJECT], [/一般公共预算|当年支出/, () => T5_TOTAL]],
  gpStructure: [[/基本支出/, () => T5_BASIC], [/项目支出/, () => T5_PROJECT], [/一般公共预算|当年支出/, () => T5_TOTAL]],
  basic: [
    [/人员经费/, () => fact('t6', 'total', 'personnel', '表六 合计行 人员经费')],
    [/公用经费/, () => fact('t6', 'total', 'public', '表六 合计行 公用经费')],
    [/基本支出/, () => fact('t6', 'total', 'total', '表六 合计行 合计')],
  ],
  threePublic: [
    [/因公出国/, () => fact('t10', 'abroad', 'total', '表十 因公出国（境）费', [P['threePublic:abroad']])],
    [/公务接待/, () => fact('t10', 'reception', 'total', '表十 公务接待费', [P['threePublic:reception']])],
    [/购置及运行|购置和运行/, () => fact('t10', 'vehicle', 'total', '表十 公务用车购置及运行费', [P['threePublic:vehicle']])],
    [/运行维护|运行费/, () => fact('t10', 'vehicleOps', 'total', '表十 ②公务用车运行维护费', [P['threePublic:vehicleOps']])],
    [/购置/, () => fact('t10', 'vehiclePurchase', 'total', '表十 ①公务用车购置费', [P['threePublic:vehiclePurchase']])],
    [/三公/, () => fact('t10', 'total', 'total', '表十 合计', [P.threePublic])],
  ],
  running: [[/机关运行经费|运行经费|财政拨款预算/, () => fact('t11', 'total', 'total', '表十一 部门合计', [P.runningCosts])]],
  procurement: [],
  // 绩效目标 amounts are those of the projects under 绩效目标管理, which the tables do not show
  // (texts state the 项目支出 total, the whole budget, or a part of it).
  performance: [],
  assets: [],
  other: [],
}

/** Where the 类 rows of each section's table are (表四 by class, 表五 by 类/款/项 …). */
const CLASS_TABLE: Partial<Record<SectionId, (code: string) => Fact>> = {
  fiscal: (code) => fact('t4', `c:${code}`, 'expTotal', `表四 ${CLASS_BY_CODE.get(code)?.name ?? code} 小计`),
  gp: (code) => fact('t5', `s:${code}`, 'total', `表五 ${code} ${CLASS_BY_CODE.get(code)?.name ?? ''} 合计`),
  gpStructure: (code) => fact('t5', `s:${code}`, 'total', `表五 ${code} ${CLASS_BY_CODE.get(code)?.name ?? ''} 合计`),
  expenditure: (code) => fact('t3', `s:${code}`, 'total', `表三 ${code} ${CLASS_BY_CODE.get(code)?.name ?? ''} 合计`),
  overview: (code) => fact('t1', `c:${code}`, 'expTotal', `表一 ${CLASS_BY_CODE.get(code)?.name ?? code} 合计`),
}

const CLASS_NAMES: readonly [string, string][] = [
  ...FUNCTION_CLASSES.map((c): [string, string] => [c.name, c.code]),
  ...OUTDATED_CLASS_NAMES.map((o): [string, string] => [o.old, o.code]),
  // Spelt without 等 in some tables (seed 004's 表四: 资源勘探工业信息支出).
  ...FUNCTION_CLASSES.filter((c) => c.name.includes('等')).map((c): [string, string] => [c.name.replace('等', ''), c.code]),
].sort((a, b) => b[0].length - a[0].length)

/** The code of the subject a label ends with: a 类 name, or a 款/项 name the book prints. */
function subjectCode(label: string, pf: PrintedFigures): string | undefined {
  const l = label.replace(/等$/, '')
  for (const [name, code] of CLASS_NAMES) if (l.endsWith(name)) return code
  let best: string | undefined
  let bestLen = 0
  for (const row of pf.rows('t3')) {
    const name = row.text.name
    const code = row.text.code
    if (name && code && name.length > bestLen && name.length >= 3 && l.endsWith(name)) {
      best = code
      bestLen = name.length
    }
  }
  return best
}

function classFact(section: SectionId, label: string, pf: PrintedFigures): Fact | undefined {
  const at = CLASS_TABLE[section]
  if (!at) return undefined
  const code = subjectCode(label, pf)
  if (!code) return undefined
  if (section === 'fiscal' || section === 'overview') {
    if (code.length !== 3) return undefined
  }
  const f = at(code)
  return { ...f, prior: priorOfSubject(code, pf) }
}

/** Last year's figure of a 类/款/项: the sum of its 项 (表三 合计, 上年数 ids sub:code). */
function priorOfSubject(code: string, pf: PrintedFigures): string[] {
  const ids = Object.keys(pf.book.prior?.figures ?? {}).filter((id) => id.startsWith(priorId.subject(code)))
  return ids.length ? ids : [priorId.subject(code)]
}

/** A row of a table named by the label: 表六 economic items and classes, 表十一 units, 表十二 projects. */
function namedRow(section: SectionId, label: string, pf: PrintedFigures): Fact | undefined {
  const where: [PublishedTableId, string, string, string][] =
    section === 'basic' ? [['t6', 'dept', 'total', '表六']] : section === 'running' ? [['t11', 'label', 'total', '表十一']] : [['t12', 'name', 'total', '表十二']]
  for (const [table, textCol, col, short] of where) {
    let best: Fact | undefined
    let bestLen = 0
    for (const row of pf.rows(table)) {
      const name = row.text[textCol]
      if (!name || name.length < 2 || name.length <= bestLen || !label.endsWith(name)) continue
      if (pf.cents(table, row.id, col) === undefined) continue
      best = fact(table, row.id, col, `${short} ${name}`)
      bestLen = name.length
    }
    if (best) return best
  }
  return undefined
}

/** A text without headings: the most specific words first (机关运行经费…财政拨款 is 表十一's). */
const UNSECTIONED: readonly SectionId[] = ['threePublic', 'running', 'basic', 'gpStructure', 'gp', 'fiscal', 'income', 'overview', 'expenditure']

/** The table figure an amount names, or undefined when the words name none the tables print. */
export function factOfAmount(f: TextFigure, pf: PrintedFigures): Fact | undefined {
  const sections: readonly SectionId[] = f.section ? [f.section] : UNSECTIONED
  for (const section of sections) {
    // A 类, 表六 or unit name is more specific than the section's generic words.
    const named = classFact(section, f.label, pf) ?? namedRow(section, f.label, pf)
    if (named) return named
    const core = coreOf(f.label, pf)
    for (const [re, get] of RULES[section]) if (re.test(ANCHORED.has(re) ? core : f.label)) return get(f)
  }
  return undefined
}

/** What a share ("占18.05%") is a share of, per section: the section's total. */
export function shareBase(section: SectionId | null): Fact | undefined {
  switch (section) {
    case 'income':
      return T1_GRAND_IN
    case 'expenditure':
      return T3_TOTAL
    case 'gp':
    case 'gpStructure':
      return T5_TOTAL
    case 'fiscal':
      return fact('t4', 'f:grand', 'incAmount', '表四 收入总计')
    default:
      return undefined
  }
}
