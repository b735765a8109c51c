// Test support: the published texts of the seeds (parts 1, 3, 4 copied from ../shared/seeds into
// test/fixtures/seed-text-*.txt), the typed fields they state (explain-*.json), the seed books
// read from the fixture workbooks, and the figures a text states, for comparing two texts.
import { readFileSync } from 'node:fs'
import { readPublishedWorkbook } from '../../../electron/xlsx/read-published'
import { bookFromPublished } from '../../../shared/import/from-published'
import { validateBook } from '../../../shared/model/validate'
import type { BudgetBook } from '../../../shared/model/book'
import type { DisclosureFields } from '../../../shared/model/disclosure'
import { fixturePath, type Seed } from '../../support/fixtures'

export function seedText(seed: Seed): string {
  return readFileSync(fixturePath(`seed-text-${seed}.txt`), 'utf8')
}

const NUMERALS = '一二三四五六七八九十'
const SECTION_HEAD = new RegExp(`^([${NUMERALS}]+)、`)

/** 第三部分's sections of a seed text, by number ('一' … '十二'), each its lines after the heading. */
export function seedSections(seed: Seed): Map<string, string[]> {
  const lines = seedText(seed).split('\n')
  const start = lines.findIndex((l) => l.startsWith('第三部分'))
  const end = lines.findIndex((l) => l.startsWith('第四部分'))
  const out = new Map<string, string[]>()
  let current: string[] | null = null
  for (const line of lines.slice(start + 1, end)) {
    const m = SECTION_HEAD.exec(line)
    if (m) out.set(m[1]!, (current = []))
    else current?.push(line)
  }
  return out
}

/** 第一部分's two texts (职责, 机构设置) as the seed prints them, one paragraph a line. */
export function seedOverview(seed: Seed): { duties: string; organization: string } {
  const lines = seedText(seed).split('\n')
  const a = lines.findIndex((l) => /^一、本(部门|单位)职责/.test(l))
  const b = lines.findIndex((l) => l.startsWith('二、机构设置'))
  const c = lines.findIndex((l) => l.startsWith('第三部分'))
  return { duties: lines.slice(a + 1, b).join('\n'), organization: lines.slice(b + 1, c).join('\n') }
}

/** 第四部分's lines. */
export function seedGlossary(seed: Seed): string[] {
  const lines = seedText(seed).split('\n')
  return lines.slice(lines.findIndex((l) => l.startsWith('第四部分')) + 1).filter((l) => l.trim())
}

interface Typed {
  prior: Record<string, string>
  disclosure: DisclosureFields
  projects: { otherOperating: string[] | 'all'; published: boolean }
}

/** The seed's book as the app imports its workbook, with the fields its text states typed in. */
export async function seedBook(seed: Seed): Promise<BudgetBook> {
  const published = await readPublishedWorkbook(readFileSync(fixturePath(`${seed}.xlsx`)), `${seed}.xlsx`)
  const { book } = bookFromPublished(published, `${seed}.xlsx`)
  const typed = JSON.parse(readFileSync(fixturePath(`explain-${seed}.json`), 'utf8')) as Typed
  if (book.amountUnit !== '万元') throw new Error('seed books are read in 万元')
  const other = typed.projects.otherOperating
  const filled = {
    ...book,
    prior: { year: book.year - 1, figures: typed.prior },
    disclosure: { ...typed.disclosure, ...seedOverview(seed) },
    projects: book.projects.map((p) => ({
      ...p,
      perf: { category: other === 'all' || other.includes(p.name) ? ('其他运转类' as const) : ('特定目标类' as const), published: typed.projects.published },
    })),
  }
  const valid = validateBook(JSON.parse(JSON.stringify(filled)))
  if (!valid.ok) throw new Error(valid.problems.join('\n'))
  return valid.book
}

/** The figures a text states, in order: amounts, percents, counts with their unit ("24455.18万元"). */
export function statedFigures(text: string): string[] {
  const out: string[] = []
  for (const m of text.matchAll(/(\d[\d,]*(?:\.\d+)?)(万元(?!（原值）)|%|个|家|辆|平方米|台（套）)/g)) {
    const [int = '0', frac = ''] = m[1]!.replace(/,/g, '').split('.')
    out.push(`${BigInt(int)}.${frac.padEnd(2, '0').slice(0, 2)}${m[2]}`)
  }
  return out
}

export type FigureDiff = [published: string | null, ours: string | null]

/** The figures where two texts differ, by longest common subsequence: changed, left out or added. */
export function figureDiff(published: string[], ours: string[]): FigureDiff[] {
  const n = published.length
  const m = ours.length
  const lcs: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0))
  for (let i = n - 1; i >= 0; i--) for (let j = m - 1; j >= 0; j--) {
    lcs[i]![j] = published[i] === ours[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!)
  }
  const out: FigureDiff[] = []
  let dels: string[] = []
  let ins: string[] = []
  const flush = (): void => {
    for (let k = 0; k < Math.max(dels.length, ins.length); k++) out.push([dels[k] ?? null, ins[k] ?? null])
    dels = []
    ins = []
  }
  let i = 0
  let j = 0
  while (i < n || j < m) {
    if (i < n && j < m && published[i] === ours[j]) {
      flush()
      i++
      j++
    } else if (j >= m || (i < n && lcs[i + 1]![j]! >= lcs[i]![j + 1]!)) dels.push(published[i++]!)
    else ins.push(ours[j++]!)
  }
  flush()
  return out
}
