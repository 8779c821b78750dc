/**
 * Writing the JSON report without losing or misplacing a byte: the content
 * goes to a new temporary file beside the target (created exclusively, so it
 * is never an existing file or link), is flushed, and is renamed over the
 * target. A failed write leaves the target as it was and removes the
 * temporary file. A target that is a symbolic link, is not a regular file, or
 * (when `inside` is given) lies outside that folder once links are resolved is
 * refused before anything is written.
 */
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import {isInside} from './paths.ts'

/** A report that was not written; the message names the file and why. */
export class WriteError extends Error {
  override name = 'WriteError'
}

/**
 * Write `content` to `file` atomically. With `inside`, the file's folder is
 * created if needed and must resolve (symbolic links followed) inside it.
 */
export function writeFileAtomic(file: string, content: string, inside?: string): void {
  const folder = path.dirname(file)
  try {
    if (inside !== undefined) {
      refuseLinkedFolder(folder, inside)
      fs.mkdirSync(folder, {recursive: true})
      const realFolder = fs.realpathSync(folder)
      if (!isInside(fs.realpathSync(inside), realFolder)) {
        throw new WriteError(`Unexpected report folder \`${folder}\` that resolves outside \`${inside}\`, expected a folder inside the doc set: not written`)
      }
    }
    const existing = fs.lstatSync(file, {throwIfNoEntry: false})
    if (existing?.isSymbolicLink()) throw new WriteError(`Unexpected symbolic link \`${file}\`, expected a regular file: reports are not written through links`)
    if (existing && !existing.isFile()) throw new WriteError(`Unexpected \`${file}\` that is not a regular file, expected a file to write the report to`)
  } catch (error) {
    if (error instanceof WriteError) throw error
    throw new WriteError(`Cannot write \`${file}\`: ${describe(error)}`, {cause: error})
  }
  const temporary = path.join(folder, `.${path.basename(file)}.${process.pid}.${crypto.randomBytes(4).toString('hex')}.tmp`)
  let descriptor: number | undefined
  try {
    descriptor = fs.openSync(temporary, 'wx', existingMode(file))
    fs.writeFileSync(descriptor, content)
    fs.fsyncSync(descriptor)
    fs.closeSync(descriptor)
    descriptor = undefined
    fs.renameSync(temporary, file)
  } catch (error) {
    if (descriptor !== undefined) fs.closeSync(descriptor)
    fs.rmSync(temporary, {force: true})
    throw new WriteError(`Cannot write \`${file}\` (left unchanged): ${describe(error)}`, {cause: error})
  }
}

/** Refuse when a folder between `inside` and `folder` already exists as a symbolic link. */
function refuseLinkedFolder(folder: string, inside: string): void {
  const relative = path.relative(inside, folder)
  if (relative.startsWith('..') || path.isAbsolute(relative)) {
    throw new WriteError(`Unexpected report folder \`${folder}\` outside \`${inside}\`, expected a folder inside the doc set: not written`)
  }
  let current = inside
  for (const segment of relative.split(path.sep).filter(Boolean)) {
    current = path.join(current, segment)
    if (fs.lstatSync(current, {throwIfNoEntry: false})?.isSymbolicLink()) {
      throw new WriteError(`Unexpected symbolic link \`${current}\`, expected a folder: reports are not written through links`)
    }
  }
}

/** The mode of the file being replaced, so a rewrite keeps its permissions (default `0o644`). */
function existingMode(file: string): number {
  return (fs.statSync(file, {throwIfNoEntry: false})?.mode ?? 0o644) & 0o777
}

/** An error code and message in a few words. */
function describe(error: unknown): string {
  const {code, message} = error as NodeJS.ErrnoException
  return code ? `${code} (${message.replace(/^[A-Z]+: /, '').replace(/, \w+ '.*'$/, '')})` : String(message ?? error)
}
