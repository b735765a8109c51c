// Turns file-system failures into sentences a clerk can act on. Node's messages
// ("EACCES: permission denied, open …") reach the renderer otherwise.
import { clerkMessage } from '../../shared/util/clerk-message'
import { culpritOf } from '../files/atomic'

const REASONS: Record<string, string> = {
  ENOENT: '文件或文件夹不存在',
  EACCES: '没有访问权限',
  EPERM: '没有访问权限，或文件正被其他程序（如 WPS、Excel）占用',
  EBUSY: '文件正被其他程序（如 WPS、Excel）占用',
  ENOSPC: '磁盘空间不足',
  EROFS: '磁盘为只读',
  EISDIR: '这是一个文件夹，不是文件',
  ENAMETOOLONG: '路径太长',
  EMFILE: '打开的文件太多',
}

function errorCode(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error ? String((error as { code: unknown }).code) : undefined
}

/** The reason for a file-system error, in Chinese, or undefined when it has no known code. */
export function fileErrorReason(error: unknown): string | undefined {
  const code = errorCode(error)
  return code ? REASONS[code] : undefined
}

/**
 * `action` is what failed, e.g. '保存' or '打开'. Errors without a known file-system code keep
 * their own message (the readers already write Chinese sentences naming the file). The file
 * named is the one that really failed when the error says (a locked target, a `.bak`).
 */
export function describeFileError(action: string, path: string, error: unknown): Error {
  const reason = fileErrorReason(error)
  if (reason) return new Error(`${action}失败：${reason}（${culpritOf(error) ?? path}）`, { cause: error })
  return new Error(`${action}失败：${clerkMessage(error)}`, { cause: error })
}

/** One rule for main, the CLI and the renderer (shared/util/clerk-message.ts); the original stays in `cause` for the log. */
export { clerkMessage }
