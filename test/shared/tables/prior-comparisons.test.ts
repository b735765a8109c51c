// 上年数对比 (after 结转): a 表六 class, a unit's 表十二 合计 and the totals compare with last
// year's published figures even when lines or projects were deleted since; a book rolled before
// class and unit totals were stored compares them with the rows still there, as before.
import { describe, expect, it } from 'vitest'
import * as edit from '../../../shared/edit'
import type { EditResult } from '../../../shared/edit'
import type { BudgetBook } from '../../../shared/model/book'
import { rollForward } from '../../../shared/rollover/roll-forward'
import { STANDARD_TABLES } from '../../../shared/tables'
import { priorByEcon, priorByProject, priorTotal } from '../../../shared/tables/prior-comparisons'
import { Derivation } from '../../../shared/engine/derivation'
import { cellId } from '../../../shared/tables/cell-ids'
import { inputKey } from '../../../shared/model/keys'
import { sampleBook } from '../../electron/support/sample-book'

const ok = (r: EditResult): BudgetBook => {
  if (!r.ok) throw new Error(r.message)
  return r.book
}

describe('上年数 of groups of rows', () => {
  const last = sampleBook()
  const d = new Derivation(last)
  const lastYear = (table: 't6' | 't12', row: string): bigint => d.value(cellId(table, row, 'total')) as bigint
  const rolled = rollForward(last, { keepAmounts: true })

  it('a 表六 class and the total keep last year\'s figure after a line is deleted and another added', () => {
    const gone = rolled.econ.find((e) => e.deptCode === '30101')!
    const after = ok(edit.addEconLine(ok(edit.removeEconLine(rolled, gone.id)), '30216'))
    for (const book of [rolled, after]) {
      expect(priorByEcon.prior(book, 'k:301')).toBe(lastYear('t6', 'k:301'))
      expect(priorByEcon.prior(book, 'k:302')).toBe(lastYear('t6', 'k:302'))
      expect(priorByEcon.prior(book, 'total')).toBe(lastYear('t6', 'total'))
    }
    const fresh = after.econ.find((e) => e.deptCode === '30216')!
    expect(priorByEcon.prior(after, `e:${fresh.id}`)).toBe(0n)
  })

  it('a unit\'s 表十二 合计 and the department\'s keep last year\'s figure after a project is deleted', () => {
    const gone = rolled.projects.find((p) => p.kind === 'current' && p.unitId === 'u1')!
    const after = ok(edit.removeProject(rolled, gone.id))
    for (const book of [rolled, after]) {
      expect(priorByProject.prior(book, 'u:u1')).toBe(lastYear('t12', 'u:u1'))
      expect(priorByProject.prior(book, 'dept')).toBe(lastYear('t12', 'dept'))
    }
  })

  it('a book rolled before group totals were stored sums the rows still there', () => {
    const figures = Object.fromEntries(Object.entries(rolled.prior!.figures).filter(([id]) => !id.startsWith('econClass:') && !id.startsWith('prjUnit:')))
    const older: BudgetBook = { ...rolled, prior: { ...rolled.prior!, figures } }
    expect(priorByEcon.prior(older, 'k:301')).toBe(lastYear('t6', 'k:301'))
    const gone = older.econ.find((e) => e.deptCode === '30101')!
    const after = ok(edit.removeEconLine(older, gone.id))
    expect(priorByEcon.prior(after, 'k:301')).toBe(lastYear('t6', 'k:301') - (d.value(inputKey.econ(gone.id)) as bigint))
  })
})

describe('上年数 of 表十 item by item', () => {
  const last = sampleBook()
  const d = new Derivation(last)
  const rolled = rollForward(last, { keepAmounts: false })
  const rows = ['abroad', 'reception', 'vehicle', 'vehiclePurchase', 'vehicleOps', 'total']
  // The comparison the 表十 spec declares, the one the grid's 上年数对比 columns show.
  const priorByThreePublic = STANDARD_TABLES.all.find((t) => t.id === 't10')!.prior!

  it('each "三公" row shows last year\'s figure of that row, the one the 情况说明 (七) compares with', () => {
    for (const row of rows) expect(priorByThreePublic.prior(rolled, row), row).toBe(d.value(cellId('t10', row, 'total')))
    // The sample (万元) has two items with amounts, 8 and 48: the comparison is not only of the 合计.
    expect(priorByThreePublic.prior(rolled, 'reception')).toBe(8_000_000n)
    expect(priorByThreePublic.prior(rolled, 'vehicleOps')).toBe(48_000_000n)
    expect(priorByThreePublic.prior(rolled, 'vehicle')).toBe(48_000_000n)
  })

  it('follows a 上年数 the clerk corrected in the text pane (prior.figures threePublic:reception)', () => {
    const corrected = ok(edit.setPriorFigure(rolled, 'threePublic:reception', '9'))
    expect(priorByThreePublic.prior(corrected, 'reception')).toBe(9_000_000n)
  })

  it('表十一 stores only the 部门合计: its units have no 上年数 row by row', () => {
    expect(priorTotal('runningCosts').prior(rolled, 'u:u1')).toBeNull()
    expect(priorTotal('runningCosts').prior(rolled, 'total')).toBe(d.value(cellId('t11', 'total', 'total')))
  })
})

