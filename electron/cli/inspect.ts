// 公开检查 from the command line: `check --text <说明>` adds the publication rules and the
// 表文一致 findings of one department; `inspect <folder> <out.xlsx>` checks every workbook of a
// folder (with a same-named .docx/.txt/.pdf beside it) and writes the 财政局's overview.
import { readdir } from 'node:fs/promises'
import { basename, extname, join } from 'node:path'
import type { OpenedBook } from '../../shared/ipc-contract'
import { printedFigures } from '../../shared/inspect/printed-figures'
import { inspectAll, type RuleFinding } from '../../shared/inspect/rules/apply'
import { RULE_BY_ID } from '../../shared/inspect/rules/catalog'
import { checkText as checkExplanation, printedInFile } from '../../shared/inspect/text/check-text'
import { STANDARD_TABLES } from '../../shared/tables'
import { shortName } from '../../shared/tables/table-set'
import { readExplanationText, TEXT_EXTENSIONS } from '../inspect/read-text'
import { writeFileAtomic } from '../files/atomic'
import { writeWorkbook } from '../xlsx/exceljs-writer'
import type { CellSpec, CellStyle, SheetSpec } from '../../shared/workbook/sheet-model'
import { printableText } from '../../shared/workbook/sheet-model'
import { checkBook, type CheckOutput } from './check'
import { CliError, readInput } from './io'

export interface RuleOutput {
  id: string
  severity: 'error' | 'warning'
  title: string
  message: string
  cells: { table: string; row: string; col: string }[]
  text?: { line: number; excerpt: string }
}

export interface TextFindingOutput {
  text: string
  context: string
  line: number
  section: string | null
  table?: string
  row?: string
  column?: string
  where?: string
  /** A figure no table prints but the book keeps (政府采购, 绩效, 国有资产): its field. */
  field?: string
  expected?: string
  kind: 'differs' | 'unplaced'
  reason?: string
  note?: string
}

export interface InspectOutput extends CheckOutput {
  rules: RuleOutput[]
  /** Present when a 情况说明 was given: its figures that differ from the tables or could not be placed. */
  textFindings?: TextFindingOutput[]
  textSummary?: { file: string; figures: number; matched: number; differs: number; unplaced: number; skippedForms: number }
  /** Attached forms (绩效目标表 …) of the text, not checked: their lines and how many figures they hold. */
  textSkipped?: { from: number; to: number; title: string; figures: number }[]
}

const ruleOutput = (f: RuleFinding): RuleOutput => ({
  id: f.rule,
  severity: f.severity,
  title: RULE_BY_ID.get(f.rule)!.title,
  message: f.message,
  cells: f.cells,
  ...(f.text ? { text: { line: f.text.line, excerpt: f.text.excerpt } } : {}),
})

/** check's output plus the publication rules and, given a 情况说明, its 表文一致 findings. */
export async function inspectOpened(opened: OpenedBook, base: CheckOutput, textPath?: string): Promise<InspectOutput> {
  const pf = printedFigures(opened.book)
  let text: string | undefined
  if (textPath !== undefined) {
    try {
      text = await readExplanationText(textPath)
    } catch (error) {
      throw new CliError(error instanceof Error ? error.message : String(error))
    }
  }
  const checked = text !== undefined ? checkExplanation(text, pf, printedInFile(opened.report)) : undefined
  const rules = inspectAll(opened.book, pf, opened.report, text !== undefined && checked ? { text, checked } : undefined).map(ruleOutput)
  const out: InspectOutput = {
    ...base,
    rules,
    errors: base.errors + rules.filter((r) => r.severity === 'error').length,
    warnings: base.warnings + rules.filter((r) => r.severity === 'warning').length,
  }
  if (checked && textPath !== undefined) {
    out.textFindings = checked.findings
      .filter((f) => f.kind !== 'matched')
      .map((f) => {
        const { start: _s, end: _e, role: _r, ...rest } = f
        return rest as TextFindingOutput
      })
    const count = (k: string): number => checked.findings.filter((f) => f.kind === k).length
    out.textSummary = {
      file: textPath,
      figures: checked.findings.length,
      matched: count('matched'),
      differs: count('differs'),
      unplaced: count('unplaced'),
      skippedForms: checked.skipped.length,
    }
    out.textSkipped = checked.skipped
  }
  return out
}

const SEVERITY: Record<string, string> = { error: '错误', warning: '警告' }

/** The text lines `check` prints for the rules and the text findings. */
export function inspectText(out: InspectOutput): string {
  const lines: string[] = []
  lines.push(out.rules.length ? `公开检查：共 ${out.rules.length} 条` : '公开检查：全部通过')
  for (const r of out.rules) lines.push(`  [${SEVERITY[r.severity]}] ${r.id} ${r.title}：${r.message}`)
  if (out.textSummary) {
    const s = out.textSummary
    lines.push(`情况说明（${s.file}）：${s.figures} 个数字，${s.matched} 个与表一致，${s.differs} 个不一致，${s.unplaced} 个无法核对`)
    for (const f of out.textFindings ?? []) {
      if (f.kind === 'differs') lines.push(`  [不一致] 第${f.line}行 “${f.text}”：${f.where} 为 ${f.expected}${f.note ? `（${f.note}）` : ''}`)
    }
    const unplaced = (out.textFindings ?? []).filter((f) => f.kind === 'unplaced')
    if (unplaced.length) lines.push(`  另有 ${unplaced.length} 个数字无法对应到表格（原因见 --json 的 textFindings）`)
    // Only what holds figures the text check leaves alone (a table's caption line "单位名称：…\t单位：万元" holds none).
    const forms = (out.textSkipped ?? []).filter((f) => f.figures > 0)
    // Named by their own first lines: a 绩效目标表 pasted into the text, or whatever else the file holds as a table.
    const named = forms.slice(0, 2).map((f) => `“${f.title.replace(/\t.*$/, '')}”`).join('、')
    if (forms.length) lines.push(`  所附 ${forms.length} 处表格（${named}${forms.length > 2 ? '等' : ''}，共 ${forms.reduce((t, f) => t + f.figures, 0)} 个数字）不在核对范围内（见 --json 的 textSkipped）`)
  }
  return lines.join('\n') + '\n'
}

// ---- inspect <folder> <out.xlsx> ----

export interface FolderRow {
  file: string
  department: string
  year: number | null
  textFile: string | null
  checkErrors: number
  checkWarnings: number
  ruleErrors: number
  ruleWarnings: number
  textDiffers: number | null
  textUnplaced: number | null
  failure: string | null
  findings: { kind: string; id: string; severity: string; message: string; where: string }[]
}

async function besideText(folder: string, names: Set<string>, file: string): Promise<string | undefined> {
  const stem = basename(file, extname(file))
  for (const ext of TEXT_EXTENSIONS) {
    const hit = [...names].find((n) => n.toLowerCase() === (stem + ext).toLowerCase())
    if (hit) return join(folder, hit)
  }
  return undefined
}

export async function inspectFolder(folder: string): Promise<FolderRow[]> {
  let names: string[]
  try {
    names = (await readdir(folder)).sort()
  } catch {
    throw new CliError(`无法读取文件夹：${folder}`)
  }
  const all = new Set(names)
  const rows: FolderRow[] = []
  for (const name of names) {
    const ext = extname(name).toLowerCase()
    if (ext !== '.xlsx' && ext !== '.ysb') continue
    if (name.startsWith('~$')) continue // Excel's lock file of an open workbook
    const textPath = await besideText(folder, all, name)
    const row: FolderRow = { file: name, department: '', year: null, textFile: textPath ? basename(textPath) : null, checkErrors: 0, checkWarnings: 0, ruleErrors: 0, ruleWarnings: 0, textDiffers: null, textUnplaced: null, failure: null, findings: [] }
    try {
      const opened = await readInput(join(folder, name))
      const out = await inspectOpened(opened, checkBook(opened), textPath)
      row.department = out.department
      row.year = out.year
      row.checkErrors = out.checks.filter((c) => c.severity === 'error').length
      row.checkWarnings = out.checks.length - row.checkErrors
      row.ruleErrors = out.rules.filter((r) => r.severity === 'error').length
      row.ruleWarnings = out.rules.length - row.ruleErrors
      row.textDiffers = out.textSummary?.differs ?? null
      row.textUnplaced = out.textSummary?.unplaced ?? null
      for (const c of out.checks) row.findings.push({ kind: '勾稽校验', id: c.id, severity: c.severity, message: c.message, where: c.cells.map((x) => shortName(STANDARD_TABLES, x.table)).filter((v, i, a) => a.indexOf(v) === i).join('、') })
      for (const r of out.rules) row.findings.push({ kind: '公开检查', id: r.id, severity: r.severity, message: r.message, where: r.text ? `说明第${r.text.line}行` : r.cells.map((x) => shortName(STANDARD_TABLES, x.table)).join('、') })
      for (const t of out.textFindings ?? []) if (t.kind === 'unplaced') row.findings.push({ kind: '无法核对', id: '', severity: 'info', message: `“${t.text}”：${t.reason ?? ''}`, where: `说明第${t.line}行` })
    } catch (error) {
      row.failure = error instanceof Error ? error.message : String(error)
    }
    rows.push(row)
  }
  return rows
}

const FONT = { name: '宋体', size: 10 }
const HEAD: CellStyle = { font: { ...FONT, bold: true }, horizontal: 'center', border: true, wrap: true }
const BODY: CellStyle = { font: FONT, border: true, wrap: true, vertical: 'top' }
const NUM: CellStyle = { font: FONT, border: true, horizontal: 'right', vertical: 'top' }

function sheet(name: string, header: string[], widths: number[], rows: (string | number | null)[][]): SheetSpec {
  const cells: CellSpec[] = header.map((text, col) => ({ row: 0, col, value: text, style: HEAD }))
  rows.forEach((r, i) => r.forEach((v, col) => cells.push({ row: i + 1, col, value: typeof v === 'string' ? printableText(v) : v, style: typeof v === 'number' ? NUM : BODY })))
  return { name, state: 'visible', columnWidths: widths, rowHeights: new Map(), cells, merges: [], page: { landscape: true, repeatRows: { first: 0, last: 0 } } }
}

const SEVERITY_TEXT: Record<string, string> = { error: '错误', warning: '警告', info: '说明' }

export async function writeInspection(path: string, rows: FolderRow[]): Promise<void> {
  const summary = sheet(
    '汇总',
    ['文件', '部门', '年度', '勾稽错误', '勾稽警告', '公开检查错误', '公开检查警告', '表文不一致', '无法核对的数字', '情况说明文件', '无法读取的原因'],
    [28, 30, 8, 10, 10, 12, 12, 12, 14, 24, 40],
    rows.map((r) => [r.file, r.department, r.year, r.checkErrors, r.checkWarnings, r.ruleErrors, r.ruleWarnings, r.textDiffers, r.textUnplaced, r.textFile ?? '（无）', r.failure]),
  )
  const findings = sheet(
    '全部问题',
    ['文件', '部门', '类别', '编号', '严重程度', '说明', '位置'],
    [28, 30, 10, 8, 10, 80, 20],
    rows.flatMap((r) => r.findings.map((f) => [r.file, r.department, f.kind, f.id, SEVERITY_TEXT[f.severity] ?? f.severity, f.message, f.where])),
  )
  await writeFileAtomic(path, await writeWorkbook({ creator: '预算公开表 公开检查', sheets: [summary, findings] }))
}
