// A 情况说明 cut into its sections by their headings, whatever their numbering ("一、", "（二）",
// "3.") and wording ("部门预算收支数据变动情况" / "收支总体情况"): the heading's words decide which
// table figures the section's sentences speak of. Attached 绩效目标表 (forms, not prose) are set
// apart: their figures are the projects' own and are reported as skipped, not guessed at.

export type SectionId =
  | 'overview' // 一、收支数据变动情况及原因 (表一)
  | 'income' // 二、收入预算情况说明 (表二)
  | 'expenditure' // 三、支出预算情况说明 (表三)
  | 'fiscal' // 四、财政拨款收支预算总体情况 (表四)
  | 'gp' // 五、一般公共预算支出 (表五)
  | 'gpStructure' // 五（二）支出结构 (表五 by 类)
  | 'basic' // 六、基本支出 (表六)
  | 'threePublic' // 七、“三公”经费 (表十)
  | 'running' // 八、机关运行经费 (表十一)
  | 'procurement' // 九、政府采购
  | 'performance' // 十、绩效管理
  | 'assets' // 十一、国有资产占有使用
  | 'other' // 十二、其他说明

export const SECTION_TITLES: Record<SectionId, string> = {
  overview: '收支数据变动情况',
  income: '收入预算情况说明',
  expenditure: '支出预算情况说明',
  fiscal: '财政拨款收支预算总体情况说明',
  gp: '一般公共预算支出情况说明',
  gpStructure: '一般公共预算当年支出结构情况',
  basic: '一般公共预算基本支出情况说明',
  threePublic: '“三公”经费增减变动原因说明',
  running: '机关运行经费增减变动原因说明',
  procurement: '政府采购情况',
  performance: '绩效管理情况',
  assets: '国有资产占有使用情况',
  other: '其他说明',
}

/** Heading words → section, most specific first (a 财政拨款 heading also says 收支). */
const HEADINGS: [RegExp, SectionId][] = [
  [/三公/, 'threePublic'],
  [/机关运行经费/, 'running'],
  [/政府采购/, 'procurement'],
  [/绩效/, 'performance'],
  [/国有资产/, 'assets'],
  [/其他说明/, 'other'],
  [/基本支出/, 'basic'],
  [/财政拨款/, 'fiscal'],
  [/一般公共预算.*结构|当年支出结构/, 'gpStructure'],
  [/一般公共预算/, 'gp'],
  [/收支|收入支出|收入和支出/, 'overview'],
  [/收入/, 'income'],
  [/支出/, 'expenditure'],
]

const NUMBERED = /^\s*(?:第[一二三四五六七八九十]+部分|[一二三四五六七八九十]+\s*[、.．]|[（(]\s*[一二三四五六七八九十]+\s*[）)]|\d{1,2}\s*[、.．](?!\d))/
const PART = /^\s*第[一二三四五六七八九十]+部分/
const TOP_LEVEL = /^\s*[一二三四五六七八九十]+\s*[、.．]/
const ATTACHMENT = /绩效目标(?:申报)?表|绩效目标申报表|支出绩效目标表/

export interface TextLine {
  /** 1-based line number in the text. */
  line: number
  text: string
  /** Offset of the line's first character in the text. */
  start: number
  section: SectionId | null
  heading: boolean
  /** Inside an attached form (绩效目标表): not prose. */
  attachment: boolean
}

/** The section a heading line opens, or undefined when the line is no heading we know. */
export function headingSection(text: string): SectionId | undefined {
  const t = text.trim()
  if (t.length > 40 || /万元|%|％/.test(t)) return undefined
  // An unnumbered heading: a short line of words ending in 情况/说明, no figure, no stop.
  const bare = t.length <= 24 && /(情况|说明|情况说明)$/.test(t) && !/\d|[，。；,;]/.test(t)
  if (!NUMBERED.test(t) && !bare) return undefined
  for (const [re, id] of HEADINGS) if (re.test(t)) return id
  return undefined
}

/**
 * A line that is one text two or more times end to end, or whose every part is ("0万元0万元 0万元0万元":
 * two labels side by side). A table's "合计 合计" has a space between, and is no such line.
 */
const REPEATED = /^(.{2,}?)\1+$/u
const drawnTwice = (line: string): boolean =>
  line.length <= 200 && (REPEATED.test(line) || line.split(/\s+/).every((part) => REPEATED.test(part)))

export function splitSections(text: string): TextLine[] {
  const out: TextLine[] = []
  let section: SectionId | null = null
  let attachment = false
  let offset = 0
  const lines = text.split('\n')
  lines.forEach((raw, i) => {
    const t = raw.replace(/\r$/, '')
    const trimmed = t.trim()
    const found = headingSection(trimmed)
    const numbered = NUMBERED.test(trimmed) && trimmed.length <= 40
    if (attachment && TOP_LEVEL.test(trimmed) && found) attachment = false
    else if (!attachment && ATTACHMENT.test(trimmed) && trimmed.length <= 60 && !/见附件/.test(trimmed)) attachment = true
    // A part of the document ("第一部分 概况", "第四部分 名词解释") opens no section of the 情况说明
    // and ends the one before: else 概况 read on in the section the 目录's last entry (十二、其他说明) opened.
    if (!attachment && PART.test(trimmed)) section = null
    // A sub-heading of unknown words (（一）…) keeps its parent's section.
    else if (found && !attachment) {
      // "五（二）结构" narrows "五"; a later top-level heading resets.
      section = found
    }
    // A tab-separated line is a table row (a form pasted into the text), not prose; so is a chart's
    // label in the 情况说明 a PDF holds twice (outline and fill: "119.43万元 1.00%119.43万元 1.00%").
    out.push({ line: i + 1, text: t, start: offset, section, heading: Boolean(found) || (numbered && !/\d{3,}/.test(trimmed)), attachment: attachment || t.includes('\t') || (section !== null && drawnTwice(trimmed)) })
    offset += raw.length + 1
  })
  return out
}
