// The grand totals that should print as their true value rounded (四舍五入) to 0.01 万元, most
// important first. They cannot all be met at once in general: 表一's 收入总计 is 表二's 本年收入
// 合计 plus 上年结转, and three figures of 0.004 万元 each cannot all round "correctly" while one
// is the sum of the other two (0.00 + 0.00 ≠ 0.01). So they are ranked, and a lower one gives
// way (printing the neighbouring 0.01 instead, still within 0.01 万元 of its true value) only
// when a higher one or the tables' adding up would otherwise break. The order follows what a
// disclosure's text quotes: the whole budget, 财政拨款, 一般公共预算 …
export interface GrandTotal {
  /** Cells that all show this same figure. */
  refs: readonly string[]
  label: string
}

export const GRAND_TOTALS: readonly GrandTotal[] = [
  { refs: ['t1!f:grand!incAmount', 't1!f:grand!expTotal', 't3!total!total'], label: '表一 收入总计/支出总计（= 表三 合计）' },
  { refs: ['t4!f:grand!incAmount', 't4!f:grand!expTotal'], label: '表四 收入总计/支出总计' },
  { refs: ['t5!total!total'], label: '表五 合计' },
  { refs: ['t2!total!total'], label: '表二 本年收入合计' },
  { refs: ['t6!total!total'], label: '表六 合计' },
  { refs: ['t8!total!total', 't7!total!amount'], label: '表八 合计（= 表七 合计）' },
  { refs: ['t9!total!total', 't9!inc!incAmount'], label: '表九 支出合计（= 收入合计）' },
  { refs: ['t12!dept!total'], label: '表十二 合计' },
  { refs: ['t13!dept!total'], label: '表十三 合计' },
  { refs: ['t10!total!total'], label: '表十 合计' },
  { refs: ['t11!total!total'], label: '表十一 部门合计' },
]

/** Rank 0, the disclosure's total budget (its last ref, 表三 合计, defines it), is always met; the others as far as possible. */
export const PRIMARY_RANK = 0
