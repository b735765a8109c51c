// The department of the 汇总 suites and what its units send back: the department book (three
// units, skeleton only, amounts empty) saved as a .ysb, and one filled fill-in workbook per unit.
import { join } from 'node:path'
import { writeFile } from 'node:fs/promises'
import { importTs } from './harness.mjs'

const { multiUnitBook } = await importTs('test/support/multi-unit-book.ts')
const { fillTemplate } = await importTs('test/support/fill-template.ts')
const { writeTemplate } = await importTs('electron/xlsx/template.ts')
const { writeNative } = await importTs('electron/files/native.ts')

const EMPTY_T10 = { abroad: {}, reception: {}, vehiclePurchase: {}, vehicleOps: {} }

export async function unitReturns(dir) {
  const truth = multiUnitBook()
  const deptPath = join(dir, '测试局.ysb')
  await writeNative(deptPath, { ...truth, projects: truth.projects.map((p) => ({ ...p, amounts: {} })), runningCosts: [] })
  /** What unit `u` reports: its projects and 机关运行经费; the 局 itself also the department-wide rows. */
  const share = (u, projects = truth.projects) => {
    const own = { ...truth, projects: projects.filter((p) => p.unitId === u.id), runningCosts: truth.runningCosts.filter((r) => r.unitId === u.id) }
    return u.id === 'u1' ? own : { ...own, subjects: [], econ: [], govFundRevenue: [], soeRevenue: [], threePublic: EMPTY_T10 }
  }
  /** Unit `u`'s workbook as issued by the department and filled with `projects`' amounts, written to `path`. */
  const fill = async (path, u, projects = truth.projects) =>
    writeFile(path, await fillTemplate(await writeTemplate(truth, { unitId: u.id, keepAmounts: false }), share(u, projects)))
  const files = []
  for (const u of truth.units) {
    const path = join(dir, `${u.name}.xlsx`)
    await fill(path, u)
    files.push(path)
  }
  return { truth, deptPath, share, fill, files, writeNative }
}
