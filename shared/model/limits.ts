// Limits on the text a book holds. A name is printed in a table cell and in the document's
// headings: 200 characters is several lines of any real 部门, 单位, 项目 or 科目 name, and far
// under Excel's 32,767 characters per cell (a 40,000-character name once broke the export).
export const MAX_NAME_LENGTH = 200
/** Longer text (an explanation paragraph, a reason) still has to fit one Excel cell. */
export const MAX_TEXT_LENGTH = 32_000

/** Why a name cannot be used, or null. */
export function nameProblem(name: string): string | null {
  return name.length > MAX_NAME_LENGTH ? `名称过长：有 ${name.length} 个字，最多 ${MAX_NAME_LENGTH} 个字` : null
}
