// The 30 function classes (类) that 表一 and 表四 always print, in order, with their ordinals.
export interface FunctionClass {
  code: string
  seq: string
  name: string
}

const LIST: [string, string, string][] = [
  ['201', '一', '一般公共服务支出'], ['202', '二', '外交支出'], ['203', '三', '国防支出'],
  ['204', '四', '公共安全支出'], ['205', '五', '教育支出'], ['206', '六', '科学技术支出'],
  ['207', '七', '文化旅游体育与传媒支出'], ['208', '八', '社会保障和就业支出'], ['209', '九', '社会保险基金支出'],
  ['210', '十', '卫生健康支出'], ['211', '十一', '节能环保支出'], ['212', '十二', '城乡社区支出'],
  ['213', '十三', '农林水支出'], ['214', '十四', '交通运输支出'], ['215', '十五', '资源勘探工业信息等支出'],
  ['216', '十六', '商业服务业等支出'], ['217', '十七', '金融支出'], ['219', '十八', '援助其他地区支出'],
  ['220', '十九', '自然资源海洋气象等支出'], ['221', '二十', '住房保障支出'], ['222', '二十一', '粮油物资储备支出'],
  ['223', '二十二', '国有资本经营预算支出'], ['224', '二十三', '灾害防治及应急管理支出'], ['227', '二十四', '预备费'],
  ['229', '二十五', '其他支出'], ['230', '二十六', '转移性支出'], ['231', '二十七', '债务还本支出'],
  ['232', '二十八', '债务付息支出'], ['233', '二十九', '债务发行费用支出'], ['234', '三十', '抗疫特别国债安排的支出'],
]

export const FUNCTION_CLASSES: readonly FunctionClass[] = LIST.map(([code, seq, name]) => ({ code, seq, name }))

export const CLASS_BY_CODE: ReadonlyMap<string, FunctionClass> = new Map(FUNCTION_CLASSES.map((c) => [c.code, c]))

/** Chinese ordinal for n = 1 … 99 (一 … 九十九), as printed before class names. */
export function chineseOrdinal(n: number): string {
  const digits = '零一二三四五六七八九'
  if (n < 10) return digits[n]!
  const tens = Math.floor(n / 10)
  const ones = n % 10
  return (tens === 1 ? '' : digits[tens]!) + '十' + (ones ? digits[ones]! : '')
}
