// Renders the one open modal.
import { useModal } from './modal-store'
import { AskDialog, NewDialog, AboutDialog } from './SmallDialogs'
import { SubjectPicker } from './SubjectPicker'
import { EconPicker } from './EconPicker'
import { ProjectDialog } from './ProjectDialog'
import { RevenueDialog } from './RevenueDialog'
import { ConsolidationDialog } from './ConsolidationDialog'
import { TemplateDialog } from './TemplateDialog'
import { FieldGroupDialog } from './FieldGroupDialog'
import { ProjectPerfDialog } from './ProjectPerfDialog'

export function ModalHost() {
  const modal = useModal((s) => s.modal)
  if (!modal) return null
  switch (modal.kind) {
    case 'ask':
      return <AskDialog modal={modal} />
    case 'subject':
      return <SubjectPicker />
    case 'econ':
      return <EconPicker />
    case 'project':
      return <ProjectDialog projectKind={modal.projectKind} />
    case 'revenue':
      return <RevenueDialog which={modal.which} />
    case 'new':
      return <NewDialog />
    case 'about':
      return <AboutDialog />
    case 'template':
      return <TemplateDialog />
    case 'consolidation':
      return <ConsolidationDialog report={modal.report} />
    case 'field-group':
      return <FieldGroupDialog field={modal.field} />
    case 'project-perf':
      return <ProjectPerfDialog />
  }
}
