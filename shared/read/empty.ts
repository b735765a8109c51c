// A table the workbook does not contain is read as printed empty, so the book still has all 13.
import type { PublishedTables } from '../import/published'
import type { PublishedTableId } from '../tables/ids'
import { FUNCTION_CLASSES } from '../catalog/classes'

export function emptyTable<K extends PublishedTableId>(id: K): PublishedTables[K] {
  return emptyTables()[id]
}

function emptyTables(): PublishedTables {
  const q = () => ({ total: null, gp: null, gf: null, soe: null })
  const t = () => ({ total: null, current: null, carry: null })
  return {
    t1: {
      income: { gp: null, gf: null, soe: null, sp: null, unit: null }, incomeTotal: null, carryIn: null, grandIncome: null,
      expenditure: FUNCTION_CLASSES.map((c) => ({ seq: c.seq, name: c.name, ...t() })),
      expTotal: t(), yearEndCarry: t(), grandExp: t(), noData: true,
    },
    t2: { rows: [], noData: true },
    t3: { rows: [], noData: true },
    t4: {
      income: { gp: null, gf: null, soe: null }, incomeTotal: null, carry: q(), grandIncome: null,
      expenditure: FUNCTION_CLASSES.map((c) => ({ seq: c.seq, name: c.name, ...q() })),
      expTotal: q(), yearEndCarry: q(), grandExp: q(), noData: true,
    },
    t5: { rows: [], noData: true },
    t6: { rows: [], noData: true },
    t7: { rows: [], noData: true },
    t8: { rows: [], noData: true },
    t9: { income: [], expenditure: [], noData: true },
    t10: { rows: [], noData: true },
    t11: { rows: [], noData: true },
    t12: { rows: [], projectCount: 0, noData: true },
    t13: { rows: [], projectCount: 0, noData: true },
  }
}
