// `consolidate`: 汇总 units' files into one department book (.ysb or the 13 tables as .xlsx),
// printing per file what came in and what was refused. Exit 0: every file accepted and no
// check errors; 1: something refused or a check error; 2: nothing could be read or written.
import type { BudgetBook } from '../../shared/model/book'
import { consolidate, type ConsolidationReport } from '../../shared/consolidate/consolidate'
import { readUnitFile } from '../files/unit-file'
import { editText } from '../../shared/consolidate/hand-edits'
import { Derivation } from '../../shared/engine/derivation'
import { CliError, outputKind, readInput, writeOutput } from './io'

export interface ConsolidateArgs {
  output: string
  files: string[]
  /** An existing department book to 汇总 into (re-reading a unit replaces that unit). */
  into?: string
  department?: string
}

const STATUS = { accepted: '已汇总', replaced: '已替换', refused: '已退回' } as const
const SEVERITY = { error: '错误', warning: '警告', info: '说明' } as const

export function reportText(report: ConsolidationReport): string {
  const lines = [`汇总：${report.department} ${report.year}年，${report.entries.length} 个文件`]
  for (const e of report.entries) {
    lines.push(`${STATUS[e.status]}  ${e.source}${e.units.length ? `（${e.units.join('、')}）` : ''}`)
    for (const l of e.lines) lines.push(`    [${SEVERITY[l.severity]}] ${l.sheet ? `${l.sheet}${l.cell ? ` ${l.cell}` : ''}：` : ''}${l.message}`)
    if (e.status !== 'refused') {
      lines.push(e.checks.messages.length ? `    本单位勾稽校验：${e.checks.errors} 个错误，${e.checks.warnings} 个警告` : '    本单位勾稽校验：全部通过')
      for (const m of e.checks.messages) lines.push(`      [${SEVERITY[m.severity]}] ${m.message}`)
    }
  }
  if (report.edits.length) lines.push(`上次汇总后手工修改的金额（${report.amountUnit}）：`, ...report.edits.map((e) => `    [${e.kept ? '保留' : '取代'}] ${editText(e)}`))
  if (report.missing.length) lines.push(`尚未报送的单位：${report.missing.join('、')}`)
  for (const n of report.notes) lines.push(`注：${n}`)
  return lines.join('\n') + '\n'
}

export async function consolidateCommand(args: ConsolidateArgs): Promise<{ text: string; code: number }> {
  outputKind(args.output, ['xlsx', 'ysb'])
  if (!args.files.length) throw new CliError('请给出至少一个单位文件')
  const base: BudgetBook | null = args.into ? (await readInput(args.into)).book : null
  const returns = []
  for (const f of args.files) returns.push(await readUnitFile(f))
  const { book, report } = consolidate(base, returns, args.department ? { department: args.department } : {})
  let text = reportText(report)
  if (!book) {
    if (returns.every((r) => !r.book)) throw new CliError(`没有可以汇总的文件：${returns.map((r) => `${r.source}：${r.findings[0]?.message ?? '无法读取'}`).join('；')}`)
    return { text: text + '没有文件被汇总，未写出结果\n', code: 1 }
  }
  await writeOutput(args.output, book)
  const errors = new Derivation(book).findings().filter((f) => f.severity === 'error')
  text += errors.length ? `部门勾稽校验：${errors.length} 个错误\n${errors.map((f) => `  ${f.check} ${f.message}`).join('\n')}\n` : '部门勾稽校验：没有错误\n'
  text += `已写出：${args.output}\n`
  const refused = report.entries.some((e) => e.status === 'refused')
  return { text, code: refused || errors.length ? 1 : 0 }
}
