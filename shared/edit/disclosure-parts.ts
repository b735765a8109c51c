// The figures of the text that are added up from parts the clerk types (政府采购 by kind, 整体绩效目标
// by 基本/项目 支出, 公务用车 by kind and 编制/实有): a total is never typed, so clicking it (or the
// group's line in the missing list, or its 公开检查 finding) opens a small form of the group's leaf
// fields, saved together as one undo step through the same leaf edits as typing in place.
import type { BudgetBook } from '../model/book'
import { PROCUREMENT_KINDS, PROCUREMENT_NAMES, VEHICLE_KINDS, VEHICLE_NAMES } from '../model/disclosure'
import { readDisclosureField, setDisclosureField } from './disclosure-field'
import { done, type EditResult } from './result'

export interface GroupField {
  /** The leaf path, as in the text's runs. */
  field: string
  /** What is typed there now ('' when empty). */
  value: string
}

export interface FieldGroup {
  title: string
  /** One heading per column of fields ("编制数（辆）"). */
  columns: string[]
  rows: { label: string; fields: GroupField[] }[]
  /** How the text reads what is left empty. */
  note: string
}

/** The aggregate path whose parts are the projects' 绩效类别 (set per project, not as a leaf). */
export const PROJECT_PERF_FIELD = 'projects.perf'

/** The form of an aggregate path of the text; undefined for a leaf or anything else. */
export function fieldGroup(book: BudgetBook, path: string): FieldGroup | undefined {
  const row = (label: string, fields: string[]): FieldGroup['rows'][number] => ({ label, fields: fields.map((field) => ({ field, value: readDisclosureField(book, field) ?? '' })) })
  if (path === 'disclosure.procurement') {
    return {
      title: '政府采购预算',
      columns: ['预算（万元）'],
      rows: PROCUREMENT_KINDS.map((k) => row(`政府采购${PROCUREMENT_NAMES[k]}预算`, [`disclosure.procurement.${k}`])),
      note: '总额由三类相加。填了任一类后，留空的类别在说明中印为 0 万元。',
    }
  }
  if (path === 'disclosure.performance') {
    return {
      title: '整体绩效目标涉及的资金',
      columns: ['金额（万元）'],
      rows: [row('基本支出', ['disclosure.performance.basic']), row('项目支出', ['disclosure.performance.project'])],
      note: '合计由两项相加；两项都填时说明分别写出基本支出和项目支出，只填一项时只写合计。',
    }
  }
  if (path === 'disclosure.assets.vehicles') {
    return {
      title: '公务用车编制数和实有数',
      columns: ['编制数（辆）', '实有数（辆）'],
      rows: VEHICLE_KINDS.map((k) => row(VEHICLE_NAMES[k], [`disclosure.assets.vehicles.${k}.quota`, `disclosure.assets.vehicles.${k}.actual`])),
      note: '说明写编制总数、实有总数和各类的实有数（总数由各类相加）。一栏中填了任一类后，该栏留空的类别印为 0 辆。',
    }
  }
  return undefined
}

/**
 * The leaf fields `values` names set to what the form holds, as one edit; refused as a whole (the
 * book unchanged) at the first value a leaf refuses, with that leaf's message.
 */
export function setFieldGroup(book: BudgetBook, values: Record<string, string>): EditResult {
  let b = book
  for (const [field, value] of Object.entries(values)) {
    if ((readDisclosureField(b, field) ?? '') === value.trim()) continue
    const r = setDisclosureField(b, field, value)
    if (!r.ok) return r
    b = r.book
  }
  return done(b)
}
