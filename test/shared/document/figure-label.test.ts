// The text pane names where a figure is printed by the set the book is laid out with: a second
// province's header over 表十一's column, and a table the set adds (the standard set has no 表十四).
import { describe, expect, it } from 'vitest'
import { figureLabel } from '../../../shared/document/figure-label'
import { Derivation } from '../../../shared/engine/derivation'
import { bookFromPublished } from '../../../shared/import/from-published'
import { seedDisclosure } from '../../support/fixtures'
import { PROVINCE_GP_HEADER, PROVINCE_TABLES } from '../tables/province-set'

describe('figure labels through a set', () => {
  it('use the set\'s own header texts and its added tables', () => {
    const d = new Derivation(bookFromPublished(seedDisclosure('000'), '000.json').book, PROVINCE_TABLES)
    expect(figureLabel({ table: 't11', row: 'total', col: 'gp' }, d.tables, d.layouts, 2026)).toBe(`表十一 部门合计 · ${PROVINCE_GP_HEADER}`)
    expect(figureLabel({ table: 't14', row: 'current', col: 'gp' }, d.tables, d.layouts, 2026)).toBe('表十四 本年项目支出 · 一般公共预算')
  })
})
