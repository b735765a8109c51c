// 部门/政府 economic classifications and the mapping between them, which depends on the
// spending unit's type: a 行政 (or 参公) unit maps 301 items to 501, 302 to 502, 310 to 503;
// a 事业 unit maps 301 to 50501, 302 to 50502, 310 to 506; 303 goes to 509 for both.
import { DEPT_ECON, GOV_ECON } from './economic-data'
import type { UnitType } from '../model/book'

export type Nature = '人员经费' | '公用经费'

export interface DeptEconItem { code: string; name: string; nature: Nature }
export interface GovEconItem { code: string; name: string }

export const DEPT_ECON_ITEMS: readonly DeptEconItem[] = DEPT_ECON.map(([code, name, nature]) => ({ code, name, nature }))
export const GOV_ECON_ITEMS: readonly GovEconItem[] = GOV_ECON.map(([code, name]) => ({ code, name }))

const DEPT_BY_CODE = new Map(DEPT_ECON_ITEMS.map((i) => [i.code, i]))
const GOV_BY_CODE = new Map(GOV_ECON_ITEMS.map((i) => [i.code, i]))

/** Spelling variants seen in published tables, folded before lookup: 维修(护)费 = 维修（护）费. */
export function normalizeName(name: string): string {
  return name.replace(/\s+/g, '').replace(/\(/g, '（').replace(/\)/g, '）')
}

const DEPT_BY_NAME = new Map(DEPT_ECON_ITEMS.map((i) => [normalizeName(i.name), i]))
const GOV_BY_NAME = new Map(GOV_ECON_ITEMS.map((i) => [normalizeName(i.name), i]))

export function deptEcon(code: string): DeptEconItem | undefined {
  return DEPT_BY_CODE.get(code)
}
export function govEcon(code: string): GovEconItem | undefined {
  return GOV_BY_CODE.get(code)
}
/** Look a 部门 item or class up by name; a class name (工资福利支出) finds the class. */
export function deptEconByName(name: string): DeptEconItem | undefined {
  return DEPT_BY_NAME.get(normalizeName(name))
}
export function govEconByName(name: string): GovEconItem | undefined {
  return GOV_BY_NAME.get(normalizeName(name))
}

/** The 部门 classes (301 …) in code order. */
export const DEPT_ECON_CLASSES: readonly DeptEconItem[] = DEPT_ECON_ITEMS.filter((i) => i.code.length === 3)

/** 人员经费 or 公用经费 of a 部门 item, by its code, else by its class (301/303 人员, others 公用). */
export function natureOf(deptClass: string, deptCode?: string): Nature {
  const item = deptCode ? DEPT_BY_CODE.get(deptCode) : undefined
  if (item) return item.nature
  return deptClass === '301' || deptClass === '303' ? '人员经费' : '公用经费'
}

// 302 items a 行政 unit books under their own 502 item rather than 50201 办公经费.
const ADMIN_302: Record<string, string> = {
  '30215': '50202', '30216': '50203', '30217': '50206', '30212': '50207', '30231': '50208',
  '30213': '50209', '30227': '50205', '30218': '50204',
}
const ADMIN_301: Record<string, string> = {
  '30101': '50101', '30102': '50101', '30103': '50101', '30107': '50101',
  '30108': '50102', '30109': '50102', '30110': '50102', '30111': '50102', '30112': '50102',
  '30113': '50103',
}
const ADMIN_310: Record<string, string> = {
  '31001': '50301', '31005': '50302', '31013': '50303', '31009': '50305', '31002': '50306', '31003': '50306',
  '31007': '50306', '31006': '50307',
}
const OFFICE_302 = new Set(['30201', '30202', '30207', '30211', '30208', '30214', '30239'])
const HOUSEHOLD_303: Record<string, string> = {
  '30301': '50905', '30302': '50905', '30305': '50901', '30309': '50901', '30306': '50901', '30304': '50901',
  '30308': '50902', '30310': '50903',
}

/** The 政府 item a 部门 item maps to for a unit of the given type (the proposal when a clerk adds a 表六 row). */
export function proposeGovEcon(deptCode: string, unitType: UnitType): GovEconItem | undefined {
  const cls = deptCode.slice(0, 3)
  const admin = unitType !== '事业'
  let gov: string | undefined
  if (cls === '303') gov = HOUSEHOLD_303[deptCode] ?? '50999'
  else if (!admin) gov = cls === '301' ? '50501' : cls === '302' ? '50502' : cls === '310' ? '50601' : '50599'
  else if (cls === '301') gov = ADMIN_301[deptCode] ?? '50199'
  else if (cls === '302') gov = ADMIN_302[deptCode] ?? (OFFICE_302.has(deptCode) ? '50201' : '50299')
  else if (cls === '310') gov = ADMIN_310[deptCode] ?? '50399'
  return gov ? GOV_BY_CODE.get(gov) : undefined
}
