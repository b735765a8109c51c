// `npm run bench [-- --json] [-- --only=engine,xlsx]`: runs every bench section and prints its
// figures one per line; with --json the merged figures also go out as ONE JSON object on the
// last line, for CI and for comparing runs. To add a section, write bench/sections/<name>.ts
// exporting an async function returning flat { name_unit: number } figures (suffix _ms, _mb
// or none) and list it in SECTIONS; add its targets to GOALS.
import { benchEngine } from './sections/engine'
import { benchUi } from './sections/ui'
import { benchXlsx } from './sections/xlsx'
import { benchRounding } from './sections/rounding'
import { benchExplanation } from './sections/explanation'
import { benchInspect } from './sections/inspect'
import { gcExposed } from './stats'

type Section = () => Promise<Record<string, number>>

const SECTIONS: Record<string, Section> = {
  engine: benchEngine,
  xlsx: benchXlsx,
  rounding: benchRounding,
  ui: benchUi,
  explanation: benchExplanation,
  inspect: benchInspect,
}

/** Upper bounds the figures should stay within. */
const GOALS: Record<string, number> = {
  engine_edit_median_ms: 1,
  engine_full_recompute_ms: 50,
  engine_structural_edit_ms: 5,
  ui_show_table_ms: 100,
  ui_open_synthetic_ms: 1000,
  ui_enter_to_paint_median_ms: 16,
  xlsx_export_ms: 1000,
  xlsx_import_ms: 1000,
  xlsx_export_vs_exceljs: 1.5,
  xlsx_import_vs_exceljs: 1.5,
}

function format(key: string, value: number): string {
  const unit = key.endsWith('_ms') ? ' ms' : key.endsWith('_mb') ? ' MB' : ''
  // Unitless figures are counts, except ratios (…_vs_…), which need their decimals.
  const digits = unit === '' ? (key.includes('_vs_') ? 2 : 0) : value < 1 ? 3 : value < 100 ? 2 : 1
  const goal = GOALS[key]
  const verdict = goal === undefined ? '' : value <= goal ? `   (goal ≤ ${goal}${unit}: met)` : `   (goal ≤ ${goal}${unit}: MISSED)`
  return `  ${key.padEnd(30)} ${value.toFixed(digits).padStart(10)}${unit}${verdict}`
}

async function main(): Promise<void> {
  const args = process.argv.slice(2)
  const json = args.includes('--json')
  const only = args.find((a) => a.startsWith('--only='))?.slice('--only='.length).split(',')
  if (!gcExposed()) console.log('note: run with node --expose-gc for heap figures after GC')
  const results: Record<string, number> = {}
  for (const [name, run] of Object.entries(SECTIONS)) {
    if (only && !only.includes(name)) continue
    console.log(`[${name}]`)
    const figures = await run()
    for (const [key, value] of Object.entries(figures)) console.log(format(key, value))
    Object.assign(results, figures)
  }
  if (json) console.log(JSON.stringify(results))
}

main().catch((e: unknown) => {
  console.error(e)
  process.exitCode = 1
})
