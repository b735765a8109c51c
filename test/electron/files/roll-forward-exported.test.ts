// 结转 from the app's own export of a book read from a published workbook with a 尾差 (seed 000:
// 一般公共预算 印 18,530.54, recomputed 18,530.55). The export prints the recomputed 18,530.55 —
// the app never prints `asPublished` — so if that export is what was published, 18,530.54 is a
// figure the published file does not carry, and next year's text must not compare with it.
import { describe, expect, it } from 'vitest'
import { exportWorkbook } from '../../../electron/xlsx/export'
import { readWorkbookFile } from '../../../electron/xlsx/read-any'
import { rollForwardOpened } from '../../../electron/files/documents'
import { publishedPriorId } from '../../../shared/model/prior'
import { printedFigures } from '../../../shared/inspect/printed-figures'
import { readSeedWorkbook } from '../../support/seed-workbooks'

describe('结转 from the app’s own export of a book that once read a 尾差 workbook', () => {
  it('compares with what that export prints, not with the older workbook’s figure', async () => {
    const read = await readSeedWorkbook('000.xlsx')
    expect(read.book.asPublished?.gp).toEqual({ printed: '18530.54', computed: '18530.55' })
    const exported = await readWorkbookFile(Buffer.from(await exportWorkbook(read.book)), '2026-导出.xlsx')
    // The export is read back unchanged (its embedded book, no report) …
    expect(exported.report).toBeNull()
    // … and prints the recomputed 一般公共预算.
    expect(printedFigures(exported.book).cents('t2', 'total', 'gp')).toBe(1853055n)
    const rolled = rollForwardOpened({ path: null, source: '2026-导出.xlsx', book: exported.book, report: exported.report }, false)
    expect(rolled.prior!.figures.gp).toBe('18530.55')
    expect(rolled.prior!.figures[publishedPriorId('gp')]).toBeUndefined()
  })
})
