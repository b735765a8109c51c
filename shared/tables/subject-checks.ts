// The checks of the subject tables (see types.ts `TableDef.checks` for where a check lives):
// C9 holds each subject against the catalog on 表二, where every subject is listed; C10 flags
// a subject's negative amounts on the entry sheet (支出明细), where they are typed.
import { FISCAL_SOURCES, SOURCES, type SubjectLine } from '../model/book'
import { PART_OFFSET, PARTS, SOURCE_INDEX, taggedKeysOf } from '../model/keys'
import { bookSubject } from '../catalog/functions'
import { CLASS_BY_CODE } from '../catalog/classes'
import { normalizeName } from '../catalog/economic'
import { fixedFinding, negatives, type CheckGroup, type CheckSpec, type Finding } from '../checks/checks'
import { groupBy } from '../util/group-by'

/** C9: subjects against the catalog. */
export const subjectCatalog: CheckGroup = {
  name: 'catalog',
  reads: ['subjects', 'knownSubjects'],
  declare: (book) => {
    const specs: CheckSpec[] = []
    // A 项 code the catalog lacks, or whose name differs from the catalog's. A code outside
    // the 30 function classes is an error: 表一 and 表四 have no row to print its money on.
    for (const s of book.subjects) {
      const known = bookSubject(book, s.code)
      let message: string | null = null
      let severity: Finding['severity'] = 'warning'
      if (!CLASS_BY_CODE.has(s.code.slice(0, 3))) {
        severity = 'error'
        message = `功能科目 ${s.code}“${s.name}”的类 ${s.code.slice(0, 3)} 不是 30 个支出功能分类之一，表一、表四无处列示其金额，请核对编码`
      } else if (!known) message = `功能科目 ${s.code}“${s.name}”不在科目目录中，请核对编码`
      else if (normalizeName(known.name) !== normalizeName(s.name)) message = `功能科目 ${s.code} 的名称“${s.name}”与目录中的“${known.name}”不同`
      if (message) specs.push(fixedFinding(`chk!C9!${s.code}`, { check: 'C9', severity, message, cells: [{ table: 't2', row: `s:${s.code}`, col: 'name' }] }))
    }
    return specs
  },
}

/** C10 of subjects: one node per class (kept while its subject lines are the same objects). */
const SUBJECT_AMOUNTS = {
  // In the entry sheet's column order (only whether any is negative matters), with their tags (a
  // build numbers them by tag instead of looking each key up).
  deps: (s: SubjectLine, into: string[], tags: number[]): void => {
    const own = taggedKeysOf.subject(s.code)
    for (const part of PARTS) {
      for (const src of part === 'c' ? FISCAL_SOURCES : SOURCES) {
        const k = PART_OFFSET[part] + SOURCE_INDEX[src]
        into.push(own.keys[k]!)
        tags.push(own.tags[k]!)
      }
    }
  },
  place: (s: SubjectLine) => ({ where: `功能科目 ${s.code} ${s.name}`, cells: [{ table: 'detail', row: `s:${s.code}`, col: 'name' }] }),
}

export const negativeSubjects: CheckGroup = negatives('negative-subjects', ['subjects'], (book, negative) => {
  for (const [cls, lines] of groupBy(book.subjects, (s) => s.code.slice(0, 3))) negative(`sub:${cls}`, { items: lines, ...SUBJECT_AMOUNTS })
})
