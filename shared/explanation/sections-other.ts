// 第三部分 七 … 十二: “三公”经费, 机关运行经费 (from 表十, 表十一 and their 上年数), then the parts
// the clerk types because no table carries them: 政府采购, 绩效, 国有资产, 其他说明.
import type { Project } from '../model/book'
import { toFen } from '../model/money'
import {
  assetsDateText, PROCUREMENT_KINDS, PROCUREMENT_NAMES, UNIT_KIND_NAMES, VEHICLE_KINDS, VEHICLE_NAMES, type ReasonId,
} from '../model/disclosure'
import type { FigureRef, Paragraph, Section } from './types'
import type { Context} from './compose';
import { Para } from './compose'
import { cleanParagraph, shares } from './format'
import { unitCounts } from './unit-counts'

const T10_TEXT = { abroad: '因公出国（境）费', reception: '公务接待费', vehicle: '公务用车购置及运行费', vehicleOps: '公务用车运行维护费', vehiclePurchase: '公务用车购置费' } as const

/**
 * A 三公 figure that is 0 with no 上年数 typed: nothing to compare, so no 上年数 is asked for
 * (clerk8 #8: an empty 表十 asked for six 上年数 of 0). A typed 上年数 is compared as ever.
 */
function noneEitherYear(ctx: Context, f: { cents: bigint; ref: FigureRef }): boolean {
  return f.cents === 0n && ctx.prior(f.ref) === null
}

export function sectionSeven(ctx: Context): Section {
  const id = 'threePublic'
  const total = ctx.fig('t10', 'total', 'total')
  const head = new Para(ctx, id)
  head.t(`${ctx.year}年${ctx.name}财政拨款安排的“三公”经费预算`).amount(total)
  if (!noneEitherYear(ctx, total)) head.change(total, 'sinceYear', { id: 'threePublic' })
  head.t('。')
  const items = new Para(ctx, id)
  items.t('其中：')
  // The order every published 情况说明 uses (the seeds, spec/explanation.md): 运行维护费 before
  // 购置费, although 表十 prints ① 购置费 ② 运行维护费 (test/shared/explanation/seeds.test.ts).
  const order = ['abroad', 'reception', 'vehicle', 'vehicleOps', 'vehiclePurchase'] as const
  order.forEach((item, i) => {
    const f = ctx.fig('t10', item, 'total')
    items.t(i ? '；' : '').t(T10_TEXT[item]).amount(f)
    if (!noneEitherYear(ctx, f)) items.t('，').change(f, 'item', { id: `threePublic:${item}` as ReasonId })
  })
  items.t('。')
  const chartItems = (['abroad', 'reception', 'vehicle'] as const).map((item) => {
    const f = ctx.fig('t10', item, 'total')
    return { name: T10_TEXT[item], cents: f.cents, ref: f.ref }
  })
  return {
    id,
    number: '七',
    title: '“三公”经费增减变动原因说明',
    paragraphs: [head.done(), items.done()],
    chart: { id: 'sangong', title: '三公经费分布图', items: chartItems },
  }
}

export function sectionEight(ctx: Context): Section {
  const id = 'runningCosts'
  const total = ctx.fig('t11', 'total', 'total')
  const p = new Para(ctx, id)
  const prior = ctx.prior(total.ref)
  if (total.cents === 0n && (prior === null || prior === 0n)) {
    p.t(`本${ctx.scopeWord}无机关运行经费。`)
  } else {
    if (ctx.scopeWord === '部门') {
      const units = unitCounts(ctx.book, (row) => ctx.fig('t11', row, 'total').cents)
      if ('gap' in units) {
        p.t(`本部门${ctx.year}年所属`).field(units.gap.field, undefined, units.gap.placeholder, units.gap.message).t('。')
      } else if (units.counts.length) {
        p.t(`本部门${ctx.year}年所属`)
        units.counts.forEach((c, i) => {
          p.t(i ? '、' : '').count(c.n, '家', { field: c.field ?? 'units' }, '家')
          p.t(UNIT_KIND_NAMES[c.kind])
        })
        p.t('。')
      } else p.t('本部门')
    } else p.t('本单位')
    p.t('机关运行经费财政拨款预算').amount(total).t('，')
    p.change(total, 'running', { id: 'runningCosts', lead: '原因是' })
    p.t('。')
  }
  return { id, number: '八', title: '机关运行经费增减变动原因说明', paragraphs: [p.done()] }
}

/** A typed amount (万元, never negative) in 0.01 万元, rounded half up; null when not typed. */
const cents = (text: string | undefined): bigint | null => (text === undefined || text === '' ? null : (toFen(text, '万元') + 5_000n) / 10_000n)

/** The stand-in for a total the text adds up from parts not typed yet. */
const SUM_GAP = '（分项合计）'
/** The stand-in for one part of a group. */
const PART_GAP = '（请填写）'

export function sectionNine(ctx: Context): Section {
  const id = 'procurement'
  const p = new Para(ctx, id)
  const typed = ctx.book.disclosure?.procurement
  const values = PROCUREMENT_KINDS.map((k) => ({ k, c: cents(typed?.[k]) }))
  // Nothing typed yet: the sentence as published, with a gap per kind to type in place. Once one
  // kind is typed, a kind left empty stays a gap the 公开检查 asks for: a clerk who typed 货物 and
  // forgot 服务 must not publish "服务0万元". A kind with nothing to buy is typed 0 (seed 002:
  // "政府采购工程预算0万元"), and the total adds up the kinds typed.
  const none = values.every((v) => v.c === null)
  p.t(`${ctx.year}年${ctx.name}政府采购预算总额`)
  if (none) {
    ctx.need('disclosure.procurement', id, '请填写政府采购预算（货物、工程、服务）')
    p.blank('disclosure.procurement', SUM_GAP).t('万元')
  } else p.typedAmount(values.reduce((t, v) => t + (v.c ?? 0n), 0n), 'disclosure.procurement')
  p.t('。其中：')
  values.forEach((v, i) => {
    p.t(i ? '、' : '').t(`政府采购${PROCUREMENT_NAMES[v.k]}预算`)
    if (v.c !== null) p.typedAmount(v.c, `disclosure.procurement.${v.k}`)
    else {
      if (!none) ctx.need(`disclosure.procurement.${v.k}`, id, `请填写政府采购${PROCUREMENT_NAMES[v.k]}预算（没有则填 0）`)
      p.blank(`disclosure.procurement.${v.k}`, PART_GAP).t('万元')
    }
  })
  p.t('。')
  return { id, number: '九', title: '政府采购情况', paragraphs: [p.done()] }
}

/** A project's printed 合计 (表十二 or 表十三). */
function projectFig(ctx: Context, pr: Project): { cents: bigint; ref: FigureRef } {
  return ctx.fig(pr.kind === 'carry' ? 't13' : 't12', `p:${pr.id}`, 'total')
}

export function sectionTen(ctx: Context): Section {
  const id = 'performance'
  const paras: Paragraph[] = [new Para(ctx, id).t('1、整体绩效目标').done('heading3')]
  const whole = new Para(ctx, id)
  const perf = ctx.book.disclosure?.performance
  whole.t(`${ctx.year}年编报${ctx.scopeWord}整体支出绩效目标，涉及${ctx.scopeWord}预算资金`)
  const basic = cents(perf?.basic)
  const project = cents(perf?.project)
  if (basic === null && project === null) {
    ctx.need('disclosure.performance', id, '请填写整体绩效目标涉及的资金')
    whole.blank('disclosure.performance', SUM_GAP).t('万元，其中基本支出')
    whole.blank('disclosure.performance.basic', PART_GAP).t('万元，项目支出').blank('disclosure.performance.project', PART_GAP).t('万元')
  } else {
    whole.typedAmount((basic ?? 0n) + (project ?? 0n), 'disclosure.performance')
    // The split is stated when both parts are typed (seed 000 states the total alone).
    if (basic !== null && project !== null) {
      whole.t('，其中基本支出').typedAmount(basic, 'disclosure.performance.basic')
      whole.t('，项目支出').typedAmount(project, 'disclosure.performance.project')
    }
  }
  paras.push(whole.t('。').done(), new Para(ctx, id).t('2、项目绩效目标').done('heading3'))

  const marked = ctx.book.projects.filter((pr) => pr.perf)
  const figs = new Map(marked.map((pr) => [pr, projectFig(ctx, pr)]))
  // A project counts with an amount only: one added and not filled yet, or every project after
  // 结转 不保留 (which keeps the categories), is no 二级项目 of this year's budget (clerk8 #9).
  const managed = marked.filter((pr) => figs.get(pr)!.cents !== 0n)
  const part = (list: Project[]): { n: number; cents: bigint; from: FigureRef[] } => {
    let cents = 0n
    const from: FigureRef[] = []
    for (const pr of list) {
      const f = figs.get(pr)!
      cents += f.cents
      from.push(f.ref)
    }
    return { n: list.length, cents, from }
  }
  const byCategory = (list: Project[], lead: string, p: Para): void => {
    p.t('其中：')
    ;(['其他运转类', '特定目标类'] as const).forEach((cat, i) => {
      const s = part(list.filter((pr) => pr.perf!.category === cat))
      p.t(i ? '；' : '').t(`${cat}项目`).count(s.n, '个', { from: s.from }).t(`，${lead}`).amountFrom(s.cents, s.from)
    })
    p.t('。')
  }
  const p = new Para(ctx, id)
  if (!marked.length) {
    p.t(`${ctx.year}年${ctx.name}纳入绩效目标管理的二级项目`)
    p.field('projects.perf', undefined, '（请标明各项目的绩效类别）', '请在项目中标明纳入绩效目标管理的项目及其类别')
    p.t('。')
  } else {
    const all = part(managed)
    // The count carries the field too: clicking it reopens the projects' 绩效类别.
    p.t(`${ctx.year}年${ctx.name}纳入绩效目标管理的二级项目`).count(all.n, '个', { from: all.from, field: 'projects.perf' }).t('，共计金额').amountFrom(all.cents, all.from).t('。')
    byCategory(managed, '涉及金额', p)
    const published = managed.filter((pr) => pr.perf!.published)
    const pub = part(published)
    const projectTotal = ctx.fig('t3', 'total', 'project')
    p.t('公开项目绩效目标').count(pub.n, '个', { from: pub.from }).t('，涉及项目金额').amountFrom(pub.cents, pub.from)
    const s = shares([pub.cents, projectTotal.cents - pub.cents], projectTotal.cents)
    if (s) p.t(`，占${ctx.scopeWord}项目支出总额的`).share(s[0]!, pub.from, [projectTotal.ref])
    p.t('。')
    if (published.length) byCategory(published, '涉及项目金额', p)
  }
  paras.push(p.done())
  return { id, number: '十', title: '绩效管理情况', paragraphs: paras }
}

export function sectionEleven(ctx: Context): Section {
  const id = 'assets'
  const a = ctx.book.disclosure?.assets
  // The 截至 date, typed where it stands (each of its three places is the one field).
  const asOf = (p: Para): Para => p.t('截至').field('disclosure.assets.asOf', assetsDateText(a?.asOf, ctx.year), '', '').t('，')
  const paras: Paragraph[] = [new Para(ctx, id).t('1、车辆情况：').done('heading3')]
  const cars = asOf(new Para(ctx, id))
  cars.t(`${ctx.name}共有公务用车编制`)
  // 编制 and 实有 are each asked for by kind; the text states the 编制 total and 实有 by kind, as
  // the seeds do. A side none of whose kinds is typed stays a gap (an empty record, as a file may
  // hold it, states no cars at all); a typed side states 0 for the kinds left empty.
  const v = a?.vehicles
  const typedSide = (which: 'quota' | 'actual'): boolean => VEHICLE_KINDS.some((k) => v?.[k]?.[which] !== undefined)
  const anyTyped = typedSide('quota') || typedSide('actual')
  const gap = { quota: !v || (anyTyped && !typedSide('quota')), actual: !v || (anyTyped && !typedSide('actual')) }
  if (gap.quota || gap.actual) {
    const what = gap.quota && gap.actual ? '编制数和实有数' : gap.quota ? '编制数' : '实有数'
    ctx.need('disclosure.assets.vehicles', id, `请填写公务用车${what}（按七类）`)
  }
  const total = (which: 'quota' | 'actual'): number => VEHICLE_KINDS.reduce((t, k) => t + (v?.[k]?.[which] ?? 0), 0)
  if (gap.quota) cars.blank('disclosure.assets.vehicles', PART_GAP).t('辆')
  else cars.count(total('quota'), '辆', { field: 'disclosure.assets.vehicles' })
  cars.t('，实有')
  if (gap.actual) cars.blank('disclosure.assets.vehicles', SUM_GAP).t('辆')
  else cars.count(total('actual'), '辆', { field: 'disclosure.assets.vehicles' })
  cars.t('，其中：')
  VEHICLE_KINDS.forEach((k, i) => {
    const field = `disclosure.assets.vehicles.${k}.actual`
    cars.t(i ? '，' : '').t(VEHICLE_NAMES[k])
    if (gap.actual) cars.blank(field, PART_GAP).t('辆')
    else cars.count(v?.[k]?.actual ?? 0, '辆', { field })
  })
  cars.t('。')
  paras.push(cars.done(), new Para(ctx, id).t('2、房屋情况：').done('heading3'))
  const house = asOf(new Para(ctx, id)).t(`${ctx.name}使用的办公用房建筑总面积`)
  if (a?.officeArea === undefined) house.field('disclosure.assets.officeArea', undefined, '（请填写办公用房面积）', '请填写办公用房建筑总面积')
  else house.measure(a.officeArea, '平方米', 'disclosure.assets.officeArea')
  paras.push(house.t('。').done(), new Para(ctx, id).t('3、其他国有资产占有使用情况：').done('heading3'))
  const equip = asOf(new Para(ctx, id))
  for (const [key, limit, end] of [['equipment50', 50, '；'], ['equipment100', 100, '。']] as const) {
    equip.t(`${ctx.name}占有使用价值${limit}万元（原值）以上的通用设备`)
    const n = a?.[key]
    if (n === undefined) equip.field(`disclosure.assets.${key}`, undefined, '（请填写）', `请填写价值${limit}万元以上的通用设备数`)
    else equip.count(n, '台/套', { field: `disclosure.assets.${key}` }, '台（套）')
    equip.t(end)
  }
  paras.push(equip.done())
  return { id, number: '十一', title: '国有资产占有使用情况', paragraphs: paras }
}

/** "本部门无政府性基金预算，故表七、表八为空表。" for each cause of empty tables (each table's spec says why it can be: ifEmpty). */
export function emptyTableSentences(ctx: Context): string[] {
  const byCause = new Map<string, string[]>()
  for (const t of ctx.figures.tables) {
    const cause = t.ifEmpty?.cause
    if (cause && ctx.figures.empty(t.id)) byCause.set(cause, [...(byCause.get(cause) ?? []), t.short])
  }
  return [...byCause].map(([cause, shorts]) => `本${ctx.scopeWord}无${cause}，故${shorts.join('、')}为空表。`)
}

export function sectionTwelve(ctx: Context): Section {
  const id = 'other'
  const d = ctx.book.disclosure
  const catalog = new Para(ctx, id)
  catalog.field('disclosure.purchaseCatalog', d?.purchaseCatalog ? cleanParagraph(d.purchaseCatalog) : undefined, '（请填写政府购买服务指导性目录，无则填“无”）', '请填写政府购买服务指导性目录（无则填“无”）')
  const paras: Paragraph[] = [new Para(ctx, id).t('（一）政府购买服务指导性目录').done('heading3'), catalog.done(), new Para(ctx, id).t('（二）其他').done('heading3')]
  const empty = emptyTableSentences(ctx)
  for (const s of empty) paras.push(new Para(ctx, id).t(s).done())
  const other = d?.otherNotes ? cleanParagraph(d.otherNotes) : ''
  if (other && !(empty.length && other === '无')) paras.push(new Para(ctx, id).field('disclosure.otherNotes', other, '', '').done())
  else if (!other && !empty.length) paras.push(new Para(ctx, id).t('无').done())
  return { id, number: '十二', title: '其他说明', paragraphs: paras }
}
