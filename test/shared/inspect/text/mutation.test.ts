// Property over every figure of the three seeds' texts: changing one stated figure makes that
// figure (and only it) differ from the tables; a figure that cannot be placed stays unplaced
// and changes nothing else.
import { beforeAll, describe, expect, it } from 'vitest'
import { printedFigures, type PrintedFigures } from '../../../../shared/inspect/printed-figures'
import { checkText, type TextCheck } from '../../../../shared/inspect/text/check-text'
import { SEEDS } from '../../../support/fixtures'
import { openSeed, seedText } from '../support'

/** The text with the last digit of one figure changed by 3 (mod 10). */
function mutate(text: string, start: number, end: number): { text: string; written: string } {
  const written = text.slice(start, end)
  const i = written.search(/\d(?=\D*$)/)
  const d = (Number(written[i]) + 3) % 10
  const changed = written.slice(0, i) + d + written.slice(i + 1)
  return { text: text.slice(0, start) + changed + text.slice(end), written: changed.replace(/\s+/g, '') }
}

describe.each(SEEDS)('seed %s: mutating each figure', (seed) => {
  let pf: PrintedFigures
  let base: TextCheck
  let text: string
  beforeAll(async () => {
    pf = printedFigures((await openSeed(seed)).book)
    text = seedText(seed)
    base = checkText(text, pf)
  })

  it('makes exactly that figure differ', () => {
    const arabic = base.figures.filter((f) => /\d/.test(f.text))
    expect(arabic.length).toBeGreaterThan(60)
    let placed = 0
    for (const f of arabic) {
      const m = mutate(text, f.start, f.end)
      const after = checkText(m.text, pf)
      expect(after.findings).toHaveLength(base.findings.length)
      const was = base.findings[f.index]!
      const now = after.findings[f.index]!
      expect(now.text).toBe(m.written)
      if (was.kind === 'unplaced') expect(now.kind, `${seed} line ${f.line} ${f.text}`).toBe('unplaced')
      else {
        placed++
        expect(now.kind, `${seed} line ${f.line} ${f.text} → ${m.written}`).toBe('differs')
        expect(now.expected).toBe(was.expected)
      }
      // Nothing else moves.
      after.findings.forEach((g, i) => {
        if (i !== f.index) expect(g.kind, `${seed}: mutating line ${f.line} ${f.text} changed ${g.text}`).toBe(base.findings[i]!.kind)
      })
    }
    expect(placed).toBeGreaterThan(20)
  })
})
