// The publication rules (catalog.ts) applied: to the book's tables alone, and to a 情况说明 —
// the one the app generates or one the clerk wrote elsewhere — together with its 表文一致 check.
import type { BudgetBook } from '../../model/book'
import type { ImportReport } from '../../import/report'
import { TABLE_SHORT, type TableId } from '../../tables/ids'
import { wanText } from '../../explanation/format'
import { econClassName } from '../../tables/econ-table'
import type { PrintedFigures } from '../printed-figures'
import { OUTDATED_CLASS_NAMES } from '../subject-names'
import { institutionsWithRunningCosts } from '../../explanation/unit-counts'
import type { TextCheck } from '../text/check-text'
import { RULE_BY_ID, type RuleId } from './catalog'

export interface RuleFinding {
  rule: RuleId
  severity: 'error' | 'warning'
  message: string
  /** Table cells it is about (book rules). */
  cells: { table: TableId; row: string; col: string }[]
  /** The place in the text it is about (text rules): 1-based line, offsets, an excerpt. */
  text?: { line: number; start: number; end: number; excerpt: string }
  /** The generated 情况说明's section and paragraph (−1: the section as a whole). */
  paragraph?: { section: string; paragraph: number }
  /** The book field the clerk has still to type. */
  field?: string
}

function finding(rule: RuleId, message: string, extra: Partial<RuleFinding> = {}): RuleFinding {
  return { rule, severity: RULE_BY_ID.get(rule)!.severity, message, cells: [], ...extra }
}

export const PLACEHOLDER = /X{2,}|x{2,}|×{2,}|＊{2,}|\*{2,}|○{2,}|□{2,}|待填写|待补充|某某/
/**
 * The gaps this app's own 情况说明 prints where the clerk has not typed yet ("（请填写原因）",
 * "（分项合计）", "（上年数未填）" …, shared/explanation): a document exported unfinished and
 * checked with `check --text` must not pass (clerk9 #1). The app's own check reports them as the
 * fields left empty instead (rules/disclosure.ts).
 */
export const APP_GAP = /（(?:请(?:填写|核对|标明|在)[^（）\n]{0,40}|分项合计|上年数未填)）/

/** Rules that need only the book (and, for a book read from a published file, what reading found). */
export function inspectBook(book: BudgetBook, pf: PrintedFigures, report?: ImportReport | null): RuleFinding[] {
  const out: RuleFinding[] = []
  // The printed tables name themselves (a table a set adds as well as the 13).
  const short = (id: TableId): string => pf.printed.tables.find((t) => t.id === id)?.short ?? TABLE_SHORT[id] ?? id
  // A 结转's report is of last year's file: what that file lacked says nothing of this year's document.
  for (const n of report && !report.rolledForward ? report.notes : []) {
    if (n.table && /没有找到/.test(n.message)) out.push(finding('P01', `原公开文件缺少${short(n.table)}：${n.message}`, { cells: [{ table: n.table, row: 'total', col: 'total' }] }))
  }
  for (const s of book.subjects) {
    if (!/^\d{7}$/.test(s.code)) out.push(finding('P03', `功能科目 ${s.code} ${s.name} 不是项级科目（应为 7 位编码）`, { cells: [{ table: 't3', row: `s:${s.code}`, col: 'code' }] }))
  }
  for (const e of book.econ) {
    if (e.deptName.trim() === '' || e.deptName === econClassName(book, e.deptClass)) {
      out.push(finding('P04', `表六“${e.deptName || '（空）'}”只到类级，基本支出应公开到经济分类款级`, { cells: [{ table: 't6', row: `e:${e.id}`, col: 'dept' }] }))
    }
  }
  const offices = book.units.filter((u) => u.type === '行政' || u.type === '参公')
  const common = pf.cents('t6', 'total', 'public') ?? 0n
  if (offices.length && (pf.cents('t11', 'total', 'total') ?? 0n) === 0n) {
    const running = { table: 't11', row: 'total', col: 'total' } as const
    // A 行政/参公 unit's 公用经费 is its 机关运行经费 (名词解释 四): with 公用经费 in 表六, an empty
    // 表十一 is asked about even when the text says there is none (clerk8 #3).
    if (common > 0n) {
      const who = offices.length === book.units.length ? `${offices.length === 1 ? offices[0]!.type : '行政或参公'}单位有公用经费` : `有${offices.length}个行政或参公单位，表六公用经费`
      out.push(finding('P06', `${who} ${wanText(common)} 万元，表十一机关运行经费为空，请核对`, { cells: [running, { table: 't6', row: 'total', col: 'public' }] }))
    }
    else out.push(finding('P06', `有${offices.length}个行政或参公单位，机关运行经费却为零，请核实或在说明中解释`, { cells: [running] }))
  }
  for (const u of institutionsWithRunningCosts(book, (row) => pf.cents('t11', row, 'total'))) {
    out.push(finding('P06', `表十一列出“${u.name}”的机关运行经费，但该单位在“基本信息”中的单位类型是“事业”：机关运行经费只属于行政单位和参公单位，请在“基本信息”中核对单位类型`, {
      cells: [{ table: 't11', row: `u:${u.id}`, col: 'label' }],
    }))
  }
  const named: [string, string, { table: TableId; row: string; col: string }][] = [
    ['部门名称', book.department, { table: 't12', row: 'dept', col: 'name' }],
    ...book.units.map((u): [string, string, { table: TableId; row: string; col: string }] => ['单位名称', u.name, { table: 't11', row: `u:${u.id}`, col: 'label' }]),
    ...book.projects.map((p): [string, string, { table: TableId; row: string; col: string }] => ['项目名称', p.name, { table: p.kind === 'carry' ? 't13' : 't12', row: `p:${p.id}`, col: 'name' }]),
  ]
  for (const [what, name, cell] of named) if (PLACEHOLDER.test(name)) out.push(finding('P11', `${what}“${name}”含未填写的占位内容`, { cells: [cell] }))
  for (const s of book.subjects) {
    const old = OUTDATED_CLASS_NAMES.find((o) => s.name.includes(o.old))
    if (old) out.push(finding('P14', `科目 ${s.code}“${s.name}”用了旧科目名称，现行名称为“${old.current}”`, { cells: [{ table: 't3', row: `s:${s.code}`, col: 'name' }] }))
  }
  for (const [code, name] of Object.entries(book.subjectNames)) {
    const old = OUTDATED_CLASS_NAMES.find((o) => name.includes(o.old))
    if (old) out.push(finding('P14', `科目 ${code}“${name}”用了旧科目名称，现行名称为“${old.current}”`, { cells: [{ table: 't3', row: `s:${code}`, col: 'name' }] }))
  }
  return out
}

/** A book finding the text answers: 机关运行经费 stated as none — unless the finding sets it against 表六's 公用经费. */
export function answeredByText(f: RuleFinding, text: string): boolean {
  return f.rule === 'P06' && !f.cells.some((c) => c.table === 't6') && saysNoRunningCosts(text)
}

/** The text states the department has no 机关运行经费 ("本部门无机关运行经费"). */
export function saysNoRunningCosts(text: string): boolean {
  return text.split(/[。；;\n]/).some((s) => /机关运行经费/.test(s) && SAYS_NONE.test(s))
}

/** Book and text rules together; a book finding the text answers (see answeredByText) is dropped. */
export function inspectAll(book: BudgetBook, pf: PrintedFigures, report: ImportReport | null | undefined, text?: { text: string; checked: TextCheck; wholeDocument?: boolean }): RuleFinding[] {
  let out = inspectBook(book, pf, report)
  if (text) {
    out = out.filter((f) => !answeredByText(f, text.text))
    out.push(...inspectText(text.text, text.checked, pf, { wholeDocument: text.wholeDocument }))
  }
  return out
}

const SAYS_NONE = /无|没有|为零|为0|(?<![\d.])0(?:\.00)?万元|本表无数据|空表/

/** Rules that read a 情况说明 (its figures already checked against the tables in `checked`). */
export function inspectText(text: string, checked: TextCheck, pf: PrintedFigures, options: { wholeDocument?: boolean; appGaps?: boolean } = {}): RuleFinding[] {
  const out: RuleFinding[] = []
  const sentences = new Map<number, string>()
  for (const f of checked.figures) sentences.set(f.sentenceIndex, f.sentence)
  const at = (start: number, end: number): RuleFinding['text'] => {
    const line = text.slice(0, start).split('\n').length
    return { line, start, end, excerpt: text.slice(Math.max(0, start - 20), Math.min(text.length, end + 20)).replace(/\s+/g, ' ') }
  }
  const sectionIds = new Set(checked.figures.map((f) => f.section))
  const has = (re: RegExp): boolean => re.test(text)

  // An empty table the text must explain: each table's spec says which and by what words (ifEmpty.explained).
  for (const t of pf.printed.tables) {
    const explain = t.ifEmpty?.explained
    if (!t.empty || !explain) continue
    const explained = text.split(/[。；;\n]/).some((s) => explain.words.test(s) && SAYS_NONE.test(s))
    if (!explained) out.push(finding('P02', `${t.short}（${explain.what}）没有数据，情况说明中没有说明`, { cells: [{ table: t.id, row: 'total', col: 'total' }] }))
  }
  if (!has(/三公/)) out.push(finding('P05', '情况说明中没有“三公”经费的说明'))
  else {
    for (const [words, item] of [[/因公出国/, '因公出国（境）费'], [/公务接待/, '公务接待费'], [/购置/, '公务用车购置费'], [/运行维护|运行费/, '公务用车运行维护费']] as const) {
      if (!has(words)) out.push(finding('P05', `“三公”经费说明中没有分项说明${item}`))
    }
  }
  if (!has(/机关运行经费/)) out.push(finding('P06', '情况说明中没有机关运行经费的说明'))
  if (!has(/政府采购/)) out.push(finding('P07', '情况说明中没有政府采购情况'))
  else for (const kind of ['货物', '工程', '服务']) if (!has(new RegExp(`${kind}`))) out.push(finding('P07', `政府采购情况中没有${kind}类金额`))
  if (!has(/国有资产|公务用车编制|办公用房/)) out.push(finding('P08', '情况说明中没有国有资产占有使用情况'))
  if (!has(/绩效/)) out.push(finding('P09', '情况说明中没有绩效目标情况'))
  if (options.wholeDocument && !has(/名词解释/)) out.push(finding('P10', '公开文件中没有名词解释'))
  // One finding per distinct placeholder as written in place ("20××年"), with every line it is on.
  const placeholders = new Map<string, { start: number; end: number; lines: number[]; count: number }>()
  const gap = options.appGaps === false ? PLACEHOLDER.source : `${PLACEHOLDER.source}|${APP_GAP.source}`
  for (const m of text.matchAll(new RegExp(gap, 'g'))) {
    const shown = text.slice(Math.max(0, m.index - 2), m.index + m[0].length + 1).replace(/\s/g, '')
    const line = text.slice(0, m.index).split('\n').length
    const seen = placeholders.get(shown)
    if (seen) {
      if (!seen.lines.includes(line)) seen.lines.push(line)
      seen.count++
    }
    else placeholders.set(shown, { start: m.index, end: m.index + m[0].length, lines: [line], count: 1 })
  }
  for (const [shown, p] of placeholders) {
    const where = p.count > 1 ? `共 ${p.count} 处（第 ${p.lines.slice(0, 5).join('、')}${p.lines.length > 5 ? ' 等' : ''} 行）` : `（第 ${p.lines[0]} 行）`
    out.push(finding('P11', `文中有未填写的占位内容“${shown}”，${where}`, { text: at(p.start, p.end) }))
  }
  for (const o of OUTDATED_CLASS_NAMES) {
    for (const m of text.matchAll(new RegExp(o.old, 'g'))) out.push(finding('P14', `“${o.old}”是旧科目名称，现行名称为“${o.current}”`, { text: at(m.index, m.index + o.old.length) }))
  }
  const changeSentences = new Set<number>()
  checked.findings.forEach((tf, i) => {
    const fig = checked.figures[i]!
    if (tf.kind === 'differs') {
      // A figure the workbook itself printed (a 尾差 total) says so: the reader sees the text's figure in the table.
      const printedNote = tf.note?.startsWith('原表印刷为') ? `；${tf.note}` : ''
      out.push(finding('P15', `第${tf.line}行“${tf.text}”与${tf.where}（${tf.expected}）不一致${printedNote}`, { text: at(tf.start, tf.end), cells: tf.table ? [{ table: tf.table, row: tf.row!, col: tf.column! }] : [] }))
    }
    if (tf.role === 'rate' && /上年数为零/.test(tf.reason ?? '')) out.push(finding('P12', `第${tf.line}行上年数为零，不应写“${fig.label}${tf.text}”`, { text: at(tf.start, tf.end) }))
    // The sections whose changes the disclosure explains with a reason (一、七、八; spec/explanation.md):
    // 五（一） states the 一般公共预算 change without one in the standard wording.
    const explained = fig.section === null || fig.section === 'overview' || fig.section === 'threePublic' || fig.section === 'running'
    if ((fig.role === 'change' || fig.role === 'rate') && !fig.inReason && !/^0(\.0+)?$/.test(fig.value) && explained) changeSentences.add(fig.sentenceIndex)
  })
  for (const s of changeSentences) {
    const here = sentences.get(s) ?? ''
    const next = sentences.get(s + 1) ?? ''
    if (!/原因|由于|因为|主要是/.test(here) && !/^(主要)?原因|由于|因为|主要是/.test(next)) {
      const fig = checked.figures.find((f) => f.sentenceIndex === s && (f.role === 'change' || f.role === 'rate'))!
      out.push(finding('P13', `第${fig.line}行“${fig.label}${fig.text}”没有说明增减原因`, { text: at(fig.start, fig.end) }))
    }
  }
  void sectionIds
  return out
}
