// 功能分类 类 names as they were before the 2019 reform of the 政府收支分类科目, still seen in texts
// carried from year to year. A text using one names the current class (so its figure can be
// placed) and the rule P13 reports the outdated name.
export const OUTDATED_CLASS_NAMES: readonly { old: string; code: string; current: string }[] = [
  { old: '文化体育与传媒支出', code: '207', current: '文化旅游体育与传媒支出' },
  { old: '医疗卫生与计划生育支出', code: '210', current: '卫生健康支出' },
  { old: '国土海洋气象等支出', code: '220', current: '自然资源海洋气象等支出' },
  { old: '资源勘探信息等支出', code: '215', current: '资源勘探工业信息等支出' },
]
