// Every derived cell is Σ plus − Σ minus over other cells, so each one is, in the end, a
// linear combination of input cells. Rounding works on those combinations: which inputs a
// printed figure adds up, and with which sign. Coefficients that cancel (表一's 当年预算安排 =
// 合计 − 上年结转) are dropped, so the expansion says what the figure really contains.
import type { RowDef, Formula } from '../tables/types'
import { isInputKey } from '../model/keys'

/** Input key → coefficient (never 0). */
export type Expansion = ReadonlyMap<string, number>

const EMPTY: Expansion = new Map()

export class Expander {
  private readonly formulas = new Map<string, Formula>()
  private readonly memo = new Map<string, Expansion>()

  constructor(layouts: ReadonlyMap<string, readonly RowDef[]>) {
    for (const rows of layouts.values()) {
      for (const row of rows) {
        for (const cell of Object.values(row.cells)) if (cell?.formula) this.formulas.set(cell.ref, cell.formula)
      }
    }
  }

  expand(ref: string): Expansion {
    if (isInputKey(ref)) return new Map([[ref, 1]])
    const known = this.memo.get(ref)
    if (known) return known
    const formula = this.formulas.get(ref)
    if (!formula) return EMPTY
    const out = new Map<string, number>()
    const add = (refs: readonly string[], sign: number): void => {
      for (const r of refs) {
        for (const [key, coef] of this.expand(r)) {
          const next = (out.get(key) ?? 0) + sign * coef
          if (next === 0) out.delete(key)
          else out.set(key, next)
        }
      }
    }
    add(formula.plus, 1)
    add(formula.minus ?? [], -1)
    this.memo.set(ref, out)
    return out
  }

  /** The sum of several refs (a check's right-hand side). */
  expandSum(refs: readonly string[]): Expansion {
    if (refs.length === 1) return this.expand(refs[0]!)
    const out = new Map<string, number>()
    for (const r of refs) {
      for (const [key, coef] of this.expand(r)) {
        const next = (out.get(key) ?? 0) + coef
        if (next === 0) out.delete(key)
        else out.set(key, next)
      }
    }
    return out
  }
}
