/**
 * Errors the tools print as one line and exit 2 on: a command called wrongly
 * (`UsageError`) and a file that cannot be read or written (`FileError`).
 */
import path from 'node:path'

/** A mistake in how a command was called: printed with the usage, exit code 2, no stack trace. */
export class UsageError extends Error {
  override name = 'UsageError'
}

/** A file that cannot be listed, read or written: one line naming the file, exit code 2. */
export class FileError extends Error {
  override name = 'FileError'
  /** Absolute path of the file. */
  readonly file: string
  /** What went wrong, without the file name: `cannot be written (EFBIG: file too large)`. */
  readonly reason: string
  /** The system error code, when there is one (`EACCES`, `EFBIG`, …). */
  readonly code: string | undefined

  constructor(file: string, reason: string, options: {readonly cause?: unknown; readonly code?: string | undefined} = {}) {
    super(`${file}: ${reason}`, options.cause === undefined ? {} : {cause: options.cause})
    this.file = file
    this.reason = reason
    this.code = options.code ?? systemCode(options.cause)
  }

  /** The message with the file shown relative to `cwd`. */
  relativeTo(cwd: string): string {
    return `${shownPath(this.file, cwd)}: ${this.reason}`
  }
}

/**
 * A file that changed on disk after it was read: writing would overwrite
 * someone's edit, so the write is skipped.
 */
export class ChangedError extends FileError {
  override name = 'ChangedError'
}

/**
 * A file over a per-file limit (size, nesting): a finding about that file,
 * not a failure of the run.
 */
export class LimitError extends FileError {
  override name = 'LimitError'
}

/** `EACCES: permission denied` from a system error (the part before the path), or its message. */
export function systemReason(error: unknown): string {
  const code = systemCode(error)
  const message = error instanceof Error ? error.message : String(error)
  if (!code) return message
  const cut = message.indexOf(',')
  return cut === -1 ? message : message.slice(0, cut)
}

/** The `code` of a system error, if any. */
export function systemCode(error: unknown): string | undefined {
  const code = (error as {code?: unknown} | null | undefined)?.code
  return typeof code === 'string' ? code : undefined
}

/** A path as a person reads it: relative to `cwd` when inside it, else absolute. */
export function shownPath(file: string, cwd: string): string {
  const relative = path.relative(cwd, file)
  return relative === '' ? '.' : relative.startsWith('..') || path.isAbsolute(relative) ? file : relative
}

/** Whether `child` is `root` or inside it (both absolute, already resolved). */
export function isInside(root: string, child: string): boolean {
  const relative = path.relative(root, child)
  return relative === '' || (relative !== '..' && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative))
}
