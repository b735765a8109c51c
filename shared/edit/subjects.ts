// 功能分类 项 rows: add (from the catalog, or an unknown code with the clerk's name),
// remove (a 项, or every 项 under a 类/款), rename. 类 and 款 rows follow from the 项 codes; a
// 款 the catalog lacks is named by the clerk (book.subjectNames), or it would print its code.
import type { BudgetBook, SubjectLine } from '../model/book'
import { CLASS_BY_CODE } from '../catalog/classes'
import { bookSubject } from '../catalog/functions'
import { cleanName, done, refuse, type EditResult } from './result'
import { nameProblem } from '../model/limits'

export interface AddSubjectOptions {
  /** Name of the 款, required when neither the catalog nor the book knows it. */
  kuanName?: string
}

/** Whether the 款 of a 项 code needs a name from the clerk before the 项 can be added. */
export function kuanNeedsName(book: BudgetBook, code: string): boolean {
  const kuan = code.trim().slice(0, 5)
  return !bookSubject(book, kuan) && !book.subjectNames[kuan]
}

export function addSubject(book: BudgetBook, code: string, name?: string, options: AddSubjectOptions = {}): EditResult {
  const c = code.trim()
  const tooLong = nameProblem(name ?? '')
  if (tooLong) return refuse(tooLong)
  if (!/^\d{7}$/.test(c)) return refuse('请输入 7 位功能分类科目编码（项），例如 2080505')
  if (!CLASS_BY_CODE.has(c.slice(0, 3))) return refuse(`${c.slice(0, 3)} 不是支出功能分类的类（应为 201–234 之间的类编码）`)
  if (book.subjects.some((s) => s.code === c)) return refuse(`科目 ${c} 已在表中`)
  const known = bookSubject(book, c)
  const finalName = cleanName(name) || known?.name || ''
  if (!finalName) return refuse(`科目目录中没有 ${c}，请输入科目名称`)
  const kuan = c.slice(0, 5)
  const kuanName = cleanName(options.kuanName)
  const needsKuan = kuanNeedsName(book, c)
  if (needsKuan && !kuanName) return refuse(`科目目录中没有款 ${kuan}，请输入款名称`)
  const line: SubjectLine = { code: c, name: finalName, basic: {}, project: {}, carry: {} }
  const subjects = [...book.subjects, line].sort((a, b) => a.code.localeCompare(b.code))
  const subjectNames = needsKuan ? { ...book.subjectNames, [kuan]: kuanName } : book.subjectNames
  return done({ ...book, subjects, subjectNames })
}

/** Remove a 项, or every 项 under a 类 (3 digits) or 款 (5 digits). */
export function removeSubject(book: BudgetBook, code: string): EditResult {
  const c = code.trim()
  const gone = book.subjects.filter((s) => s.code.startsWith(c))
  if (!c || gone.length === 0) return refuse(`表中没有科目 ${c}`)
  const subjects = book.subjects.filter((s) => !s.code.startsWith(c))
  const codes = new Set(gone.map((s) => s.code))
  const projects = book.projects.some((p) => p.subject && codes.has(p.subject))
    ? book.projects.map((p) => {
        if (!p.subject || !codes.has(p.subject)) return p
        const { subject: _gone, ...rest } = p
        return rest
      })
    : book.projects
  return done({ ...book, subjects, projects })
}

/** Rename a 项 (its printed name), or set the printed name of a 类/款 (empty: back to the catalog's). */
export function renameSubject(book: BudgetBook, code: string, name: string): EditResult {
  const c = code.trim()
  const n = cleanName(name)
  if (c.length === 7) {
    if (!n) return refuse('科目名称不能为空')
    if (!book.subjects.some((s) => s.code === c)) return refuse(`表中没有科目 ${c}`)
    return done({ ...book, subjects: book.subjects.map((s) => (s.code === c ? { ...s, name: n } : s)) })
  }
  if (c.length !== 3 && c.length !== 5) return refuse(`${c} 不是功能分类科目编码`)
  if (!book.subjects.some((s) => s.code.startsWith(c))) return refuse(`表中没有科目 ${c}`)
  // Clearing goes back to the catalog's name; without one the row would print its code.
  if (!n && !catalogName(book, c)) return refuse('科目名称不能为空')
  const subjectNames = { ...book.subjectNames }
  if (n) subjectNames[c] = n
  else delete subjectNames[c]
  return done({ ...book, subjectNames })
}

/** The catalog's name of a function 类 or 款 (undefined: the catalog lacks it). */
function catalogName(book: BudgetBook, code: string): string | undefined {
  return code.length === 3 ? (CLASS_BY_CODE.get(code)?.name ?? bookSubject(book, code)?.name) : bookSubject(book, code)?.name
}

/** The printed name of a function 类 or 款 (the clerk's, else the catalog's). */
export function subjectGroupName(book: BudgetBook, code: string): string | undefined {
  return book.subjectNames[code] || catalogName(book, code)
}
