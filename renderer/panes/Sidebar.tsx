// The left pane: 基本信息, the document set's published tables with their open problems, its
// entry sheets, 公开文本, 审核.
import { useBook, setView, type ViewId } from '../store/book-store'
import { useDisclosure } from './use-disclosure'

function Item({ view, label, count, errors = 0, title }: { view: ViewId; label: string; count?: number; errors?: number; title?: string }) {
  const current = useBook((s) => s.view)
  return (
    <button type="button" className={current === view ? 'nav-item active' : 'nav-item'} onClick={() => setView(view)} title={title} data-view={view}>
      <span className="nav-label">{label}</span>
      {count ? (
        <span className={errors ? 'nav-count' : 'nav-count hint'} title={errors ? `${errors} 个错误${count > errors ? `、${count - errors} 个提示` : ''}` : `${count} 个提示`}>{count}</span>
      ) : null}
    </button>
  )
}

export function Sidebar() {
  const counts = useBook((s) => s.problemCounts)
  const errorCounts = useBook((s) => s.errorCounts)
  const findings = useBook((s) => s.findings)
  const year = useBook((s) => s.derivation.book.year)
  const tables = useBook((s) => s.derivation.tables)
  const current = useBook((s) => s.view)
  const errors = findings.filter((f) => f.severity === 'error').length
  const disclosure = useDisclosure().disclosure
  const missing = disclosure?.missing.length ?? 0
  return (
    <nav className="sidebar" aria-label="表格">
      <Item view="info" label="基本信息" />
      <div className="nav-group">公开表</div>
      {tables.published.map((t) => (
        <Item key={t.id} view={t.id} label={`${t.short}  ${shortTitle(t.title(year), year)}`} title={t.title(year)} count={counts[t.id]} errors={errorCounts[t.id]} />
      ))}
      <div className="nav-group">录入</div>
      {tables.all.filter((t) => t.internal).map((t) => (
        <Item key={t.id} view={t.id} label={`${t.short}（录入）`} count={counts[t.id]} errors={errorCounts[t.id]} title={t.entry?.about ?? t.entry?.hint} />
      ))}
      <div className="nav-group">公开文件</div>
      <button type="button" className={current === 'text' ? 'nav-item active' : 'nav-item'} onClick={() => setView('text')} data-view="text" title="概况、情况说明、名词解释：由公开表生成的文字和图表">
        <span className="nav-label">公开文本</span>
        {!disclosure ? null : missing ? <span className="nav-count warn" title={`${missing} 处未填写`}>{missing}</span> : <span className="nav-ok">齐全</span>}
      </button>
      <div className="nav-group">检查</div>
      <button type="button" className={current === 'checks' ? 'nav-item active' : 'nav-item'} onClick={() => setView('checks')} data-view="checks">
        <span className="nav-label">审核</span>
        {findings.length ? (
          <span className={errors ? 'nav-count' : 'nav-count hint'}>{findings.length}</span>
        ) : (
          <span className="nav-ok">通过</span>
        )}
      </button>
    </nav>
  )
}

/** '2026年预算收支总表' → '预算收支总表', without the parenthesised note. */
function shortTitle(title: string, year: number): string {
  return title.replace(`${year}年`, '').replace(/（.*）$/, '')
}
