// The publication rules a 财政 inspection applies to a 部门预算公开, as data: what each checks,
// how serious a breach is, and where the rule comes from. Sources: 财政部《地方预决算公开操作
// 规程》(财预〔2016〕143号) and the points the yearly 地方预决算公开专项检查 checks.

export type RuleId = 'P01' | 'P02' | 'P03' | 'P04' | 'P05' | 'P06' | 'P07' | 'P08' | 'P09' | 'P10' | 'P11' | 'P12' | 'P13' | 'P14' | 'P15'
export type RuleSeverity = 'error' | 'warning'

export interface PublicationRule {
  id: RuleId
  severity: RuleSeverity
  /** Short Chinese title shown in 审核 and the inspection workbook. */
  title: string
  /** What is checked, in Chinese, for the clerk. */
  checks: string
  source: string
  /** Book: checked on the tables alone; text: needs the 情况说明 (generated or the clerk's own). */
  applies: 'book' | 'text' | 'both'
}

const GUIDE = '财政部《地方预决算公开操作规程》（财预〔2016〕143号）'
const YEARLY = '地方预决算公开专项检查（年度检查要点）'

export const PUBLICATION_RULES: readonly PublicationRule[] = [
  { id: 'P01', severity: 'error', title: '公开全部表格', checks: '13 张部门预算公开表全部公开，读取原表时没有缺表', source: GUIDE, applies: 'book' },
  { id: 'P02', severity: 'warning', title: '空表说明', checks: '没有数据的表（政府性基金、国有资本经营、三公经费、机关运行经费、上年结转）照常公开并注明本表无数据，并在情况说明中解释', source: `${GUIDE}；${YEARLY}`, applies: 'both' },
  { id: 'P03', severity: 'error', title: '支出公开到功能分类项级', checks: '支出按功能分类公开到项级科目（7 位编码）', source: GUIDE, applies: 'book' },
  { id: 'P04', severity: 'error', title: '基本支出公开到经济分类款级', checks: '一般公共预算基本支出按经济分类公开到款级科目，表六合计与表五基本支出一致', source: GUIDE, applies: 'book' },
  { id: 'P05', severity: 'warning', title: '“三公”经费分项说明', checks: '“三公”经费分因公出国（境）费、公务接待费、公务用车购置费和运行维护费公开，增减变化逐项说明原因', source: `${GUIDE}；${YEARLY}`, applies: 'text' },
  { id: 'P06', severity: 'warning', title: '机关运行经费', checks: '公开机关运行经费预算并说明增减原因；有行政单位或参公单位而机关运行经费为零的须说明；机关运行经费只属于行政单位和参公单位，列出机关运行经费的单位类型应与之相符', source: YEARLY, applies: 'both' },
  { id: 'P07', severity: 'warning', title: '政府采购情况', checks: '说明政府采购预算总额及货物、工程、服务各类金额', source: YEARLY, applies: 'text' },
  { id: 'P08', severity: 'warning', title: '国有资产占有使用情况', checks: '说明公务用车、办公用房和大额通用设备等国有资产占有使用情况', source: YEARLY, applies: 'text' },
  { id: 'P09', severity: 'warning', title: '绩效目标', checks: '说明整体绩效目标和项目绩效目标的编报及公开情况', source: YEARLY, applies: 'text' },
  { id: 'P10', severity: 'warning', title: '名词解释', checks: '对专业性较强的名词（三公经费、机关运行经费等）进行解释', source: GUIDE, applies: 'text' },
  { id: 'P11', severity: 'error', title: '不留占位符', checks: '文字和表中不出现 XX、×××、待填写、某某 等未填写的占位内容', source: YEARLY, applies: 'both' },
  { id: 'P12', severity: 'warning', title: '上年为零不写增长率', checks: '上年数为零时只写增加额，不写“增长X%”', source: YEARLY, applies: 'text' },
  { id: 'P13', severity: 'warning', title: '增减变化说明原因', checks: '收支总额、“三公”经费（逐项）、机关运行经费比上年增减的，说明主要原因', source: `${GUIDE}；${YEARLY}`, applies: 'text' },
  { id: 'P14', severity: 'warning', title: '使用现行科目名称', checks: '使用现行政府收支分类科目名称（如文化旅游体育与传媒支出，不用文化体育与传媒支出）', source: YEARLY, applies: 'both' },
  { id: 'P15', severity: 'error', title: '表文一致', checks: '情况说明中的数字与公开表一致', source: YEARLY, applies: 'text' },
]

export const RULE_BY_ID: ReadonlyMap<RuleId, PublicationRule> = new Map(PUBLICATION_RULES.map((r) => [r.id, r]))
