// The fill-in workbook's entry sheets, declared once as data: the template writer lays them
// out from these declarations and the reader interprets a returned workbook with the very
// same ones, so a column can never be written in one place and read from another.
// Every entry sheet has the same frame: a hidden key column (A) naming what each row is, label
// columns (code, name …), amount columns in the book's entry unit, and a locked 合计 formula.
import { FISCAL_SOURCES, SOURCES, SOURCE_NAMES, T10_ITEMS, type SourceId, type T10Item } from '../model/book'

export type LabelField = 'code' | 'name' | 'unit' | 'unitType' | 'subject' | 'deptClass' | 'deptCode' | 'deptName' | 'govCode' | 'govName'

export interface LabelColumn {
  kind: 'label'
  field: LabelField
  header: string
  width: number
  /** Editable on every row (a project's 功能科目); otherwise fixed on the rows the book issued. */
  alwaysEditable?: boolean
}

export interface AmountColumn {
  kind: 'amount'
  /** Where the amount goes: 'basic.gp', 'project.uf', 'carry.gf', 'gp' (projects, 表十, 表十一), 'amount'. */
  field: string
  /** Group header over several amount columns ('基本支出' …), or null. */
  group: string | null
  header: string
}

export type TemplateColumn = LabelColumn | AmountColumn

export type SheetKind = 'subjects' | 'econ' | 'current' | 'carry' | 'gfRevenue' | 'soeRevenue' | 'threePublic' | 'runningCosts'

export interface SheetDecl {
  kind: SheetKind
  /** The sheet's tab name (≤ 31 characters, no [ ] : * ? / \). */
  name: string
  title: string
  /** Which published table(s) the sheet feeds, said on the sheet for the unit. */
  feeds: string
  columns: TemplateColumn[]
  /** Blank rows offered for rows the unit adds (a new 项, project, 表六 item); 0 = fixed rows. */
  spareRows: number
}

const amounts = (prefix: string, sources: readonly SourceId[], group: string | null): AmountColumn[] =>
  sources.map((s) => ({ kind: 'amount', field: prefix ? `${prefix}.${s}` : s, group, header: SOURCE_NAMES[s] }))

const label = (field: LabelField, header: string, width: number, alwaysEditable = false): LabelColumn =>
  ({ kind: 'label', field, header, width, ...(alwaysEditable ? { alwaysEditable } : {}) })

const projectColumns = (sources: readonly SourceId[]): TemplateColumn[] => [
  label('unit', '单位名称', 22),
  label('name', '项目名称', 30),
  label('subject', '功能科目编码（可不填）', 12, true),
  ...amounts('', sources, null),
]

export const SHEETS: readonly SheetDecl[] = [
  {
    kind: 'subjects', name: '功能科目支出', title: '按支出功能分类科目（项）填报本年收支', feeds: '表一至表五、表八、表九',
    columns: [
      label('code', '科目编码', 11), label('name', '科目名称', 28),
      ...amounts('basic', SOURCES, '基本支出'), ...amounts('project', SOURCES, '项目支出'), ...amounts('carry', FISCAL_SOURCES, '上年结转'),
    ],
    spareRows: 15,
  },
  {
    kind: 'econ', name: '基本支出经济科目', title: '一般公共预算基本支出按经济科目填报（不含上年结转）', feeds: '表六',
    columns: [
      label('deptClass', '部门经济分类（类）编码', 10), label('deptCode', '部门经济科目编码', 10), label('deptName', '部门预算支出经济科目名称', 22),
      label('govCode', '政府经济科目编码', 10), label('govName', '政府预算支出经济科目名称', 22),
      { kind: 'amount', field: 'amount', group: null, header: '金额' },
    ],
    spareRows: 10,
  },
  { kind: 'current', name: '本年项目', title: '本年项目支出（按项目填报）', feeds: '表十二', columns: projectColumns(SOURCES), spareRows: 15 },
  { kind: 'carry', name: '上年结转项目', title: '上年结转项目支出（按项目填报）', feeds: '表十三', columns: projectColumns(FISCAL_SOURCES), spareRows: 10 },
  {
    kind: 'gfRevenue', name: '政府性基金收入', title: '政府性基金预算收入（按收入科目填报）', feeds: '表七',
    columns: [label('code', '收入科目编码', 11), label('name', '科目名称', 30), { kind: 'amount', field: 'amount', group: null, header: '政府性基金收入预算' }],
    spareRows: 5,
  },
  {
    kind: 'soeRevenue', name: '国有资本经营收入', title: '国有资本经营预算收入（按收入科目填报）', feeds: '表九',
    columns: [label('code', '收入科目编码', 11), label('name', '科目名称', 30), { kind: 'amount', field: 'amount', group: null, header: '国有资本经营收入预算' }],
    spareRows: 5,
  },
  {
    kind: 'threePublic', name: '三公经费', title: '财政拨款安排“三公”经费', feeds: '表十',
    columns: [label('name', '项目', 26), ...amounts('', FISCAL_SOURCES, null)],
    spareRows: 0,
  },
  {
    kind: 'runningCosts', name: '机关运行经费', title: '财政拨款安排机关运行经费', feeds: '表十一',
    columns: [label('unit', '单位名称', 26), label('unitType', '单位类型', 10), ...amounts('', FISCAL_SOURCES, null)],
    spareRows: 0,
  },
]

export function sheetDecl(kind: SheetKind): SheetDecl {
  return SHEETS.find((s) => s.kind === kind)!
}

export const T10_LABELS: Record<T10Item, string> = {
  abroad: '因公出国（境）费', reception: '公务接待费', vehiclePurchase: '①公务用车购置费', vehicleOps: '②公务用车运行维护费',
}
export { T10_ITEMS }

/** Row keys in the hidden column A: what each row is, independent of where it sits. */
export const ROW_KEY = {
  header: '#表头',
  total: '#合计',
  subject: (code: string): string => `s:${code}`,
  econ: (id: string): string => `e:${id}`,
  project: (id: string): string => `p:${id}`,
  revenue: (code: string): string => `r:${code}`,
  threePublic: (item: T10Item): string => `t:${item}`,
  /** 表十's derived 公务用车购置及运行费 row: a formula, never read. */
  vehicles: '#公务用车',
  unit: (id: string): string => `u:${id}`,
}

/** Rows of a sheet: title, name line, group header, leaf header (key '#表头'), 合计 (key '#合计'), data. */
export const FRAME = { title: 0, nameLine: 1, groupHeader: 2, header: 3, total: 4, firstData: 5 } as const

/** Column index (0-based) of the sheet's i-th declared column: column A holds the key. */
export const columnIndex = (i: number): number => i + 1

/** The 合计 formula column comes right after the declared columns. */
export const totalColumn = (decl: SheetDecl): number => decl.columns.length + 1
