// `check`: the consistency findings of the book (C1–C10, live in the app) plus what reading
// the file found (printed figures that differ from their recomputed value, reader notes).
import type { OpenedBook } from '../../shared/ipc-contract'
import { Derivation } from '../../shared/engine/derivation'
import { STANDARD_TABLES } from '../../shared/tables'
import { shortName } from '../../shared/tables/table-set'
import { countKinds, DIFFERENCE_KINDS, FOLLOWS_MEANS } from '../../shared/import/report'

export interface CheckOutput {
  file: string
  department: string
  year: number
  amountUnit: string
  checks: { id: string; severity: 'error' | 'warning'; message: string; cells: { table: string; row: string; col: string }[] }[]
  importReport: { table: string; row: string; column: string; printed: string | null; computed: string | null; unit?: '元'; kind: 'residue' | 'mismatch' | 'follows' }[]
  importNotes: { table?: string; cell?: string; severity: string; message: string }[]
  errors: number
  warnings: number
}

export function checkBook(opened: OpenedBook): CheckOutput {
  const { book, report } = opened
  const checks = new Derivation(book).findings().map((f) => ({ id: f.check, severity: f.severity, message: f.message, cells: f.cells }))
  const importReport = (report?.differences ?? []).map((d) => ({ table: d.table, row: d.row, column: d.column, printed: d.printed, computed: d.computed, ...(d.unit ? { unit: d.unit } : {}), kind: d.kind }))
  const importNotes = (report?.notes ?? []).map((n) => ({ ...(n.table ? { table: n.table } : {}), ...(n.cell ? { cell: n.cell } : {}), severity: n.severity, message: n.message }))
  // Differences between printed and recomputed figures are facts about the source file (often
  // 尾差), reported but not errors of the book; reader notes may be.
  const errors = checks.filter((c) => c.severity === 'error').length + importNotes.filter((n) => n.severity === 'error').length
  const warnings = checks.length + importNotes.length - errors - importNotes.filter((n) => n.severity === 'info').length
  return { file: opened.source, department: book.department, year: book.year, amountUnit: book.amountUnit, checks, importReport, importNotes, errors, warnings }
}

const SEVERITY = { error: '错误', warning: '警告', info: '说明' } as Record<string, string>

export function checkText(out: CheckOutput): string {
  const lines = [`文件：${out.file}（${out.department} ${out.year}年，金额单位：${out.amountUnit}）`]
  lines.push(out.checks.length ? `勾稽校验：${out.errors ? '' : '没有错误，'}共 ${out.checks.length} 条` : '勾稽校验：全部通过')
  for (const c of out.checks) lines.push(`  [${SEVERITY[c.severity]}] ${c.id} ${c.message}`)
  if (out.importReport.length) {
    // Where a difference arises comes first; figures that only inherit it are summed up after.
    const roots = out.importReport.filter((d) => d.kind !== 'follows')
    const { follows } = countKinds(out.importReport)
    const unit = out.importReport.some((d) => d.unit) ? '万元，标“（元）”的以元为单位，如原表所印' : '万元'
    // With no source among them (an edited export: the source is the edited cell, named below) they are all said to follow.
    lines.push(`读取时发现印刷数与计算数不符：${out.importReport.length} 处（单位：${unit}），${roots.length ? `其中 ${roots.length} 处是源头：` : `都只是随之不同（${FOLLOWS_MEANS}），用 --json 可查看全部`}`)
    for (const d of roots) {
      const table = shortName(STANDARD_TABLES, d.table)
      lines.push(`  [${DIFFERENCE_KINDS[d.kind]}] ${table} ${d.row} / ${d.column}：印刷 ${d.printed ?? '空'}，计算 ${d.computed ?? '空'}${d.unit ? `（${d.unit}）` : ''}`)
    }
    if (follows && roots.length) lines.push(`  另有 ${follows} 处只是随之不同（${FOLLOWS_MEANS}），用 --json 可查看全部`)
  }
  if (out.importNotes.length) {
    lines.push('读取说明：')
    for (const n of out.importNotes) lines.push(`  [${SEVERITY[n.severity] ?? n.severity}] ${n.message}`)
  }
  // The result is the book's (exit code 1 on its errors); what the file printed wrong is said beside it, not hidden behind "没有错误".
  const { mismatch: printedWrong, residue: residues } = countKinds(out.importReport)
  const inFile = [printedWrong ? `${printedWrong} 处印刷有误` : '', residues ? `${residues} 处尾差` : ''].filter(Boolean).join('、')
  const result = out.errors ? `结果：${out.errors} 个错误，${out.warnings} 个警告` : `结果：没有错误${out.warnings ? `，${out.warnings} 个警告` : ''}`
  lines.push(inFile ? `${result}；原表另有 ${inFile}（已按明细重新计算）` : result)
  return lines.join('\n') + '\n'
}
