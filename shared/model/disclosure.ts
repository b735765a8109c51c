// The disclosure's typed parts that no table carries (book schema v2): 概况 texts, 政府采购,
// 国有资产, 绩效, the clerk's reasons (主要原因) for each change the text states, 其他说明 and
// 名词解释. All optional: a field not typed yet is shown as missing in the generated text,
// never invented. Counts are whole numbers; amounts are decimal strings in 万元 whatever the
// book's entry unit (they are figures of the text, typed as the 政府采购/绩效 documents give them,
// never part of the tables, so a change of entry unit or 舍位平衡 leaves them alone).
import type { AmountStr } from './book'

/** The changes the 情况说明 states with a reason (主要原因), by stable id. */
export const REASON_IDS = [
  'total', // 一、收支总计 比上年
  'threePublic', // 七、“三公”经费合计
  'threePublic:abroad',
  'threePublic:reception',
  'threePublic:vehicle', // 公务用车购置及运行费
  'threePublic:vehiclePurchase',
  'threePublic:vehicleOps',
  'runningCosts', // 八、机关运行经费
] as const
export type ReasonId = (typeof REASON_IDS)[number]

export const REASON_LABELS: Record<ReasonId, string> = {
  total: '收支总计增减',
  threePublic: '“三公”经费增减',
  'threePublic:abroad': '因公出国（境）费增减',
  'threePublic:reception': '公务接待费增减',
  'threePublic:vehicle': '公务用车购置及运行费增减',
  'threePublic:vehiclePurchase': '公务用车购置费增减',
  'threePublic:vehicleOps': '公务用车运行维护费增减',
  runningCosts: '机关运行经费增减',
}

/** The seven kinds of 公务用车, in the order the text lists them. */
export const VEHICLE_KINDS = ['leader', 'confidential', 'emergency', 'enforcement', 'special', 'institution', 'other'] as const
export type VehicleKind = (typeof VEHICLE_KINDS)[number]
export const VEHICLE_NAMES: Record<VehicleKind, string> = {
  leader: '领导用车',
  confidential: '机要通信用车',
  emergency: '应急保障用车',
  enforcement: '执法执勤用车',
  special: '特种专业技术用车',
  institution: '事业单位业务用车',
  other: '其他公务用车',
}

export const PROCUREMENT_KINDS = ['goods', 'works', 'services'] as const
export type ProcurementKind = (typeof PROCUREMENT_KINDS)[number]
export const PROCUREMENT_NAMES: Record<ProcurementKind, string> = { goods: '货物', works: '工程', services: '服务' }

export const UNIT_KIND_NAMES = { admin: '行政单位', civil: '参照公务员法管理的事业单位', institution: '事业单位' } as const
export type UnitKindCount = keyof typeof UNIT_KIND_NAMES

export interface Assets {
  /** The 截至 date of the figures, 'YYYY-MM-DD' (the text says 12-31 of last year when absent). */
  asOf?: string
  /** 公务用车 编制 and 实有, by kind. */
  vehicles?: Partial<Record<VehicleKind, { quota?: number; actual?: number }>>
  /** 办公用房建筑总面积, square metres (decimal string). */
  officeArea?: string
  /** 通用设备 of 原值 ≥ 50 万元 and ≥ 100 万元 (台/套). */
  equipment50?: number
  equipment100?: number
}

/** The 截至 date of 十一 as the text states it ("2025年12月31日"): the typed date, else 12-31 of the year before. */
export function assetsDateText(asOf: string | undefined, year: number): string {
  const m = asOf ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(asOf) : null
  return m ? `${Number(m[1])}年${Number(m[2])}月${Number(m[3])}日` : `${year - 1}年12月31日`
}

export interface GlossaryEntry {
  term: string
  text: string
}

export interface DisclosureFields {
  /** 第一部分 一、职责: paragraphs separated by new lines. */
  duties?: string
  /** 第一部分 二、机构设置. */
  organization?: string
  /**
   * How many units of each kind the department has ("本部门N年所属2家行政单位、1家…"), where the
   * book's unit list does not tell (an imported file with one unit for the whole department).
   */
  unitCounts?: Partial<Record<UnitKindCount, number>>
  reasons?: Partial<Record<ReasonId, string>>
  procurement?: Partial<Record<ProcurementKind, AmountStr>>
  assets?: Assets
  /** 整体绩效目标: the money it covers, 基本支出 and 项目支出. */
  performance?: { basic?: AmountStr; project?: AmountStr }
  /** 十二、其他说明: （一）政府购买服务指导性目录, （二）其他. */
  purchaseCatalog?: string
  otherNotes?: string
  /** 第四部分 名词解释 (the standard twelve when absent). */
  glossary?: GlossaryEntry[]
}

/** A project's 绩效目标 (absent: not under 绩效目标管理). */
export interface ProjectPerformance {
  category: '其他运转类' | '特定目标类'
  /** Its 绩效目标表 is published with the disclosure. */
  published: boolean
}
export const PERF_CATEGORIES = ['其他运转类', '特定目标类'] as const

/** The twelve standard terms of 第四部分 名词解释, as the 孝义市 disclosures print them. */
export const STANDARD_GLOSSARY: readonly GlossaryEntry[] = [
  { term: '基本支出', text: '指为保障机构正常运转、完成日常工作任务而发生的人员支出和公用支出。' },
  { term: '项目支出', text: '指在基本支出之外为完成特定行政任务和事业发展目标所发生的支出。' },
  {
    term: '“三公”经费',
    text: '指省直部门用财政拨款安排的因公出国（境）费用、公务用车购置及运行费和公务接待费。其中：因公出国（境）费用反映单位公务出国（境）的国际旅费、国外城市间交通费、住宿费、伙食费、培训费、公杂费等支出；公务用车购置费反映公务用车购置支出（含车辆购置税、牌照费）；公务用车运行维护费反映单位按规定保留的公务用车燃料费、维修费、过路过桥费、保险费、安全奖励费用等支出；公务接待费反映机关和参公事业单位按规定开支的各类公务接待（含外宾接待）支出。',
  },
  { term: '机关运行经费', text: '指行政单位和参照公务员法管理的事业单位使用财政拨款安排的基本支出中的公用经费支出。' },
  {
    term: '政府购买服务',
    text: '根据我国现行政策规定，政府购买服务，是指充分发挥市场机制作用，将国家机关属于自身职责范围且适合通过市场化方式提供的服务事项，按照政府采购方式和程序，交由符合条件的服务供应商承担，并根据服务数量和质量等情况向其支付费用的行为。',
  },
  {
    term: '财政专户管理资金',
    text: '专指教育收费，包括目前在财政专户管理的高中以上学费、住宿费，高校委托培养费，党校收费，教育考试考务费，函大、电大、夜大及短训班培训费等。',
  },
  { term: '单位资金', text: '是指除政府预算资金和财政专户管理资金以外的资金，包括事业收入、事业单位经营收入、上级补助收入、附属单位上缴收入、其他收入。' },
  { term: '上年结转', text: '指以前年度预算安排、结转到本年仍按原规定用途继续使用的资金。' },
  { term: '一般公共预算', text: '是指以税收为主体的财政收入，安排用于保障和改善民生、推动经济社会发展、维护国家安全、维持国家机构正常运转等方面的收支预算。' },
  { term: '政府性基金预算', text: '是对依照法律、行政法规的规定在一定期限内向特定对象征收、收取或者以其他方式筹集的资金，专项用于特定公共事业发展的收支预算。' },
  { term: '国有资本经营预算', text: '是对国有资本收益作出支出安排的收支预算。' },
  { term: '财政拨款', text: '包含一般公共预算、政府性基金预算、国有资本经营预算。' },
]
