// The window's own toolbar (the native menu offers the same commands).
import { useBook, isDirty, undo, redo, reopenImportReport } from '../store/book-store'
import { canRedo, canUndo } from '../store/history'
import { newBook, openFile, save, saveAs, exportXlsx, rollForward, fileName } from '../commands'

export function TopBar() {
  const history = useBook((s) => s.history)
  const dirty = useBook((s) => isDirty(s))
  const path = useBook((s) => s.path)
  const source = useBook((s) => s.source)
  const department = useBook((s) => s.derivation.book.department)
  const year = useBook((s) => s.derivation.book.year)
  const hasReport = useBook((s) => s.importReport !== null)
  const name = fileName(path) || (source ? `${fileName(source)}（未保存为预算书）` : '未保存的新预算')
  return (
    <header className="topbar" role="toolbar" aria-label="文件">
      <div className="brand">预算公开表</div>
      <button type="button" onClick={() => void newBook()} data-cmd="new">新建</button>
      <button type="button" onClick={() => void openFile()} data-cmd="open">打开</button>
      <button type="button" onClick={() => void save()} data-cmd="save">保存</button>
      <button type="button" onClick={() => void saveAs()} data-cmd="save-as">另存为</button>
      <button type="button" onClick={() => void exportXlsx()} data-cmd="export-xlsx">导出Excel</button>
      <button type="button" onClick={() => void rollForward()} data-cmd="roll-forward">结转</button>
      <span className="sep" />
      <button type="button" onClick={undo} disabled={!canUndo(history)} title="撤销（Ctrl+Z）" data-cmd="undo">撤销</button>
      <button type="button" onClick={redo} disabled={!canRedo(history)} title="恢复（Ctrl+Y）" data-cmd="redo">恢复</button>
      <div className="doc-state">
        <span className="doc-name" title={path ?? source ?? ''}>{department || '（未命名部门）'} {year}年 · {name}</span>
        {hasReport && <button type="button" className="link-button" onClick={reopenImportReport} data-cmd="import-report">导入报告</button>}
        {dirty ? <span className="dirty" data-dirty="true">● 未保存</span> : <span className="saved">已保存</span>}
      </div>
    </header>
  )
}
