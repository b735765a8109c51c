// 第三部分 一 … 六: the budget as a whole, its income, expenditure, 财政拨款, 一般公共预算 and
// 基本支出, worded as the published texts word them, every figure read from the printed tables.
import { SOURCES, type SourceId } from '../model/book'
import { CLASS_BY_CODE } from '../catalog/classes'
import type { FigureRef, Section } from './types'
import type { Context} from './compose';
import { Para, type Fig } from './compose'
import { shares } from './format'

const INCOME_NAMES: Record<SourceId | 'carry', string> = {
  gp: '一般公共预算拨款收入', gf: '政府性基金预算拨款收入', soe: '国有资本经营预算拨款收入',
  sp: '财政专户管理资金收入', uf: '单位资金', carry: '上年结转',
}

/** "A万元，占p%；B万元，占q%…" for parts of a total, shares by largest remainder. */
function listShares(p: Para, items: { name: string; fig: Fig }[], total: Fig, sep: string): void {
  const s = shares(items.map((i) => i.fig.cents), total.cents)
  items.forEach((item, i) => {
    if (i > 0) p.t(sep)
    p.t(item.name).amount(item.fig)
    if (s) p.t('，占').share(s[i]!, [item.fig.ref], [total.ref])
  })
}

export function sectionOne(ctx: Context): Section {
  const id = 'changes'
  const p = new Para(ctx, id)
  const income = ctx.fig('t1', 'f:grand', 'incAmount')
  p.t(`${ctx.year}年度${ctx.name}预算收入总计`).amount(income)
  p.t('，其中：本年收入').amount(ctx.fig('t1', 'f:total', 'incAmount'))
  p.t('，上年结转').amount(ctx.fig('t1', 'f:carry', 'incAmount')).t('，')
  p.change(income, 'plain', { id: 'total' })
  const expense = ctx.fig('t1', 'f:grand', 'expTotal')
  p.t(`；本年${ctx.scopeWord}预算支出总计`).amount(expense)
  p.t('，其中：本年预算安排').amount(ctx.fig('t1', 'f:total', 'expCurrent'))
  p.t('，上年结转').amount(ctx.fig('t1', 'f:total', 'expCarry')).t('，')
  p.change(expense, 'plain', { id: 'total' })
  p.t('。')
  return { id, number: '一', title: `${ctx.scopeWord}预算收支数据变动情况及原因`, paragraphs: [p.done()] }
}

export function sectionTwo(ctx: Context): Section {
  const id = 'income'
  const p = new Para(ctx, id)
  const total = ctx.fig('t1', 'f:grand', 'incAmount')
  p.t(`${ctx.year}年度${ctx.name}预算收入`).amount(total).t('，主要包括')
  const items = [...SOURCES, 'carry' as const].map((s) => ({ name: INCOME_NAMES[s], fig: ctx.fig('t2', 'total', s) }))
  listShares(p, items, total, '；')
  p.t('。')
  return { id, number: '二', title: '收入预算情况说明', paragraphs: [p.done()] }
}

export function sectionThree(ctx: Context): Section {
  const id = 'expenditure'
  const p = new Para(ctx, id)
  const total = ctx.fig('t3', 'total', 'total')
  p.t(`${ctx.year}年度${ctx.name}支出预算`).amount(total).t('，其中：')
  listShares(p, [{ name: '基本支出', fig: ctx.fig('t3', 'total', 'basic') }, { name: '项目支出', fig: ctx.fig('t3', 'total', 'project') }], total, '；')
  p.t('。')
  return { id, number: '三', title: '支出预算情况说明', paragraphs: [p.done()] }
}

/** The 类 rows of a table with a nonzero figure in `col`, in code order as the tables and the published texts list them. */
function classesOf(ctx: Context, table: 't4' | 't5', col: string): { name: string; fig: Fig }[] {
  const rows = ctx.rows(table)
  const classes = table === 't4'
    ? rows.filter((r) => r.id.startsWith('c:')).map((r) => ({ code: r.id.slice(2), row: r }))
    : rows.filter((r) => r.kind === 'class').map((r) => ({ code: r.id.slice(2), row: r }))
  return classes
    .map(({ code, row }) => ({
      code,
      name: table === 't4' ? CLASS_BY_CODE.get(code)?.name ?? row.text.expName ?? code : row.text.name ?? code,
      fig: ctx.fig(table, row.id, col),
    }))
    .filter((c) => c.fig.cents !== 0n)
    .sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0))
}

export function sectionFour(ctx: Context): Section {
  const id = 'fiscal'
  const p = new Para(ctx, id)
  p.t(`${ctx.year}年度${ctx.name}财政拨款收支总预算`).amount(ctx.fig('t4', 'f:grand', 'expTotal'))
  p.t('。其中：一般公共预算拨款').amount(ctx.fig('t4', 'f:grand', 'gp'))
  p.t('，政府性基金预算拨款').amount(ctx.fig('t4', 'f:grand', 'gf'))
  p.t('，国有资本经营预算拨款').amount(ctx.fig('t4', 'f:grand', 'soe'))
  p.t('。其中：当年拨款收入').amount(ctx.fig('t4', 'f:total', 'incAmount'))
  p.t('，上年结转收入').amount(ctx.fig('t4', 'f:carry', 'incAmount')).t('。')
  const classes = classesOf(ctx, 't4', 'expTotal')
  if (classes.length) {
    p.t('支出包括：')
    classes.forEach((c, i) => p.t(i ? '、' : '').t(c.name).amount(c.fig))
    p.t('等。')
  }
  return { id, number: '四', title: '财政拨款收支预算总体情况说明', paragraphs: [p.done()] }
}

export function sectionFive(ctx: Context): Section {
  const id = 'general'
  const total = ctx.fig('t5', 'total', 'total')
  const scale = new Para(ctx, id)
  scale.t(`${ctx.year}年度${ctx.name}一般公共预算当年支出`).amount(total).t('，')
  scale.change(total, 'plain')
  scale.t('。')
  const structure = new Para(ctx, id)
  structure.t(`${ctx.year}年度${ctx.name}一般公共预算当年支出`).amount(total)
  const classes = classesOf(ctx, 't5', 'total')
  if (classes.length) {
    structure.t('，主要用于以下方面：')
    listShares(structure, classes, total, '；')
    structure.t('等。')
  } else structure.t('。')
  return {
    id,
    number: '五',
    title: '一般公共预算支出情况说明',
    paragraphs: [
      new Para(ctx, id).t('（一）一般公共预算当年支出规模变化情况').done('heading3'),
      scale.done(),
      new Para(ctx, id).t('（二）一般公共预算当年支出结构情况').done('heading3'),
      structure.done(),
    ],
    chart: { id: 'general-by-class', title: '一般公共预算当年拨款结构图', items: classes.map((c) => ({ name: c.name, cents: c.fig.cents, ref: c.fig.ref })) },
  }
}

/** Names of 表六 items with money in `col` (人员经费 or 公用经费), each once, in table order. */
function econItems(ctx: Context, col: 'personnel' | 'public'): { names: string[]; refs: FigureRef[] } {
  const names: string[] = []
  const refs: FigureRef[] = []
  for (const r of ctx.rows('t6')) {
    if (r.kind !== 'item' || !r.cells[col] || r.cells[col]!.cents === 0n) continue
    refs.push({ table: 't6', row: r.id, col })
    const name = (r.text.dept ?? '').trim()
    if (name && !names.includes(name)) names.push(name)
  }
  return { names, refs }
}

export function sectionSix(ctx: Context): Section {
  const id = 'basic'
  const head = new Para(ctx, id)
  head.t(`${ctx.year}年度${ctx.name}一般公共预算安排基本支出`).amount(ctx.fig('t6', 'total', 'total')).t('，其中：')
  const part = (col: 'personnel' | 'public', label: string, end: string): Para => {
    const p = new Para(ctx, id)
    p.t(label).amount(ctx.fig('t6', 'total', col))
    const { names } = econItems(ctx, col)
    if (names.length) p.t(`，主要包括：${names.join('、')}等`)
    return p.t(end)
  }
  return {
    id,
    number: '六',
    title: '一般公共预算基本支出情况说明',
    paragraphs: [head.done(), part('personnel', '人员经费', '；').done(), part('public', '公用经费', '。').done()],
  }
}
