// The question dialog (ask), 新建, 关于.
import { useState } from 'react'
import { closeModal, type Modal } from './modal-store'
import { Dialog, ConfirmFooter } from './Dialog'
import { newBookFromForm } from '../commands'
import { enterKey } from '../ime-keys'

export function AskDialog({ modal }: { modal: Extract<Modal, { kind: 'ask' }> }) {
  return (
    <Dialog
      title={modal.title}
      name="ask"
      onClose={() => modal.resolve(null)}
      footer={modal.buttons.map((b) => (
        <button
          key={b.id}
          type="button"
          data-answer={b.id}
          data-autofocus={b.primary ? true : undefined}
          className={b.danger ? 'danger' : b.primary ? 'primary' : ''}
          onClick={() => modal.resolve(b.id)}
        >
          {b.label}
        </button>
      ))}
    >
      <p className="ask-message">{modal.message}</p>
      {modal.detail && <p className="form-note">{modal.detail}</p>}
    </Dialog>
  )
}

export function NewDialog() {
  const [department, setDepartment] = useState('')
  const [year, setYear] = useState(new Date().getFullYear() + 1)
  const [scope, setScope] = useState<'部门' | '单位'>('部门')
  const [error, setError] = useState('')
  const create = (): void => {
    if (!department.trim()) return setError('请输入部门名称')
    if (!Number.isInteger(year) || year < 2000 || year > 2100) return setError('年度应为 2000 到 2100 之间的整数')
    newBookFromForm(department, year, scope)
    closeModal()
  }
  return (
    <Dialog
      title="新建预算"
      name="new"
      onClose={closeModal}
      footer={<ConfirmFooter label="新建" onConfirm={create} onCancel={closeModal} />}
    >
      <div className="form-grid">
        <label>部门名称</label>
        <input data-autofocus autoFocus aria-label="部门名称" value={department} onChange={(e) => setDepartment(e.target.value)} style={{ width: 320 }} onKeyDown={(e) => enterKey(e) && create()} />
        <label>预算年度</label>
        <input aria-label="预算年度" type="number" value={year} onChange={(e) => setYear(Number(e.target.value))} style={{ width: 100 }} />
        <label>公开类型</label>
        <select aria-label="公开类型" value={scope} onChange={(e) => setScope(e.target.value as '部门' | '单位')}>
          <option value="部门">部门预算公开</option>
          <option value="单位">单位预算公开</option>
        </select>
      </div>
      {error && <p className="form-error">{error}</p>}
      <p className="form-note">新建后可在“基本信息”中添加下属单位；如有上年的预算书或公开表，可用“结转”生成本年预算。</p>
    </Dialog>
  )
}

export function AboutDialog() {
  return (
    <Dialog title="关于 预算公开表" name="about" onClose={closeModal} footer={<button type="button" className="primary" data-autofocus onClick={closeModal}>确定</button>}>
      <p>预算公开表：编制部门预算公开的 13 张标准表，实时审核勾稽关系，导出正式的 Excel 公开表。</p>
      <p className="form-note">金额以“分”为单位精确计算，不使用浮点数。表中灰色单元格由计算得出，白色单元格为录入单元格。</p>
    </Dialog>
  )
}

