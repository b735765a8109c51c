// How the disclosure document numbers its pages, as the published ones do (every 目录 of the
// seeds gives 第一部分 概况 page 1): the cover and the 目录 carry no number and are not counted;
// the first page of 第一部分 is page 1 and every later page, landscape ones included, counts on.
// Both writers take the rule from here, so the .docx and the PDF of one disclosure give the same
// page numbers: the .docx restarts its page field at the first body section and gives cover and
// 目录 no footer; the PDF prints the pages before 第一部分 on unnumbered, uncounted pages.

/** The number printed on the first page of 第一部分. */
export const FIRST_PAGE_NUMBER = 1

/** "— 3 —": the page number as official documents print it, centred in the footer. */
export const PAGE_NUMBER_AROUND = { before: '— ', after: ' —' } as const

export const pageNumberText = (n: number): string => `${PAGE_NUMBER_AROUND.before}${n}${PAGE_NUMBER_AROUND.after}`

/**
 * The number printed on a page, given its index counted from the cover (0) and the index of the
 * page 第一部分 starts on; null for the cover and 目录 pages, which carry none.
 */
export function printedPageNumber(index: number, bodyStart: number): number | null {
  return index < bodyStart ? null : index - bodyStart + FIRST_PAGE_NUMBER
}
