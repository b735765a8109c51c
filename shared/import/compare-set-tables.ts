// The import comparison for tables a table set adds: each printed figure against the value
// recomputed by the engine, the printed row found by its label in the table's layout and the
// column by its id (see shared/read/set-tables.ts); side by side, among its own block's rows.
// Every figure of such a table is derived.
import { plainAmount, type Fen } from '../model/money'
import type { Derivation } from '../engine/derivation'
import { headersOver } from '../tables/headers'
import { blocksOf } from '../tables/side-by-side'
import type { SetTableRead } from '../read/set-tables'
import { textKey } from '../read/text'
import { printedFen } from './printed-amount'
import type { PrintedDifference } from './report'

export function compareSetTables(read: readonly SetTableRead[], d: Derivation): PrintedDifference[] {
  const out: PrintedDifference[] = []
  for (const table of read) {
    const def = d.tables.def(table.id)
    const layout = d.layouts.get(table.id) ?? []
    // Side by side, a printed row is one block's row, found among that block's rows.
    const blocks = def.sideBySide ? blocksOf(layout) : null
    for (const printed of table.rows) {
      const block = printed.block ?? 'left'
      const columns = def.sideBySide ? def.columns.filter((c) => def.sideBySide![block].includes(c.id)) : def.columns
      const labelCol = columns.find((c) => c.kind !== 'money')
      const row = (blocks ? blocks[block] : layout).find((x) => labelCol && textKey(x.text[labelCol.id]) === textKey(printed.label))
      def.columns.forEach((col, i) => {
        if (col.kind !== 'money' || !columns.includes(col)) return
        const ref = row?.cells[col.id]?.ref
        const v = ref ? d.value(ref) : 0n
        const computed: Fen = typeof v === 'bigint' ? v : 0n
        const p = printed.cells[col.id] ?? null
        if (printedFen(p) === computed) return
        out.push({
          kind: 'mismatch', ...(ref ? { ref } : {}), table: table.id, row: printed.label,
          column: headersOver(def, i, d.book.year).pop() ?? col.id, printed: p, computed: computed === 0n ? null : plainAmount(computed, '万元'),
        })
      })
    }
  }
  return out
}
