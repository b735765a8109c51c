// After 汇总单位文件: per file what came in (汇总 / 替换) and what was refused, by cell; each
// unit's own check results; the department's units no file has come in for yet.
import type { ConsolidationReport } from '../../shared/consolidate/consolidate'
import { editText } from '../../shared/consolidate/hand-edits'
import { closeModal } from './modal-store'
import { Dialog } from './Dialog'

const STATUS = { accepted: '已汇总', replaced: '已替换', refused: '已退回' } as const
const STATUS_BADGE = { accepted: 'info', replaced: 'warning', refused: 'error' } as const
const SEVERITY = { info: '说明', warning: '注意', error: '错误' } as const

export function ConsolidationDialog({ report }: { report: ConsolidationReport }) {
  const came = report.entries.filter((e) => e.status !== 'refused').length
  const refused = report.entries.length - came
  return (
    <Dialog
      title={`汇总报告：${report.department} ${report.year}年`}
      name="consolidation-report"
      wide
      onClose={closeModal}
      footer={<button type="button" className="primary" data-autofocus onClick={closeModal}>关闭</button>}
    >
      <p>
        共 {report.entries.length} 个文件：{came} 个已汇总{refused ? `，${refused} 个被退回（未汇总其中任何数字，请单位改正后重新报送）` : ''}。
        {came ? '汇总结果可以撤销（Ctrl+Z）。' : ''}
      </p>
      <ul className="report-notes consolidation-entries">
        {report.entries.map((e, i) => (
          <li key={i} data-entry={e.source} data-status={e.status}>
            <span className={`badge ${STATUS_BADGE[e.status]}`}>{STATUS[e.status]}</span>
            <strong>{e.source}</strong>{e.units.length ? `（${e.units.join('、')}）` : ''}
            {e.status !== 'refused' && (
              <span className="unit-checks">
                {e.checks.messages.length ? `\u3000本单位审核：${e.checks.errors} 个错误，${e.checks.warnings} 个警告` : '\u3000本单位审核：全部通过'}
              </span>
            )}
            {(e.lines.length > 0 || e.checks.messages.length > 0) && (
              <ul className="report-notes">
                {e.lines.map((l, j) => (
                  <li key={j}>
                    <span className={`badge ${l.severity}`}>{SEVERITY[l.severity]}</span>
                    {l.sheet ? `${l.sheet}${l.cell ? ` ${l.cell}` : ''}：` : ''}{l.message}
                  </li>
                ))}
                {e.checks.messages.map((m, j) => (
                  <li key={`c${j}`}><span className={`badge ${m.severity}`}>审核</span>{m.message}</li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ul>
      {report.edits.length > 0 && (
        <>
          <p>上次汇总后在本部门预算中手工修改的金额（{report.edits.filter((e) => e.kept).length} 处保留，{report.edits.filter((e) => !e.kept).length} 处由单位重报的数取代；单位：{report.amountUnit}）：</p>
          <ul className="report-notes consolidation-edits">
            {report.edits.map((e, i) => (
              <li key={i} data-kept={e.kept}>
                <span className={`badge ${e.kept ? 'info' : 'warning'}`}>{e.kept ? '保留' : '取代'}</span>
                {editText(e)}
              </li>
            ))}
          </ul>
        </>
      )}
      {report.missing.length > 0 && <p>尚未报送的单位：{report.missing.join('、')}</p>}
      {report.notes.map((n, i) => <p key={i}>注：{n}</p>)}
    </Dialog>
  )
}
