/**
 * The checks of `source-refs`, kept apart from the module docs in `index.ts`.
 * Reads the lock only: no git, no network.
 */
import fs from 'node:fs'
import path from 'node:path'
import type {Nodes, Root} from 'mdast'
import type {VFile} from 'vfile'
import {checkOptions, code, failOption, nonEmptyString} from '@moby-anatomy/doc-set'
import {extractReferences, type LineRange, type Reference} from './extract.ts'
import {readLock, type LockEntry, type RefsLock} from './lock.ts'

/** Configuration of `source-refs`. */
export interface Options {
  /**
   * The lock file, relative to the current working directory (default: the
   * nearest `refs.lock.json` in the linted file's folder or above it, up to the
   * folder of its package, the one holding `package.json`).
   */
  readonly lock?: string | null | undefined
}

export const ruleId = 'source-refs'
export const lockFileName = 'refs.lock.json'
const lockCommand = '`pnpm refs:lock --moby <git dir>`'
const disjunction = new Intl.ListFormat('en', {type: 'disjunction'})

/** Run every check of the rule on one file. */
export function checkSourceReferences(tree: Root, file: VFile, options: Options | null | undefined): void {
  checkOptions(file, ruleId, options, {lock: nonEmptyString})
  const references = extractReferences(tree)
  if (references.length === 0) return
  const lockPath = options?.lock ? path.resolve(file.cwd, options.lock) : findLock(file)
  if (!lockPath) return
  const read = readLock(lockPath)
  const shown = path.relative(file.cwd, lockPath) || lockFileName
  if (!read.ok) {
    if (read.reason === 'invalid') {
      failOption(file, ruleId, `Unexpected lock file ${code(shown)} (${read.detail}), expected the JSON that ${lockCommand} writes`)
    }
    const [first] = references
    if (first) report(file, first, `Unexpected source reference ${code(first.target)} without a lock file, expected ${code(shown)}: run ${lockCommand}`)
    return
  }
  for (const reference of references) checkReference(file, reference, read.lock, shown)
}

/** Check one reference against the lock. */
function checkReference(file: VFile, reference: Reference, lock: RefsLock, lockName: string): void {
  if (reference.ref !== undefined && reference.ref !== lock.ref) {
    // A commit permalink never moves; anything else (a branch, another tag) does.
    if (!/^[0-9a-f]{7,40}$/.test(reference.ref)) {
      report(file, reference, `Unexpected link to ${code(reference.ref)}, expected the pinned tag ${code(lock.ref)} or a commit`)
    }
    return
  }
  const entry = Object.hasOwn(lock.references, reference.key) ? lock.references[reference.key] : undefined
  if (!entry) {
    report(file, reference, `Unexpected ${reference.kind} ${code(reference.target)} missing from ${code(lockName)}, expected it locked: run ${lockCommand}`)
    return
  }
  if (!entry.exists) {
    report(file, reference, missingReason(reference, entry, lock.ref))
    return
  }
  if (reference.lines && entry.kind === 'path') checkLines(file, reference, reference.lines, entry, lock.ref)
}

/** The message of a reference the lock marks missing, with its suggestions. */
function missingReason(reference: Reference, entry: Extract<LockEntry, {exists: false}>, ref: string): string {
  if (entry.kind === 'path') {
    const suggestion = entry.candidates.length > 0 ? `: did you mean ${disjunction.format(entry.candidates.map(code))}?` : ''
    return `Unexpected missing path ${code(reference.target)} at ${code(ref)}, expected an existing file or folder${suggestion}`
  }
  const suggestion =
    entry.candidates.length > 0
      ? `: did you mean ${disjunction.format(entry.candidates.map((candidate) => `${code(candidate.symbol)} (${code(`${candidate.file}:${candidate.line}`)})`))}?`
      : ''
  return `Unexpected undeclared symbol ${code(reference.target)} at ${code(ref)}, expected a declared Go name${suggestion}`
}

/** Check a line range against the file's length in the lock. */
function checkLines(file: VFile, reference: Reference, lines: LineRange, entry: Extract<LockEntry, {kind: 'path'; exists: true}>, ref: string): void {
  const shown = code(lines.end === undefined ? `L${lines.start}` : `L${lines.start}-L${lines.end}`)
  if (entry.type === 'tree') {
    report(file, reference, `Unexpected line range ${shown} on folder ${code(reference.target)}, expected a file`)
    return
  }
  const end = lines.end ?? lines.start
  if (lines.start < 1 || end < lines.start) {
    report(file, reference, `Unexpected line range ${shown} for ${code(reference.target)}, expected a first line from 1 to the last line`)
  } else if (end > entry.lines) {
    report(file, reference, `Unexpected line range ${shown} for ${code(reference.target)}, expected lines within 1-${entry.lines} (its length at ${code(ref)})`)
  }
}

/** Add a message at a reference. */
function report(file: VFile, reference: Reference, reason: string): void {
  file.message(reason, {ancestors: [...reference.ancestors, reference.node] as Nodes[], place: reference.node.position})
}

/**
 * The default lock of a file: the nearest `refs.lock.json` from its folder up
 * to the folder of its package; when there is none, where it is expected
 * (the package folder, else the file's folder). `undefined` without a path.
 */
function findLock(file: VFile): string | undefined {
  if (!file.path) return undefined
  const start = path.dirname(path.resolve(file.cwd, file.path))
  let folder = start
  for (;;) {
    const candidate = path.join(folder, lockFileName)
    if (fs.existsSync(candidate)) return candidate
    if (fs.existsSync(path.join(folder, 'package.json'))) return candidate
    const parent = path.dirname(folder)
    if (parent === folder) return path.join(start, lockFileName)
    folder = parent
  }
}
