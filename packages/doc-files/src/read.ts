/**
 * Read a file of a doc set without leaving it: the real path must be inside
 * the root, the file must be a regular file (a FIFO would hang the read, a
 * device such as `/dev/zero` would never end), and no larger than the limit.
 */
import fs from 'node:fs'
import path from 'node:path'
import {FileError, isInside, LimitError, systemReason} from './errors.ts'
import {defaultLimits, formatBytes} from './limits.ts'

/** What was read, with the identity of the file it came from. */
export interface ReadFile {
  /** The path as given (absolute). */
  readonly file: string
  readonly bytes: Buffer
  /** Device and inode, so a writer can tell the file was not replaced. */
  readonly identity: string
}

/** Where reading may go. */
export interface ReadOptions {
  /** The folder the file must really be inside (symbolic links resolved). */
  readonly root: string
  /** Largest file read, in bytes (default: `defaultLimits.maxBytes`). */
  readonly maxBytes?: number | undefined
}

/** Read `file`; throws a `FileError` naming the file when it cannot or may not be read. */
export function readInside(file: string, options: ReadOptions): ReadFile {
  const absolute = path.resolve(file)
  const maxBytes = options.maxBytes ?? defaultLimits.maxBytes
  const real = realPathInside(absolute, options.root)
  let descriptor: number
  try {
    // O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer forever.
    descriptor = fs.openSync(real, fs.constants.O_RDONLY | fs.constants.O_NONBLOCK)
  } catch (error) {
    throw new FileError(absolute, `cannot be read (${systemReason(error)})`, {cause: error})
  }
  try {
    const stat = fs.fstatSync(descriptor)
    if (stat.isDirectory()) throw new FileError(absolute, 'cannot be read (EISDIR: it is a folder)', {code: 'EISDIR'})
    if (!stat.isFile()) throw new FileError(absolute, 'cannot be read: it is not a regular file (a FIFO, socket or device)')
    if (stat.size > maxBytes) {
      throw new LimitError(absolute, `Unexpected file of ${formatBytes(stat.size)}, expected at most ${formatBytes(maxBytes)} (the file-size limit)`, {code: 'EFBIG'})
    }
    const bytes = readAll(descriptor, absolute, maxBytes, stat.size)
    return {file: absolute, bytes, identity: `${stat.dev}:${stat.ino}`}
  } catch (error) {
    if (error instanceof FileError) throw error
    throw new FileError(absolute, `cannot be read (${systemReason(error)})`, {cause: error})
  } finally {
    fs.closeSync(descriptor)
  }
}

/**
 * The real path of `file` when it is inside the real path of `root`; throws
 * when it leads out (through a symbolic link) or cannot be resolved (a loop,
 * a broken link).
 */
export function realPathInside(file: string, root: string): string {
  let real: string
  let realRoot: string
  try {
    realRoot = fs.realpathSync(path.resolve(root))
  } catch (error) {
    throw new FileError(path.resolve(root), `cannot be read (${systemReason(error)})`, {cause: error})
  }
  try {
    real = fs.realpathSync(file)
  } catch (error) {
    const reason = isSymbolicLink(file) ? `is a symbolic link that leads nowhere (${systemReason(error)})` : `cannot be read (${systemReason(error)})`
    throw new FileError(file, reason, {cause: error})
  }
  if (!isInside(realRoot, real)) {
    throw new FileError(file, `Unexpected symbolic link out of the doc set, expected a file inside ${realRoot}`, {code: 'EXDEV'})
  }
  return real
}

/** Whether `file` itself is a symbolic link. */
export function isSymbolicLink(file: string): boolean {
  try {
    return fs.lstatSync(file).isSymbolicLink()
  } catch {
    return false
  }
}

/** Read to the end of a descriptor, refusing more than `maxBytes` (a file may grow while read). */
function readAll(descriptor: number, file: string, maxBytes: number, sizeHint: number): Buffer {
  // One buffer of the size fstat gave (and a byte more, to see a file that grew meanwhile),
  // doubled while the file goes on: a 1 MiB chunk per file cost more than the read.
  let buffer = Buffer.allocUnsafe(Math.min(sizeHint + 1, maxBytes + 1))
  let total = 0
  for (;;) {
    if (total === buffer.length) {
      if (total > maxBytes) break
      const bigger = Buffer.allocUnsafe(Math.min(buffer.length * 2, maxBytes + 1))
      buffer.copy(bigger, 0, 0, total)
      buffer = bigger
    }
    const read = fs.readSync(descriptor, buffer, total, buffer.length - total, null)
    if (read === 0) break
    total += read
  }
  if (total > maxBytes) {
    throw new LimitError(file, `Unexpected file of more than ${formatBytes(maxBytes)}, expected at most ${formatBytes(maxBytes)} (the file-size limit)`, {code: 'EFBIG'})
  }
  return buffer.subarray(0, total)
}
