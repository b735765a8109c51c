// 表文一致: each figure a 情况说明 states, compared with the table figure its words name. A
// figure is matched, differs (both figures and the place in the text are reported) or is
// unplaced with the reason it cannot be checked: never guessed at silently.
import type { ImportReport } from '../../import/report'
import { plainAmount, toFen } from '../../model/money'
import type { PublishedTableId } from '../../tables/ids'
import type { PrintedFigures } from '../printed-figures'
import { extractFigures, type SkippedBlock, type TextFigure } from './extract'
import { decimalsOf, fromScaled, percentScaled, toScaled } from './numbers'
import { factOfAmount, shareBase, type Fact } from './vocabulary'
import { fieldFigure } from './field-figures'
import { SECTION_TITLES, type SectionId } from './sections'

export type TextFindingKind = 'matched' | 'differs' | 'unplaced'

export interface TextFinding {
  kind: TextFindingKind
  /** The figure as written. */
  text: string
  /** The sentence around it (at most about 80 characters). */
  context: string
  /** 1-based line of the text, and the offsets of the figure. */
  line: number
  start: number
  end: number
  section: string | null
  role: TextFigure['role']
  /** The table figure it states (placed figures). */
  table?: PublishedTableId
  row?: string
  column?: string
  where?: string
  /** A figure no table prints but the book keeps (政府采购, 绩效, 国有资产): the book field. */
  field?: string
  /** The figure the tables give, written as the text should have it. */
  expected?: string
  /** Why an unplaced figure cannot be checked. */
  reason?: string
  /** A differing figure the source workbook itself printed (its table carries a 尾差). */
  note?: string
}

export interface TextCheck {
  findings: TextFinding[]
  skipped: SkippedBlock[]
  figures: TextFigure[]
}

type Verdict = { fact?: Fact; field?: { where: string; field: string }; expected?: string; same?: boolean; reason?: string; balanced?: boolean }

const NO_FIELD: Partial<Record<SectionId, string>> = {
  procurement: '政府采购预算不在 13 张表中，预算书中没有可核对的数',
  assets: '国有资产占有使用情况不在 13 张表中，预算书中没有可核对的数',
  performance: '绩效目标管理的项目数和金额不在 13 张表中，无法核对',
  other: '其他说明中的数字无对应表格',
}

const cents = (f: TextFigure): bigint => {
  // 元 → 0.01 万元 = 100 元; 亿元 → 10^6 cents. Figures finer than the tables print round half up.
  if (f.unit === '元') return toScaled(f.value, 0) >= 0n ? (toScaled(f.value, 0) + 50n) / 100n : -((-toScaled(f.value, 0) + 50n) / 100n)
  if (f.unit === '亿元') return toScaled(f.value, 6)
  return toScaled(f.value, 2)
}

const money = (c: bigint): string => fromScaled(c, 2, true)

function priorOf(fact: Fact, pf: PrintedFigures): bigint | null | 'none' {
  if (!fact.prior?.length) return 'none'
  let sum = 0n
  for (const id of fact.prior) {
    const v = pf.prior(id)
    if (v === null) return null
    sum += v
  }
  return sum
}

/** What the source workbook printed where it differs from the recomputed figure (import report). */
export type PrintedInFile = (table: PublishedTableId, ref: string) => string | null | undefined

export function printedInFile(report: ImportReport | null | undefined): PrintedInFile {
  const byRef = new Map<string, string | null>()
  for (const d of report?.differences ?? []) {
    // The text states 万元: a table printed in 元 is quoted in 元 by the report.
    const printed = d.unit === '元' && d.printed !== null ? plainAmount(toFen(d.printed, '元'), '万元') : d.printed
    if (d.ref) byRef.set(`${d.table}|${d.ref}`, printed)
  }
  return (table, ref) => byRef.get(`${table}|${ref}`)
}

export function checkText(text: string, pf: PrintedFigures, inFile: PrintedInFile = () => undefined): TextCheck {
  const { figures, skipped } = extractFigures(text)
  const placed = new Map<number, Fact | undefined>()
  const valueOf = (fact: Fact): bigint => pf.cents(fact.table, fact.row, fact.col) ?? 0n
  // A reason typed without its closing 。 runs into the next item ("…原因是调出三辆，公务用车运行
  // 维护费1.60万元，与上年相比…"): an amount whose own clause names a table figure ends the reason,
  // and the change and rate figures that follow it belong to it.
  const inReason: boolean[] = []
  for (const f of figures) {
    let reason = f.inReason
    if (reason) {
      const prev = figures[f.index - 1]
      const sameItem = prev !== undefined && prev.sentenceIndex === f.sentenceIndex && prev.segment === f.segment && !inReason[prev.index]
      if (f.role === 'amount') reason = /原因|由于|因为|增|减/.test(f.label) || !factOfAmount(f, pf)
      else reason = !sameItem
    }
    inReason.push(reason)
  }
  const amountFact = (f: TextFigure): Fact | undefined => {
    if (!placed.has(f.index)) placed.set(f.index, inReason[f.index] ? undefined : factOfAmount(f, pf))
    return placed.get(f.index)
  }
  const sameSentence = (f: TextFigure): TextFigure[] => figures.filter((g) => g.sentenceIndex === f.sentenceIndex && g.index < f.index)
  // The subject of a change: the item's first amount ("收入总计…，其中：…，比上年减少…").
  const topic = (f: TextFigure): TextFigure | undefined => sameSentence(f).find((g) => g.segment === f.segment && g.role === 'amount' && !inReason[g.index])

  const changeVerdict = (f: TextFigure, rate: boolean): Verdict => {
    const t = topic(f)
    const fact = t && amountFact(t)
    if (!fact) return { reason: '找不到这一增减所说的金额' }
    const prior = priorOf(fact, pf)
    if (prior === 'none') return { reason: `预算书不保存${fact.where}的上年数，无法核对增减` }
    if (prior === null) return { reason: '预算书中没有上年数（用“结转上年文件”可带入），无法核对增减' }
    const diff = valueOf(fact) - prior
    if (!rate) {
      const stated = BigInt(f.sign) * cents(f)
      return { fact, expected: `${diff < 0n ? '减少' : '增加'}${money(diff < 0n ? -diff : diff)}万元`, same: stated === diff }
    }
    if (prior === 0n) return { reason: '上年数为零，不应写增减百分比' }
    const places = decimalsOf(f.value)
    const expected = percentScaled(diff, prior, places)
    const stated = BigInt(f.sign) * toScaled(f.value, places)
    return { fact, expected: `${expected < 0n ? '下降' : '增长'}${fromScaled(expected < 0n ? -expected : expected, places)}%`, same: stated === expected }
  }

  const verdict = (f: TextFigure): Verdict => {
    if (inReason[f.index]) return { reason: '原因说明中的数字，表中无对应数' }
    const noField = f.section ? NO_FIELD[f.section] : undefined
    if (f.role === 'amount' || f.role === 'count') {
      const field = fieldFigure(f, sameSentence(f), pf)
      if (field && 'reason' in field) return { reason: field.reason }
      if (field) {
        const stated = f.unit === '元' ? cents(f) : toScaled(f.value, field.places)
        const expected = field.places === 2 ? money(field.value) : `${field.value}${f.unit}`
        return { field: { where: field.where, field: field.field }, expected, same: stated === field.value }
      }
    }
    switch (f.role) {
      case 'amount': {
        const fact = amountFact(f)
        if (!fact) return { reason: noField ?? '文字没有指明这是哪张表的哪个数' }
        const v = valueOf(fact)
        return { fact, expected: money(v), same: cents(f) === v }
      }
      case 'change':
        return changeVerdict(f, false)
      case 'rate':
        return changeVerdict(f, true)
      case 'share': {
        const before = sameSentence(f).filter((g) => g.role === 'amount')
        const of = before[before.length - 1]
        const places = decimalsOf(f.value)
        const stated = toScaled(f.value, places)
        // "占…项目支出总额的100%": the published 绩效 projects' money over 表三 项目支出.
        const field = of && f.section === 'performance' ? fieldFigure(of, sameSentence(of), pf) : undefined
        if (field && !('reason' in field)) {
          const total = pf.cents('t3', 'total', 'project') ?? 0n
          if (total === 0n) return { reason: '表三 项目支出为零，无法计算比例' }
          const expected = percentScaled(field.value, total, places)
          return { field: { where: `${field.where}占项目支出的比例`, field: field.field }, expected: `${fromScaled(expected, places)}%`, same: stated === expected }
        }
        const fact = of && amountFact(of)
        const base = shareBase(f.section)
        if (!fact || !base) return { reason: noField ?? '找不到这一比例所说的金额和总数' }
        const total = valueOf(base)
        if (total === 0n) return { reason: `${base.where}为零，无法计算比例` }
        const expected = percentScaled(valueOf(fact), total, places)
        // Shares balanced to add up to 100.00% may sit 0.01 from their own rounding.
        const balanced = places === 2 && (stated - expected === 1n || expected - stated === 1n)
        return { fact, expected: `${fromScaled(expected, places)}%`, same: stated === expected || balanced, ...(balanced ? { balanced: true } : {}) }
      }
      case 'count':
        return { reason: noField ?? '数量不在 13 张表中，无法核对' }
      default:
        return { reason: noField ?? '文字没有指明这是什么比例' }
    }
  }

  const findings = figures.map((f): TextFinding => {
    const v = verdict(f)
    const base: TextFinding = {
      kind: (v.fact || v.field) && v.same !== undefined ? (v.same ? 'matched' : 'differs') : 'unplaced',
      text: f.text,
      context: contextOf(f),
      line: f.line,
      start: f.start,
      end: f.end,
      section: f.section ? SECTION_TITLES[f.section] : null,
      role: f.role,
    }
    if (v.fact) Object.assign(base, { table: v.fact.table, row: v.fact.row, column: v.fact.col, where: v.fact.where })
    if (v.field) Object.assign(base, { field: v.field.field, where: v.field.where })
    if (v.expected !== undefined) base.expected = v.expected
    if (v.reason) base.reason = v.reason
    if (v.balanced) base.note = `各项比例按合计 100% 调整，与单项四舍五入的 ${v.expected} 相差 0.01%`
    if (base.kind === 'differs' && v.fact && f.role === 'amount') {
      const ref = pf.ref(v.fact.table, v.fact.row, v.fact.col)
      const printed = ref ? inFile(v.fact.table, ref) : undefined
      if (printed && toScaled(printed, 2) === cents(f)) base.note = `原表印刷为 ${money(toScaled(printed, 2))}，与文中相同，但按明细相加为 ${base.expected}：原表有尾差`
    }
    return base
  })
  return { findings, skipped, figures }
}

/** The sentence around a figure, cut to about 80 characters centred on it. */
function contextOf(f: TextFigure): string {
  const s = f.sentence
  if (s.length <= 80) return s
  const at = Math.max(0, s.indexOf(f.text))
  const from = Math.max(0, Math.min(at - 40, s.length - 80))
  return (from > 0 ? '…' : '') + s.slice(from, from + 80) + (from + 80 < s.length ? '…' : '')
}
