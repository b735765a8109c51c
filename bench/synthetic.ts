// A deterministic, unusually large department for benches (engine, xlsx, UI): 100 units,
// 5,000 projects, 400 功能分类 项 and 60 表六 rows. The catalog knows only a few dozen 项,
// so most codes are invented under the 30 real classes (each class gets several 款, each
// 款 several 项), which gives the subject tree a realistic shape: ~30 类, ~120 款.
import {
  BOOK_SCHEMA, BOOK_VERSION, FISCAL_SOURCES, SOURCES, T10_ITEMS,
  type BudgetBook, type BySource, type EconLine, type Project, type SourceId, type SubjectLine, type Unit, type UnitType,
} from '../shared/model/book'
import { fenToString } from '../shared/model/money'
import { FUNCTION_CLASSES } from '../shared/catalog/classes'
import { FUNCTION_SUBJECTS } from '../shared/catalog/functions'
import { DEPT_ECON_ITEMS, proposeGovEcon } from '../shared/catalog/economic'
import { seededRandom } from '../shared/util/seeded-random'

export const SYNTHETIC_SIZE = { units: 100, projects: 5000, subjects: 400, econ: 60 } as const

const pad2 = (n: number): string => String(n).padStart(2, '0')

export function syntheticDepartment(seed = 2026): BudgetBook {
  // Seeded, so every run (and every machine) builds the same department.
  const next = seededRandom(seed)
  const int = (lo: number, hi: number): number => lo + Math.floor(next() * (hi - lo + 1))
  const chance = (p: number): boolean => next() < p
  /** An amount in 万元 with two decimals, as a clerk types it. */
  const amount = (max: number): string => fenToString(BigInt(int(1, max * 100)) * 10_000n, '万元')
  const sources = (list: readonly SourceId[], odds: Partial<Record<SourceId, number>>, max: number): BySource => {
    const out: BySource = {}
    for (const s of list) if (chance(odds[s] ?? 0)) out[s] = amount(max)
    return out
  }

  const department = '合成市综合管理局'
  const types: UnitType[] = ['行政', '参公', '事业']
  const units: Unit[] = Array.from({ length: SYNTHETIC_SIZE.units }, (_, i) => ({
    id: `u${i + 1}`,
    name: i === 0 ? `${department}本级` : `${department}第${i}服务中心`,
    type: i === 0 ? '行政' : types[i % 3]!,
  }))

  // Known 项 first, then invented ones: class c, 款 01–04, 项 01–… until 400.
  const known = FUNCTION_SUBJECTS.filter((s) => s.level === '项')
  const codes = new Map<string, string>(known.map((s) => [s.code, s.name]))
  for (let k = 0; codes.size < SYNTHETIC_SIZE.subjects; k++) {
    const cls = FUNCTION_CLASSES[k % FUNCTION_CLASSES.length]!
    const kuan = pad2(1 + (Math.floor(k / FUNCTION_CLASSES.length) % 4))
    const item = pad2(1 + Math.floor(k / (FUNCTION_CLASSES.length * 4)))
    const code = `${cls.code}${kuan}${item}`
    if (!codes.has(code)) codes.set(code, `${cls.name.replace(/支出$/, '')}事务${kuan}${item}`)
  }
  const subjects: SubjectLine[] = [...codes].map(([code, name]) => ({
    code,
    name,
    basic: sources(SOURCES, { gp: 0.9, sp: 0.05, uf: 0.1 }, 500),
    project: sources(SOURCES, { gp: 0.7, gf: 0.15, soe: 0.03, sp: 0.05, uf: 0.1 }, 2000),
    carry: sources(FISCAL_SOURCES, { gp: 0.15, gf: 0.05 }, 300),
  }))

  // 60 表六 rows: 45 distinct 部门 items, 15 of them again with the 事业 单位's 政府 item (as seeds do).
  const items = DEPT_ECON_ITEMS.filter((i) => i.code.length === 5).slice(0, 45)
  const econ: EconLine[] = [...items.map((i) => [i, '行政'] as const), ...items.slice(0, 15).map((i) => [i, '事业'] as const)].map(([item, type], n) => {
    const gov = proposeGovEcon(item.code, type)
    return {
      id: `e${n + 1}`, deptClass: item.code.slice(0, 3), deptCode: item.code, deptName: item.name,
      govCode: gov?.code, govName: gov?.name ?? '', amount: amount(800),
    }
  })

  const subjectCodes = subjects.map((s) => s.code)
  const projects: Project[] = Array.from({ length: SYNTHETIC_SIZE.projects }, (_, i) => {
    const kind = chance(0.8) ? 'current' : 'carry'
    return {
      id: `p${i + 1}`,
      unitId: units[i % units.length]!.id,
      name: `${kind === 'current' ? '专项' : '结转'}项目${i + 1}`,
      kind,
      subject: subjectCodes[int(0, subjectCodes.length - 1)],
      amounts: kind === 'current' ? sources(SOURCES, { gp: 0.85, gf: 0.1, soe: 0.02, sp: 0.05, uf: 0.1 }, 300) : sources(FISCAL_SOURCES, { gp: 0.9, gf: 0.1 }, 100),
    }
  })

  return {
    schema: BOOK_SCHEMA,
    version: BOOK_VERSION,
    department,
    scope: '部门',
    year: 2026,
    amountUnit: '万元',
    units,
    subjects,
    subjectNames: {},
    econ,
    govFundRevenue: [
      { code: '1030148', name: '国有土地使用权出让收入', amount: amount(20000) },
      { code: '1030155', name: '彩票公益金收入', amount: amount(500) },
      { code: '1030178', name: '污水处理费收入', amount: amount(800) },
    ],
    soeRevenue: [{ code: '1030601', name: '利润收入', amount: amount(100) }],
    threePublic: Object.fromEntries(T10_ITEMS.map((item) => [item, { gp: amount(50) }])) as BudgetBook['threePublic'],
    runningCosts: units.filter((u) => u.type !== '事业').map((u) => ({ unitId: u.id, amounts: { gp: amount(40) } })),
    projects,
  }
}
