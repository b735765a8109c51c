// The pieces every section is written with: the printed figures indexed by cell, the 上年数 of
// the cells the text compares, and a paragraph builder whose every figure is a `figure` run
// naming its cell (or the cells it is computed from) and every typed piece a `field` run.
import type { BudgetBook } from '../model/book'
import { roundToWanCents, toFen } from '../model/money'
import { REASON_LABELS, type ReasonId } from '../model/disclosure'
import { publishedPriorId } from '../model/prior'
import type { PublishedTableId } from '../tables/ids'
import type { FigureRef, FigureUnit, MissingField, Paragraph, Run } from './types'
import type { PrintedRows, TextFigures } from './figures'
import { changePercent, cleanReason, percentText, wanText, wanValue } from './format'

/** A printed figure and where it is printed. */
export interface Fig {
  cents: bigint
  ref: FigureRef
}

/** The 上年数 id (shared/model/prior.ts) of each cell the text compares with last year. */
const PRIOR_OF: Record<string, string> = {
  't1!f:grand!incAmount': 'total',
  't1!f:grand!expTotal': 'total',
  't5!total!total': 'gp',
  't10!total!total': 'threePublic',
  't10!abroad!total': 'threePublic:abroad',
  't10!reception!total': 'threePublic:reception',
  't10!vehicle!total': 'threePublic:vehicle',
  't10!vehiclePurchase!total': 'threePublic:vehiclePurchase',
  't10!vehicleOps!total': 'threePublic:vehicleOps',
  't11!total!total': 'runningCosts',
}

export function priorIdOf(ref: FigureRef): string | undefined {
  return PRIOR_OF[`${ref.table}!${ref.row}!${ref.col}`]
}

const STEP = 10_000n // 分 per 0.01 万元

export class Context {
  readonly missing: MissingField[] = []
  readonly year: number
  /** 部门 or 单位, as the book is. */
  readonly scopeWord: '部门' | '单位'
  readonly name: string

  constructor(
    readonly book: BudgetBook,
    readonly figures: TextFigures,
  ) {
    this.year = book.year
    this.scopeWord = book.scope === '单位' ? '单位' : '部门'
    this.name = book.department
  }

  /** A printed figure; 0 where the table prints nothing (a row left out for being all zero). */
  fig(table: PublishedTableId, row: string, col: string): Fig {
    return { cents: this.figures.cents(table, row, col), ref: { table, row, col } }
  }

  /** The printed rows of a table (none when the table set lacks it). */
  rows(id: PublishedTableId): PrintedRows {
    return this.figures.rows(id)
  }

  /**
   * Last year's figure of `ref` in 0.01 万元 (rounded as printed), or null when not known. Read
   * from the book rather than the printed model: for the text an absent headline 上年数 is unknown
   * (the clerk is asked for it), not zero.
   */
  prior(ref: FigureRef): bigint | null {
    const id = priorIdOf(ref)
    // As published last year, where 舍位平衡 printed it otherwise than its exact figure rounds.
    const figures = this.book.prior?.figures
    const text = id === undefined ? undefined : (figures?.[publishedPriorId(id)] ?? figures?.[id])
    if (text === undefined) return null
    return roundToWanCents(toFen(text, this.book.amountUnit)) / STEP
  }

  need(field: string, section: string, message: string): void {
    if (!this.missing.some((m) => m.field === field && m.section === section)) this.missing.push({ field, section, message })
  }
}

export type ChangeStyle = 'plain' | 'sinceYear' | 'item' | 'running'

/** A paragraph under construction. */
export class Para {
  readonly runs: Run[] = []
  constructor(
    private readonly ctx: Context,
    private readonly section: string,
  ) {}

  t(text: string): this {
    const last = this.runs[this.runs.length - 1]
    if (last?.kind === 'text') last.text += text
    else if (text) this.runs.push({ kind: 'text', text })
    return this
  }

  /** A printed amount in 万元. */
  amount(f: Fig): this {
    this.runs.push({ kind: 'figure', text: wanText(f.cents), value: wanValue(f.cents), unit: '万元', role: 'amount', ref: f.ref })
    return this.t('万元')
  }

  /** An amount computed from printed figures (a sum of several cells). */
  amountFrom(cents: bigint, from: FigureRef[]): this {
    this.runs.push({ kind: 'figure', text: wanText(cents), value: wanValue(cents), unit: '万元', role: 'amount', from })
    return this.t('万元')
  }

  /** An amount the clerk typed (no table prints it). */
  typedAmount(cents: bigint, field: string): this {
    this.runs.push({ kind: 'figure', text: wanText(cents), value: wanValue(cents), unit: '万元', role: 'amount', field })
    return this.t('万元')
  }

  /** A typed measure that is not money (办公用房面积 in 平方米). */
  measure(value: string, unit: FigureUnit, field: string): this {
    this.runs.push({ kind: 'figure', text: value, value, unit, role: 'amount', field })
    return this.t(unit)
  }

  /** A share in 0.01 % of `total`, "占80.42%". */
  share(hundredths: bigint, part: FigureRef[], total: FigureRef[]): this {
    this.runs.push({ kind: 'figure', text: percentText(hundredths), value: wanValue(hundredths), unit: '%', role: 'share', from: [...part, ...total] })
    return this.t('%')
  }

  count(n: number | bigint, unit: FigureUnit, source: { field?: string; from?: FigureRef[] }, suffix: string = unit): this {
    this.runs.push({ kind: 'figure', text: String(n), value: String(n), unit, role: 'count', ...source })
    return this.t(suffix)
  }

  /** A clerk-typed piece: its text, or a marked gap the clerk must fill. */
  field(field: string, text: string | undefined, placeholder: string, message: string): this {
    if (text) this.runs.push({ kind: 'field', field, text, missing: false })
    else {
      this.runs.push({ kind: 'field', field, text: placeholder, missing: true })
      this.ctx.need(field, this.section, message)
    }
    return this
  }

  /**
   * A gap that is one part of a group the clerk fills (政府采购's 货物, a 公务用车 kind …): marked
   * like a missing field, but the group is asked for once (Context.need), not once per part.
   */
  blank(field: string, placeholder: string): this {
    this.runs.push({ kind: 'field', field, text: placeholder, missing: true })
    return this
  }

  /**
   * "比上年增加A万元，增长P%" / "比上年减少A万元，下降P%" / "与上年预算数相同" (wording by `style`),
   * then the reason when the figure changed. Returns the change (null: 上年数 unknown).
   */
  change(f: Fig, style: ChangeStyle, reason?: { id: ReasonId; lead?: string }): bigint | null {
    const prior = this.ctx.prior(f.ref)
    const priorId = priorIdOf(f.ref)!
    if (prior === null) {
      this.field(`prior.figures.${priorId}`, undefined, '（上年数未填）', `${labelOf(f.ref)}的上年数未填，无法说明比上年增减`)
      return null
    }
    const change = f.cents - prior
    const priorRef: FigureRef = { ...f.ref, prior: true }
    if (change === 0n) {
      // "预算0万元比2025年…" reads on; "与上年预算数相同" needs its own clause.
      this.t(style === 'sinceYear' ? '，与上年预算数相同' : '与上年预算数相同')
      return 0n
    }
    const up = change > 0n
    const verb = up ? '增加' : '减少'
    const lead = { plain: '比上年', sinceYear: `比${this.ctx.year - 1}年`, item: '与上年相比预算数', running: `比${this.ctx.year - 1}年预算` }[style]
    this.t(lead + verb)
    const amount = up ? change : -change
    this.runs.push({ kind: 'figure', text: wanText(amount), value: wanValue(amount), unit: '万元', role: 'change', from: [f.ref, priorRef] })
    this.t('万元')
    const pct = style === 'plain' || style === 'running' ? changePercent(change, prior) : null
    if (pct !== null) {
      this.t(`，${up ? '增长' : '下降'}`)
      this.runs.push({ kind: 'figure', text: percentText(pct), value: wanValue(pct), unit: '%', role: 'percent', from: [f.ref, priorRef] })
      this.t('%')
    }
    if (reason) this.reason(reason.id, reason.lead ?? '主要原因是')
    return change
  }

  reason(id: ReasonId, lead: string): this {
    const typed = this.ctx.book.disclosure?.reasons?.[id]
    const text = typed === undefined ? '' : cleanReason(typed)
    this.t(`，${lead}`)
    return this.field(`disclosure.reasons.${id}`, text, '（请填写原因）', `请填写${REASON_LABELS[id]}的原因`)
  }

  done(style?: Paragraph['style']): Paragraph {
    return style ? { runs: this.runs, style } : { runs: this.runs }
  }
}

const LABELS: Record<string, string> = {
  total: '收支总计', gp: '一般公共预算当年支出', threePublic: '“三公”经费', runningCosts: '机关运行经费',
  'threePublic:abroad': '因公出国（境）费', 'threePublic:reception': '公务接待费', 'threePublic:vehicle': '公务用车购置及运行费',
  'threePublic:vehiclePurchase': '公务用车购置费', 'threePublic:vehicleOps': '公务用车运行维护费',
}

function labelOf(ref: FigureRef): string {
  return LABELS[priorIdOf(ref) ?? ''] ?? ref.row
}
