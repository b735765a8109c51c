// 生成填报表: which unit the fill-in workbook is for (or the whole book, one file), and whether
// the book's amounts go in as a starting point. Main asks where to write it.
import { useState } from 'react'
import { api, failureText } from '../api'
import { useBook, toast } from '../store/book-store'
import { closeModal } from './modal-store'
import { ConfirmFooter, Dialog } from './Dialog'

const WHOLE = ''

export function TemplateDialog() {
  const book = useBook((s) => s.derivation.book)
  const [unitId, setUnitId] = useState(WHOLE)
  const [keep, setKeep] = useState(false)
  const issue = async (): Promise<void> => {
    closeModal()
    try {
      const saved = await api().exportTemplate(book, unitId === WHOLE ? null : unitId, keep)
      if (saved) toast('success', `已生成填报表：${saved.path}`)
    } catch (error) {
      toast('error', failureText('生成填报表', error))
    }
  }
  return (
    <Dialog title="生成填报表" name="template" onClose={closeModal} footer={<ConfirmFooter label="生成…" onConfirm={() => void issue()} onCancel={closeModal} />}>
      <div className="form-grid">
        <label>填报单位</label>
        <select data-autofocus aria-label="填报单位" value={unitId} onChange={(e) => setUnitId(e.target.value)}>
          <option value={WHOLE}>全部单位（一个文件）</option>
          {book.units.map((u) => <option key={u.id} value={u.id}>{u.name}</option>)}
        </select>
        <label>金额</label>
        <span style={{ display: 'flex', alignItems: 'center', gap: 6 }}>
          <input type="checkbox" aria-label="以现有金额作为起点" checked={keep} onChange={(e) => setKeep(e.target.checked)} />
          以现有金额作为起点（否则金额留空）
        </span>
      </div>
      <p className="form-note">
        填报表列出全部功能科目、经济科目、收入科目和项目，单位只在白色单元格中填写金额，合计由公式计算；新增的科目或项目填在各表下方的空行中。
        单位报送后，用“文件 → 汇总单位文件…”读回。
      </p>
    </Dialog>
  )
}
