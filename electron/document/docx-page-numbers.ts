// The 目录 page numbers of the .docx: docx's own Word layout (`docx/layout`) lays the document out
// to number the pages, as before. Its estimator also reads the whole body a second time to find
// the list number each 目录 entry would start with (a heading in a Word numbered list); that read
// costs ~1 s of the ~6–7 s a fixture's document costs (as much as the layout's own read). A body with no
// numbered paragraph (no w:numPr) has no list numbers, so then the read is skipped and the 目录 is
// written exactly as the full read would write it (an empty map is what it returns).
// Numbering given by a paragraph style would not show in the body: the writer's styles number
// nothing (test/electron/document/docx.test.ts checks styles.xml has no w:numPr).
import type { PageNumberEstimator } from 'docx'
import { estimatePageNumbersWith } from 'docx/layout'

/** Whether a formatted (prepared for XML) element holds a numbered paragraph anywhere. */
export function hasNumbering(element: unknown): boolean {
  if (typeof element !== 'object' || element === null) return false
  if (Array.isArray(element)) return element.some(hasNumbering)
  for (const [name, content] of Object.entries(element)) {
    if (name === 'w:numPr') return true
    if (name !== '_attr' && hasNumbering(content)) return true
  }
  return false
}

/** docx's estimator (guessing past what it cannot lay out), reading list numbers only when there are any. */
export function pageNumberEstimator(): PageNumberEstimator {
  const estimator: PageNumberEstimator = estimatePageNumbersWith({ guess: true })
  const listNumbers: NonNullable<PageNumberEstimator['listNumbers']> = (body, context) =>
    hasNumbering(body) ? estimator.listNumbers!(body, context) : new Map()
  return Object.assign((...args: Parameters<PageNumberEstimator>) => estimator(...args), { listNumbers })
}
