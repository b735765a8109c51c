import { describe, it, expect } from 'vitest'
import { emptyBook, type BudgetBook } from '../../../shared/model/book'
import {
  addSubject, removeSubject, renameSubject, addEconLine, removeEconLine, removeEconClass, renameEconDept, renameEconGov,
  addProject, removeProject, renameProject, addRevenueLine, removeRevenueLine, renameRevenueLine,
  addUnit, renameUnit, setUnitType, removeUnit, setDepartment, setYear, setScope,
  holdsMoney, rowTargetOf, removeRow, describeTarget, setText, readText, freshId, kuanNeedsName, revenueGroupsNeedingNames, type EditResult,
} from '../../../shared/edit'
import { Derivation } from '../../../shared/engine/derivation'
import { inputKey } from '../../../shared/model/keys'
import { STANDARD_TABLES } from '../../../shared/tables'

const ok = (r: EditResult): BudgetBook => {
  if (!r.ok) throw new Error(r.message)
  return r.book
}
const no = (r: EditResult): string => {
  if (r.ok) throw new Error('expected a refusal')
  return r.message
}

const base = (): BudgetBook => emptyBook('孝义市测试局', 2026)

describe('subjects', () => {
  it('adds a catalog 项 with its catalog name, kept in code order, without touching the old book', () => {
    const b0 = base()
    const b1 = ok(addSubject(b0, '2080505'))
    const b2 = ok(addSubject(b1, '2010601'))
    expect(b2.subjects.map((s) => [s.code, s.name])).toEqual([
      ['2010601', '行政运行'],
      ['2080505', '机关事业单位基本养老保险缴费支出'],
    ])
    expect(b0.subjects).toEqual([])
    expect(b1.subjects).toHaveLength(1)
  })

  it('makes 类 and 款 rows appear by themselves in the tables', () => {
    const d = new Derivation(ok(addSubject(base(), '2080505')))
    expect(d.layouts.get('t3')!.map((r) => r.id)).toEqual(['total', 's:208', 's:20805', 's:2080505'])
  })

  it('accepts an unknown code only with a name, and records an unknown 款 name', () => {
    expect(no(addSubject(base(), '2089999'))).toBe('科目目录中没有 2089999，请输入科目名称')
    const b = ok(addSubject(base(), '2139988', '  其他 农业  支出 ', { kuanName: '农业农村新款' }))
    expect(b.subjects[0]!.name).toBe('其他 农业 支出')
    expect(b.subjectNames['21399']).toBe('农业农村新款')
    const known = ok(addSubject(base(), '2080506', undefined, { kuanName: 'x' }))
    expect(known.subjectNames['20805']).toBeUndefined()
  })

  it('adds 2130101 by its code alone (农业农村 行政运行); under that known 款 an unknown 项 asks only for its own name', () => {
    expect(kuanNeedsName(base(), '2130101')).toBe(false)
    const b = ok(addSubject(base(), '2130101'))
    expect(b.subjects[0]!.name).toBe('行政运行')
    expect(b.subjectNames).toEqual({})
    expect(new Derivation(b).layouts.get('t5')!.find((r) => r.id === 's:21301')!.text.name).toBe('农业农村')
    expect(kuanNeedsName(base(), '2130199')).toBe(false)
    expect(no(addSubject(base(), '2130199'))).toBe('科目目录中没有 2130199，请输入科目名称')
    expect(ok(addSubject(base(), '2130199', '其他农业农村支出')).subjectNames).toEqual({})
  })

  it('requires the name of a 款 neither the catalog nor the book knows, so its row never prints its code', () => {
    expect(kuanNeedsName(base(), '2139988')).toBe(true)
    expect(no(addSubject(base(), '2139988', '其他农业支出'))).toBe('科目目录中没有款 21399，请输入款名称')
    expect(no(addSubject(base(), '2139988', '其他农业支出', { kuanName: '  ' }))).toBe('科目目录中没有款 21399，请输入款名称')
    const b = ok(addSubject(base(), '2139988', '其他农业支出', { kuanName: '农业农村新款' }))
    // A second 项 under the now-named 款 needs no 款 name, and does not overwrite it.
    expect(kuanNeedsName(b, '2139977')).toBe(false)
    const b2 = ok(addSubject(b, '2139977', '另一项', { kuanName: '别名' }))
    expect(b2.subjectNames['21399']).toBe('农业农村新款')
    const t5 = new Derivation(b2).layouts.get('t5')!
    expect(t5.find((r) => r.id === 's:21399')!.text.name).toBe('农业农村新款')
    expect(t5.find((r) => r.id === 's:213')!.text.name).toBe('农林水支出')
  })

  it('makes 类 and 款 names editable in the grid (text keys), stored in subjectNames', () => {
    let b = ok(addSubject(base(), '2139988', '其他农业支出', { kuanName: '农业农村新款' }))
    b = ok(addSubject(b, '2080505'))
    const t5 = new Derivation(b).layouts.get('t5')!
    expect(t5.find((r) => r.id === 's:21399')!.textKeys).toEqual({ name: 'name|sub|21399' })
    expect(t5.find((r) => r.id === 's:208')!.textKeys).toEqual({ name: 'name|sub|208' })
    expect(t5.find((r) => r.id === 'total')!.textKeys).toBeUndefined()
    b = ok(setText(b, 'name|sub|21399', '改过的款'))
    expect(b.subjectNames['21399']).toBe('改过的款')
    expect(readText(b, 'name|sub|21399')).toBe('改过的款')
    expect(new Derivation(b).layouts.get('t3')!.find((r) => r.id === 's:21399')!.text.name).toBe('改过的款')
    // Clearing a 款 the catalog lacks would print its code again; a catalog 款 goes back to the catalog's name.
    expect(no(setText(b, 'name|sub|21399', ' '))).toBe('科目名称不能为空')
    b = ok(setText(b, 'name|sub|20805', '养老款'))
    expect(readText(b, 'name|sub|20805')).toBe('养老款')
    b = ok(setText(b, 'name|sub|20805', ''))
    expect(b.subjectNames['20805']).toBeUndefined()
    expect(readText(b, 'name|sub|20805')).toBe('行政事业单位养老支出')
    expect(readText(b, 'name|sub|208')).toBe('社会保障和就业支出')
    expect(no(setText(b, 'name|sub|20106', '财政'))).toBe('表中没有科目 20106')
  })

  it('refuses malformed codes, unknown classes and duplicates', () => {
    expect(no(addSubject(base(), '20805'))).toMatch(/7 位/)
    expect(no(addSubject(base(), 'abcdefg'))).toMatch(/7 位/)
    expect(no(addSubject(base(), '2180101', '名称'))).toMatch(/不是支出功能分类的类/)
    const b = ok(addSubject(base(), '2080505'))
    expect(no(addSubject(b, '2080505'))).toBe('科目 2080505 已在表中')
  })

  it('removes a 项 or every 项 under a 款/类 and unlinks projects charged to them', () => {
    let b = ok(addSubject(base(), '2080505'))
    b = ok(addSubject(b, '2080506'))
    b = ok(addSubject(b, '2010601'))
    b = ok(addProject(b, 'u1', 'current', '项目甲'))
    b = { ...b, projects: b.projects.map((p) => ({ ...p, subject: '2080505' })) }
    const r = ok(removeSubject(b, '20805'))
    expect(r.subjects.map((s) => s.code)).toEqual(['2010601'])
    expect('subject' in r.projects[0]!).toBe(false)
    expect(no(removeSubject(b, '2120101'))).toMatch(/没有科目/)
  })

  it('renames a 项, and sets or clears a 类/款 printed name', () => {
    const b = ok(addSubject(base(), '2080505'))
    expect(ok(renameSubject(b, '2080505', '养老保险')).subjects[0]!.name).toBe('养老保险')
    expect(no(renameSubject(b, '2080505', ' '))).toBe('科目名称不能为空')
    const named = ok(renameSubject(b, '20805', '行政事业单位养老支出'))
    expect(named.subjectNames['20805']).toBe('行政事业单位养老支出')
    expect(ok(renameSubject(named, '20805', '')).subjectNames['20805']).toBeUndefined()
  })
})

describe('表六 economic lines', () => {
  it('proposes the 政府 item from the unit type', () => {
    const admin = ok(addEconLine(base(), '30101'))
    expect(admin.econ[0]).toMatchObject({ deptClass: '301', deptCode: '30101', deptName: '基本工资', govCode: '50101', govName: '工资奖金津补贴', amount: '' })
    const inst = ok(addUnit(base(), '某某中心', '事业'))
    const unitId = inst.units[1]!.id
    const line = ok(addEconLine(inst, '基本工资', { unitId })).econ[0]!
    expect(line.govName).toBe('工资福利支出')
    expect(ok(addEconLine(base(), '30101', { unitType: '事业' })).econ[0]!.govCode).toBe('50501')
  })

  it('allows the same 部门 item twice with two 政府 items, but not the same pair', () => {
    let b = ok(addEconLine(base(), '30101'))
    b = ok(addEconLine(b, '30101', { unitType: '事业' }))
    expect(b.econ.map((e) => e.govName)).toEqual(['工资奖金津补贴', '工资福利支出'])
    expect(new Set(b.econ.map((e) => e.id)).size).toBe(2)
    expect(no(addEconLine(b, '基本工资'))).toBe('表六已有“基本工资 | 工资奖金津补贴”')
  })

  it('accepts an explicit 政府 item and refuses unknown items and classes', () => {
    expect(ok(addEconLine(base(), '30101', { gov: '50102' })).econ[0]!.govCode).toBe('50102')
    expect(no(addEconLine(base(), '30101', { gov: '不存在' }))).toMatch(/政府预算支出经济分类/)
    expect(no(addEconLine(base(), '不存在的科目'))).toMatch(/不在部门预算支出经济分类中/)
    expect(no(addEconLine(base(), '301'))).toMatch(/是经济分类的类/)
    expect(no(addEconLine(base(), ''))).toMatch(/请选择/)
  })

  it('keeps lines in 部门 code order and removes by id or by class', () => {
    let b = ok(addEconLine(base(), '30201'))
    b = ok(addEconLine(b, '30101'))
    b = ok(addEconLine(b, '30102'))
    expect(b.econ.map((e) => e.deptCode)).toEqual(['30101', '30102', '30201'])
    const id = b.econ[0]!.id
    expect(ok(removeEconLine(b, id)).econ).toHaveLength(2)
    expect(no(removeEconLine(b, 'nope'))).toMatch(/没有这一行/)
    expect(ok(removeEconClass(b, '301')).econ.map((e) => e.deptCode)).toEqual(['30201'])
  })

  it('renames either side; a known 部门 name also sets its code', () => {
    const b = ok(addEconLine(base(), '30101'))
    const id = b.econ[0]!.id
    expect(ok(renameEconDept(b, id, '津贴补贴')).econ[0]).toMatchObject({ deptCode: '30102', deptName: '津贴补贴' })
    expect(ok(renameEconDept(b, id, '自定义')).econ[0]).toEqual({ id, deptClass: '301', deptName: '自定义', govCode: '50101', govName: '工资奖金津补贴', amount: '' })
    expect(ok(renameEconGov(b, id, '社会保障缴费')).econ[0]!.govName).toBe('社会保障缴费')
  })
})

describe('projects', () => {
  it('adds with a fresh id after the unit’s other projects; refuses duplicates and missing units', () => {
    let b = ok(addUnit(base(), '下属中心', '事业'))
    b = ok(addProject(b, 'u1', 'current', '项目一'))
    b = ok(addProject(b, 'u2', 'current', '项目二'))
    b = ok(addProject(b, 'u1', 'current', '项目三'))
    expect(b.projects.map((p) => [p.unitId, p.name])).toEqual([['u1', '项目一'], ['u1', '项目三'], ['u2', '项目二']])
    expect(new Set(b.projects.map((p) => p.id)).size).toBe(3)
    expect(no(addProject(b, 'u1', 'current', ' 项目一 '))).toMatch(/已有项目“项目一”/)
    expect(ok(addProject(b, 'u1', 'carry', '项目一')).projects).toHaveLength(4)
    expect(no(addProject(b, 'u9', 'current', 'x'))).toMatch(/所属单位/)
    expect(no(addProject(b, 'u1', 'current', ''))).toBe('请输入项目名称')
  })

  it('renames (refusing a clash) and removes', () => {
    let b = ok(addProject(base(), 'u1', 'current', '甲'))
    b = ok(addProject(b, 'u1', 'current', '乙'))
    const [p1, p2] = b.projects
    expect(no(renameProject(b, p2!.id, '甲'))).toMatch(/已有项目/)
    expect(ok(renameProject(b, p2!.id, '丙')).projects[1]!.name).toBe('丙')
    expect(ok(removeProject(b, p1!.id)).projects.map((p) => p.name)).toEqual(['乙'])
    expect(no(removeProject(b, 'zz'))).toMatch(/没有这个项目/)
  })
})

describe('revenue lines', () => {
  it('adds catalog and named revenue 项 to 表七 or 表九, in code order', () => {
    let b = ok(addRevenueLine(base(), 't7', '1030148'))
    expect(b.govFundRevenue[0]).toEqual({ code: '1030148', name: '国有土地使用权出让收入', amount: '' })
    expect(no(addRevenueLine(b, 't7', '1030148'))).toMatch(/已有收入科目/)
    expect(no(addRevenueLine(b, 't9', '1069999'))).toMatch(/请输入科目名称/)
    b = ok(addRevenueLine(b, 't9', '1069999', '其他国有资本经营收入', { className: '新类', kuanName: '新款' }))
    expect(b.soeRevenue[0]!.name).toBe('其他国有资本经营收入')
    expect(no(addRevenueLine(b, 't7', '2080505'))).toMatch(/收入分类科目编码/)
    b = ok(renameRevenueLine(b, 't9', '1069999', '改名'))
    expect(b.soeRevenue[0]!.name).toBe('改名')
    expect(ok(removeRevenueLine(b, 't7', '10301')).govFundRevenue).toEqual([])
    expect(no(removeRevenueLine(b, 't7', '1099999'))).toMatch(/没有收入科目/)
  })
})

describe('revenue 类 and 款 names', () => {
  it('requires the names of a 类 and 款 neither the catalog nor the book knows, and stores them', () => {
    expect(revenueGroupsNeedingNames(base(), '1030148')).toEqual({ class: false, kuan: false })
    expect(revenueGroupsNeedingNames(base(), '1039901')).toEqual({ class: false, kuan: true })
    expect(revenueGroupsNeedingNames(base(), '1060101')).toEqual({ class: true, kuan: true })
    expect(no(addRevenueLine(base(), 't9', '1039901', '某项收入'))).toBe('收入科目目录中没有款 10399，请输入款名称')
    expect(no(addRevenueLine(base(), 't9', '1060101', '利润收入', { kuanName: '款' }))).toBe('收入科目目录中没有类 106，请输入类名称')
    expect(no(addRevenueLine(base(), 't9', '1060101', '利润收入', { className: '类' }))).toBe('收入科目目录中没有款 10601，请输入款名称')
    let b = ok(addRevenueLine(base(), 't9', '1039901', '某项收入', { kuanName: ' 某款收入 ', className: '忽略' }))
    expect(b.subjectNames).toEqual({ 10399: '某款收入' })
    // Known now (to the book): 表七 may use the same 款 without naming it again.
    b = ok(addRevenueLine(b, 't7', '1039902', '另一项收入'))
    const t9 = new Derivation(b).layouts.get('t9')!
    const kuan = t9.find((r) => r.id.startsWith('s:10399|'))!
    expect(kuan.text.incName).toBe('某款收入')
    expect(new Derivation(b).layouts.get('t7')!.find((r) => r.id === 's:10399')!.text.name).toBe('某款收入')
  })

  it('adds 表九’s 1030601 by its code alone: the catalog names it and its 款 10306 国有资本经营收入', () => {
    expect(revenueGroupsNeedingNames(base(), '1030601')).toEqual({ class: false, kuan: false })
    const b = ok(addRevenueLine(base(), 't9', '1030601'))
    expect(b.soeRevenue).toEqual([{ code: '1030601', name: '利润收入', amount: '' }])
    expect(b.subjectNames).toEqual({})
    const t9 = new Derivation(b).layouts.get('t9')!
    expect(t9.find((r) => r.id.startsWith('s:10306|'))!.text.incName).toBe('国有资本经营收入')
    expect(t9.find((r) => r.id.startsWith('s:103|'))!.text.incName).toBe('非税收入')
  })

  it('renames a revenue 类/款 through its text key', () => {
    let b = ok(addRevenueLine(base(), 't9', '1060101', '利润收入', { className: '国有资本经营收入类', kuanName: '利润' }))
    b = ok(addRevenueLine(b, 't7', '1030148'))
    const t9 = new Derivation(b).layouts.get('t9')!
    expect(t9.find((r) => r.id.startsWith('s:106|'))!.textKeys).toMatchObject({ incName: 'name|rev9|106' })
    expect(new Derivation(b).layouts.get('t7')!.find((r) => r.id === 's:10301')!.textKeys).toEqual({ name: 'name|rev7|10301' })
    b = ok(setText(b, 'name|rev9|10601', '利润收入款'))
    expect(b.subjectNames['10601']).toBe('利润收入款')
    expect(readText(b, 'name|rev9|10601')).toBe('利润收入款')
    expect(no(setText(b, 'name|rev9|106', ''))).toBe('科目名称不能为空')
    b = ok(setText(b, 'name|rev7|10301', '基金收入'))
    expect(new Derivation(b).layouts.get('t7')!.find((r) => r.id === 's:10301')!.text.name).toBe('基金收入')
    b = ok(setText(b, 'name|rev7|10301', ''))
    expect(readText(b, 'name|rev7|10301')).toBe('政府性基金收入')
    expect(no(setText(b, 'name|rev7|106', '某类'))).toBe('表七中没有收入科目 106')
  })
})

describe('units', () => {
  it('adds, renames, retypes; names stay unique', () => {
    let b = ok(addUnit(base(), '下属中心', '事业'))
    expect(b.units.map((u) => [u.id, u.name, u.type])).toEqual([['u1', '孝义市测试局', '行政'], ['u2', '下属中心', '事业']])
    expect(no(addUnit(b, '下属中心'))).toMatch(/已有单位/)
    expect(no(addUnit(b, ''))).toMatch(/请输入单位名称/)
    b = ok(renameUnit(b, 'u2', '下属服务中心'))
    expect(no(renameUnit(b, 'u2', '孝义市测试局'))).toMatch(/已有单位/)
    b = ok(setUnitType(b, 'u2', '参公'))
    expect(b.units[1]).toEqual({ id: 'u2', name: '下属服务中心', type: '参公' })
    expect(no(setUnitType(b, 'u2', '企业' as never))).toMatch(/行政、参公或事业/)
  })

  it('refuses to remove a unit whose projects or running costs hold money, or the last unit', () => {
    let b = ok(addUnit(base(), '下属中心', '事业'))
    b = ok(addProject(b, 'u2', 'current', '有钱项目'))
    b = ok(addProject(b, 'u2', 'current', '空项目'))
    const d = new Derivation(b)
    d.setAmounts([[inputKey.project(b.projects[0]!.id, 'gp'), 1_000_000n]])
    const funded = d.book
    expect(no(removeUnit(funded, 'u2'))).toMatch(/还有 1 个项目有金额（如“有钱项目”）/)
    const emptyAgain = ok(removeUnit(b, 'u2'))
    expect(emptyAgain.units).toHaveLength(1)
    expect(emptyAgain.projects).toEqual([])
    expect(no(removeUnit(emptyAgain, 'u1'))).toBe('至少要保留一个单位')
    const d2 = new Derivation(b)
    d2.setAmounts([[inputKey.runningCost('u2', 'gp'), 5n]])
    expect(no(removeUnit(d2.book, 'u2'))).toMatch(/机关运行经费/)
  })
})

describe('department, year, scope', () => {
  it('renames the single unit that carried the department name', () => {
    const b = ok(setDepartment(base(), '孝义市新局'))
    expect(b.department).toBe('孝义市新局')
    expect(b.units[0]!.name).toBe('孝义市新局')
    const two = ok(addUnit(base(), '下属中心'))
    expect(ok(setDepartment(two, '新名')).units.map((u) => u.name)).toEqual(['孝义市测试局', '下属中心'])
    expect(ok(setDepartment(emptyBook(), '首个部门')).units).toEqual([{ id: 'u1', name: '首个部门', type: '行政' }])
    expect(no(setDepartment(base(), '  '))).toBe('请输入部门名称')
  })

  it('validates year and scope', () => {
    expect(ok(setYear(base(), 2027)).year).toBe(2027)
    expect(no(setYear(base(), 1999))).toMatch(/2000 到 2100/)
    expect(no(setYear(base(), 2026.5))).toMatch(/整数/)
    expect(ok(setScope(base(), '单位')).scope).toBe('单位')
    expect(no(setScope(base(), '个人' as never))).toMatch(/部门或单位/)
  })
})

describe('rows: target, holdsMoney, removeRow', () => {
  const funded = (): BudgetBook => {
    let b = ok(addSubject(base(), '2080505'))
    b = ok(addSubject(b, '2010601'))
    b = ok(addEconLine(b, '30101'))
    b = ok(addProject(b, 'u1', 'current', '甲'))
    b = ok(addRevenueLine(b, 't7', '1030148'))
    const d = new Derivation(b)
    d.setAmounts([
      [inputKey.subject('2080505', 'b', 'gp'), 100n],
      [inputKey.econ(b.econ[0]!.id), 100n],
      [inputKey.govFundRevenue('1030148'), 100n],
    ])
    return d.book
  }

  it('maps grid rows to targets, including both blocks of 表九', () => {
    expect(rowTargetOf(STANDARD_TABLES, 't5', 's:2080505')).toEqual({ kind: 'subject', code: '2080505' })
    expect(rowTargetOf(STANDARD_TABLES, 't2', 's:208')).toEqual({ kind: 'subject', code: '208' })
    expect(rowTargetOf(STANDARD_TABLES, 't3', 'total')).toBeNull()
    expect(rowTargetOf(STANDARD_TABLES, 't1', 'c:201')).toBeNull()
    expect(rowTargetOf(STANDARD_TABLES, 't7', 's:1030148')).toEqual({ kind: 'revenue', which: 't7', code: '1030148' })
    expect(rowTargetOf(STANDARD_TABLES, 't9', 's:1060101|s:2230101', 'incAmount')).toEqual({ kind: 'revenue', which: 't9', code: '1060101' })
    expect(rowTargetOf(STANDARD_TABLES, 't9', 's:1060101|s:2230101', 'basic')).toEqual({ kind: 'subject', code: '2230101' })
    expect(rowTargetOf(STANDARD_TABLES, 't9', 'inc|total', 'basic')).toBeNull()
    expect(rowTargetOf(STANDARD_TABLES, 't12', 'p:p1')).toEqual({ kind: 'project', id: 'p1' })
    expect(rowTargetOf(STANDARD_TABLES, 't12', 'dept')).toBeNull()
    expect(rowTargetOf(STANDARD_TABLES, 't6', 'e:e1')).toEqual({ kind: 'econ', id: 'e1' })
    expect(rowTargetOf(STANDARD_TABLES, 't6', 'k:301')).toEqual({ kind: 'econClass', deptClass: '301' })
    expect(rowTargetOf(STANDARD_TABLES, 't11', 'u:u1')).toEqual({ kind: 'unit', id: 'u1' })
    expect(rowTargetOf(STANDARD_TABLES, 't10', 'abroad')).toBeNull()
  })

  it('says which rows hold money', () => {
    const b = funded()
    expect(holdsMoney(b, { kind: 'subject', code: '2080505' })).toBe(true)
    expect(holdsMoney(b, { kind: 'subject', code: '208' })).toBe(true)
    expect(holdsMoney(b, { kind: 'subject', code: '2010601' })).toBe(false)
    expect(holdsMoney(b, { kind: 'econ', id: b.econ[0]!.id })).toBe(true)
    expect(holdsMoney(b, { kind: 'econClass', deptClass: '302' })).toBe(false)
    expect(holdsMoney(b, { kind: 'project', id: b.projects[0]!.id })).toBe(false)
    expect(holdsMoney(b, { kind: 'revenue', which: 't7', code: '1030148' })).toBe(true)
    expect(holdsMoney(b, { kind: 'unit', id: 'u1' })).toBe(false)
  })

  it('removes the target row and describes it', () => {
    const b = funded()
    expect(ok(removeRow(b, { kind: 'subject', code: '2080505' })).subjects.map((s) => s.code)).toEqual(['2010601'])
    expect(ok(removeRow(b, { kind: 'project', id: b.projects[0]!.id })).projects).toEqual([])
    expect(describeTarget(b, { kind: 'subject', code: '2080505' })).toBe('科目 2080505 机关事业单位基本养老保险缴费支出')
    expect(describeTarget(b, { kind: 'econ', id: b.econ[0]!.id })).toBe('经济科目“基本工资 | 工资奖金津补贴”')
    expect(no(removeRow(b, { kind: 'unit', id: 'u1' }))).toBe('至少要保留一个单位')
  })
})

describe('setText / readText', () => {
  it('dispatches a text key to the right rename', () => {
    let b = ok(addSubject(base(), '2080505'))
    b = ok(addProject(b, 'u1', 'current', '甲'))
    b = ok(addEconLine(b, '30101'))
    b = ok(addRevenueLine(b, 't7', '1030148'))
    const pid = b.projects[0]!.id
    const eid = b.econ[0]!.id
    b = ok(setText(b, `name|sub|2080505`, '新科目名'))
    b = ok(setText(b, `name|prj|${pid}`, '乙'))
    b = ok(setText(b, 'name|unit|u1', '新单位'))
    b = ok(setText(b, `name|econg|${eid}`, '新政府名'))
    b = ok(setText(b, 'name|rev7|1030148', '新收入名'))
    expect(readText(b, 'name|sub|2080505')).toBe('新科目名')
    expect(readText(b, `name|prj|${pid}`)).toBe('乙')
    expect(readText(b, 'name|unit|u1')).toBe('新单位')
    expect(readText(b, `name|econg|${eid}`)).toBe('新政府名')
    expect(readText(b, `name|econd|${eid}`)).toBe('基本工资')
    expect(readText(b, 'name|rev7|1030148')).toBe('新收入名')
    expect(no(setText(b, 'sub|2080505|b|gp', 'x'))).toMatch(/不能修改/)
    expect(no(setText(b, 'name|zzz|1', 'x'))).toMatch(/不能修改/)
  })
})

describe('freshId', () => {
  it('finds the first free id', () => {
    expect(freshId('p', ['p1', 'p2', 'p4'])).toBe('p3')
    expect(freshId('u', [])).toBe('u1')
  })
})

describe('names too long to print', () => {
  it('are refused wherever a clerk types one, and the book is unchanged', () => {
    const b = ok(addProject(emptyBook('某局', 2026), 'u1', 'current', '道路维修'))
    const long = '名'.repeat(40_000)
    const message = '名称过长：有 40000 个字，最多 200 个字'
    expect(no(setText(b, `name|prj|${b.projects[0]!.id}`, long))).toBe(message)
    expect(no(addProject(b, 'u1', 'current', long))).toBe(message)
    expect(no(addUnit(b, long))).toBe(message)
    expect(no(setDepartment(b, long))).toBe(message)
    expect(no(addSubject(b, '2010101', long))).toBe(message)
    expect(no(addRevenueLine(b, 't7', '1030148', long))).toBe(message)
    expect(ok(setText(b, `name|prj|${b.projects[0]!.id}`, '名'.repeat(200))).projects[0]!.name).toHaveLength(200)
  })
})
