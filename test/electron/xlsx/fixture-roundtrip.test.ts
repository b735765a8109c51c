// Issue acceptance for Excel in and out, on the three published fixtures: each imports,
// exports 13 tables whose detail rows are the published ones and whose every subtotal,
// total and cross-table figure adds up exactly (re-read from the visible tables alone, the
// export shows no difference between any printed figure and its recomputed value), and
// export → import gives back the identical book.
import { describe, it, expect } from 'vitest'
import { readFileSync } from 'node:fs'
import { readWorkbookFile } from '../../../electron/xlsx/read-any'
import { exportWorkbook } from '../../../electron/xlsx/export'
import { readPublishedWorkbook } from '../../../electron/xlsx/read-published'
import { bookFromPublished } from '../../../shared/import/from-published'
import type { PublishedTables } from '../../../shared/import/published'
import { SEEDS, fixturePath, seedJson } from '../../support/fixtures'

/** The detail rows of the printed tables: what a clerk typed, as opposed to what adds up. */
function detailRows(t: PublishedTables): unknown {
  const leaf = <R extends { level: string }>(rows: readonly R[], level: string): R[] => rows.filter((r) => r.level === level)
  const nonZero = <R extends object>(rows: readonly R[], keys: (keyof R)[]): R[] => rows.filter((r) => keys.some((k) => r[k] !== null))
  return {
    t2: nonZero(leaf(t.t2.rows, '项'), ['gp', 'gf', 'soe', 'sp', 'unit', 'carry']),
    t6: nonZero(leaf(t.t6.rows, 'item'), ['total']).map(({ deptEcon, govEcon, total }) => ({ deptEcon, govEcon, total })),
    t7: leaf(t.t7.rows, '项'),
    t10: t.t10.rows.filter((r) => !/及运行费|合计/.test(r.item)),
    t12: leaf(t.t12.rows, 'project'),
    t13: leaf(t.t13.rows, 'project'),
  }
}

describe.each(SEEDS)('fixture %s', (seed) => {
  it('exports tables that hold the published detail rows and add up exactly, and reopens to the same book', async () => {
    const imported = await readWorkbookFile(readFileSync(fixturePath(`${seed}.xlsx`)), `${seed}.xlsx`)
    const exported = await exportWorkbook(imported.book)

    // The visible tables alone, read as any published workbook would be.
    const visible = await readPublishedWorkbook(exported, `${seed}-export.xlsx`)
    const rebuilt = bookFromPublished(visible, `${seed}-export.xlsx`)
    expect(rebuilt.report.differences).toEqual([])
    const published = seedJson(seed).normalized
    expect(detailRows(visible.tables)).toEqual(detailRows(published))
    expect(leaf5(visible.tables)).toEqual(leaf5(published))

    // The embedded book comes back without loss — but for the headlines the seed printed off its
    // details (asPublished): the export prints them as computed, and 结转 from it compares with that.
    const reopened = await readWorkbookFile(exported, `${seed}-export.xlsx`)
    const { asPublished: _, ...expected } = imported.book
    expect(reopened.book).toEqual(expected)
    expect(reopened.report).toBeNull()
  })
})

/** 表五's 项 rows with money (表五 is where 一般公共预算 基本/项目 is typed). */
function leaf5(t: PublishedTables): unknown {
  return t.t5.rows.filter((r) => r.level === '项' && (r.basic !== null || r.project !== null)).map(({ code, basic, project }) => ({ code, basic, project }))
}
