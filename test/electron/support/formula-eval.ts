// A tiny evaluator for the formulas the export writes (SUM of cells and ranges, + and −), so
// tests can recalculate a workbook the way Excel would, with exact decimals.
import Decimal from 'decimal.js'
import type ExcelJS from 'exceljs'

function colNumber(letters: string): number {
  let n = 0
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64)
  return n
}

function cellsOf(range: string): [number, number][] {
  const m = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/.exec(range)
  if (!m) throw new Error(`cannot read range ${range}`)
  const c1 = colNumber(m[1]!)
  const r1 = Number(m[2])
  const c2 = m[3] ? colNumber(m[3]) : c1
  const r2 = m[4] ? Number(m[4]) : r1
  const out: [number, number][] = []
  for (let r = r1; r <= r2; r++) for (let c = c1; c <= c2; c++) out.push([r, c])
  return out
}

/** The value of a cell, recalculating formulas recursively (cached results are ignored). */
export function evaluate(ws: ExcelJS.Worksheet, row: number, col: number): Decimal {
  const v = ws.getCell(row, col).value
  if (v === null || v === undefined) return new Decimal(0)
  if (typeof v === 'number') return new Decimal(String(v))
  if (typeof v === 'object' && 'formula' in v) return evaluateFormula(ws, v.formula ?? '')
  throw new Error(`not a number at ${row},${col}: ${JSON.stringify(v)}`)
}

export function evaluateFormula(ws: ExcelJS.Worksheet, formula: string): Decimal {
  // Terms: SUM(a,b:c) or a single address, joined by + and −.
  const terms = formula.match(/[+-]?(SUM\([^)]*\)|[A-Z]+\d+|\d+)/g) ?? []
  if (terms.join('') !== formula) throw new Error(`unexpected formula ${formula}`)
  let total = new Decimal(0)
  for (const term of terms) {
    const sign = term.startsWith('-') ? -1 : 1
    const body = term.replace(/^[+-]/, '')
    let value = new Decimal(0)
    if (/^\d+$/.test(body)) value = new Decimal(body)
    else {
      const parts = body.startsWith('SUM(') ? body.slice(4, -1).split(',') : [body]
      for (const p of parts) for (const [r, c] of cellsOf(p)) value = value.plus(evaluate(ws, r, c))
    }
    total = sign < 0 ? total.minus(value) : total.plus(value)
  }
  return total
}

/** Every formula cell of a sheet with its address and cached result. */
export function formulaCells(ws: ExcelJS.Worksheet): { row: number; col: number; formula: string; result: number | undefined }[] {
  const out: { row: number; col: number; formula: string; result: number | undefined }[] = []
  ws.eachRow((row, r) => {
    row.eachCell((cell, c) => {
      const v = cell.value
      if (v && typeof v === 'object' && 'formula' in v) out.push({ row: r, col: c, formula: v.formula ?? '', result: v.result as number | undefined })
    })
  })
  return out
}
