// The files this window may touch, and what each looked like when it last read or wrote it.
// Paths reach main only from main itself: its own dialogs, the 最近打开 list, the command line,
// or the recovery copy main wrote. A path the renderer names that was not chosen there
// (another folder, `..`, a UNC share, a device) is refused: the renderer renders content from
// files received from elsewhere, and must not be able to point main at arbitrary files.
import { resolve } from 'node:path'
import type { DiskStamp } from '../files/disk-stamp'

/** Windows and macOS file systems are case-insensitive: one file, one key. */
function key(path: string): string {
  const full = resolve(path)
  return process.platform === 'linux' ? full : full.toLowerCase()
}

export interface ChosenFiles {
  /** A path main obtained itself. */
  choose(path: string): void
  isChosen(path: string): boolean
  /** Throws a Chinese message naming the path when it was not chosen. */
  require(path: string, action: string): void
  /** The file as this window last read or wrote it; undefined when it never did. */
  stamp(path: string): DiskStamp | undefined
  remember(path: string, stamp: DiskStamp | null): void
}

export function createChosenFiles(): ChosenFiles {
  const chosen = new Set<string>()
  const stamps = new Map<string, DiskStamp>()
  return {
    choose: (path) => void chosen.add(key(path)),
    isChosen: (path) => chosen.has(key(path)),
    require(path, action) {
      if (!chosen.has(key(path))) {
        throw new Error(`已拒绝${action}“${path}”：只能使用在本程序的对话框、最近打开列表或命令行中选择的文件，请用“另存为”选择位置`)
      }
    },
    stamp: (path) => stamps.get(key(path)),
    remember(path, stamp) {
      if (stamp) stamps.set(key(path), stamp)
      else stamps.delete(key(path))
    },
  }
}
