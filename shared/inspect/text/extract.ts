// Every figure a 情况说明 states, with what the words around it say it is: an amount ("基本支出
// 4,158.61万元"), a change against last year ("比上年减少560.88万元"), the rate of that change
// ("下降5.81%"), a share ("占99.88%") or a count ("二级项目82个"). Sentences end at 。；！？ and
// at line ends, except where a PDF wrapped a long line in mid-sentence.
import { asciiDigits, chineseNumber, plainNumber } from './numbers'
import { splitSections, type SectionId, type TextLine } from './sections'

export type FigureUnit = '万元' | '亿元' | '元' | '%' | '个' | '家' | '辆' | '平方米' | '台/套' | '项' | '人'
export type FigureRole = 'amount' | 'change' | 'rate' | 'share' | 'percent' | 'count'

export interface TextFigure {
  /** Index in the text's figures, in reading order. */
  index: number
  /** The figure as written, unit included: "4,158.61万元". */
  text: string
  /** Plain decimal of the number: "4158.61". */
  value: string
  unit: FigureUnit
  role: FigureRole
  /** Changes and rates: +1 增加/增长, −1 减少/下降. */
  sign: 1 | -1
  /** Offsets of `text` in the whole text, and its 1-based line. */
  start: number
  end: number
  line: number
  section: SectionId | null
  /** The words since the previous figure (line breaks removed): "，其中：本年收入". */
  lead: string
  /** The last clause of `lead`: "本年收入". */
  label: string
  /** The words right after the figure up to the next comma or stop: "行政单位" of "一家行政单位". */
  trail: string
  /** The sentence, line breaks removed. */
  sentence: string
  /** Sentence index (figures of one sentence share it). */
  sentenceIndex: number
  /** After a stated reason began ("主要原因是……"): maybe the reason's figure, not the tables'. */
  inReason: boolean
  /** How many reasons began before it in the sentence: figures of one item share it. */
  segment: number
  /** Whether the sentence speaks of 支出 rather than 收入 (表一's two sides). */
  expenditureSide: boolean
}

export interface SkippedBlock {
  /** 1-based first and last line. */
  from: number
  to: number
  title: string
  figures: number
}

export interface ExtractedText {
  figures: TextFigure[]
  skipped: SkippedBlock[]
  lines: TextLine[]
}

// A PDF wraps a line inside a unit as well ("11,031.86万" / "元。").
const UNIT_WORDS = '万\\s*元|亿\\s*元|元|%|％|个|家|辆|平\\s*方\\s*米|台\\s*[（(]\\s*套\\s*[）)]|台\\s*/\\s*套|台套|项(?!目)|人'
const FIGURE = new RegExp(
  `(?<![\\d.,A-Za-z])(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)\\s*(${UNIT_WORDS})|([零〇一二两三四五六七八九十百]+)(个|家|辆|项(?!目))`,
  'g',
)

function unitOf(word: string): FigureUnit {
  const w = word.replace(/\s/g, '')
  if (w === '％') return '%'
  if (w.startsWith('台') || w === '套') return '台/套'
  return w as FigureUnit
}

const CHANGE_WORD = /(增加|减少|增长|下降|上升|降低|增幅|降幅|增|减|降|多|少)/
const DOWN_WORD = /(减少|下降|降低|降幅|减|降|少)/
const AGAINST_LAST = /(比|较|与|同)[^，,。；]*?(上年|上一年|去年|\d{4}\s*年)|同比|较上年/

const CLAUSE_BREAK = /[，,：:、（(）)]/

// A page's number printed in its footer ("— 23 —", "- 23 -", "第 23 页", "23"): a PDF's text
// carries it between the two halves of a sentence the page broke.
const PAGE_NUMBER = /^\s*(?:[—–\-－]+\s*\d{1,4}\s*[—–\-－]+|第\s*\d{1,4}\s*页(?:\s*[,，/、]?\s*共\s*\d{1,4}\s*页)?|\d{1,4})\s*$/

/** Printed width in half-width cells: a Chinese character or full-width mark takes two. */
const widthOf = (s: string): number => {
  let w = 0
  for (const c of s.trim()) w += c.charCodeAt(0) < 0x2000 ? 1 : 2
  return w
}

/**
 * The width a wrapped line of this text fills: the median width of its lines of prose (those
 * with a comma or stop). A PDF's lines are about one width, and the line before a break fills it
 * but for the next word that did not fit ("…涉及部门预算资金" before "12,170.29万元，"); a Word
 * document's lines are whole paragraphs, so wide that no short line is taken as wrapped.
 */
function wrapWidth(lines: TextLine[]): number {
  const widths = lines
    .filter((l) => !l.heading && !l.attachment && /[，。；,;]/.test(l.text))
    .map((l) => widthOf(l.text))
    .sort((a, b) => a - b)
  return widths.length ? widths[widths.length >> 1]! : Infinity
}

// A wrapped line may miss the page's width by the next word that did not fit: a figure with
// its unit and comma ("12,170.29万元，" is 15 cells) or a few characters of a word.
const WRAP_SLACK = 16

/** Sentence boundaries: 。；!? always; a line end unless the line was wrapped mid-sentence. */
function sentenceRanges(text: string, lines: TextLine[]): { start: number; end: number }[] {
  const ranges: { start: number; end: number }[] = []
  const full = wrapWidth(lines)
  let start = -1
  const close = (end: number): void => {
    if (start >= 0 && end > start) ranges.push({ start, end })
    start = -1
  }
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!
    if (l.heading || l.attachment) {
      close(l.start)
      continue
    }
    for (let k = 0; k < l.text.length; k++) {
      const at = l.start + k
      if (start < 0) start = at
      if ('。；;！？!?'.includes(l.text[k]!)) close(at + 1)
    }
    let j = i + 1
    while (j < lines.length && lines[j]!.text.trim() === '') j++
    const next = lines[j]
    const length = l.text.trim().length
    const filled = length >= 30 || widthOf(l.text) >= full - WRAP_SLACK
    const wrapped =
      filled && !/[。；;！？：:]\s*$/.test(l.text) && next !== undefined && !next.heading && !next.attachment && next.text.trim() !== ''
    if (!wrapped && l.text.trim() !== '') close(l.start + l.text.length)
  }
  close(text.length)
  return ranges
}

function lineAt(lines: TextLine[], offset: number): TextLine {
  let lo = 0
  let hi = lines.length - 1
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1
    if (lines[mid]!.start <= offset) lo = mid
    else hi = mid - 1
  }
  return lines[lo]!
}

// Line breaks and the spaces PDF extraction puts between Chinese and digits carry no meaning.
const flat = (s: string): string => s.replace(/\s+/g, '')

export function extractFigures(input: string): ExtractedText {
  // A page number between a sentence's halves belongs to neither: blanked (offsets and line
  // numbers stay those of the text as read), the sentence reads across it.
  const text = asciiDigits(input.replace(/\r\n?/g, '\n'))
    .split('\n')
    .map((l) => (PAGE_NUMBER.test(l) ? ' '.repeat(l.length) : l))
    .join('\n')
  const lines = splitSections(text)
  const figures: TextFigure[] = []
  sentenceRanges(text, lines).forEach((range, sentenceIndex) => {
    const raw = text.slice(range.start, range.end)
    const sentence = flat(raw).trim()
    let prevEnd = 0
    for (const m of raw.matchAll(FIGURE)) {
      const at = m.index
      const lead = flat(raw.slice(prevEnd, at))
      const before = flat(raw.slice(0, at))
      prevEnd = at + m[0].length
      const chinese = m[3] !== undefined
      const value = chinese ? String(chineseNumber(m[3]!) ?? '') : plainNumber(m[1]!)
      if (value === '') continue
      const unit = unitOf(chinese ? m[4]! : m[2]!)
      // "因公出国（境）费": a short parenthesis is part of the name, not a clause break.
      const parts = lead.replace(/[（(][^（()）]{1,4}[）)]/g, '').split(CLAUSE_BREAK)
      const label = (parts[parts.length - 1] ?? '').trim()
      const changeWords = CHANGE_WORD.test(lead) && (AGAINST_LAST.test(lead) || unit === '%')
      let role: FigureRole
      if (unit === '%') role = /占/.test(lead) ? 'share' : CHANGE_WORD.test(lead) ? 'rate' : 'percent'
      else if (unit === '万元' || unit === '亿元' || unit === '元') role = changeWords ? 'change' : 'amount'
      else role = 'count'
      const line = lineAt(lines, range.start + at)
      figures.push({
        index: figures.length,
        text: flat(m[0]),
        value,
        unit,
        role,
        sign: DOWN_WORD.test(label) ? -1 : 1,
        start: range.start + at,
        end: range.start + at + m[0].length,
        line: line.line,
        section: line.section,
        lead,
        label,
        trail: flat(raw.slice(at + m[0].length)).split(/[，,：:、；;。]/)[0] ?? '',
        sentence,
        sentenceIndex,
        inReason: /原因/.test(before),
        segment: (before.match(/原因/g) ?? []).length,
        expenditureSide: /支出/.test(sentence) && !/收入/.test(sentence),
      })
    }
  })
  return { figures, skipped: skippedBlocks(text, lines), lines }
}

/** A 目录 entry as a .docx's text gives it: a title, a tab, its page number ("表一 2026年预算收支总表\t2"). */
const CONTENTS_ENTRY = /^[^\t]{1,80}\t\d{1,4}$/

/** Attached forms, each with how many figures it holds (none of them checked); the 目录's lines are no form. */
function skippedBlocks(text: string, lines: TextLine[]): SkippedBlock[] {
  const blocks: SkippedBlock[] = []
  for (const l of lines) {
    if (!l.attachment || CONTENTS_ENTRY.test(l.text.trim())) continue
    const last = blocks[blocks.length - 1]
    const n = [...l.text.matchAll(FIGURE)].length
    if (last && last.to === l.line - 1 && !/绩效目标(?:申报)?表/.test(l.text)) {
      last.to = l.line
      last.figures += n
    } else blocks.push({ from: l.line, to: l.line, title: l.text.trim().slice(0, 40), figures: n })
  }
  void text
  return blocks
}
