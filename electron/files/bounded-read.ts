// Reading a file the clerk chose, safely: only a regular file (not a FIFO, a device such as
// /dev/zero, or a folder), and only up to a size limit checked on the opened handle before a
// byte is read. Checking the path first and reading it after would let the file be swapped
// in between; checking the size while reading bounds a file that grows as it is read.
import { constants } from 'node:fs'
import { open } from 'node:fs/promises'
import { basename } from 'node:path'

/** A file refused before reading; the message is for the clerk. */
export class FileRefusedError extends Error {}

const MB = 1024 * 1024

function megabytes(bytes: number): string {
  return `${Math.round((bytes / MB) * 10) / 10} MB`
}

/**
 * The bytes of `path`, or FileRefusedError. Opening a FIFO for reading would block until a
 * writer comes, so it is opened non-blocking (POSIX; Windows has no FIFOs on disk).
 */
export async function readRegularFile(path: string, maxBytes: number): Promise<Buffer> {
  const name = basename(path)
  const handle = await open(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0))
  try {
    const info = await handle.stat()
    if (!info.isFile()) throw new FileRefusedError(`“${name}”不是普通文件（可能是文件夹、设备或管道），无法打开`)
    if (info.size > maxBytes) throw new FileRefusedError(`“${name}”过大（${megabytes(info.size)}，上限 ${megabytes(maxBytes)}），不是本程序能打开的文件`)
    // One byte more than allowed tells a file that grew after fstat from one that fits.
    const buffer = Buffer.alloc(Math.min(info.size, maxBytes) + 1)
    let filled = 0
    while (filled < buffer.length) {
      const { bytesRead } = await handle.read(buffer, filled, buffer.length - filled, filled)
      if (bytesRead === 0) break
      filled += bytesRead
    }
    if (filled > maxBytes) throw new FileRefusedError(`“${name}”在读取时变得过大（超过 ${megabytes(maxBytes)}），无法打开`)
    return buffer.subarray(0, filled)
  } finally {
    await handle.close()
  }
}
