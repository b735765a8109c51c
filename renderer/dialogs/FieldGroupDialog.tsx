// The parts of a total the 公开文本 states (政府采购 by kind, 整体绩效目标 by 基本/项目 支出, 公务用车
// by kind and 编制/实有): one box per leaf field, saved together as one undo step; a refused value
// keeps the form open with the toast saying why.
import { useState } from 'react'
import { fieldGroup, setFieldGroup } from '../../shared/edit'
import { applyEdit, useBook } from '../store/book-store'
import { enterKey } from '../ime-keys'
import { closeModal } from './modal-store'
import { ConfirmFooter, Dialog } from './Dialog'

export function FieldGroupDialog({ field }: { field: string }) {
  // The form starts from the book as it is when opened.
  const [group] = useState(() => fieldGroup(useBook.getState().derivation.book, field))
  const [values, setValues] = useState<Record<string, string>>(() => Object.fromEntries(group?.rows.flatMap((r) => r.fields.map((f) => [f.field, f.value])) ?? []))
  if (!group) return null
  const save = (): void => {
    const book = useBook.getState().derivation.book
    const result = setFieldGroup(book, values)
    if (result.ok && result.book === book) return closeModal()
    if (applyEdit(result, `填写${group.title}`)) closeModal()
  }
  return (
    <Dialog title={`填写${group.title}`} name="field-group" onClose={closeModal} footer={<ConfirmFooter label="确定" onConfirm={save} onCancel={closeModal} />}>
      <table className="field-group" data-group={field}>
        <thead>
          <tr>
            <th />
            {group.columns.map((c) => <th key={c}>{c}</th>)}
          </tr>
        </thead>
        <tbody>
          {group.rows.map((row, i) => (
            <tr key={row.label}>
              <th scope="row">{row.label}</th>
              {row.fields.map((f, j) => (
                <td key={f.field}>
                  <input
                    data-field={f.field}
                    data-autofocus={i === 0 && j === 0 ? true : undefined}
                    autoFocus={i === 0 && j === 0}
                    aria-label={`${row.label}${group.columns[j]}`}
                    inputMode="decimal"
                    value={values[f.field] ?? ''}
                    onChange={(e) => setValues({ ...values, [f.field]: e.target.value })}
                    onKeyDown={(e) => enterKey(e) && save()}
                  />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <p className="form-note">{group.note}</p>
    </Dialog>
  )
}
