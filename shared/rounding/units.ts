// The arithmetic of printing in 万元 with two decimals: every published figure is a whole
// number of steps of 0.01 万元 (10,000 分). Division rounds toward −∞ so that negative
// amounts (legal, if warned about) get the same floor/ceil treatment as positive ones.
import type { Fen } from '../model/money'

/** 0.01 万元 in 分. */
export const STEP: Fen = 10_000n
/** The same step as a plain integer, for remainder bookkeeping (remainders are 0 … 9,999 分). */
export const STEP_NUM = 10_000

export function floorDiv(a: bigint, b: bigint): bigint {
  const q = a / b
  return a % b !== 0n && (a < 0n) !== (b < 0n) ? q - 1n : q
}

export function ceilDiv(a: bigint, b: bigint): bigint {
  return -floorDiv(-a, b)
}

/** Whole steps below `fen` and the 分 left over (0 … 9,999). */
export function splitStep(fen: Fen): { steps: bigint; rest: number } {
  const steps = floorDiv(fen, STEP)
  return { steps, rest: Number(fen - steps * STEP) }
}

export function isWholeStep(fen: Fen): boolean {
  return fen % STEP === 0n
}

export function absFen(fen: Fen): Fen {
  return fen < 0n ? -fen : fen
}

/** Bits set in a column mask (masks here have at most 16 columns). */
export function popcount(mask: number): number {
  let n = 0
  for (let m = mask; m !== 0; m &= m - 1) n++
  return n
}

