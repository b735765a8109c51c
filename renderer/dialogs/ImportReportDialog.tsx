// After opening an .xlsx: what the reader found, and every printed figure that differs from
// its recomputed value — the causes (印刷有误, 尾差) before what only follows them — with what
// 审核 finds across the tables. A row leads to its cell; the report can be reopened from the
// menu (视图 → 导入报告…) for as long as the book is open.
import { countKinds, DIFFERENCE_KINDS, FOLLOWS_MEANS, type PrintedDifference, type ReportNote } from '../../shared/import/report'
import type { Derivation } from '../../shared/engine/derivation'
import { shortName, type TableSet } from '../../shared/tables/table-set'
import { useBook, showImportReport, jumpTo, setView } from '../store/book-store'
import { Dialog } from './Dialog'
import { groupedDecimal } from '../../shared/model/money'

const SEVERITY = { info: '说明', warning: '注意', error: '错误' } as const
/** Where a difference arises (a residue, a table printed wrong) is listed before what only inherits it. */
const ORDER = { mismatch: 0, residue: 1, follows: 2 } as const
const NOTE_ORDER = { error: 0, warning: 1, info: 2 } as const

/** The grid cell that shows a difference, if the book still has it. */
function cellOf(d: PrintedDifference, derivation: Derivation): { row: string; col: string } | null {
  if (!d.ref) return null
  const at = derivation.locations.get(d.ref)?.find((l) => l.table === d.table)
  return at ? { row: at.row, col: at.col } : null
}

/** A figure as the report quotes it, grouped by thousands as the grid prints it: 万元 like the tables, or marked 元 where the file printed that table in 元. */
const figure = (value: string | null, d: PrintedDifference): string => (value === null ? '（空）' : d.unit ? `${groupedDecimal(value)} ${d.unit}` : groupedDecimal(value))

function summary(differences: readonly PrintedDifference[], linked = true): string {
  if (differences.length === 0) return '表中印出的数字与重新计算的结果全部一致。'
  const { mismatch: mismatches, residue: residues, follows } = countKinds(differences)
  const parts = [
    mismatches ? `${mismatches} 处印刷有误（某张表漏印或印错）` : '',
    residues ? `${residues} 处尾差（合计与其印出的组成数相差，多为四舍五入所致）` : '',
    follows ? (mismatches + residues ? `其余 ${follows} 处` : '都') + `只是随之不同（${FOLLOWS_MEANS}）` : '',
  ]
  return `有 ${differences.length} 处印出的数字与重新计算的结果不同：${parts.filter(Boolean).join('；')}。见下表${linked ? '，点击一行可转到该单元格' : ''}。`
}

function Notes({ notes, tables }: { notes: readonly ReportNote[]; tables: TableSet }) {
  const sorted = [...notes].sort((a, b) => NOTE_ORDER[a.severity] - NOTE_ORDER[b.severity])
  return (
    <ul className="report-notes">
      {sorted.map((n, i) => (
        <li key={i} className={n.severity}>
          <span className={`badge ${n.severity}`}>{SEVERITY[n.severity]}</span>
          {n.table ? `${shortName(tables, n.table)}：` : ''}
          {n.message}
        </li>
      ))}
    </ul>
  )
}

export function ImportReportDialog() {
  const report = useBook((s) => s.importReport)
  const shown = useBook((s) => s.reportShown)
  const derivation = useBook((s) => s.derivation)
  const findings = useBook((s) => s.findings)
  if (!report || !shown) return null
  const close = (): void => showImportReport(null)
  const differences = [...report.differences].sort((a, b) => ORDER[a.kind] - ORDER[b.kind])
  const errors = findings.filter((f) => f.severity === 'error').length
  const warnings = findings.length - errors
  // After 结转 the report is last year's file's: its figures are last year's, so a row does not
  // lead to this year's cell (which shows another year's amount, or none).
  const rolled = report.rolledForward
  const go = (d: PrintedDifference): void => {
    const at = cellOf(d, derivation)
    if (!at) return
    close()
    jumpTo(d.table, at.row, at.col)
  }
  return (
    <Dialog
      title={rolled ? `上年公开表的导入报告：${report.source}` : `导入报告：${report.source}`}
      name="import-report"
      wide
      onClose={close}
      footer={<button type="button" className="primary" data-autofocus onClick={close}>关闭</button>}
    >
      {rolled ? (
        <p data-rolled>
          这是结转所读的 {rolled.fromYear} 年公开表的导入报告，下列数字都是 {rolled.fromYear} 年的，供核对上年数之用；当前是结转生成的 {rolled.toYear} 年预算。
          {summary(differences, false)}
        </p>
      ) : (
        <p>已从公开表读取数据，并重新计算了所有合计与汇总数。{summary(differences)}</p>
      )}
      <p className={errors ? 'report-checks has-errors' : 'report-checks'} data-errors={errors}>
        {rolled ? `${rolled.toYear} 年预算：` : ''}
        {errors
          ? `审核发现 ${errors} 个错误（表与表之间不一致）${warnings ? `、${warnings} 条提示` : ''}，导出前请逐条核对。`
          : warnings
            ? `审核未发现错误，有 ${warnings} 条提示。`
            : '审核未发现错误。'}
        {findings.length > 0 && (
          <button type="button" className="link-button" onClick={() => (close(), setView('checks'))}>查看审核</button>
        )}
      </p>
      {report.notes.length > 0 && <Notes notes={report.notes} tables={derivation.tables} />}
      {differences.length > 0 && (
        <div className="report-table-wrap">
          <table className="plain-table report-table">
            <thead>
              <tr>
                <th>类型</th>
                <th>表</th>
                <th>行</th>
                <th>列</th>
                <th className="num">印出数</th>
                <th className="num">计算数</th>
              </tr>
            </thead>
            <tbody>
              {differences.map((d, i) => {
                const linked = !rolled && cellOf(d, derivation) !== null
                return (
                  <tr
                    key={i}
                    className={`kind-${d.kind}${linked ? ' linked' : ''}`}
                    onClick={linked ? () => go(d) : undefined}
                    onKeyDown={linked ? (e) => e.key === 'Enter' && go(d) : undefined}
                    tabIndex={linked ? 0 : undefined}
                    title={linked ? '转到此单元格' : undefined}
                  >
                    <td>{DIFFERENCE_KINDS[d.kind]}</td>
                    <td>{shortName(derivation.tables, d.table)}</td>
                    <td>{d.row}</td>
                    <td>{d.column}</td>
                    <td className="num">{figure(d.printed, d)}</td>
                    <td className="num">{figure(d.computed, d)}</td>
                  </tr>
                )
              })}
            </tbody>
          </table>
        </div>
      )}
      <p className="report-hint">关闭后可从菜单“视图 → 导入报告…”再次打开。</p>
    </Dialog>
  )
}
