// Rebuild each 项's typed amounts (source × 基本/项目, and 上年结转 by fiscal source) from
// what a disclosure prints: 表二 gives the source split, 表三 the 基本/项目 split, 表五/表八/表九
// the split for gp/gf/soe, and 表四 (minus 表二) the carry of each class by source. Where a
// table that should show a source is missing or empty (seed 004 prints 表八 empty although
// 表二 and 表三 place 275.58 of 政府性基金 money), the money is placed from 表二 and 表三 and
// the gap is reported.
import { FISCAL_SOURCES, SOURCE_NAMES, type ByFiscal, type BySource, type FiscalSourceId, type SourceId, type SubjectLine } from '../model/book'
import { fenToString, formatAmount, type Fen } from '../model/money'
import type { PublishedTables, SubjectRow5, T2Row } from './published'
import type { ReportNote } from './report'
import { printedFen } from './printed-amount'
import { FUNCTION_CLASSES } from '../catalog/classes'

const str = (f: Fen): string => fenToString(f, '万元')

function byCode<R extends { code: string; level: string }>(rows: readonly R[]): Map<string, R> {
  return new Map(rows.filter((r) => r.level === '项').map((r) => [r.code, r]))
}

const SPLIT_TABLE: Record<FiscalSourceId, { table: 't5' | 't8' | 't9'; short: string }> = {
  gp: { table: 't5', short: '表五' },
  gf: { table: 't8', short: '表八' },
  soe: { table: 't9', short: '表九' },
}

/** Carry of each class by fiscal source, as 表四 minus 表二 prints it. */
function classCarry(t: PublishedTables, t2: readonly T2Row[]): Map<string, Record<FiscalSourceId, Fen>> {
  const out = new Map<string, Record<FiscalSourceId, Fen>>()
  FUNCTION_CLASSES.forEach((c, i) => {
    const printed = t.t4.expenditure[i]
    const row = t2.find((r) => r.code === c.code)
    if (!printed || !row) return
    out.set(c.code, {
      gp: printedFen(printed.gp) - printedFen(row.gp),
      gf: printedFen(printed.gf) - printedFen(row.gf),
      soe: printedFen(printed.soe) - printedFen(row.soe),
    })
  })
  return out
}

export function placeSubjects(t: PublishedTables, notes: ReportNote[]): SubjectLine[] {
  const t2 = byCode(t.t2.rows)
  const t3 = byCode(t.t3.rows)
  const split: Record<FiscalSourceId, Map<string, SubjectRow5>> = { gp: byCode(t.t5.rows), gf: byCode(t.t8.rows), soe: byCode(t.t9.expenditure) }
  const carryLeft = classCarry(t, t.t2.rows)
  const codes = [...new Set([...t2.keys(), ...t3.keys(), ...split.gp.keys(), ...split.gf.keys(), ...split.soe.keys()])].sort()
  const names = (code: string): string =>
    t2.get(code)?.name ?? t3.get(code)?.name ?? split.gp.get(code)?.name ?? split.gf.get(code)?.name ?? split.soe.get(code)?.name ?? code

  return codes.map((code) => {
    const row2 = t2.get(code)
    const row3 = t3.get(code)
    const total: Record<SourceId, Fen> = {
      gp: printedFen(row2?.gp), gf: printedFen(row2?.gf), soe: printedFen(row2?.soe), sp: printedFen(row2?.sp), uf: printedFen(row2?.unit),
    }
    const basic: BySource = {}
    const project: BySource = {}
    let basicLeft = printedFen(row3?.basic)
    const unknown: SourceId[] = []
    for (const s of FISCAL_SOURCES) {
      const r = split[s].get(code)
      if (r && printedFen(r.total) + printedFen(r.basic) + printedFen(r.project) !== 0n) {
        const b = printedFen(r.basic)
        const p = printedFen(r.project)
        if (b) basic[s] = str(b)
        if (p) project[s] = str(p)
        basicLeft -= b
      } else if (total[s] !== 0n) {
        unknown.push(s)
        notes.push({
          table: SPLIT_TABLE[s].table,
          severity: 'warning',
          message: `${SPLIT_TABLE[s].short}未列出 ${code} ${names(code)} 的${SOURCE_NAMES[s]}支出 ${formatAmount(total[s], '万元')} 万元（表二有此金额），已按表二、表三的数字计入`,
        })
      }
    }
    unknown.push('sp', 'uf')
    // Sources without a table of their own take what 表三's 基本支出 has left, the rest is 项目支出.
    for (const s of unknown) {
      if (total[s] === 0n) continue
      const b = basicLeft > 0n ? (basicLeft < total[s] ? basicLeft : total[s]) : 0n
      basicLeft -= b
      if (b) basic[s] = str(b)
      if (total[s] - b) project[s] = str(total[s] - b)
    }
    // 上年结转: split by source as 表四 shows it for the class, first come first served.
    const carry: ByFiscal = {}
    let c = printedFen(row2?.carry)
    const pool = carryLeft.get(code.slice(0, 3))
    for (const s of FISCAL_SOURCES) {
      if (c <= 0n) break
      const avail = pool ? pool[s] : s === 'gp' ? c : 0n
      const take = avail > 0n ? (avail < c ? avail : c) : 0n
      if (take) {
        carry[s] = str(take)
        if (pool) pool[s] -= take
        c -= take
      }
    }
    if (c > 0n) {
      carry.gp = str(printedFen(carry.gp) + c)
      notes.push({ table: 't4', severity: 'warning', message: `${code} ${names(code)} 的上年结转无法从表四分到资金来源，已计入一般公共预算` })
    }
    return { code, name: names(code), basic, project, carry }
  })
}
