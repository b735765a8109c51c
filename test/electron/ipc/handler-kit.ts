// The IPC handlers with scripted dialogs and JSON-file documents, in fresh folders per test.
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach } from 'vitest'
import type { OpenedBook } from '../../../shared/ipc-contract'
import type { BudgetBook } from '../../../shared/model/book'
import type { Documents, HandlerDeps, OpenDialogRequest, SaveDialogRequest, SaveOutcome } from '../../../electron/ipc/deps'
import { createHandlers } from '../../../electron/ipc/handlers'
import { book } from './fakes'

/** The scratch folders of the running test: dir, dir/userData, dir/文档. */
export const dirs = { dir: '', userDataDir: '', docsDir: '' }

/** Call at the top of a test file: fresh folders for every test. */
export function useScratchFolders(): void {
  beforeEach(async () => {
    dirs.dir = await mkdtemp(join(tmpdir(), 'handlers-'))
    dirs.userDataDir = join(dirs.dir, 'userData')
    dirs.docsDir = join(dirs.dir, '文档')
    await mkdir(dirs.userDataDir)
    await mkdir(dirs.docsDir)
  })
  afterEach(async () => {
    await rm(dirs.dir, { recursive: true, force: true })
  })
}

/** Dialogs that answer from a script, recording what they were asked. */
export function scriptedDialogs(answers: (string | null)[]) {
  const asked: (OpenDialogRequest | SaveDialogRequest)[] = []
  const next = async (request: OpenDialogRequest | SaveDialogRequest) => {
    asked.push(request)
    if (answers.length === 0) throw new Error('unexpected dialog')
    return answers.shift() ?? null
  }
  // Several files at once: one answer holding the paths separated by '|'.
  const many = async (request: OpenDialogRequest) => {
    const answer = await next(request)
    return answer === null ? null : answer.split('|')
  }
  return { dialogs: { showOpen: next, showSave: next, showOpenMany: many }, asked }
}

/** Documents backed by JSON files, enough to exercise the handlers' file flow. */
export function jsonDocuments(): Documents & { exported: string[] } {
  const exported: string[] = []
  return {
    exported,
    async readAny(path) {
      const text = await readFile(path, 'utf8')
      const parsed = JSON.parse(text) as BudgetBook
      return { path: path.endsWith('.ysb') ? path : null, source: path, book: parsed, report: null }
    },
    async writeNative(path, b) {
      await writeFile(path, JSON.stringify(b))
    },
    async exportXlsx(path) {
      exported.push(path)
      await writeFile(path, 'xlsx')
    },
    async exportDocument(path) {
      exported.push(path)
      await writeFile(path, 'document')
    },
    rollForward(opened: OpenedBook, keepAmounts: boolean) {
      return { ...opened.book, year: opened.book.year + 1, department: keepAmounts ? opened.book.department : '新' }
    },
    // "code,name" lines; a file starting with "!" stands for one the reader refuses.
    async readCatalog(path) {
      const text = await readFile(path, 'utf8')
      if (text.startsWith('!')) throw new Error(`无法读取科目目录：${text.slice(1)}`)
      const entries = text.trim().split('\n').map((line) => {
        const [code = '', name = ''] = line.split(',')
        return { code, name }
      })
      return { entries, skipped: [] }
    },
    async exportTemplate(path, b, unitId) {
      exported.push(path)
      await writeFile(path, JSON.stringify({ template: b.department, unitId }))
    },
    async readUnitFile(path) {
      const { book } = await this.readAny(path)
      return { source: path, book, identity: null, findings: [] }
    },
  }
}

export async function fileOnDisk(name: string, b: BudgetBook = book()): Promise<string> {
  const path = join(dirs.docsDir, name)
  await writeFile(path, JSON.stringify(b))
  return path
}

export function make(answers: (string | null)[] = [], extra: Partial<HandlerDeps> = {}) {
  const { dialogs, asked } = scriptedDialogs(answers)
  const documents = jsonDocuments()
  const states: unknown[] = []
  const outcomes: SaveOutcome[] = []
  const recentChanges: string[][] = []
  let hint: string | null = null
  const handlers = createHandlers({
    dialogs,
    userDataDir: dirs.userDataDir,
    documents,
    setDocumentState: (s) => states.push(s),
    onRecentFilesChanged: (files) => recentChanges.push(files),
    onSaveSettled: (o) => outcomes.push(o),
    takeOpenHint: () => {
      const h = hint
      hint = null
      return h
    },
    ...extra,
  })
  /** Opens `path` as main does for 最近打开 or the command line: the clerk chose it there. */
  const open = (path: string) => {
    hint = path
    return handlers.openRecent()
  }
  return { handlers, asked, documents, states, outcomes, recentChanges, setHint: (h: string) => (hint = h), open }
}

