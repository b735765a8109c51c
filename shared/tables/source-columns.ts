// The money column of a source of funds, as every table spec declares it: what files of other
// departments print over it besides this spec's header (the source's short name), declared once.
import type { SourceId } from '../model/book'
import type { ColumnDef, ColumnRead } from './types'

const SOURCE_READ: Record<SourceId, ColumnRead | undefined> = {
  gp: undefined,
  gf: { also: ['政府性基金'] },
  soe: { also: ['国有资本'] },
  sp: { also: ['财政专户'] },
  // The printed tables (shared/import/published.ts) call the 单位资金 figure `unit`.
  uf: { field: 'unit' },
}

export function sourceColumn(id: SourceId, width: number): ColumnDef {
  const read = SOURCE_READ[id]
  return read ? { id, kind: 'money', width, read } : { id, kind: 'money', width }
}
