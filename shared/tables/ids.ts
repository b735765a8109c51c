// Table ids as the spec names them. 'detail' is the app's own entry sheet (支出明细), never published.
export const TABLE_IDS = ['t1', 't2', 't3', 't4', 't5', 't6', 't7', 't8', 't9', 't10', 't11', 't12', 't13'] as const
export type PublishedTableId = (typeof TABLE_IDS)[number]
/** One of the 13 standard ids (whose printed shapes the readers of shared/read know), not a table a set adds. */
export const isStandardId = (id: string): id is PublishedTableId => (TABLE_IDS as readonly string[]).includes(id)
/** A table of a table set: the standard 13, the entry sheet, or a table a set adds (see table-set.ts). */
export type TableId = PublishedTableId | 'detail' | (string & {})

export const TABLE_SHORT: Record<TableId, string> = {
  t1: '表一', t2: '表二', t3: '表三', t4: '表四', t5: '表五', t6: '表六', t7: '表七',
  t8: '表八', t9: '表九', t10: '表十', t11: '表十一', t12: '表十二', t13: '表十三', detail: '支出明细',
}
