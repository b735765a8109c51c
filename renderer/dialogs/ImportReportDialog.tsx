// After opening an .xlsx: what the reader found, and every printed figure that differs from
// its recomputed value.
import { TABLE_SHORT } from '../../shared/tables/ids'
import { useBook, showImportReport } from '../store/book-store'
import { Dialog } from './Dialog'

const SEVERITY = { info: '说明', warning: '注意', error: '错误' } as const
/** Where a difference arises (a residue, a table printed wrong) is listed before what only inherits it. */
const KIND = { residue: '尾差', mismatch: '印刷有误', follows: '随之不同' } as const
const ORDER = { mismatch: 0, residue: 1, follows: 2 } as const

export function ImportReportDialog() {
  const report = useBook((s) => s.importReport)
  if (!report) return null
  const close = (): void => showImportReport(null)
  const { notes } = report
  const differences = [...report.differences].sort((a, b) => ORDER[a.kind] - ORDER[b.kind])
  const residues = differences.filter((d) => d.kind === 'residue').length
  const mismatches = differences.filter((d) => d.kind === 'mismatch').length
  const follows = differences.length - residues - mismatches
  return (
    <Dialog
      title={`导入报告：${report.source}`}
      name="import-report"
      wide
      onClose={close}
      footer={<button type="button" className="primary" data-autofocus onClick={close}>关闭</button>}
    >
      <p>
        已从公开表读取数据，并重新计算了所有合计与汇总数。
        {differences.length === 0
          ? '表中印出的数字与重新计算的结果全部一致。'
          : `有 ${differences.length} 处印出的数字与重新计算的结果不同：${[
              mismatches ? `${mismatches} 处印刷有误（某张表漏印或印错）` : '',
              residues ? `${residues} 处尾差（合计与其印出的组成数相差，多为四舍五入所致）` : '',
              follows ? `其余 ${follows} 处合计数只是随之不同（与其印出的组成数一致）` : '',
            ].filter(Boolean).join('；')}。见下表。`}
      </p>
      {notes.length > 0 && (
        <ul className="report-notes">
          {notes.map((n, i) => (
            <li key={i} className={n.severity}>
              <span className={`badge ${n.severity === 'info' ? 'info' : n.severity === 'warning' ? 'warning' : 'error'}`}>{SEVERITY[n.severity]}</span>
              {n.table ? `${TABLE_SHORT[n.table]}：` : ''}
              {n.message}
            </li>
          ))}
        </ul>
      )}
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
              {differences.map((d, i) => (
                <tr key={i} className={`kind-${d.kind}`}>
                  <td>{KIND[d.kind]}</td>
                  <td>{TABLE_SHORT[d.table]}</td>
                  <td>{d.row}</td>
                  <td>{d.column}</td>
                  <td className="num">{d.printed ?? '（空）'}</td>
                  <td className="num">{d.computed ?? '（空）'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Dialog>
  )
}
