// The publication rules on the 情况说明 the app generates (contract B, shared/explanation): its
// text is checked like any clerk's text — every figure against the tables, the rules on its
// words — and what the clerk has not typed yet (reasons, 政府采购, 国有资产, 绩效) is reported
// under the rule it breaks. Each finding points at its section and paragraph.
import type { Disclosure, Run, Section } from '../../explanation/types'
import type { PrintedFigures } from '../printed-figures'
import { checkText, type TextCheck } from '../text/check-text'
import { RULE_BY_ID, type RuleId } from './catalog'
import { inspectText, type RuleFinding } from './apply'

export interface DisclosureText {
  text: string
  /** Per line of `text`: the section id and paragraph index (−1: the section's heading). */
  lines: { section: string; paragraph: number }[]
}

const runText = (r: Run): string => r.text

/** The 情况说明 as one text, a heading line per section and a line per paragraph. */
export function disclosureText(d: Disclosure): DisclosureText {
  const out: string[] = []
  const lines: DisclosureText['lines'] = []
  const add = (s: Section): void => {
    out.push(`${s.number}、${s.title}`)
    lines.push({ section: s.id, paragraph: -1 })
    s.paragraphs.forEach((p, i) => {
      // A paragraph never holds a line break of its own; one typed by the clerk reads as a space.
      out.push(p.runs.map(runText).join('').replace(/\n/g, ' '))
      lines.push({ section: s.id, paragraph: i })
    })
  }
  d.explanation.forEach(add)
  return { text: out.join('\n'), lines }
}

/** Which rule a field the clerk has not typed breaks. */
function ruleOfMissing(field: string): RuleId {
  if (field.startsWith('disclosure.procurement')) return 'P07'
  if (field.startsWith('disclosure.assets')) return 'P08'
  if (field.startsWith('disclosure.performance') || field.startsWith('projects.perf')) return 'P09'
  if (field.startsWith('disclosure.reasons.threePublic')) return 'P05'
  if (field.startsWith('disclosure.reasons') || field.startsWith('prior.figures')) return 'P13'
  if (field.startsWith('disclosure.glossary')) return 'P10'
  // 八's unit counts wait for the unit types (or the typed counts) to agree with 表十一.
  if (field === 'units' || field.startsWith('disclosure.unitCounts')) return 'P06'
  // Anything else left blank prints as a "（请填写…）" gap: a placeholder in the published text.
  return 'P11'
}

export interface DisclosureInspection {
  findings: RuleFinding[]
  checked: TextCheck
  text: DisclosureText
}

export function inspectDisclosure(d: Disclosure, pf: PrintedFigures): DisclosureInspection {
  const text = disclosureText(d)
  const checked = checkText(text.text, pf)
  // A section the clerk has still to fill is reported once, as the missing field, not again by the
  // text rule that finds its words absent.
  const gaps = new Set(d.missing.map((m) => ruleOfMissing(m.field)))
  const findings = inspectText(text.text, checked, pf, { appGaps: false })
    .filter((f) => !(f.cells.length === 0 && !f.text && gaps.has(f.rule)) && !(f.text && gaps.has(f.rule) && ['P07', 'P08', 'P09'].includes(f.rule)))
    .map((f) => {
      const at = f.text ? text.lines[f.text.line - 1] : undefined
      return at ? { ...f, paragraph: at } : f
    })
  if (!d.glossary.paragraphs.length) findings.push({ rule: 'P10', severity: RULE_BY_ID.get('P10')!.severity, message: '公开文件中没有名词解释', cells: [], paragraph: { section: d.glossary.id, paragraph: -1 } })
  for (const m of d.missing) {
    const rule = ruleOfMissing(m.field)
    findings.push({ rule, severity: RULE_BY_ID.get(rule)!.severity, message: m.message, cells: [], paragraph: { section: m.section, paragraph: -1 }, field: m.field })
  }
  return { findings, checked, text }
}
