// 结转 of a published workbook that carries a 尾差 (seed 000: 21011 印 175.55, its parts 175.56):
// last year's headlines as the workbook printed them are what was published, so they are kept as
// the published 上年数 beside the exact ones, and next year's text compares with them (clerk8 #1:
// the text said 一般公共预算 "与上年预算数相同" against a published figure 0.01 lower).
import { afterAll, describe, expect, it } from 'vitest'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { readAny, rollForwardOpened, writeNative } from '../../../electron/files/documents'
import { priorRefs } from '../../../shared/rollover/prior-figures'
import { toFen } from '../../../shared/model/money'
import { PRIOR_HEADLINES, publishedPriorId } from '../../../shared/model/prior'
import { buildDisclosure, plainText } from '../../../shared/explanation'
import { fenToString } from '../../../shared/model/money'
import { readSeedWorkbook } from '../../support/seed-workbooks'

describe('结转 of a published workbook with a 尾差', async () => {
  const read = await readSeedWorkbook('000.xlsx')
  const opened = { path: null, source: '000.xlsx', book: read.book, report: read.report }
  const rolled = rollForwardOpened(opened, true)
  // What the workbook printed where it differs from the book, by engine ref (its import differences).
  const printed = new Map(read.report!.differences.filter((d) => d.ref && d.printed !== null).map((d) => [d.ref!, toFen(d.printed!, '万元')]))
  const headlines = [...priorRefs(read.book)].filter(([id]) => Object.hasOwn(PRIOR_HEADLINES, id))

  it('keeps each headline the workbook printed otherwise as its published 上年数, and no other', () => {
    const moved = headlines.filter(([, ref]) => printed.has(ref))
    expect(moved.map(([id]) => id)).toContain('gp')
    for (const [id, ref] of headlines) {
      const p = printed.get(ref)
      expect(rolled.prior!.figures[publishedPriorId(id)], id).toBe(p === undefined ? undefined : fenToString(p, read.book.amountUnit))
    }
    expect(rolled.prior!.figures[publishedPriorId('gp')]).toBe('18530.54')
    expect(rolled.prior!.figures.gp).toBe('18530.55')
  })

  it('next year’s text compares the 一般公共预算 with the published 18,530.54, not the recomputed 18,530.55', () => {
    const text = buildDisclosure(rolled).explanation.map(plainText).join('\n')
    const sentence = text.split(/[。；\n]/).find((s) => s.includes('一般公共预算当年') && s.includes('18,530.55'))
    expect(sentence, text.slice(0, 400)).toBeDefined()
    expect(sentence).toMatch(/增加0\.01万元/)
  })
})

describe('结转 of the same workbook saved as a .ysb first (clerk9 #2)', async () => {
  const read = await readSeedWorkbook('000.xlsx')
  const dir = await mkdtemp(join(tmpdir(), 'ysb-route-'))
  afterAll(() => rm(dir, { recursive: true, force: true }))

  it('the book carries the headlines as published, and a .ysb keeps them', async () => {
    expect(read.book.asPublished?.gp).toEqual({ printed: '18530.54', computed: '18530.55' })
    const path = join(dir, '2026.ysb')
    await writeNative(path, read.book)
    const reopened = await readAny(path)
    expect(reopened.report).toBeNull()
    expect(reopened.book.asPublished).toEqual(read.book.asPublished)
  })

  it('rolls forward to the very same 上年数 as the workbook itself, so next year\'s text says the same', async () => {
    const path = join(dir, 'same.ysb')
    await writeNative(path, read.book)
    const viaYsb = rollForwardOpened(await readAny(path), false)
    const direct = rollForwardOpened({ path: null, source: '000.xlsx', book: read.book, report: read.report }, false)
    expect(viaYsb.prior).toEqual(direct.prior)
    expect(viaYsb.prior!.figures[publishedPriorId('gp')]).toBe('18530.54')
    expect(viaYsb.asPublished).toBeUndefined()
  })

  it('lets a published headline go once the book no longer computes what it computed when read', () => {
    const book = structuredClone(read.book)
    const line = book.subjects.find((s) => s.basic.gp)!
    line.basic.gp = fenToString(toFen(line.basic.gp!, '万元') + toFen('1', '万元'), '万元')
    const rolled = rollForwardOpened({ path: null, source: 'x.ysb', book, report: null }, false)
    expect(rolled.prior!.figures[publishedPriorId('gp')]).toBeUndefined()
    expect(rolled.prior!.figures.gp).toBe('18531.55')
  })
})
