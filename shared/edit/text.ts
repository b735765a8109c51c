// Editing a name in the grid: the row's text key (shared/engine/keys.ts textKey) says which
// book field the text belongs to.
import type { BudgetBook } from '../model/book'
import { renameSubject } from './subjects'
import { renameProject } from './projects'
import { renameUnit } from './units'
import { renameEconDept, renameEconGov } from './econ'
import { renameRevenueLine } from './revenue'
import { refuse, type EditResult } from './result'

export function setText(book: BudgetBook, key: string, text: string): EditResult {
  const [name, kind, id = ''] = key.split('|')
  if (name !== 'name') return refuse('这一格不能修改')
  switch (kind) {
    case 'sub':
      return renameSubject(book, id, text)
    case 'prj':
      return renameProject(book, id, text)
    case 'unit':
      return renameUnit(book, id, text)
    case 'econd':
      return renameEconDept(book, id, text)
    case 'econg':
      return renameEconGov(book, id, text)
    case 'rev7':
      return renameRevenueLine(book, 't7', id, text)
    case 'rev9':
      return renameRevenueLine(book, 't9', id, text)
    default:
      return refuse('这一格不能修改')
  }
}

/** The current text behind a text key (for comparing before applying an edit). */
export function readText(book: BudgetBook, key: string): string | undefined {
  const [, kind, id = ''] = key.split('|')
  switch (kind) {
    case 'sub':
      return book.subjects.find((s) => s.code === id)?.name
    case 'prj':
      return book.projects.find((p) => p.id === id)?.name
    case 'unit':
      return book.units.find((u) => u.id === id)?.name
    case 'econd':
      return book.econ.find((e) => e.id === id)?.deptName
    case 'econg':
      return book.econ.find((e) => e.id === id)?.govName
    case 'rev7':
      return book.govFundRevenue.find((l) => l.code === id)?.name
    case 'rev9':
      return book.soeRevenue.find((l) => l.code === id)?.name
    default:
      return undefined
  }
}
