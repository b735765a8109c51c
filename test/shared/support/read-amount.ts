// The per-key reader of a book's amounts: parse the input key, find the line, read the amount.
// The engine reads a whole book at once (shared/engine/inputs.ts bookAmounts); this second,
// independent reading is the tests' oracle for what every input cell must hold.
import type { BudgetBook, BySource, FiscalSourceId, SourceId, T10Item } from '../../../shared/model/book'
import { toFen, type Fen } from '../../../shared/model/money'
import { keyParts, type Part } from '../../../shared/model/keys'

export interface BookIndex {
  subjects: Map<string, BudgetBook['subjects'][number]>
  projects: Map<string, BudgetBook['projects'][number]>
  econ: Map<string, BudgetBook['econ'][number]>
  rev7: Map<string, BudgetBook['govFundRevenue'][number]>
  rev9: Map<string, BudgetBook['soeRevenue'][number]>
  running: Map<string, BudgetBook['runningCosts'][number]>
}

export function indexBook(book: BudgetBook): BookIndex {
  return {
    subjects: new Map(book.subjects.map((s) => [s.code, s])),
    projects: new Map(book.projects.map((p) => [p.id, p])),
    econ: new Map(book.econ.map((e) => [e.id, e])),
    rev7: new Map(book.govFundRevenue.map((r) => [r.code, r])),
    rev9: new Map(book.soeRevenue.map((r) => [r.code, r])),
    running: new Map(book.runningCosts.map((r) => [r.unitId, r])),
  }
}

const PART_FIELD = { b: 'basic', p: 'project', c: 'carry' } as const

/** The stored text of the amount at `key` ('' when absent). Unknown keys read as ''. */
export function readAmountText(book: BudgetBook, idx: BookIndex, key: string): string {
  const [kind, a = '', b = '', c = ''] = keyParts(key)
  switch (kind) {
    case 'sub': {
      const line = idx.subjects.get(a)
      const field = PART_FIELD[b as Part]
      return ((line?.[field] as BySource | undefined)?.[c as SourceId]) ?? ''
    }
    case 'econ':
      return idx.econ.get(a)?.amount ?? ''
    case 'rev7':
      return idx.rev7.get(a)?.amount ?? ''
    case 'rev9':
      return idx.rev9.get(a)?.amount ?? ''
    case 't10':
      return book.threePublic[a as T10Item]?.[b as FiscalSourceId] ?? ''
    case 't11':
      return idx.running.get(a)?.amounts[b as FiscalSourceId] ?? ''
    case 'prj':
      return idx.projects.get(a)?.amounts[b as SourceId] ?? ''
    default:
      return ''
  }
}

export function readAmount(book: BudgetBook, idx: BookIndex, key: string): Fen {
  return toFen(readAmountText(book, idx, key), book.amountUnit)
}

