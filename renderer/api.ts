// Typed access to the main process: the preload (or the e2e harness) defines window.api.
import type { BudgetApi } from '../shared/ipc-contract'
import { clerkMessage } from '../shared/util/clerk-message'

declare global {
  interface Window {
    api: BudgetApi
  }
}

export function api(): BudgetApi {
  if (!window.api) throw new Error('window.api is missing: the preload did not run')
  return window.api
}

/**
 * The message of an error thrown across IPC ("Error invoking remote method 'save': Error: …" → "…"),
 * as main would word it: never "[object Object]" or the runtime's English.
 */
export function errorText(error: unknown): string {
  const raw = error instanceof Error ? error.message : typeof error === 'string' ? error : ''
  return clerkMessage(raw.replace(/^Error invoking remote method '[^']+': /, '').replace(/^(Error|TypeError): /, ''))
}

/** "打开失败：…" for a failed `what` ('打开'), without doubling the prefix when main already wrote one. */
export function failureText(what: string, error: unknown): string {
  const text = errorText(error)
  return /^[^：\s]{1,10}失败：/.test(text) ? text : `${what}失败：${text}`
}
