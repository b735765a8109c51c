// The 类 → 款 → 项 tree of the subjects a book uses, in code order, with the printed names.
import type { BudgetBook } from '../model/book'
import { CLASS_BY_CODE } from '../catalog/classes'
import { bookSubject } from '../catalog/functions'

export interface TreeNode {
  code: string
  name: string
  level: '类' | '款' | '项'
  children: TreeNode[]
}

export function subjectName(book: BudgetBook, code: string, lines = true): string {
  const line = lines && code.length === 7 ? book.subjects.find((s) => s.code === code) : undefined
  return line?.name || book.subjectNames[code] || CLASS_BY_CODE.get(code)?.name || bookSubject(book, code)?.name || code
}

/** The tree over the given 项 codes (default: every subject of the book). */
export type Namer = (code: string) => string

/** The default tree of a book (every subject, printed names), kept while the parts it is read from are the same objects. */
const TREES = new WeakMap<readonly unknown[], { names: BudgetBook['subjectNames']; known: BudgetBook['knownSubjects']; tree: TreeNode[] }>()

export function subjectTree(book: BudgetBook, codes?: readonly string[], namer?: Namer): TreeNode[] {
  if (codes || namer) return buildTree(codes ?? book.subjects.map((s) => s.code), namer ?? ((code) => subjectName(book, code)))
  // Five tables lay out the same tree of the book's subjects: it is built once.
  const hit = TREES.get(book.subjects)
  if (hit && hit.names === book.subjectNames && hit.known === book.knownSubjects) return hit.tree
  const lines = new Map<string, string>()
  for (const s of book.subjects) if (!lines.has(s.code)) lines.set(s.code, s.name)
  const tree = buildTree(book.subjects.map((s) => s.code), (code) => (code.length === 7 && lines.get(code)) || subjectName(book, code, false))
  TREES.set(book.subjects, { names: book.subjectNames, known: book.knownSubjects, tree })
  return tree
}

function buildTree(codes: readonly string[], namer: Namer): TreeNode[] {
  const classes = new Map<string, TreeNode>()
  const kuans = new Map<string, TreeNode>()
  for (const code of [...new Set(codes)].sort()) {
    const c3 = code.slice(0, 3)
    const c5 = code.slice(0, 5)
    let cls = classes.get(c3)
    if (!cls) classes.set(c3, (cls = { code: c3, name: namer(c3), level: '类', children: [] }))
    let kuan = kuans.get(c5)
    if (!kuan) {
      kuans.set(c5, (kuan = { code: c5, name: namer(c5), level: '款', children: [] }))
      cls.children.push(kuan)
    }
    kuan.children.push({ code, name: namer(code), level: '项', children: [] })
  }
  return [...classes.values()]
}

/** Pre-order walk: 类, its 款, their 项. */
export function* walk(nodes: readonly TreeNode[]): Generator<TreeNode> {
  for (const n of nodes) {
    yield n
    yield* walk(n.children)
  }
}
