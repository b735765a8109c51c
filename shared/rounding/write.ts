// Writing many amounts into a book at once. engine/inputs.ts's writeAmount copies the line list
// on every call, which is quadratic for a department with thousands of projects; this groups
// the new amounts by line first and copies each list once. Same key format, same spelling of
// amounts (zero removes the entry) as writeAmount.
import type { BudgetBook, ByFiscal, BySource } from '../model/book'
import { fenToString, type Fen } from '../model/money'
import { writeAmount } from '../engine/inputs'
import { PARTS } from '../model/keys'

type Patch = Map<string, string>

function patched<T extends BySource | ByFiscal>(amounts: T, patch: Patch | undefined): T {
  if (!patch) return amounts
  const next = { ...amounts } as Record<string, string>
  for (const [source, text] of patch) {
    if (text === '') delete next[source]
    else next[source] = text
  }
  return next as T
}

/** A new book with every amount in `values` (input key → 分) written; unknown kinds go through writeAmount. */
export function writeAmounts(book: BudgetBook, values: ReadonlyMap<string, Fen>): BudgetBook {
  const text = (fen: Fen): string => (fen === 0n ? '' : fenToString(fen, book.amountUnit))
  const byLine = new Map<string, Patch>()
  const patch = (line: string, field: string, fen: Fen): void => {
    let p = byLine.get(line)
    if (!p) byLine.set(line, (p = new Map()))
    p.set(field, text(fen))
  }
  let rest = book
  for (const [key, fen] of values) {
    const [kind, a = '', b = '', c = ''] = key.split('|')
    if (kind === 'sub') patch(`sub|${a}|${b}`, c, fen)
    else if (kind === 'prj') patch(`prj|${a}`, b, fen)
    else if (kind === 'econ' || kind === 'rev7' || kind === 'rev9') patch(`${kind}|${a}`, 'amount', fen)
    else rest = writeAmount(rest, key, fen) // 表十, 表十一: a handful of cells
  }
  const field = { b: 'basic', p: 'project', c: 'carry' } as const
  const subjects = rest.subjects.map((s) => {
    let line = s
    for (const part of PARTS) {
      const p = byLine.get(`sub|${s.code}|${part}`)
      if (p) line = { ...line, [field[part]]: patched(line[field[part]], p) }
    }
    return line
  })
  const projects = rest.projects.map((p) => {
    const patch = byLine.get(`prj|${p.id}`)
    return patch ? { ...p, amounts: patched(p.amounts, patch) } : p
  })
  const scalar = <T extends { amount: string }>(kind: string, id: (l: T) => string) => (l: T): T => {
    const v = byLine.get(`${kind}|${id(l)}`)?.get('amount')
    return v === undefined ? l : { ...l, amount: v }
  }
  return {
    ...rest,
    subjects,
    projects,
    econ: rest.econ.map(scalar('econ', (e) => e.id)),
    govFundRevenue: rest.govFundRevenue.map(scalar('rev7', (r) => r.code)),
    soeRevenue: rest.soeRevenue.map(scalar('rev9', (r) => r.code)),
  }
}

