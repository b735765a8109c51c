// One entry point for the text pane: a `field` run's path (shared/explanation/types.ts) and the
// text the clerk typed there become the matching disclosure edit, so the pane needs no table of
// its own. Paths that stand for several fields (disclosure.procurement …) are refused with a
// message naming the fields to fill.
import type { BudgetBook } from '../model/book'
import { assetsDateText, PROCUREMENT_KINDS, REASON_IDS, STANDARD_GLOSSARY, UNIT_KIND_NAMES, VEHICLE_KINDS, type ProcurementKind, type ReasonId, type UnitKindCount, type VehicleKind } from '../model/disclosure'
import { PRIOR_HEADLINES } from '../model/prior'
import {
  setAssetsDate, setClerkText, setEquipmentCount, setGlossaryEntry, setOfficeArea, setPerformanceAmount, setPriorFigure, setProcurement,
  setReason, setUnitCount, setVehicles, type ClerkText,
} from './disclosure'
import { refuse, type EditResult } from './result'

const TEXTS: readonly ClerkText[] = ['duties', 'organization', 'purchaseCatalog', 'otherNotes']

export function setDisclosureField(book: BudgetBook, path: string, value: string): EditResult {
  const [root, a = '', b = '', c = ''] = path.split('.')
  if (root === 'prior' && a === 'figures' && b in PRIOR_HEADLINES) return setPriorFigure(book, b, value)
  if (root !== 'disclosure') return refuse('这一处不能在说明中直接修改')
  if (TEXTS.includes(a as ClerkText) && !b) return setClerkText(book, a as ClerkText, value)
  if (a === 'reasons' && (REASON_IDS as readonly string[]).includes(b)) return setReason(book, b as ReasonId, value)
  if (a === 'procurement' && (PROCUREMENT_KINDS as readonly string[]).includes(b)) return setProcurement(book, b as ProcurementKind, value)
  if (a === 'performance' && (b === 'basic' || b === 'project')) return setPerformanceAmount(book, b, value)
  if (a === 'unitCounts' && b in UNIT_KIND_NAMES) return setUnitCount(book, b as UnitKindCount, value)
  if (a === 'assets') {
    if (b === 'asOf') return setAssetsDate(book, value)
    if (b === 'officeArea') return setOfficeArea(book, value)
    if (b === 'equipment50' || b === 'equipment100') return setEquipmentCount(book, b, value)
    const which = path.split('.')[4]
    if (b === 'vehicles' && (VEHICLE_KINDS as readonly string[]).includes(c) && (which === 'quota' || which === 'actual')) return setVehicles(book, c as VehicleKind, which, value)
  }
  if (a === 'glossary' && /^\d+$/.test(b)) {
    const m = /^(.+?)[：:](.*)$/su.exec(value.trim())
    if (!m) return refuse('名词解释应写成“名词：解释”')
    return setGlossaryEntry(book, Number(b), { term: m[1]!, text: m[2]! })
  }
  if (a === 'procurement') return refuse('请分别填写政府采购的货物、工程、服务预算')
  if (a === 'performance') return refuse('请分别填写整体绩效目标涉及的基本支出和项目支出')
  if (a === 'assets' && b === 'vehicles') return refuse('请按七类分别填写公务用车的编制数和实有数')
  return refuse('这一处不能在说明中直接修改')
}

/** What the clerk typed at a leaf path, as an edit box shows it; '' when empty; undefined: not editable here. */
export function readDisclosureField(book: BudgetBook, path: string): string | undefined {
  const [root, a = '', b = '', c = '', d = ''] = path.split('.')
  const f = book.disclosure
  if (root === 'prior' && a === 'figures' && b in PRIOR_HEADLINES) return book.prior?.figures[b] ?? ''
  if (root !== 'disclosure') return undefined
  if (TEXTS.includes(a as ClerkText) && !b) return f?.[a as ClerkText] ?? ''
  if (a === 'reasons' && (REASON_IDS as readonly string[]).includes(b)) return f?.reasons?.[b as ReasonId] ?? ''
  if (a === 'procurement' && (PROCUREMENT_KINDS as readonly string[]).includes(b)) return f?.procurement?.[b as ProcurementKind] ?? ''
  if (a === 'performance' && (b === 'basic' || b === 'project')) return f?.performance?.[b] ?? ''
  if (a === 'unitCounts' && b in UNIT_KIND_NAMES) return String(f?.unitCounts?.[b as UnitKindCount] ?? '')
  // The date the text states, typed or not (clearing it returns to 12-31 of last year).
  if (a === 'assets' && b === 'asOf') return assetsDateText(f?.assets?.asOf, book.year)
  if (a === 'assets' && b === 'officeArea') return f?.assets?.officeArea ?? ''
  if (a === 'assets' && (b === 'equipment50' || b === 'equipment100')) return String(f?.assets?.[b] ?? '')
  if (a === 'assets' && b === 'vehicles' && (VEHICLE_KINDS as readonly string[]).includes(c) && (d === 'quota' || d === 'actual')) {
    return String(f?.assets?.vehicles?.[c as VehicleKind]?.[d] ?? '')
  }
  if (a === 'glossary' && /^\d+$/.test(b)) {
    const g = (f?.glossary ?? STANDARD_GLOSSARY)[Number(b)]
    return g ? `${g.term}：${g.text}` : undefined
  }
  return undefined
}
