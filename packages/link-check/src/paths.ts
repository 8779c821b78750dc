/**
 * What a local link points at, without leaving the root: each path segment is
 * looked up with `lstat` from the root's real path, and every symbolic link on
 * the way is resolved and must land inside the root again. A link that leaves
 * the root is `outside` whether or not its target exists, so a report never
 * tells what is (or is not) on the rest of the disk.
 */
import fs from 'node:fs'
import path from 'node:path'
import {isInside} from '@moby-anatomy/doc-files'

/** Where a local link lands. */
export type Located =
  | {readonly state: 'file'; readonly real: string}
  | {readonly state: 'folder'; readonly real: string}
  | {readonly state: 'missing'}
  | {readonly state: 'outside'}
  | {readonly state: 'unreadable'; readonly code: string}

/** Symbolic links followed for one lookup before giving up (Linux's own limit is 40). */
const maxLinks = 40

/** Look up `segments` (decoded URL path segments) under `realRoot`, which must be a real path. */
export function locate(realRoot: string, segments: readonly string[]): Located {
  const pending = [...segments]
  let current = realRoot
  let links = 0
  for (let segment = pending.shift(); segment !== undefined; segment = pending.shift()) {
    // One URL segment is one file name: `%2F` or a NUL cannot name anything.
    if (segment.includes('/') || segment.includes('\0') || segment === '..') return {state: 'missing'}
    if (segment === '' || segment === '.') continue
    const next = path.join(current, segment)
    let stat: fs.Stats
    try {
      stat = fs.lstatSync(next)
    } catch (error) {
      return failure(error)
    }
    if (stat.isSymbolicLink()) {
      if (++links > maxLinks) return {state: 'unreadable', code: 'ELOOP'}
      let target: string
      try {
        target = path.resolve(current, fs.readlinkSync(next))
      } catch (error) {
        return failure(error)
      }
      if (!isInside(realRoot, target)) return {state: 'outside'}
      // Walk the link's target again from the root, then the rest of the path.
      pending.unshift(...path.relative(realRoot, target).split(path.sep))
      current = realRoot
      continue
    }
    if (!stat.isDirectory() && pending.some((rest) => rest !== '' && rest !== '.')) return {state: 'missing'}
    current = next
  }
  let stat: fs.Stats
  try {
    stat = fs.statSync(current)
  } catch (error) {
    return failure(error)
  }
  if (stat.isDirectory()) return {state: 'folder', real: current}
  if (stat.isFile()) return {state: 'file', real: current}
  // A FIFO, socket or device is nothing a reader on GitHub could open.
  return {state: 'missing'}
}

/** The real path of `folder`, for `locate`. */
export function realRoot(folder: string): string {
  return fs.realpathSync(folder)
}

/** A failed lookup: missing, or an error worth naming. */
function failure(error: unknown): Located {
  const code = (error as NodeJS.ErrnoException).code ?? 'unknown error'
  return code === 'ENOENT' || code === 'ENOTDIR' ? {state: 'missing'} : {state: 'unreadable', code}
}
