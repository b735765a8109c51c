// Printed amounts are 万元 with two decimals ('4,203.71', '65.00', null for an empty cell).
import { toFen, fenToString, type AmountUnit, type Fen } from '../model/money'
import type { Printed } from './published'

export function printedFen(p: Printed | undefined): Fen {
  if (p === null || p === undefined || p === '') return 0n
  return toFen(p.replace(/,/g, ''), '万元')
}

/** A printed 万元 figure as a book amount string in `unit` ('' for zero). */
export function printedToBook(p: Printed | undefined, unit: AmountUnit = '万元'): string {
  const fen = printedFen(p)
  return fen === 0n ? '' : fenToString(fen, unit)
}
