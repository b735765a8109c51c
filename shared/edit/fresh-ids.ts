// New units, projects and 表六 lines get ids that no figure of the book names: 上年数 are keyed by
// project and 表六 line id (model/prior.ts) and a 汇总's stored unit parts by the department's
// unit and project ids, so an id once used must not name a new item. (A project added after one
// was deleted took the deleted one's id, p4, and with it its 上年数 of 3,000,000.00 元.)
import type { BudgetBook } from '../model/book'
import { freshId } from './result'

/** The 上年数 keyed by each kind's id (model/prior.ts): a unit's is its 表十二 合计 (priorId.unitProjects). */
const PRIOR_PREFIX = { unit: 'prjUnit:', project: 'prj:', econ: 'econ:' } as const

/** Every id of that kind the book names: its items', its 上年数' and its 汇总 parts'. */
export function idsNamed(book: BudgetBook, kind: 'unit' | 'project' | 'econ'): Set<string> {
  const ids = new Set<string>()
  const parts = book.consolidation?.parts.map((p) => p.figures) ?? []
  if (kind === 'unit') {
    for (const figures of [book, ...parts]) {
      for (const u of figures.units) ids.add(u.id)
      for (const r of figures.runningCosts) ids.add(r.unitId)
      for (const p of figures.projects) ids.add(p.unitId)
    }
  } else for (const figures of [book, ...parts]) for (const item of kind === 'project' ? figures.projects : figures.econ) ids.add(item.id)
  const prefix = PRIOR_PREFIX[kind]
  for (const key of Object.keys(book.prior?.figures ?? {})) if (key.startsWith(prefix)) ids.add(key.slice(prefix.length))
  return ids
}

/** A new id for a unit ('u…'), a project ('p…') or a 表六 line ('e…') of `book`. */
export function newId(book: BudgetBook, kind: 'unit' | 'project' | 'econ'): string {
  return freshId(kind === 'unit' ? 'u' : kind === 'project' ? 'p' : 'e', idsNamed(book, kind))
}
