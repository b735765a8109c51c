// Input keys: where each typed amount lives in the book. A grid cell whose ref is one of
// these is an input cell; every other money cell is derived.
import type { FiscalSourceId, SourceId, T10Item } from '../model/book'

export type Part = 'b' | 'p' | 'c' // 基本支出, 项目支出, 上年结转

export const inputKey = {
  subject: (code: string, part: Part, source: SourceId): string => `sub|${code}|${part}|${source}`,
  econ: (id: string): string => `econ|${id}`,
  govFundRevenue: (code: string): string => `rev7|${code}`,
  soeRevenue: (code: string): string => `rev9|${code}`,
  threePublic: (item: T10Item, source: FiscalSourceId): string => `t10|${item}|${source}`,
  runningCost: (unitId: string, source: FiscalSourceId): string => `t11|${unitId}|${source}`,
  project: (id: string, source: SourceId): string => `prj|${id}|${source}`,
}

export function isInputKey(ref: string): boolean {
  return !ref.includes('!')
}

/** Text fields the grid may edit (names). */
export const textKey = {
  subjectName: (code: string): string => `name|sub|${code}`,
  projectName: (id: string): string => `name|prj|${id}`,
  unitName: (id: string): string => `name|unit|${id}`,
  econDept: (id: string): string => `name|econd|${id}`,
  econGov: (id: string): string => `name|econg|${id}`,
  revenueName: (which: 'rev7' | 'rev9', code: string): string => `name|${which}|${code}`,
}
