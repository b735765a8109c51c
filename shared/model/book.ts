// The budget book: every number the clerk types, exactly once. Everything the 13 tables
// print beyond these numbers is derived (shared/engine). Amounts are canonical decimal
// strings in the book's entry unit (`amountUnit`); an absent amount means zero.
import type { AmountUnit } from './money'
import type { DisclosureFields, ProjectPerformance } from './disclosure'

export const BOOK_SCHEMA = 'budget-tables/book'
/** 2: the disclosure's typed parts (`disclosure`, `Project.perf`); 3: `asPublished`. Version-1 and -2 files read as is. */
export const BOOK_VERSION = 3

/** The five sources of money. gp/gf/soe are 财政拨款 (fiscal appropriation). */
export const SOURCES = ['gp', 'gf', 'soe', 'sp', 'uf'] as const
export type SourceId = (typeof SOURCES)[number]
export const FISCAL_SOURCES = ['gp', 'gf', 'soe'] as const
export type FiscalSourceId = (typeof FISCAL_SOURCES)[number]

export const SOURCE_NAMES: Record<SourceId, string> = {
  gp: '一般公共预算',
  gf: '政府性基金预算',
  soe: '国有资本经营预算',
  sp: '财政专户管理资金',
  uf: '单位资金',
}

export type AmountStr = string
export type BySource = Partial<Record<SourceId, AmountStr>>
export type ByFiscal = Partial<Record<FiscalSourceId, AmountStr>>

export type UnitType = '行政' | '参公' | '事业'
export const UNIT_TYPES: readonly UnitType[] = ['行政', '参公', '事业']

export interface Unit {
  id: string
  name: string
  type: UnitType
}

/** One 功能分类 项 (7-digit code) with its money: 本年 by source split 基本/项目, and 上年结转 by fiscal source. */
export interface SubjectLine {
  code: string
  /** The name printed for this 项 (the catalog's, or the clerk's own for a code the catalog lacks). */
  name: string
  basic: BySource
  project: BySource
  carry: ByFiscal
}

/** One 表六 row: a 部门经济科目 item with the 政府经济科目 it maps to. */
export interface EconLine {
  id: string
  /** 部门预算支出经济分类 class code: '301', '302', '303', '310', '399' … */
  deptClass: string
  /** 部门 item code when known (30101 …); published files give names only. */
  deptCode?: string
  deptName: string
  govCode?: string
  govName: string
  amount: AmountStr
}

/** A 收入分类 项 row of 表七 (政府性基金) or of 表九's income block (国有资本经营). */
export interface RevenueLine {
  code: string
  name: string
  amount: AmountStr
}

export const T10_ITEMS = ['abroad', 'reception', 'vehiclePurchase', 'vehicleOps'] as const
export type T10Item = (typeof T10_ITEMS)[number]
/** The 表十 (三公经费) items as printed (表十 adds ① ② before the two 公务用车 parts). */
export const T10_ITEM_NAMES: Record<T10Item, string> = {
  abroad: '因公出国（境）费', reception: '公务接待费', vehiclePurchase: '公务用车购置费', vehicleOps: '公务用车运行维护费',
}

/** 表十一: 机关运行经费 of one unit, by fiscal source. */
export interface RunningCostLine {
  unitId: string
  amounts: ByFiscal
}

/** A project of 表十二 (kind 'current': this year's money) or 表十三 (kind 'carry': 上年结转, fiscal sources only). */
export interface Project {
  id: string
  unitId: string
  name: string
  kind: 'current' | 'carry'
  /** Optional 功能分类 项 the project is charged to. */
  subject?: string
  amounts: BySource
  /** Its 绩效目标 (类别, published or not); absent: not under 绩效目标管理. */
  perf?: ProjectPerformance
}

/** Last year's published figures (上年数), keyed by stable figure ids (see shared/model/prior.ts). */
export interface PriorYear {
  year: number
  figures: Record<string, AmountStr>
}

export interface BudgetBook {
  schema: typeof BOOK_SCHEMA
  version: typeof BOOK_VERSION
  department: string
  /** 部门预算公开 ("部门名称：") or 单位预算公开 ("单位名称："). */
  scope: '部门' | '单位'
  year: number
  amountUnit: AmountUnit
  units: Unit[]
  subjects: SubjectLine[]
  /** Printed names of 类/款 (and revenue 类/款) codes where the catalog lacks them or the clerk differs. */
  subjectNames: Record<string, string>
  econ: EconLine[]
  govFundRevenue: RevenueLine[]
  soeRevenue: RevenueLine[]
  threePublic: Record<T10Item, ByFiscal>
  runningCosts: RunningCostLine[]
  projects: Project[]
  prior?: PriorYear
  /**
   * 功能分类 subjects (code → name) known to be real although the shipped catalog lacks them:
   * read from a published disclosure (last year's file) or a catalog the clerk imported. Check C9
   * treats them as catalogued; codes the clerk types that are in neither are still flagged.
   */
  knownSubjects?: Record<string, string>
  /** The disclosure's parts no table carries: 概况, reasons, 政府采购, 国有资产, 绩效, 名词解释 (shared/model/disclosure.ts). */
  disclosure?: DisclosureFields
  /**
   * A department book 汇总 from its units' files: what each file contributed, so that re-reading
   * one unit's corrected file replaces exactly that unit's figures (shared/consolidate).
   */
  consolidation?: { parts: ConsolidationPart[] }
  /**
   * A book read from a published workbook whose headlines (收入总计, 一般公共预算 …, shared/model/
   * prior.ts) were printed off the book's own figures by a 尾差: per headline id, the figure as
   * published and the exact figure the book computed then, both in 万元. 结转 keeps the published
   * one for the 情况说明's 比上年 while the book still computes the same figure — also after it was
   * saved as a .ysb in between (clerk9 #2).
   */
  asPublished?: Record<string, PublishedHeadline>
}

/** A headline as a published workbook printed it and as the book computed it then, both in 万元 (BudgetBook.asPublished). */
export interface PublishedHeadline {
  printed: string
  computed: string
}

/** The figures one unit file (or .ysb) contributed to a consolidated department book. */
export type PartFigures = Pick<BudgetBook, 'units' | 'subjects' | 'econ' | 'govFundRevenue' | 'soeRevenue' | 'threePublic' | 'runningCosts' | 'projects'>

export interface ConsolidationPart {
  /** The file name the figures were read from. */
  source: string
  /** The unit's figures, with the department's unit and project ids. */
  figures: PartFigures
  /**
   * Set by 结转: the year whose 汇总 read `source`. The part then holds that year's figures carried
   * into the new year, and the unit's first file of the new year replaces them (said so in the report).
   */
  carriedFrom?: number
}

/**
 * Every field a book's objects may carry. validate.ts refuses any other, so a hand-edited or
 * foreign file cannot smuggle data past the checks (a deeply nested unknown field once opened
 * and then broke the export). A field added to an interface above must be added here too (the
 * type check below fails until it is), with a migration and a line in docs/file-format.md.
 */
export const BOOK_FIELDS = {
  book: ['schema', 'version', 'department', 'scope', 'year', 'amountUnit', 'units', 'subjects', 'subjectNames', 'econ',
    'govFundRevenue', 'soeRevenue', 'threePublic', 'runningCosts', 'projects', 'prior', 'knownSubjects', 'disclosure', 'consolidation', 'asPublished'],
  unit: ['id', 'name', 'type'],
  subject: ['code', 'name', 'basic', 'project', 'carry'],
  econ: ['id', 'deptClass', 'deptCode', 'deptName', 'govCode', 'govName', 'amount'],
  revenue: ['code', 'name', 'amount'],
  runningCost: ['unitId', 'amounts'],
  project: ['id', 'unitId', 'name', 'kind', 'subject', 'amounts', 'perf'],
  prior: ['year', 'figures'],
  publishedHeadline: ['printed', 'computed'],
} as const

/** Compile-time: `true` only when the list names every key of T and nothing else. */
type Lists<T, L extends readonly string[]> = [Exclude<keyof T, L[number]>, Exclude<L[number], keyof T>] extends [never, never] ? true : false
const fieldsCoverBook: [
  Lists<BudgetBook, typeof BOOK_FIELDS.book>, Lists<Unit, typeof BOOK_FIELDS.unit>, Lists<SubjectLine, typeof BOOK_FIELDS.subject>,
  Lists<EconLine, typeof BOOK_FIELDS.econ>, Lists<RevenueLine, typeof BOOK_FIELDS.revenue>, Lists<RunningCostLine, typeof BOOK_FIELDS.runningCost>,
  Lists<Project, typeof BOOK_FIELDS.project>, Lists<PriorYear, typeof BOOK_FIELDS.prior>, Lists<PublishedHeadline, typeof BOOK_FIELDS.publishedHeadline>,
] = [true, true, true, true, true, true, true, true, true]
void fieldsCoverBook

export type BookObject = keyof typeof BOOK_FIELDS

export function emptyBook(department = '', year = new Date().getFullYear() + 1): BudgetBook {
  return {
    schema: BOOK_SCHEMA,
    version: BOOK_VERSION,
    department,
    scope: '部门',
    year,
    amountUnit: '万元',
    units: department ? [{ id: 'u1', name: department, type: '行政' }] : [],
    subjects: [],
    subjectNames: {},
    econ: [],
    govFundRevenue: [],
    soeRevenue: [],
    threePublic: { abroad: {}, reception: {}, vehiclePurchase: {}, vehicleOps: {} },
    runningCosts: [],
    projects: [],
  }
}

/** The file name offered when a book is first saved or exported: 部门 + 年 + 预算 (no extension). */
export function defaultBookName(book: Pick<BudgetBook, 'department' | 'year'>): string {
  return `${book.department || '未命名'}${book.year}年预算`
}
