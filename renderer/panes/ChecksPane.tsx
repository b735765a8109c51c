// 审核: every finding of the consistency checks; a click shows the table and the cell.
import { checkTitle, type Finding } from '../../shared/checks/checks'
import { shortName } from '../../shared/tables/table-set'
import { useBook, jumpTo } from '../store/book-store'
import { PublicationChecks } from './PublicationChecks'

function go(f: Finding): void {
  const cell = f.cells[0]
  if (cell) jumpTo(cell.table, cell.row, cell.col)
}

export function ChecksPane() {
  const findings = useBook((s) => s.findings)
  const tables = useBook((s) => s.derivation.tables)
  const sorted = [...findings].sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1))
  const errors = findings.filter((f) => f.severity === 'error').length
  return (
    <section className="checks-pane" aria-label="审核">
      <h1 className="pane-title">审核</h1>
      <h2 className="pane-subtitle">勾稽校验</h2>
      <p className="checks-summary">
        {findings.length === 0 ? (
          <span className="ok">全部勾稽关系成立，没有发现问题。</span>
        ) : (
          <>发现 <b className="err">{errors}</b> 个错误、<b className="warn">{findings.length - errors}</b> 个提示。点击一条问题可跳到相应的单元格。</>
        )}
      </p>
      <ul className="findings">
        {sorted.map((f, i) => (
          <li key={i}>
            <button type="button" className={`finding ${f.severity}`} onClick={() => go(f)} disabled={f.cells.length === 0} data-check={f.check}>
              <span className={`badge ${f.severity === 'error' ? 'error' : 'hint'}`}>{f.severity === 'error' ? '错误' : '提示'}</span>
              <span className="finding-check">{f.check} {checkTitle(f.check)}</span>
              <span className="finding-message">{f.message}</span>
              <span className="finding-where">{[...new Set(f.cells.map((c) => shortName(tables, c.table)))].join('、')}</span>
            </button>
          </li>
        ))}
      </ul>
      <PublicationChecks />
    </section>
  )
}
