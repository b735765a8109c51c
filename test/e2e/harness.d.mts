// Types for harness.mjs (used from the TypeScript UI bench).
import type { Browser, BrowserContext, Page } from 'playwright-core'

export declare const ROOT: string
export declare function chromiumPath(): Promise<string>
export declare function deliverNotice(notice: unknown): void
export declare function buildRenderer(outDir: string, options?: { minify?: boolean }): Promise<string>
export declare function serveDir(dir: string): Promise<{ url: string; close(): Promise<void> }>
export declare function importTs(relPath: string): Promise<Record<string, unknown>>
export interface Script {
  open: string[]
  save: string[]
  requests: unknown[]
  documentStates: { title: string; dirty: boolean }[]
  notices: unknown[]
}
export declare function realHandlers(userDataDir: string): Promise<{
  handlers: Record<string, (...args: unknown[]) => Promise<unknown>>
  script: Script
  documents: { writeNative(path: string, book: unknown): Promise<void> } & Record<string, unknown>
}>
export declare function bindApi(context: BrowserContext, handlers: Record<string, (...args: unknown[]) => Promise<unknown>>): Promise<void>
export declare function launchApp(options: {
  url: string
  handlers: Record<string, (...args: unknown[]) => Promise<unknown>>
  viewport?: { width: number; height: number }
  /** A script run in the page before the app's own. */
  init?: string
}): Promise<{ browser: Browser; context: BrowserContext; page: Page; errors: string[] }>
export declare function freshDir(path: string): Promise<string>
