// The generated disclosure of the current book, kept up to date in the background (the latest
// book only, while one is being built); the pane and the sidebar's count of missing fields show
// the last one built. A book that needs no 舍位平衡 is read off the app's own derivation on this
// thread, after the current event: the text reads a few dozen figures, a few ms, less than
// posting the whole book to a worker costs this thread, and the worker's fresh derivation of a
// large department took a core for ~0.7 s right when the clerk started working. A book that
// needs balancing goes to the worker (balancing decides every figure over the whole book);
// where workers are unavailable it is built here too.
import { create } from 'zustand'
import { buildDisclosure, disclosureOf, figuresOfDerivation } from '../../shared/explanation'
import type { Disclosure } from '../../shared/explanation/types'
import type { BudgetBook } from '../../shared/model/book'
import { needsBalancing } from '../../shared/rounding'
import { useBook } from '../store/book-store'

interface Latest {
  book: BudgetBook | null
  disclosure: Disclosure | null
}

const useLatest = create<Latest>(() => ({ book: null, disclosure: null }))

let worker: Worker | null | undefined
let building: { seq: number; book: BudgetBook } | null = null
let queued: BudgetBook | null = null
let seq = 0

function startWorker(): Worker | null {
  if (worker !== undefined) return worker
  try {
    worker = typeof Worker === 'undefined' ? null : new Worker(new URL('./disclosure-worker.ts', import.meta.url), { type: 'module' })
  } catch {
    worker = null
  }
  if (worker) {
    worker.onmessage = (e: MessageEvent<{ seq: number; disclosure?: Disclosure; error?: string }>) => {
      if (!building || e.data.seq !== building.seq) return
      const book = building.book
      if (e.data.disclosure) finished(book, e.data.disclosure)
      else fallBack(book)
    }
    worker.onerror = () => {
      const book = building?.book
      worker = null
      if (book) fallBack(book)
    }
  }
  return worker
}

/** Without a worker (or after it failed): build here, after the current event. */
function fallBack(book: BudgetBook): void {
  worker = null
  setTimeout(() => finished(book, buildDisclosure(book)), 0)
}

/** From the app's derivation, of its book as it is now (amount edits update it in place). */
function buildHere(): void {
  const d = useBook.getState().derivation
  if (d.book !== building?.book && needsBalancing(d.book)) {
    // An amount finer than 0.01 万元 was typed meanwhile: the worker balances it.
    building = null
    request(d.book)
    return
  }
  // Known to need none (checked above or by request): read straight off the derivation.
  finished(d.book, disclosureOf(d.book, figuresOfDerivation(d.book, d)))
}

function finished(book: BudgetBook, disclosure: Disclosure): void {
  building = null
  useLatest.setState({ book, disclosure })
  const next = queued
  queued = null
  if (next && next !== book) request(next)
}

function request(book: BudgetBook): void {
  if (building) {
    queued = book
    return
  }
  building = { seq: ++seq, book }
  if (!needsBalancing(book)) {
    setTimeout(buildHere, 0)
    return
  }
  const w = startWorker()
  if (w) w.postMessage({ seq: building.seq, book })
  else fallBack(book)
}

const whenIdle = (task: () => void): void => {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(task, { timeout: 500 })
  else setTimeout(task, 50)
}

let watching = false
function watch(): void {
  if (watching) return
  watching = true
  // Compared with the last book seen, not with the previous state's: an amount edit updates
  // the Derivation in place, so the previous state already holds the new book.
  let seen = useBook.getState().derivation.book
  let derivation = useBook.getState().derivation
  request(seen)
  // A new document (or structural edit: a new Derivation) is sent at once, so the worker builds
  // while the page lays the table out. An amount edit is sent when the page is idle: posting
  // copies the whole book (a few ms for a large department), and an Enter in a cell should
  // paint its new 合计 first.
  let scheduled = false
  useBook.subscribe((s) => {
    if (s.derivation.book === seen) return
    seen = s.derivation.book
    if (s.derivation !== derivation) {
      derivation = s.derivation
      if (!scheduled) request(seen)
      return
    }
    if (scheduled) return
    scheduled = true
    whenIdle(() => {
      scheduled = false
      request(seen)
    })
  })
}

/** The last disclosure built (null before the first), and whether it is of the current book. */
export function useDisclosure(): { disclosure: Disclosure | null; current: boolean } {
  watch()
  const latest = useLatest()
  const book = useBook((s) => s.derivation.book)
  return { disclosure: latest.disclosure, current: latest.book === book }
}
