/**
 * Write a file of a doc set atomically and only inside it: the new content
 * goes to a temporary file beside the target, which is renamed over the
 * target once complete, so a failed write (disk full, `ulimit -f`, a
 * read-only folder) leaves the target as it was. A target that is a symbolic
 * link, or whose folder resolves outside the root, is refused; with
 * `expected`, a file that changed since it was read is not overwritten.
 */
import {randomBytes} from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import {ChangedError, FileError, isInside, systemReason} from './errors.ts'

/** Where and on what condition to write. */
export interface WriteOptions {
  /** The folder the target must really be inside. */
  readonly root: string
  /**
   * The bytes the target held when it was read: when it holds anything else
   * just before the rename (an edit saved meanwhile), nothing is written and a
   * `ChangedError` is thrown. `null`: the target must not exist yet.
   * `undefined`: no check.
   */
  readonly expected?: Uint8Array | null | undefined
}

/** Write `content` to `file` atomically; throws a `FileError` (or `ChangedError`) naming the file. */
export function writeInside(file: string, content: string | Uint8Array, options: WriteOptions): void {
  prepareWrite(file, content, options).commit()
}

/** A write whose bytes are already on disk beside the target, waiting for the rename. */
export interface PreparedWrite {
  readonly file: string
  /** Rename the temporary file over the target (after checking it is unchanged). */
  commit(): void
  /** Remove the temporary file; the target stays as it was. */
  discard(): void
}

/**
 * The first half of an atomic write: check the target, write and flush the
 * temporary file. A step that must fail before any file changes (the release
 * step) prepares every write first, then commits them all.
 */
export function prepareWrite(file: string, content: string | Uint8Array, options: WriteOptions): PreparedWrite {
  const target = path.resolve(file)
  const folder = checkedFolder(target, options.root)
  const existing = statTarget(target)
  if (existing?.isSymbolicLink()) {
    throw new FileError(target, 'Unexpected symbolic link as write target, expected a regular file (not written)', {code: 'ELOOP'})
  }
  if (existing && !existing.isFile()) throw new FileError(target, 'Unexpected write target that is not a regular file, expected a file (not written)')
  if (options.expected !== undefined) checkUnchanged(target, options.expected)

  const temporary = path.join(folder, `.${path.basename(target)}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`)
  const discard = () => fs.rmSync(temporary, {force: true})
  try {
    const descriptor = fs.openSync(temporary, fs.constants.O_WRONLY | fs.constants.O_CREAT | fs.constants.O_EXCL | fs.constants.O_NOFOLLOW, existing ? existing.mode & 0o7777 : 0o666)
    try {
      fs.writeFileSync(descriptor, content)
      fs.fsyncSync(descriptor)
    } finally {
      fs.closeSync(descriptor)
    }
  } catch (error) {
    discard()
    throw new FileError(target, `cannot be written (${systemReason(error)}); the file is unchanged`, {cause: error})
  }
  return {
    file: target,
    discard,
    commit() {
      try {
        // The last look before the rename: an edit saved while we worked wins.
        if (options.expected !== undefined) checkUnchanged(target, options.expected)
        fs.renameSync(temporary, path.join(folder, path.basename(target)))
      } catch (error) {
        discard()
        if (error instanceof FileError) throw error
        throw new FileError(target, `cannot be written (${systemReason(error)}); the file is unchanged`, {cause: error})
      }
    },
  }
}

/** The real folder of `target`, which must be inside the real `root`. */
function checkedFolder(target: string, root: string): string {
  let folder: string
  let realRoot: string
  try {
    realRoot = fs.realpathSync(path.resolve(root))
    folder = fs.realpathSync(path.dirname(target))
  } catch (error) {
    throw new FileError(target, `cannot be written (${systemReason(error)})`, {cause: error})
  }
  if (!isInside(realRoot, folder)) {
    throw new FileError(target, `Unexpected write target outside the doc set, expected a file inside ${realRoot} (not written)`, {code: 'EXDEV'})
  }
  return folder
}

/** The target's own status (not following a link), or `undefined` when it does not exist. */
function statTarget(target: string): fs.Stats | undefined {
  try {
    return fs.lstatSync(target)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined
    throw new FileError(target, `cannot be written (${systemReason(error)})`, {cause: error})
  }
}

/** Throw a `ChangedError` when the target no longer holds `expected`. */
function checkUnchanged(target: string, expected: Uint8Array | null): void {
  let current: Buffer | undefined
  try {
    current = fs.readFileSync(target)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw new FileError(target, `cannot be read (${systemReason(error)})`, {cause: error})
  }
  const same = expected === null ? current === undefined : current !== undefined && Buffer.from(expected.buffer, expected.byteOffset, expected.byteLength).equals(current)
  if (!same) throw new ChangedError(target, 'changed on disk since it was read, so it was not overwritten (run the command again)')
}
