import { describe, it, expect } from 'vitest'
import fc from 'fast-check'
import { validateBook } from '../../../shared/model/validate'
import { emptyBook, type BudgetBook } from '../../../shared/model/book'
import { arbBook } from '../support/random-book'

/** A small valid book with three projects, the third named 城市建设. */
function book(): BudgetBook {
  const b = emptyBook('孝义市城市管理局', 2026)
  b.units.push({ id: 'u2', name: '环卫中心', type: '事业' })
  b.subjects.push({ code: '2120101', name: '行政运行', basic: { gp: '120.5' }, project: {}, carry: { gp: '3' } })
  b.econ.push({ id: 'e1', deptClass: '301', deptCode: '30101', deptName: '基本工资', govCode: '50101', govName: '工资奖金津补贴', amount: '80' })
  b.govFundRevenue.push({ code: '1030148', name: '国有土地使用权出让收入', amount: '' })
  b.threePublic.reception.gp = '1.2'
  b.runningCosts.push({ unitId: 'u1', amounts: { gp: '5' } })
  b.projects.push(
    { id: 'p1', unitId: 'u1', name: '道路维修', kind: 'current', amounts: { gp: '10' } },
    { id: 'p2', unitId: 'u2', name: '设备购置', kind: 'carry', subject: '2120101', amounts: { gp: '3' } },
    { id: 'p3', unitId: 'u2', name: '城市建设', kind: 'current', amounts: { gp: '1', uf: '2.25' } },
  )
  b.prior = { year: 2025, figures: { total: '100.5' } }
  return b
}

// The edits below poke arbitrary fields of a deliberately broken book.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Loose = Record<string, any>

/** The problems of `b` after `edit` (a deep copy is edited). */
function problemsAfter(edit: (b: Loose) => void, base: BudgetBook = book()): string[] {
  const b = structuredClone(base) as Loose
  edit(b)
  const r = validateBook(b)
  return r.ok ? [] : r.problems
}

describe('validateBook', () => {
  it('accepts a valid book and returns it', () => {
    const b = book()
    expect(validateBook(b)).toEqual({ ok: true, book: b })
    expect(validateBook(emptyBook()).ok).toBe(true)
  })

  it('accepts every random book', () => {
    fc.assert(fc.property(arbBook, (b) => {
      const r = validateBook(b)
      expect(r.ok ? [] : r.problems).toEqual([])
    }), { numRuns: 300, seed: 7 })
  })

  it('rejects what is not a book at all', () => {
    expect(validateBook(null)).toEqual({ ok: false, problems: ['文件内容不是预算公开表数据'] })
    expect(validateBook([])).toMatchObject({ ok: false })
    expect(validateBook({ schema: 'other' })).toEqual({ ok: false, problems: ['此文件不是预算公开表文件（格式标识应为 budget-tables/book）'] })
  })

  it('asks to upgrade for a newer format version, and nothing else', () => {
    expect(problemsAfter((b) => { b.version = 4; b.year = 'x' })).toEqual(['此文件由更新版本的预算公开表创建（格式版本 4），请升级软件后再打开'])
    expect(problemsAfter((b) => { b.version = 0 })).toEqual(['文件的格式版本应为 3，现为数字 0'])
  })

  it('names the project and the source of a malformed amount', () => {
    expect(problemsAfter((b) => { b.projects[2].amounts.gp = '12.3.4' })).toEqual(['第 3 个项目（“城市建设”）的金额“12.3.4”不是有效数字（一般公共预算）'])
    for (const bad of [' 12', '1,234', '1e3', '+5', '.5', '5.', '１２', '-']) {
      expect(problemsAfter((b) => { b.subjects[0].basic.gp = bad })).toEqual([`第 1 个功能科目（2120101“行政运行”）的金额“${bad}”不是有效数字（基本支出·一般公共预算）`])
    }
    expect(problemsAfter((b) => { b.econ[0].amount = 80 })).toEqual(['表六第 1 行（“基本工资”）的金额应为文字形式的数字，现为数字 80'])
  })

  it('allows 6 decimals in 万元 and 2 in 元', () => {
    expect(problemsAfter((b) => { b.threePublic.abroad.gf = '0.000001' })).toEqual([])
    expect(problemsAfter((b) => { b.threePublic.abroad.gf = '0.0000001' })).toEqual(['表十“因公出国（境）费”的金额“0.0000001”小数位过多，以万元为单位最多 6 位小数（政府性基金预算）'])
    const yuan = { ...book(), amountUnit: '元' as const }
    expect(problemsAfter((b) => { b.runningCosts[0].amounts.gp = '5.25' }, yuan)).toEqual([])
    expect(problemsAfter((b) => { b.runningCosts[0].amounts.gp = '5.255' }, yuan)).toEqual(['表十一第 1 行的金额“5.255”小数位过多，以元为单位最多 2 位小数（一般公共预算）'])
  })

  it('checks codes, ids and references', () => {
    expect(problemsAfter((b) => { b.subjects[0].code = '21201' })).toEqual(['第 1 个功能科目（21201“行政运行”）的科目编码“21201”应为 7 位数字'])
    expect(problemsAfter((b) => { b.subjects.push({ ...b.subjects[0] }) })).toEqual(['第 2 个功能科目（2120101“行政运行”）的科目编码“2120101”与第 1 个功能科目（2120101“行政运行”）重复'])
    expect(problemsAfter((b) => { b.units[1].id = 'u1' })).toContain('第 2 个单位（“环卫中心”）的编号“u1”与第 1 个单位（“孝义市城市管理局”）重复')
    expect(problemsAfter((b) => { b.projects[1].id = 'p1' })).toEqual(['第 2 个项目（“设备购置”）的编号“p1”与第 1 个项目（“道路维修”）重复'])
    expect(problemsAfter((b) => { b.econ.push({ ...b.econ[0] }) })).toEqual(['表六第 2 行（“基本工资”）的编号“e1”与表六第 1 行（“基本工资”）重复'])
    expect(problemsAfter((b) => { b.projects[0].id = 'a|b' })).toEqual(['第 1 个项目（“道路维修”）的编号“a|b”不能为空，也不能含有“|”或“!”'])
    expect(problemsAfter((b) => { b.projects[0].unitId = 'u9' })).toEqual(['第 1 个项目（“道路维修”）所属的单位“u9”不存在'])
    expect(problemsAfter((b) => { b.runningCosts[0].unitId = 'u9' })).toEqual(['表十一第 1 行所属的单位“u9”不存在'])
    expect(problemsAfter((b) => { b.runningCosts.push({ unitId: 'u1', amounts: {} }) })).toEqual(['表十一第 2 行的所属单位编号“u1”与表十一第 1 行重复'])
    expect(problemsAfter((b) => { b.econ[0].deptCode = '30201' })).toEqual(['表六第 1 行（“基本工资”）的部门经济科目编码“30201”不属于类“301”'])
    expect(problemsAfter((b) => { b.govFundRevenue[0].code = '10301' })).toEqual(['表七第 1 行（10301）的收入科目编码“10301”应为 7 位数字'])
  })

  it('keeps carry money to the fiscal sources', () => {
    expect(problemsAfter((b) => { b.projects[1].amounts.sp = '1' })).toEqual(['第 2 个项目（“设备购置”）是上年结转项目，只能有财政拨款，不能有财政专户管理资金的金额'])
    expect(problemsAfter((b) => { b.subjects[0].carry.uf = '1' })).toEqual(['第 1 个功能科目（2120101“行政运行”）的上年结转只能来自财政拨款，不能有单位资金的金额'])
    expect(problemsAfter((b) => { b.projects[0].amounts.xx = '1' })).toEqual(['第 1 个项目（“道路维修”）有未知的资金来源“xx”'])
  })

  it('checks the year, the unit and the enumerations', () => {
    for (const year of [1999, 2101, 2026.5, '2026']) {
      expect(problemsAfter((b) => { b.year = year })).toEqual([`文件的年度应为 2000–2100 之间的整数，现为${typeof year === 'string' ? '文字“2026”' : `数字 ${year}`}`])
    }
    expect(problemsAfter((b) => { b.amountUnit = '千元' })).toEqual(['文件的金额单位应为“万元”或“元”，现为文字“千元”'])
    expect(problemsAfter((b) => { b.units[0].type = '企业' })).toEqual(['第 1 个单位（“孝义市城市管理局”）的单位类型应为“行政”或“参公”或“事业”，现为文字“企业”'])
    expect(problemsAfter((b) => { b.projects[0].kind = 'next' })).toEqual(['第 1 个项目（“道路维修”）的类别应为“current”或“carry”，现为文字“next”'])
  })

  it('reports missing fields and wrong shapes, all at once', () => {
    const problems = problemsAfter((b) => {
      delete b.units
      delete b.threePublic.abroad
      b.subjects[0].basic = []
      b.projects[0].name = 5
      b.subjectNames = { 212: 7 }
    })
    expect(problems).toEqual([
      '文件缺少单位列表',
      '第 1 个功能科目（2120101“行政运行”）的基本支出应为按资金来源列出的对象，现为列表',
      '科目名称表中“212”的名称应为文字，现为数字 7',
      '表十缺少“因公出国（境）费”',
      '表十一第 1 行所属的单位“u1”不存在',
      '第 1 个项目的名称应为文字，现为数字 5',
      '第 1 个项目所属的单位“u1”不存在',
      '第 2 个项目（“设备购置”）所属的单位“u2”不存在',
      '第 3 个项目（“城市建设”）所属的单位“u2”不存在',
    ])
  })

  it('never throws, whatever the input', () => {
    fc.assert(fc.property(fc.anything(), (x) => { validateBook(x) }), { numRuns: 500, seed: 11 })
    // Corrupt one field of a valid book at a time: the result is a verdict, not an exception.
    fc.assert(fc.property(arbBook, fc.jsonValue(), fc.nat(), (b, junk, n) => {
      const copy = structuredClone(b) as unknown as Record<string, unknown>
      const keys = Object.keys(copy)
      copy[keys[n % keys.length]!] = junk
      validateBook(copy)
    }), { numRuns: 300, seed: 12 })
  })
})

describe('validateBook: unknown fields, limits', () => {
  /** A value nested `depth` levels deep, as a hostile file may hold (built without recursion). */
  const deep = (depth: number): unknown => {
    let v: unknown = 0
    for (let i = 0; i < depth; i++) v = { a: v }
    return v
  }

  it('refuses a field this version does not know, at any level, naming it and where it is', () => {
    expect(problemsAfter((b) => { b.extra = deep(100_000) })).toEqual(['文件有本软件不认识的内容“extra”（文件可能被手工修改过或已损坏）'])
    expect(problemsAfter((b) => { b.projects[2].note = 'x' })).toEqual(['第 3 个项目（“城市建设”）有本软件不认识的内容“note”（文件可能被手工修改过或已损坏）'])
    expect(problemsAfter((b) => { b.units[0].x = [] })[0]).toMatch(/^第 1 个单位.*不认识的内容“x”/)
    expect(problemsAfter((b) => { b.subjects[0].x = 1 })[0]).toMatch(/^第 1 个功能科目.*不认识的内容“x”/)
    expect(problemsAfter((b) => { b.econ[0].x = 1 })[0]).toMatch(/^表六第 1 行.*不认识的内容“x”/)
    expect(problemsAfter((b) => { b.govFundRevenue[0].x = 1 })[0]).toMatch(/^表七第 1 行.*不认识的内容“x”/)
    expect(problemsAfter((b) => { b.runningCosts[0].x = 1 })[0]).toMatch(/^表十一第 1 行.*不认识的内容“x”/)
    expect(problemsAfter((b) => { b.prior.x = 1 })[0]).toMatch(/^上年数有本软件不认识的内容“x”/)
  })

  it('refuses an amount past the largest a book holds, however many digits, in any place', () => {
    const tooLarge = '超出上限：每笔金额须小于 10 万亿元'
    expect(problemsAfter((b) => { b.projects[0].amounts.gp = '1234567890123456789012345' })[0]).toContain(tooLarge)
    expect(problemsAfter((b) => { b.econ[0].amount = '9'.repeat(400) })[0]).toContain(tooLarge)
    const million = problemsAfter((b) => { b.subjects[0].basic.gp = '9'.repeat(1_000_000) })
    expect(million[0]).toContain(tooLarge)
    expect(million[0]!.length).toBeLessThan(200)
    expect(problemsAfter((b) => { b.prior.figures.total = '-1000000000' })[0]).toContain(tooLarge)
    expect(problemsAfter((b) => { b.projects[0].amounts.gp = '999999999.999999' })).toEqual([])
  })

  it('refuses names too long to print, quoting only their start', () => {
    const long = '长'.repeat(40_000)
    const [problem] = problemsAfter((b) => { b.projects[0].name = long })
    expect(problem).toContain('的名称有 40000 个字，超过上限 200 个字')
    expect(problem!.length).toBeLessThan(200)
    expect(problemsAfter((b) => { b.department = long })).toEqual(['文件的部门名称有 40000 个字，超过上限 200 个字'])
    expect(problemsAfter((b) => { b.subjectNames['212'] = long })[0]).toContain('超过上限 200 个字')
  })

  it('never shows [object Object] or an English error', () => {
    const odd = [{ x: 1 }, [1], null, 1, true, deep(50)]
    for (const v of odd) {
      for (const edit of [(b: Loose) => { b.department = v }, (b: Loose) => { b.projects[0].amounts = v }, (b: Loose) => { b.subjectNames = { 212: v } }]) {
        for (const p of problemsAfter(edit)) expect(p).not.toMatch(/object Object|[A-Za-z]{6,}/)
      }
    }
  })
})
