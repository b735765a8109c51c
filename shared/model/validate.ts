// Validation of a book read from a file (versioned schema 'budget-tables/book'). A file may
// come from another version of the app or be hand-edited, so every field is checked before
// the engine sees it; each problem is a Chinese sentence naming the place, for the clerk.
// Fields this version does not know (book.ts BOOK_FIELDS) are refused, not carried along unread:
// whatever they hold (a thousand levels of nesting broke the export once) never reaches the app.
// Text has limits too: names a table can print, longer text that still fits one Excel cell.
import {
  BOOK_FIELDS, BOOK_SCHEMA, BOOK_VERSION, FISCAL_SOURCES, SOURCES, SOURCE_NAMES, T10_ITEMS, T10_ITEM_NAMES, UNIT_TYPES, type BookObject, type BudgetBook,
  type SourceId,
} from './book'
import { AMOUNT_LIMIT_RULE, AMOUNT_TOO_LARGE, AmountError, MAX_DECIMALS, toFen, type AmountUnit } from './money'
import { MAX_NAME_LENGTH } from './limits'
import { disclosureProblems, projectPerfProblems } from './validate-disclosure'
import { PRIOR_HEADLINES } from './prior'

export type BookValidation = { ok: true; book: BudgetBook } | { ok: false; problems: string[] }

type Obj = Record<string, unknown>

const isObj = (x: unknown): x is Obj => typeof x === 'object' && x !== null && !Array.isArray(x)

/** Money.ts's canonical form: no spaces, separators, '+' or exponent. */
const AMOUNT = /^-?\d+(\.\d+)?$/
/** Ids are embedded in engine keys ('prj|id|gp', 't12!p:id!total'), whose separators they must not contain. */
const BAD_ID = /[|!]/

const PART_NAMES = { basic: '基本支出', project: '项目支出', carry: '上年结转' } as const

/** A value as a clerk can read it in a message: never '[object Object]', never a page of text. */
function describe(v: unknown): string {
  if (v === null) return '空值'
  if (Array.isArray(v)) return '列表'
  if (typeof v === 'string') return `文字“${clip(v)}”`
  if (typeof v === 'number') return `数字 ${v}`
  if (typeof v === 'boolean') return '真假值'
  return typeof v === 'object' ? '对象' : '其他类型'
}

/** At most 40 characters of a text, for quoting in a message. */
export function clip(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…（共 ${text.length} 个字）` : text
}

class Checker {
  readonly problems: string[] = []
  constructor(private readonly unit: AmountUnit | null) {}

  add(message: string): void {
    this.problems.push(message)
  }

  /** A string field (`optional`: may be absent) of at most `max` characters. Returns it when valid. */
  text(o: Obj, key: string, place: string, label: string, optional = false, max = MAX_NAME_LENGTH): string | undefined {
    const v = o[key]
    if (v === undefined && optional) return undefined
    if (typeof v === 'string') {
      if (v.length <= max) return v
      this.add(`${place}的${label}有 ${v.length} 个字，超过上限 ${max} 个字`)
      return undefined
    }
    this.add(v === undefined ? `${place}缺少${label}` : `${place}的${label}应为文字，现为${describe(v)}`)
    return undefined
  }

  /** Only the fields this version knows (BOOK_FIELDS): anything else is named and refused. */
  fields(o: Obj, kind: BookObject, place: string): void {
    const known: readonly string[] = BOOK_FIELDS[kind]
    for (const key of Object.keys(o)) {
      if (!known.includes(key)) this.add(`${place}有本软件不认识的内容“${clip(key)}”（文件可能被手工修改过或已损坏）`)
    }
  }

  code(o: Obj, key: string, place: string, label: string, pattern: RegExp, rule: string, optional = false): string | undefined {
    const v = this.text(o, key, place, label, optional)
    if (v !== undefined && !pattern.test(v)) this.add(`${place}的${label}“${clip(v)}”应为${rule}`)
    return v
  }

  oneOf<T extends string>(o: Obj, key: string, place: string, label: string, allowed: readonly T[]): T | undefined {
    const v = o[key]
    if (typeof v === 'string' && (allowed as readonly string[]).includes(v)) return v as T
    this.add(v === undefined ? `${place}缺少${label}` : `${place}的${label}应为${allowed.map((a) => `“${a}”`).join('或')}，现为${describe(v)}`)
    return undefined
  }

  year(v: unknown, place: string): void {
    if (!(typeof v === 'number' && Number.isInteger(v) && v >= 2000 && v <= 2100)) {
      this.add(v === undefined ? `${place}缺少年度` : `${place}的年度应为 2000–2100 之间的整数，现为${describe(v)}`)
    }
  }

  /** An amount: a canonical decimal string ('' = zero) with no more decimals than the unit allows. */
  amount(v: unknown, place: string, column = ''): void {
    const where = column ? `（${column}）` : ''
    if (typeof v !== 'string') return this.add(`${place}的金额应为文字形式的数字，现为${describe(v)}${where}`)
    if (v === '') return
    if (!AMOUNT.test(v)) return this.add(`${place}的金额“${clip(v)}”不是有效数字${where}`)
    if (!this.unit) return
    try {
      toFen(v, this.unit)
    } catch (e) {
      if (!(e instanceof AmountError)) throw e
      if (e.message === AMOUNT_TOO_LARGE) this.add(`${place}${where}的金额“${clip(v)}”超出上限：${AMOUNT_LIMIT_RULE}`)
      else this.add(`${place}的金额“${clip(v)}”小数位过多，以${this.unit}为单位最多 ${MAX_DECIMALS[this.unit]} 位小数${where}`)
    }
  }

  /** Amounts by source: only `allowed` sources; `why` explains a forbidden one. */
  bySource(v: unknown, place: string, allowed: readonly SourceId[], prefix = '', why = ''): void {
    if (!isObj(v)) return this.add(`${place}的${prefix || '金额'}应为按资金来源列出的对象，现为${describe(v)}`)
    for (const [k, t] of Object.entries(v)) {
      const name = SOURCE_NAMES[k as SourceId]
      if (!name) this.add(`${place}有未知的资金来源“${clip(k)}”`)
      else if (!allowed.includes(k as SourceId)) this.add(`${place}${why || '只能有财政拨款'}，不能有${name}的金额`)
      else this.amount(t, place, prefix ? `${prefix}·${name}` : name)
    }
  }

  array(o: Obj, key: string, label: string): Obj[] {
    const v = o[key]
    if (!Array.isArray(v)) {
      this.add(v === undefined ? `文件缺少${label}` : `${label}应为列表，现为${describe(v)}`)
      return []
    }
    return v.map((item, i) => (isObj(item) ? item : (this.add(`${label}的第 ${i + 1} 项应为对象，现为${describe(item)}`), {})))
  }

  /** Ids (or codes) unique within one list; returns the set of valid ones. */
  unique(items: readonly Obj[], key: string, place: (i: number) => string, label: string, idLike = true): Set<string> {
    const first = new Map<string, number>()
    items.forEach((o, i) => {
      const v = o[key]
      if (typeof v !== 'string') return
      if (idLike && (v === '' || BAD_ID.test(v))) return this.add(`${place(i)}的${label}“${clip(v)}”不能为空，也不能含有“|”或“!”`)
      const j = first.get(v)
      if (j === undefined) first.set(v, i)
      else this.add(`${place(i)}的${label}“${clip(v)}”与${place(j)}重复`)
    })
    return new Set(first.keys())
  }
}

const named = (base: string, o: Obj, key = 'name'): string => (typeof o[key] === 'string' && o[key] ? `${base}（“${clip(o[key])}”）` : base)
const SUBJECT_CODE = /^\d{7}$/

export function validateBook(x: unknown): BookValidation {
  if (!isObj(x)) return { ok: false, problems: ['文件内容不是预算公开表数据'] }
  if (x.schema !== BOOK_SCHEMA) return { ok: false, problems: [`此文件不是预算公开表文件（格式标识应为 ${BOOK_SCHEMA}）`] }
  const version = x.version
  if (typeof version === 'number' && Number.isInteger(version) && version > BOOK_VERSION) {
    return { ok: false, problems: [`此文件由更新版本的预算公开表创建（格式版本 ${version}），请升级软件后再打开`] }
  }
  const unit = x.amountUnit === '万元' || x.amountUnit === '元' ? x.amountUnit : null
  const c = new Checker(unit)
  // Version 1 lacks only the optional disclosure parts, version 2 only `asPublished`: each reads as is and is saved as the current version.
  if (version !== BOOK_VERSION && version !== 1 && version !== 2) c.add(`文件的格式版本应为 ${BOOK_VERSION}，现为${describe(version)}`)
  c.fields(x, 'book', '文件')
  c.text(x, 'department', '文件', '部门名称')
  c.oneOf(x, 'scope', '文件', '公开范围', ['部门', '单位'] as const)
  c.year(x.year, '文件')
  c.oneOf(x, 'amountUnit', '文件', '金额单位', ['万元', '元'] as const)

  const units = c.array(x, 'units', '单位列表')
  const unitPlace = (i: number): string => named(`第 ${i + 1} 个单位`, units[i]!)
  units.forEach((u, i) => {
    c.fields(u, 'unit', unitPlace(i))
    c.text(u, 'id', unitPlace(i), '编号')
    c.text(u, 'name', unitPlace(i), '名称')
    c.oneOf(u, 'type', unitPlace(i), '单位类型', UNIT_TYPES)
  })
  const unitIds = c.unique(units, 'id', unitPlace, '编号')
  const unitRef = (o: Obj, place: string): void => {
    const id = c.text(o, 'unitId', place, '所属单位编号')
    if (id !== undefined && !unitIds.has(id)) c.add(`${place}所属的单位“${id}”不存在`)
  }

  const subjects = c.array(x, 'subjects', '功能科目列表')
  const subjectPlace = (i: number): string => {
    const s = subjects[i]!
    return `第 ${i + 1} 个功能科目${typeof s.code === 'string' ? `（${clip(s.code)}${typeof s.name === 'string' ? `“${clip(s.name)}”` : ''}）` : ''}`
  }
  subjects.forEach((s, i) => {
    const place = subjectPlace(i)
    c.fields(s, 'subject', place)
    c.code(s, 'code', place, '科目编码', SUBJECT_CODE, ' 7 位数字')
    c.text(s, 'name', place, '名称')
    c.bySource(s.basic, place, SOURCES, PART_NAMES.basic)
    c.bySource(s.project, place, SOURCES, PART_NAMES.project)
    c.bySource(s.carry, place, FISCAL_SOURCES, PART_NAMES.carry, '的上年结转只能来自财政拨款')
  })
  c.unique(subjects, 'code', subjectPlace, '科目编码', false)

  if (!isObj(x.subjectNames)) c.add(x.subjectNames === undefined ? '文件缺少科目名称表' : `科目名称表应为对象，现为${describe(x.subjectNames)}`)
  else for (const k of Object.keys(x.subjectNames)) c.text(x.subjectNames, k, `科目名称表中“${clip(k)}”`, '名称')
  if (x.knownSubjects !== undefined) {
    if (!isObj(x.knownSubjects)) c.add(`已知科目表应为对象，现为${describe(x.knownSubjects)}`)
    else for (const [k, v] of Object.entries(x.knownSubjects)) {
      if (!/^2\d{2}(\d{2}(\d{2})?)?$/.test(k)) c.add(`已知科目表中的编码“${clip(k)}”不是 3、5 或 7 位的支出功能分类编码`)
      if (typeof v !== 'string' || !v.trim()) c.add(`已知科目表中“${clip(k)}”的名称应为文字，现为${describe(v)}`)
      else c.text(x.knownSubjects, k, `已知科目表中“${clip(k)}”`, '名称')
    }
  }

  const econ = c.array(x, 'econ', '表六经济科目')
  const econPlace = (i: number): string => named(`表六第 ${i + 1} 行`, econ[i]!, 'deptName')
  econ.forEach((e, i) => {
    const place = econPlace(i)
    c.fields(e, 'econ', place)
    c.text(e, 'id', place, '编号')
    const cls = c.code(e, 'deptClass', place, '部门经济分类类级编码', /^\d{3}$/, ' 3 位数字')
    const code = c.code(e, 'deptCode', place, '部门经济科目编码', /^\d{3,7}$/, ' 3–7 位数字', true)
    if (cls && code && !code.startsWith(cls)) c.add(`${place}的部门经济科目编码“${code}”不属于类“${cls}”`)
    c.text(e, 'deptName', place, '部门经济科目名称')
    c.code(e, 'govCode', place, '政府经济科目编码', /^\d{3,7}$/, ' 3–7 位数字', true)
    c.text(e, 'govName', place, '政府经济科目名称')
    c.amount(e.amount, place)
  })
  c.unique(econ, 'id', econPlace, '编号')

  for (const [key, label] of [['govFundRevenue', '表七'], ['soeRevenue', '表九收入']] as const) {
    const lines = c.array(x, key, `${label}科目`)
    const place = (i: number): string => `${label}第 ${i + 1} 行${typeof lines[i]!.code === 'string' ? `（${lines[i]!.code}）` : ''}`
    lines.forEach((r, i) => {
      c.fields(r, 'revenue', place(i))
      c.code(r, 'code', place(i), '收入科目编码', SUBJECT_CODE, ' 7 位数字')
      c.text(r, 'name', place(i), '名称')
      c.amount(r.amount, place(i))
    })
    c.unique(lines, 'code', place, '收入科目编码', false)
  }

  const t10 = x.threePublic
  if (!isObj(t10)) c.add(t10 === undefined ? '文件缺少表十（三公经费）' : `表十（三公经费）应为对象，现为${describe(t10)}`)
  else {
    for (const item of T10_ITEMS) {
      if (t10[item] === undefined) c.add(`表十缺少“${T10_ITEM_NAMES[item]}”`)
      else c.bySource(t10[item], `表十“${T10_ITEM_NAMES[item]}”`, FISCAL_SOURCES)
    }
    for (const k of Object.keys(t10)) if (!(T10_ITEMS as readonly string[]).includes(k)) c.add(`表十有未知的项目“${clip(k)}”`)
  }

  const running = c.array(x, 'runningCosts', '表十一机关运行经费')
  const runningPlace = (i: number): string => `表十一第 ${i + 1} 行`
  running.forEach((r, i) => {
    c.fields(r, 'runningCost', runningPlace(i))
    unitRef(r, runningPlace(i))
    c.bySource(r.amounts, runningPlace(i), FISCAL_SOURCES)
  })
  c.unique(running, 'unitId', runningPlace, '所属单位编号')

  const projects = c.array(x, 'projects', '项目列表')
  const projectPlace = (i: number): string => named(`第 ${i + 1} 个项目`, projects[i]!)
  projects.forEach((p, i) => {
    const place = projectPlace(i)
    c.fields(p, 'project', place)
    c.text(p, 'id', place, '编号')
    c.text(p, 'name', place, '名称')
    unitRef(p, place)
    const kind = c.oneOf(p, 'kind', place, '类别', ['current', 'carry'] as const)
    c.code(p, 'subject', place, '功能科目', SUBJECT_CODE, ' 7 位数字', true)
    if (kind === 'carry') c.bySource(p.amounts, place, FISCAL_SOURCES, '', '是上年结转项目，只能有财政拨款')
    else c.bySource(p.amounts, place, SOURCES)
    for (const m of projectPerfProblems(p.perf, place)) c.add(m)
  })
  c.unique(projects, 'id', projectPlace, '编号')

  if (x.prior !== undefined) {
    if (!isObj(x.prior)) c.add(`上年数应为对象，现为${describe(x.prior)}`)
    else {
      c.fields(x.prior, 'prior', '上年数')
      c.year(x.prior.year, '上年数')
      const figures = x.prior.figures
      if (!isObj(figures)) c.add(`上年数的数据应为对象，现为${describe(figures)}`)
      else for (const [k, v] of Object.entries(figures)) c.amount(v, `上年数“${clip(k)}”`)
    }
  }
  if (x.asPublished !== undefined) {
    if (!isObj(x.asPublished)) c.add(`公开时印出的数应为对象，现为${describe(x.asPublished)}`)
    else for (const [k, v] of Object.entries(x.asPublished)) {
      if (!Object.hasOwn(PRIOR_HEADLINES, k)) c.add(`公开时印出的数中“${clip(k)}”不是可结转的总数`)
      else if (!isObj(v) || typeof v.printed !== 'string' || typeof v.computed !== 'string' || !AMOUNT.test(v.printed) || !AMOUNT.test(v.computed)) {
        c.add(`公开时印出的数“${clip(k)}”应有印出数和计算数`)
      } else {
        // Always 万元, whatever the book's unit; 结转 reads both (prior-figures.ts), so a figure it could not read is refused here.
        c.fields(v, 'publishedHeadline', `公开时印出的数“${clip(k)}”`)
        const wan = new Checker('万元')
        wan.amount(v.printed, `公开时印出的数“${clip(k)}”`, '印出数')
        wan.amount(v.computed, `公开时印出的数“${clip(k)}”`, '计算数')
        for (const p of wan.problems) c.add(p)
      }
    }
  }
  if (x.consolidation !== undefined) consolidationProblems(x, c)
  for (const m of disclosureProblems(x.disclosure)) c.add(m)
  if (c.problems.length) return { ok: false, problems: c.problems }
  return { ok: true, book: (version === BOOK_VERSION ? x : { ...x, version: BOOK_VERSION }) as unknown as BudgetBook }
}

/** 汇总 parts: each a file name and the figures it gave, themselves a valid book's figures. */
function consolidationProblems(x: Obj, c: Checker): void {
  const parts = isObj(x.consolidation) ? x.consolidation.parts : undefined
  if (!Array.isArray(parts)) return c.add('汇总记录应为对象，含各单位文件的列表')
  parts.forEach((p: unknown, i) => {
    const place = `汇总记录第 ${i + 1} 个文件`
    if (!isObj(p) || typeof p.source !== 'string' || !isObj(p.figures)) return c.add(`${place}应有文件名和数据`)
    if (p.carriedFrom !== undefined) c.year(p.carriedFrom, `${place}（${p.source}）所记汇总`)
    const { consolidation: _c, prior: _p, ...rest } = x
    const inner = validateBook({ ...rest, ...p.figures })
    if (!inner.ok) c.add(`${place}（${p.source}）的数据有误：${inner.problems.slice(0, 2).join('；')}`)
  })
}
