// Editing a name in the grid: the row's text key (shared/engine/keys.ts textKey) says which
// book field the text belongs to. A 类/款 row's name goes to book.subjectNames.
import type { BudgetBook } from '../model/book'
import { renameSubject, subjectGroupName } from './subjects'
import { renameProject } from './projects'
import { renameUnit } from './units'
import { renameEconDept, renameEconGov } from './econ'
import { renameRevenueLine, revenueGroupName } from './revenue'
import { refuse, type EditResult } from './result'
import { nameProblem } from '../model/limits'

export function setText(book: BudgetBook, key: string, text: string): EditResult {
  const [name, kind, id = ''] = key.split('|')
  if (name !== 'name') return refuse('这一格不能修改')
  // Every rename in the grid passes here: a name must fit a printed cell.
  const tooLong = nameProblem(text)
  if (tooLong) return refuse(tooLong)
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
      return id.length === 7 ? book.subjects.find((s) => s.code === id)?.name : subjectGroupName(book, id)
    case 'prj':
      return book.projects.find((p) => p.id === id)?.name
    case 'unit':
      return book.units.find((u) => u.id === id)?.name
    case 'econd':
      return book.econ.find((e) => e.id === id)?.deptName
    case 'econg':
      return book.econ.find((e) => e.id === id)?.govName
    case 'rev7':
      return id.length === 7 ? book.govFundRevenue.find((l) => l.code === id)?.name : revenueGroupName(book, id)
    case 'rev9':
      return id.length === 7 ? book.soeRevenue.find((l) => l.code === id)?.name : revenueGroupName(book, id)
    default:
      return undefined
  }
}
