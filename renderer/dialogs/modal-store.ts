// One modal at a time: a question with buttons (ask) or one of the app's small forms.
import { create } from 'zustand'
import type { Project } from '../../shared/model/book'
import type { RevenueTable } from '../../shared/edit/revenue'
import type { ConsolidationReport } from '../../shared/consolidate/consolidate'

export interface AskButton {
  id: string
  label: string
  primary?: boolean
  danger?: boolean
}

export type Modal =
  | { kind: 'ask'; title: string; message: string; detail?: string; buttons: AskButton[]; resolve: (id: string | null) => void }
  | { kind: 'subject' }
  | { kind: 'econ' }
  | { kind: 'project'; projectKind: Project['kind'] }
  | { kind: 'revenue'; which: RevenueTable }
  | { kind: 'new' }
  | { kind: 'about' }
  | { kind: 'consolidation'; report: ConsolidationReport }
  | { kind: 'template' }
  | { kind: 'field-group'; field: string }
  | { kind: 'project-perf' }

export const useModal = create<{ modal: Modal | null }>(() => ({ modal: null }))

export function openModal(modal: Modal): void {
  const current = useModal.getState().modal
  if (current?.kind === 'ask') current.resolve(null)
  useModal.setState({ modal })
}

export function closeModal(): void {
  useModal.setState({ modal: null })
}

/** Ask a question; resolves to the chosen button's id, or null when dismissed (Esc). */
export function ask(title: string, message: string, buttons: AskButton[], detail?: string): Promise<string | null> {
  return new Promise((resolve) => {
    openModal({
      kind: 'ask', title, message, detail, buttons,
      resolve: (id) => {
        closeModal()
        resolve(id)
      },
    })
  })
}

export async function confirm(title: string, message: string, ok = '确定', danger = false): Promise<boolean> {
  return (await ask(title, message, [{ id: 'cancel', label: '取消' }, { id: 'ok', label: ok, primary: !danger, danger }])) === 'ok'
}
