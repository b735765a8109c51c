// The only place that calls ipcMain.handle (lint enforces it). Every channel of the contract's
// table gets exactly one handler, and every call passes the sender check and the argument
// validator before the handler runs.
import { ipcMain } from 'electron'
import type { IpcMain, IpcMainInvokeEvent } from 'electron'
import { API_CHANNELS } from '../../shared/ipc-contract'
import type { ApiChannel, BudgetApi } from '../../shared/ipc-contract'
import { validateArgs } from './validate'

/** One plain function per channel, with exactly the parameters and result of BudgetApi. */
export type ApiHandlers = {
  [C in ApiChannel]: (...args: Parameters<BudgetApi[C]>) => ReturnType<BudgetApi[C]>
}

export const UNTRUSTED_SENDER_MESSAGE = '已拒绝：请求不是来自本程序的主窗口'

export function registerHandlers(
  ipc: Pick<IpcMain, 'handle'>,
  handlers: ApiHandlers,
  isTrustedSender: (event: IpcMainInvokeEvent) => boolean,
): void {
  for (const channel of API_CHANNELS) {
    ipc.handle(channel, (event, ...args: unknown[]) => invoke(channel, handlers, isTrustedSender(event), args))
  }
}

async function invoke<C extends ApiChannel>(channel: C, handlers: ApiHandlers, trusted: boolean, args: unknown[]): Promise<Awaited<ReturnType<BudgetApi[C]>>> {
  if (!trusted) throw new Error(UNTRUSTED_SENDER_MESSAGE)
  const valid = validateArgs(channel, args)
  // TypeScript cannot correlate handlers[C] with Parameters<BudgetApi[C]> through the mapped type.
  const handler = handlers[channel] as (...a: Parameters<BudgetApi[C]>) => ReturnType<BudgetApi[C]>
  return (await handler(...valid)) as Awaited<ReturnType<BudgetApi[C]>>
}

/** Registers the handlers on Electron's ipcMain. */
export function setupIpc(handlers: ApiHandlers, isTrustedSender: (event: IpcMainInvokeEvent) => boolean): void {
  registerHandlers(ipcMain, handlers, isTrustedSender)
}
