// The next 汇总 into a department that was already consolidated: a change of 金额单位 in
// between changes no unit's figures; the department's hand edits since the last 汇总 survive
// (a unit that did not re-send keeps them in its part, department-wide lines as adjustments),
// a re-sent unit's file replaces its own figures, and every one of them is listed.
import { describe, expect, it } from 'vitest'
import type { BudgetBook } from '../../../shared/model/book'
import { bookFromPublished } from '../../../shared/import/from-published'
import { Derivation } from '../../../shared/engine/derivation'
import { bookAmounts, writeAmount } from '../../../shared/engine/inputs'
import { inputKey } from '../../../shared/model/keys'
import { convertUnit } from '../../../shared/model/convert-unit'
import { formatAmount, toFen } from '../../../shared/model/money'
import { validateBook } from '../../../shared/model/validate'
import { consolidate, type UnitReturn } from '../../../shared/consolidate/consolidate'
import { rollForward } from '../../../shared/rollover/roll-forward'
import { priorId, priorValue } from '../../../shared/model/prior'
import { seedDisclosure } from '../../support/fixtures'

const seed = (s: '000' | '002'): BudgetBook => bookFromPublished(seedDisclosure(s), `${s}.xlsx`).book
const ret = (book: BudgetBook, source: string): UnitReturn => ({ source, book, identity: null, findings: [] })
// Two units of 孝义市城市管理局: its own 单位 book (seed 000), and seed 002's figures as a second unit.
const a: BudgetBook = { ...seed('000'), scope: '单位' }
const b: BudgetBook = { ...seed('002'), department: a.department, scope: '单位', year: a.year, units: [{ id: 'u1', name: '孝义市城市照明管理所', type: '事业' }] }
const dept = (): BudgetBook => consolidate({ ...a, units: [...a.units, { id: 'u2', name: b.units[0]!.name, type: '事业' }], consolidation: undefined }, [ret(a, 'a.ysb'), ret(b, 'b.ysb')]).book!
/** b corrected: its first subject's 基本支出 一般公共预算 +1 万元. */
const bFixed = (): BudgetBook => ({ ...b, subjects: b.subjects.map((s, i) => (i === 0 ? { ...s, basic: { ...s.basic, gp: String(Number(s.basic.gp ?? 0) + 1) } } : s)) })
const amount = (book: BudgetBook, key: string): bigint => bookAmounts(book).get(key) ?? 0n
const idOf = (book: BudgetBook, name: string): string => book.units.find((u) => u.name === name)!.id
const everyValue = (book: BudgetBook): Map<string, unknown> => new Map([...new Derivation(book).snapshot()].filter(([, v]) => typeof v === 'bigint'))

describe('汇总 after 金额单位 is switched', () => {
  it('万元 → 元: re-sending one unit leaves the others exactly ×10,000', () => {
    const yuan = convertUnit(dept(), '元')
    expect(yuan.consolidation!.parts[0]!.figures.projects[0]!.amounts.gp).toBe('8500000')
    const { book, report } = consolidate(yuan, [ret(bFixed(), 'b-改.ysb')])
    expect(book!.amountUnit).toBe('元')
    expect(report.edits).toEqual([])
    // The same figures (in 分) as 汇总 of a and the corrected b in 万元 from the start.
    const direct = consolidate(null, [ret(a, 'a.ysb'), ret(bFixed(), 'b-改.ysb')], { department: a.department }).book!
    expect(everyValue(book!)).toEqual(everyValue(direct))
    const t11 = inputKey.runningCost(idOf(book!, a.units[0]!.name), 'gp')
    expect(book!.runningCosts.find((r) => r.unitId === idOf(book!, a.units[0]!.name))!.amounts.gp).toBe('2322100')
    expect(amount(book!, t11)).toBe(toFen('232.21', '万元'))
    expect(validateBook(JSON.parse(JSON.stringify(book))).ok).toBe(true)
  })

  it('元 → 万元 with amounts that are not whole 万元: exact to the 分', () => {
    const aYuan: BudgetBook = { ...convertUnit(a, '元'), runningCosts: [{ unitId: 'u1', amounts: { gp: '38612.34' } }] }
    const start = consolidate({ ...convertUnit(a, '元'), units: [...a.units, { id: 'u2', name: b.units[0]!.name, type: '事业' }] }, [ret(aYuan, 'a.ysb'), ret(b, 'b.ysb')]).book!
    expect(start.amountUnit).toBe('元')
    const wan = convertUnit(start, '万元')
    expect(wan.consolidation!.parts[0]!.figures.runningCosts[0]!.amounts.gp).toBe('3.861234')
    const { book } = consolidate(wan, [ret(bFixed(), 'b-改.ysb')])
    const unitA = idOf(book!, a.units[0]!.name)
    expect(book!.runningCosts.find((r) => r.unitId === unitA)!.amounts.gp).toBe('3.861234')
    expect(amount(book!, inputKey.runningCost(unitA, 'gp'))).toBe(toFen('38612.34', '元'))
    // Every other figure of unit a: its projects, exactly as typed in 元.
    const mine = book!.projects.filter((x) => x.unitId === unitA)
    expect(mine.map((p) => [p.name, toFen(p.amounts.gp ?? '0', '万元')])).toEqual(aYuan.projects.map((p) => [p.name, toFen(p.amounts.gp ?? '0', '元')]))
  })
})

describe('a book saved by an earlier version, its parts left in the old 金额单位', () => {
  it('converts the parts when that alone explains the difference, and says so', () => {
    const start = dept()
    for (const [from, to] of [['万元', '元'], ['元', '万元']] as const) {
      const wrote = convertUnit(start, from)
      const legacy: BudgetBook = { ...convertUnit(wrote, to), consolidation: wrote.consolidation }
      const { book, report } = consolidate(legacy, [ret(bFixed(), 'b-改.ysb')])
      expect(report.notes).toContain(`此前汇总保存的各单位数据仍是改金额单位以前的${from}（旧版本未随之换算），本次已精确换算为${to}后汇总`)
      expect(report.edits).toEqual([])
      const direct = consolidate(null, [ret(a, 'a.ysb'), ret(bFixed(), 'b-改.ysb')], { department: a.department }).book!
      expect(everyValue(book!)).toEqual(everyValue(direct))
    }
  })
})

describe('the department’s hand edits at the next 汇总', () => {
  const start = dept()
  const unitA = idOf(start, a.units[0]!.name)
  const unitB = idOf(start, b.units[0]!.name)
  const onlyA = start.consolidation!.parts[0]!.figures.subjects.find((s) => s.basic.gp && !b.subjects.some((x) => x.code === s.code))!.code
  const project = start.projects.find((p) => p.unitId === unitA)!
  const keys = { subject: inputKey.subject(onlyA, 'b', 'gp'), project: inputKey.project(project.id, 'gp'), t11: inputKey.runningCost(unitA, 'gp'), t11b: inputKey.runningCost(unitB, 'gp') }
  const fen = (wan: string): bigint => toFen(wan, '万元')
  let edited = writeAmount(start, keys.subject, amount(start, keys.subject) + fen('9.4'))
  edited = writeAmount(edited, keys.project, fen('99'))
  edited = writeAmount(edited, keys.t11, fen('111.11'))
  edited = writeAmount(edited, keys.t11b, fen('5'))

  it('keeps 表五, 表十二 and 表十一 edits of a unit that did not re-send, and lists them', () => {
    const { book, report } = consolidate(edited, [ret(bFixed(), 'b-改.ysb')])
    expect(amount(book!, keys.subject)).toBe(amount(start, keys.subject) + fen('9.4'))
    expect(amount(book!, keys.project)).toBe(fen('99'))
    expect(amount(book!, keys.t11)).toBe(fen('111.11'))
    const kept = report.edits.filter((e) => e.kept)
    expect(kept.map((e) => e.table).sort()).toEqual(['表五', '表十一', '表十二'].sort())
    expect(kept.find((e) => e.table === '表十二')).toMatchObject({ before: '99.00', after: '99.00' })
    expect(kept.find((e) => e.table === '表十二')!.row).toContain(project.name)
    expect(kept.find((e) => e.table === '表十一')).toMatchObject({ row: expect.stringContaining(a.units[0]!.name), before: '111.11', after: '111.11', note: '此前汇总的单位数为 232.21，保留部门修改的数' })
    expect(kept.find((e) => e.table === '表五')!.note).toBe('比各单位汇总数多 9.40，此差额保留')
    // The re-sent unit's own figure is replaced by its file, and that is said too.
    expect(amount(book!, keys.t11b)).toBe(amount(start, keys.t11b))
    expect(report.edits.filter((e) => !e.kept)).toEqual([expect.objectContaining({ table: '表十一', before: '5.00', after: '70.51', row: expect.stringContaining(b.units[0]!.name) })])
    // The unit's correction itself came in.
    const bSubject = inputKey.subject(b.subjects[0]!.code, 'b', 'gp')
    expect(amount(book!, bSubject)).toBe(amount(edited, bSubject) + fen('1'))
  })

  it('keeps them again at the 汇总 after that (they live in the parts and the open book)', () => {
    const once = consolidate(edited, [ret(bFixed(), 'b-改.ysb')]).book!
    const { book, report } = consolidate(once, [ret(bFixed(), 'b-再改.ysb')])
    expect(amount(book!, keys.subject)).toBe(amount(start, keys.subject) + fen('9.4'))
    expect(amount(book!, keys.project)).toBe(fen('99'))
    expect(report.edits.map((e) => e.table)).toEqual(['表五'])
    expect(report.entries[0]!.lines.map((l) => l.message)).toContain('金额无变化：与此前汇总的文件相同')
  })

  it('does not count twice a correction the re-sent unit made too', () => {
    const bSubject = inputKey.subject(b.subjects[0]!.code, 'b', 'gp')
    const handFixed = writeAmount(start, bSubject, amount(start, bSubject) + fen('1'))
    const { book, report } = consolidate(handFixed, [ret(bFixed(), 'b-改.ysb')])
    expect(amount(book!, bSubject)).toBe(amount(start, bSubject) + fen('1'))
    expect(report.edits).toEqual([expect.objectContaining({ kept: false, note: '重报的单位文件已作同样的修改，不再另加' })])
    // A different change by the unit on the same line keeps the adjustment, with a warning.
    const handOther = writeAmount(start, bSubject, amount(start, bSubject) + fen('3'))
    const other = consolidate(handOther, [ret(bFixed(), 'b-改.ysb')])
    expect(amount(other.book!, bSubject)).toBe(amount(start, bSubject) + fen('4'))
    expect(other.report.edits[0]!.note).toContain('本次重报的单位也改动了这一行')
  })

  it('keeps a project the department deleted deleted, and a re-sent unit’s project is replaced by name', () => {
    const gone = start.projects.find((p) => p.unitId === unitA && p.kind === 'current')!
    const bProject = start.projects.find((p) => p.unitId === unitB && p.kind === 'current' && p.amounts.gp)!
    const added = { id: 'p999', unitId: unitA, name: '部门补录的项目', kind: 'current' as const, amounts: { gp: '3' } }
    let edited2: BudgetBook = { ...start, projects: [...start.projects.filter((p) => p !== gone), added] }
    edited2 = writeAmount(edited2, inputKey.project(bProject.id, 'gp'), fen('1'))
    const { book, report } = consolidate(edited2, [ret(bFixed(), 'b-改.ysb')])
    expect(book!.projects.filter((p) => p.unitId === unitA).map((p) => p.name)).toEqual(edited2.projects.filter((p) => p.unitId === unitA).map((p) => p.name))
    const line = (name: string) => report.edits.find((e) => e.row.includes(name))
    expect(line(gone.name)).toMatchObject({ kept: true, table: '表十二', after: '0.00', note: '部门删除的项目，保持删除' })
    expect(line(added.name)).toMatchObject({ kept: true, table: '表十二', before: '3.00', after: '3.00', note: '部门新增的项目，保留' })
    expect(book!.projects.find((p) => p.name === added.name)).toMatchObject({ unitId: unitA, amounts: { gp: '3' } })
    expect(line(bProject.name)).toMatchObject({ kept: false, table: '表十二', before: '1.00', after: formatAmount(fen(bProject.amounts.gp!), '万元') })
  })

  it('names a 表六 line renamed by hand, which the units’ files still carry under its old name', () => {
    const i = start.econ.findIndex((e) => Number(e.amount) > 0)
    const renamed: BudgetBook = { ...start, econ: start.econ.map((e, j) => (j === i ? { ...e, deptName: `${e.deptName}（改）` } : e)) }
    const { report } = consolidate(renamed, [ret(bFixed(), 'b-改.ysb')])
    expect(report.edits.map((e) => `${e.table} ${e.kept ? '保留' : '取代'}`).sort()).toEqual(['表六 保留', '表六 取代'])
    for (const e of report.edits) expect(e.note).toContain('疑为改了名称的行：单位文件中仍是原名称，两行会重复计算')
  })

  it('leaves a book without hand edits exactly as a fresh 汇总 would', () => {
    const { book, report } = consolidate(start, [ret(bFixed(), 'b-改.ysb')])
    expect(report.edits).toEqual([])
    expect(everyValue(book!)).toEqual(everyValue(consolidate(null, [ret(a, 'a.ysb'), ret(bFixed(), 'b-改.ysb')], { department: a.department }).book!))
  })
})

describe('汇总 in the year after 结转', () => {
  it('takes the rolled parts as the rolled book: no phantom hand edits, last year’s 上年结转 not brought back', () => {
    const start = dept()
    expect(start.subjects.some((s) => Object.keys(s.carry).length)).toBe(true)
    for (const keepAmounts of [true, false]) {
      const rolled = rollForward(start, { keepAmounts })
      const bNext: BudgetBook = { ...bFixed(), year: rolled.year, subjects: bFixed().subjects.map((s) => ({ ...s, carry: {} })), projects: b.projects.filter((p) => p.kind === 'current') }
      const { book, report } = consolidate(rolled, [ret(bNext, 'b-2027.ysb')])
      expect(report.edits, `keepAmounts ${keepAmounts}`).toEqual([])
      const unitA = idOf(book!, a.units[0]!.name)
      expect(book!.subjects.every((s) => Object.keys(s.carry).length === 0)).toBe(true)
      expect(book!.projects.filter((p) => p.unitId === unitA).map((p) => p.amounts)).toEqual(rolled.projects.filter((p) => p.unitId === unitA).map((p) => p.amounts))
    }
  })
})

describe('the first 汇总 after 结转: the report', () => {
  it('says the unit\'s new-year file replaces last year\'s figures carried forward, lists no change per figure, and names the units still to send', () => {
    const start = dept()
    const rolled = rollForward(start, { keepAmounts: false })
    // The parts remember the year they were read in, through a save and a reopen.
    expect(rolled.consolidation!.parts.map((p) => p.carriedFrom)).toEqual([start.year, start.year])
    const reopened = validateBook(JSON.parse(JSON.stringify(rolled)))
    expect(reopened.ok && reopened.book.consolidation!.parts[1]!.carriedFrom).toBe(start.year)
    const bNext: BudgetBook = { ...b, year: rolled.year, subjects: b.subjects.map((s) => ({ ...s, carry: {} })), projects: b.projects.filter((p) => p.kind === 'current') }
    const { book, report } = consolidate(rolled, [ret(bNext, 'b-新年度.ysb')])
    expect(report.entries[0]).toMatchObject({
      status: 'accepted',
      lines: [{ severity: 'info', message: `以该单位${rolled.year}年的文件取代结转时带入的上年数据（${start.year}年汇总的文件“b.ysb”）` }],
    })
    expect(report.missing).toEqual([a.units[0]!.name])
    // The part is this year's now: sending it again is a re-send, said as before.
    expect(book!.consolidation!.parts.map((p) => p.carriedFrom)).toEqual([start.year, undefined])
    const again = consolidate(book!, [ret(bNext, 'b-新年度-改.ysb')]).report
    expect(again.entries[0]).toMatchObject({ status: 'replaced', lines: [{ message: '替换此前汇总的文件“b-新年度.ysb”' }, { message: '金额无变化：与此前汇总的文件相同' }] })
  })

  it('refuses a carried year that is not a year', () => {
    const rolled = JSON.parse(JSON.stringify(rollForward(dept(), { keepAmounts: true })))
    rolled.consolidation.parts[0].carriedFrom = '去年'
    const result = validateBook(rolled)
    expect(result.ok ? [] : result.problems).toEqual(['汇总记录第 1 个文件（a.ysb）所记汇总的年度应为 2000–2100 之间的整数，现为文字“去年”'])
  })
})

describe('files that do not belong, new units, 公开类型', () => {
  it('refuses another department’s .ysb and changes nothing', () => {
    const other: BudgetBook = { ...b, department: '孝义市住房和城乡建设局', scope: '部门' }
    const { book, report } = consolidate(dept(), [ret(other, '住建局.ysb')])
    expect(book).toBeNull()
    expect(report.entries[0]!.status).toBe('refused')
    expect(report.entries[0]!.lines.at(-1)!.message).toBe('这是“孝义市住房和城乡建设局”的预算文件，不属于“孝义市城市管理局”，未汇总其中任何数字')
    // A unit's own 单位预算 named for a unit the department does not have: refused, with the way in.
    const selfNamed: BudgetBook = { ...b, department: '孝义市路灯管理所', units: [{ id: 'u1', name: '孝义市路灯管理所', type: '事业' }] }
    const r2 = consolidate(dept(), [ret(selfNamed, '路灯所.ysb')])
    expect(r2.book).toBeNull()
    expect(r2.report.entries[0]!.lines.at(-1)!.message).toContain('请先在“基本信息”中添加该单位再汇总')
    // Named for a unit the department has: that unit's file.
    const own: BudgetBook = { ...b, department: b.units[0]!.name }
    expect(consolidate(dept(), [ret(own, '照明所.ysb')]).report.entries[0]!.status).toBe('replaced')
  })

  it('names a unit the department did not have, and a 单位 book holding several units', () => {
    const misspelt: BudgetBook = { ...b, units: [{ id: 'u1', name: '孝义市城市照明管理处', type: '事业' }] }
    const { book, report } = consolidate(dept(), [ret(misspelt, '照明.ysb')])
    expect(report.entries[0]!.lines).toContainEqual({ severity: 'warning', message: '新增单位“孝义市城市照明管理处”：本部门原来没有这个单位，与已有单位“孝义市城市照明管理所”相近。如是已有单位改了名称或写错，这个单位会被重复计算，请撤销（Ctrl+Z），改正名称后再汇总' })
    expect(book!.units.map((u) => u.name)).toContain('孝义市城市照明管理处')
    expect(book!.scope).toBe('单位')
    expect(report.notes).toContain('本预算书的公开类型为单位预算公开，现有 3 个单位；如为部门预算公开，请在“基本信息”中把公开类型改为部门')
  })

  it('says what a first 汇总 into a book typed by hand replaces', () => {
    const typed: BudgetBook = { ...a, units: [...a.units, { id: 'u2', name: b.units[0]!.name, type: '事业' }] }
    expect(consolidate(typed, [ret(a, 'a.ysb'), ret(b, 'b.ysb')]).report.notes).toEqual([
      '本书原有的科目、经济科目、收入和三公经费金额已由各单位的汇总数取代',
      `“${a.units[0]!.name}”在本书中原有的项目和机关运行经费金额已由其报送文件中的数取代`,
      '本预算书的公开类型为单位预算公开，现有 2 个单位；如为部门预算公开，请在“基本信息”中把公开类型改为部门',
    ])
  })

  it('says on a first 汇总 with no unit list that names are taken as written', () => {
    const { report } = consolidate(null, [ret(a, 'a.ysb'), ret(b, 'b.ysb')], { department: a.department })
    expect(report.notes[0]).toContain(`没有原有的单位名单可以核对，单位按文件中的名称汇总：“${a.units[0]!.name}”、“${b.units[0]!.name}”`)
    expect(report.entries.flatMap((e) => e.lines)).toEqual([])
  })
})

describe('汇总: a re-sent unit\'s projects and their 上年数', () => {
  it('a project keeps its department id by name; a new project never takes the id (and 上年数) of one that is gone', () => {
    const start = dept()
    const unitB = idOf(start, b.units[0]!.name)
    const mineBefore = start.projects.filter((p) => p.unitId === unitB && p.kind === 'current')
    expect(mineBefore.length).toBeGreaterThan(1)
    const gone = mineBefore[0]!
    // 上年数 for every project of unit b, as a rolled-forward department carries them.
    const withPrior: BudgetBook = { ...start, prior: { year: start.year - 1, figures: Object.fromEntries(mineBefore.map((p, i) => [priorId.project(p.id), String(100 + i)])) } }
    // The unit's own file numbers its projects afresh (p1, p2 …), in another order, and the
    // first project was replaced by a new one.
    const current = b.projects.filter((p) => p.kind === 'current')
    const resent: BudgetBook = {
      ...b,
      projects: [...current.slice(1).reverse(), { ...current[0]!, name: '新增的项目' }, ...b.projects.filter((p) => p.kind === 'carry')].map((p, i) => ({ ...p, id: `p${i + 1}` })),
    }
    const { book } = consolidate(withPrior, [ret(resent, 'b-改.ysb')])
    const after = book!.projects.filter((p) => p.unitId === unitB && p.kind === 'current')
    for (const p of mineBefore.slice(1)) {
      const same = after.filter((x) => x.name === p.name)
      expect(same.map((x) => x.id), p.name).toContain(p.id)
      expect(priorValue(book!, priorId.project(p.id))).toBe(toFen(withPrior.prior!.figures[priorId.project(p.id)]!, start.amountUnit))
    }
    const added = after.find((p) => p.name === '新增的项目')!
    expect(start.projects.map((p) => p.id)).not.toContain(added.id)
    expect(priorValue(book!, priorId.project(added.id))).toBe(0n)
    expect(after.map((p) => p.id)).not.toContain(gone.id)
    expect(new Set(book!.projects.map((p) => p.id)).size).toBe(book!.projects.length)
  })
  it('a new project in a unit\'s file does not take the id of a project deleted since 结转, whose 上年数 the book still holds', () => {
    const start = dept()
    const unitB = idOf(start, b.units[0]!.name)
    const gone = start.projects.find((p) => p.unitId === unitB && p.kind === 'current')!
    // Rolled forward with 上年数, then the department deleted that project by hand.
    const rolled: BudgetBook = { ...start, prior: { year: start.year - 1, figures: { [priorId.project(gone.id)]: '300' } }, projects: start.projects.filter((p) => p.id !== gone.id) }
    // The unit dropped it too, and its file happens to number its new project as the department had numbered the old one.
    const resent: BudgetBook = { ...b, projects: [...b.projects.filter((p) => p.name !== gone.name), { id: gone.id, unitId: b.units[0]!.id, name: '今年新设的项目', kind: 'current', amounts: { gp: '15' } }] }
    const { book } = consolidate(rolled, [ret(resent, 'b-改.ysb')])
    const added = book!.projects.find((p) => p.name === '今年新设的项目')!
    expect(added.id).not.toBe(gone.id)
    expect(priorValue(book!, priorId.project(added.id))).toBe(0n)
  })
})

describe('汇总: a hand edit kept in a unit\'s part, then that unit re-sends', () => {
  it('the re-send replaces it by the file\'s figure and the report says so, old → new', () => {
    const start = dept()
    const unitB = idOf(start, b.units[0]!.name)
    const key = inputKey.runningCost(unitB, 'gp')
    const fileFigure = amount(start, key)
    expect(fileFigure).not.toBe(0n)
    // The department corrects b's 机关运行经费 by hand; a re-sent by a keeps it (in b's part).
    const edited = writeAmount(start, key, toFen('12.34', '万元'))
    const second = consolidate(edited, [ret(a, 'a-改.ysb')]).book!
    expect(amount(second, key)).toBe(toFen('12.34', '万元'))
    // Now b re-sends its own unchanged file: its figure comes back, and the report names the change.
    const { book, report } = consolidate(second, [ret(b, 'b-重报.ysb')])
    expect(amount(book!, key)).toBe(fileFigure)
    const lines = report.entries[0]!.lines.map((l) => l.message)
    expect(lines).toContain(`表十一 ${b.units[0]!.name} · 一般公共预算：12.34 → ${formatAmount(fileFigure, '万元')}（与此前汇总的数不同，以重报文件为准）`)
    expect(lines.some((l) => l.startsWith('金额无变化'))).toBe(false)
  })
})

describe('汇总: a re-sent unit\'s changed figures named whole', () => {
  it('names a project whose name holds "|" in full, old → new', () => {
    const named = '设备购置|维修（一期|二期）'
    const first = b.projects.find((p) => p.kind === 'current' && toFen(p.amounts.gp ?? '0', '万元') !== 0n)!
    const withBar: BudgetBook = { ...b, projects: b.projects.map((p) => (p === first ? { ...p, name: named } : p)) }
    const start = consolidate({ ...a, units: [...a.units, { id: 'u2', name: b.units[0]!.name, type: '事业' }] }, [ret(a, 'a.ysb'), ret(withBar, 'b.ysb')]).book!
    const was = toFen(first.amounts.gp!, '万元')
    const changed: BudgetBook = { ...withBar, projects: withBar.projects.map((p) => (p.name === named ? { ...p, amounts: { ...p.amounts, gp: '7.5' } } : p)) }
    const { report } = consolidate(start, [ret(changed, 'b-改.ysb')])
    expect(report.entries[0]!.lines.map((l) => l.message)).toEqual([
      '替换此前汇总的文件“b.ysb”',
      `表十二 ${b.units[0]!.name} ${named} · 一般公共预算：${formatAmount(was, '万元')} → 7.50（与此前汇总的数不同，以重报文件为准）`,
    ])
    // The same file again: nothing changed, said once.
    expect(consolidate(start, [ret(withBar, 'b-同.ysb')]).report.entries[0]!.lines.map((l) => l.message)).toEqual(['替换此前汇总的文件“b.ysb”', '金额无变化：与此前汇总的文件相同'])
  })
})
