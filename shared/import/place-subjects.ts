// Rebuild each 项's typed amounts (source × 基本/项目, and 上年结转 by fiscal source) from
// what a disclosure prints: 表二 gives the source split, 表三 the 基本/项目 split, 表五/表八/表九
// the split for gp/gf/soe, and 表四 (minus 表二) the carry of each class by source. Where a
// table that should show a source is missing or empty (seed 004 prints 表八 empty although
// 表二 and 表三 place 275.58 of 政府性基金 money), the money is placed from 表二 and 表三 and
// the gap is reported.
import { FISCAL_SOURCES, SOURCES, SOURCE_NAMES, type ByFiscal, type BySource, type FiscalSourceId, type SourceId, type SubjectLine } from '../model/book'
import { fenToString, formatAmount, type Fen } from '../model/money'
import type { PublishedTables, SubjectRow5, T2Row } from './published'
import type { ReportNote } from './report'
import type { TableId } from '../tables/ids'
import { printedFen } from './printed-amount'
import { FUNCTION_CLASSES } from '../catalog/classes'
import { FlowNetwork } from './max-flow'

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

export function placeSubjects(t: PublishedTables, notes: ReportNote[], yuanTables: readonly TableId[] = []): SubjectLine[] {
  // The amount a note quotes comes from 表二: in 元 with two decimals where 表二 was printed in 元 (not 6-decimal 万元).
  const t2Amount = (fen: Fen): string => (yuanTables.includes('t2') ? `${formatAmount(fen, '元')} 元` : `${formatAmount(fen, '万元')} 万元`)
  const t2 = byCode(t.t2.rows)
  const t3 = byCode(t.t3.rows)
  const split: Record<FiscalSourceId, Map<string, SubjectRow5>> = { gp: byCode(t.t5.rows), gf: byCode(t.t8.rows), soe: byCode(t.t9.expenditure) }
  const carryLeft = classCarry(t, t.t2.rows)
  // 表十二's department row: this year's 项目支出 of each source, to say which source of a 项
  // the project part belongs to where no table splits it (财政专户, 单位资金, an empty 表八).
  const dept = t.t12.rows.find((r) => r.level === 'dept')
  const projectNeed: Record<SourceId, Fen> = {
    gp: printedFen(dept?.gp), gf: printedFen(dept?.gf), soe: printedFen(dept?.soe), sp: printedFen(dept?.sp), uf: printedFen(dept?.unit),
  }
  const codes = [...new Set([...t2.keys(), ...t3.keys(), ...split.gp.keys(), ...split.gf.keys(), ...split.soe.keys()])].sort()
  const names = (code: string): string =>
    t2.get(code)?.name ?? t3.get(code)?.name ?? split.gp.get(code)?.name ?? split.gf.get(code)?.name ?? split.soe.get(code)?.name ?? code

  const pending: Pending[] = []
  const lines = codes.map((code): SubjectLine => {
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
          message: `${SPLIT_TABLE[s].short}未列出 ${code} ${names(code)} 的${SOURCE_NAMES[s]}支出 ${t2Amount(total[s])}（表二有此金额），已按表二、表三的数字计入`,
        })
      }
    }
    unknown.push('sp', 'uf')
    const withMoney = unknown.filter((src) => total[src] !== 0n)
    if (withMoney.length) {
      pending.push({ code, name: names(code), sources: withMoney, total, basicPart: basicLeft, basic, project })
    }
    const carry = placeCarry(printedFen(row2?.carry), carryLeft.get(code.slice(0, 3)), (kind) =>
      notes.push(kind === 'unplaced'
        ? { table: 't4', severity: 'warning', message: `${code} ${names(code)} 的上年结转无法从表四分到资金来源，余下部分已计入一般公共预算` }
        : { table: 't4', severity: 'info', message: `${code} ${names(code)} 的上年结转按资金来源的划分由表四推定（本类有多个来源的结转）` }))
    return { code, name: names(code), basic, project, carry }
  })
  // 表十二 demands each source's whole 项目支出; what 表五/八/九 already placed is not demanded again.
  for (const line of lines) for (const src of SOURCES) projectNeed[src] -= printedFen(line.project[src])
  placeUnsplit(pending, projectNeed, notes)
  return lines
}

const min = (a: Fen, b: Fen): Fen => (a < b ? a : b)
const max = (a: Fen, b: Fen): Fen => (a > b ? a : b)

/** A 项's money of sources no table splits into 基本/项目 (财政专户, 单位资金, a source whose table is empty). */
interface Pending {
  code: string
  name: string
  sources: SourceId[]
  total: Record<SourceId, Fen>
  /** How much of that money is 基本支出: 表三's 基本支出 of the 项 less what the known sources have. */
  basicPart: Fen
  basic: BySource
  project: BySource
}

/**
 * Say which source each 项's unsplit 项目支出 belongs to, so that each source's 项目支出 adds up to
 * what 表十二's department row shows for it: a transportation problem (项 supply their project
 * part, each source may take up to its money in the 项, 表十二 demands per source) solved exactly
 * as a max-flow. Only data that does not add up leaves a remainder, placed where there is room.
 */
function placeUnsplit(pending: readonly Pending[], projectNeed: Record<SourceId, Fen>, notes: ReportNote[]): void {
  const set = (p: Pending, s: SourceId, project: Fen): void => {
    if (p.total[s] - project) p.basic[s] = str(p.total[s] - project)
    if (project) p.project[s] = str(project)
    projectNeed[s] -= project
  }
  // One unsplit source: 表三 determines its split exactly, whatever the signs.
  const several: Pending[] = []
  for (const p of pending) {
    if (p.sources.length > 1) several.push(p)
    else {
      const s = p.sources[0]!
      const t = p.total[s]
      set(p, s, t - (t >= 0n ? min(max(p.basicPart, 0n), t) : max(min(p.basicPart, 0n), t)))
    }
  }
  const flowable = several.filter((p) => p.sources.every((s) => p.total[s] >= 0n) && p.basicPart >= 0n)
  if (flowable.length) {
    const sourceNode = (s: SourceId): number => 2 + flowable.length + SOURCES.indexOf(s)
    const net = new FlowNetwork(2 + flowable.length + SOURCES.length)
    const parts = flowable.map((p) => {
      const sum = p.sources.reduce((acc, s) => acc + p.total[s], 0n)
      return sum - min(p.basicPart, sum)
    })
    const edges = flowable.map((p, i) => {
      net.edge(0, 2 + i, parts[i]!)
      return new Map(p.sources.map((s) => [s, net.edge(2 + i, sourceNode(s), p.total[s])]))
    })
    for (const s of SOURCES) net.edge(sourceNode(s), 1, projectNeed[s])
    net.maxFlow(0, 1)
    flowable.forEach((p, i) => {
      const part: Partial<Record<SourceId, Fen>> = {}
      let left = parts[i]!
      for (const s of p.sources) left -= (part[s] = net.flowOf(edges[i]!.get(s)!))
      // Only data that does not add up leaves a remainder: place it where there is room.
      for (const s of p.sources) {
        if (left <= 0n) break
        const take = min(p.total[s] - part[s]!, left)
        if (take > 0n) {
          part[s]! += take
          left -= take
        }
      }
      for (const s of p.sources) set(p, s, part[s]!)
      notes.push({ table: 't3', severity: 'info', message: `${p.code} ${p.name} 的基本支出、项目支出按资金来源的划分由表三和表十二推定` })
    })
  }
  // Several sources with negative amounts: no sound rule says which is 基本 and which 项目.
  for (const p of several) {
    if (flowable.includes(p)) continue
    let basicLeft = p.basicPart
    for (const s of p.sources) {
      const t = p.total[s]
      const b = t >= 0n ? min(max(basicLeft, 0n), t) : max(min(basicLeft, 0n), t)
      basicLeft -= b
      set(p, s, t - b)
    }
    notes.push({ table: 't3', severity: 'warning', message: `${p.code} ${p.name} 有负数金额，各资金来源的基本支出、项目支出无法确定，已按表三推定，请核对` })
  }
}

/**
 * A 项's 上年结转 by fiscal source, from what 表四 (less 表二) leaves of its class's carry per source.
 * Carry may be negative (a correction): when the class's remaining carry adds up to the 项's, it is
 * taken as it stands; otherwise same-signed amounts first, and any remainder goes to 一般公共预算.
 */
function placeCarry(c: Fen, pool: Record<FiscalSourceId, Fen> | undefined, say: (kind: 'unplaced' | 'guessed') => void): ByFiscal {
  const carry: ByFiscal = {}
  if (c === 0n) return carry
  if (pool && FISCAL_SOURCES.reduce((t, s) => t + pool[s], 0n) === c) {
    for (const s of FISCAL_SOURCES) {
      if (pool[s]) carry[s] = str(pool[s])
      pool[s] = 0n
    }
    return carry
  }
  // Several sources left in the class and this 项 does not take them exactly: a guess, said so.
  if (pool && FISCAL_SOURCES.filter((s) => pool[s] !== 0n).length > 1) say('guessed')
  let left = c
  const sign = c > 0n ? 1n : -1n
  for (const s of FISCAL_SOURCES) {
    if (!pool || left === 0n) break
    const avail = pool[s] * sign
    const take = avail > 0n ? min(avail, left * sign) * sign : 0n
    if (take) {
      carry[s] = str(take)
      pool[s] -= take
      left -= take
    }
  }
  if (left !== 0n) {
    carry.gp = str(printedFen(carry.gp) + left)
    if (pool) say('unplaced')
  }
  return carry
}
