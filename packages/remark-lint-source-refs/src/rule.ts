/**
 * The rule `source-refs`: its options and checks. The docs are in `index.ts`.
 * Reads the lock only: no git, no network.
 */
import fs from 'node:fs'
import path from 'node:path'
import type {Root} from 'mdast'
import {LRUCache} from 'lru-cache'
import type {VFile} from 'vfile'
import type {DocCache} from '@moby-anatomy/markdown-helpers'
import {code, defineRule, nonEmptyString, reportOptionError, type RuleContext} from '@moby-anatomy/rule-kit'
import {defaultRoots, extractReferences, type LineRange, type Reference} from './extract.ts'
import {lockFileName, readLock, type LockEntry, type RefsLock} from './lock.ts'

/** Configuration of `source-refs`. */
export interface Options {
  /**
   * The lock file, relative to the current working directory. Without it, the
   * nearest `refs.lock.json` in the linted file's folder or above it, up to the
   * folder of its package (the one holding `package.json`); a doc set without
   * one is not checked. Naming a lock turns the rule on: a missing lock is then
   * reported.
   */
  readonly lock?: string | null | undefined
}

/** Settings of a run: the named lock, or `''` to look for one beside the linted file. */
export interface Settings {
  readonly lock: string
}

export const ruleId = 'source-refs'
const lockCommand = '`pnpm refs:lock --moby <git dir>`'
const disjunction = new Intl.ListFormat('en', {type: 'disjunction'})

const remarkLintSourceRefs = defineRule<Options, Settings>({
  id: ruleId,
  options: {lock: nonEmptyString},
  defaults: {lock: ''},
  check: checkSourceReferences,
})

export default remarkLintSourceRefs

/** Run every check of the rule on one file. */
function checkSourceReferences(tree: Root, file: VFile, settings: Settings, context: RuleContext): void {
  // Project data first: a doc set without a lock (and no `lock` option) is not a doc set this rule checks.
  const lockPath = settings.lock === '' ? findLock(file) : path.resolve(file.cwd, settings.lock)
  if (!lockPath) return
  const references = extractReferences(tree, defaultRoots)
  if (references.length === 0) return
  const read = lockOfRun(lockPath, context.docs)
  const shown = path.relative(file.cwd, lockPath) || lockFileName
  if (!read.ok) {
    if (read.reason === 'invalid') {
      reportOptionError(file, ruleId, `Unexpected lock file ${code(shown)} (${read.detail}), expected the JSON that ${lockCommand} writes`)
      return
    }
    const [first] = references
    if (first) report(context, first, `Unexpected source reference ${code(first.target)} without a lock file, expected ${code(shown)}: run ${lockCommand}`)
    return
  }
  for (const reference of references) checkReference(context, reference, read.lock, shown)
}

/** Check one reference against the lock. */
function checkReference(context: RuleContext, reference: Reference, lock: RefsLock, lockName: string): void {
  if (reference.ref !== undefined && reference.ref !== lock.ref) {
    // A commit permalink never moves; anything else (a branch, another tag) does.
    if (!/^[0-9a-f]{7,40}$/.test(reference.ref)) {
      report(context, reference, `Unexpected link to ${code(reference.ref)}, expected the pinned tag ${code(lock.ref)} or a commit`)
    }
    return
  }
  const entry = Object.hasOwn(lock.references, reference.key) ? lock.references[reference.key] : undefined
  if (!entry) {
    report(context, reference, `Unexpected ${reference.kind} ${code(reference.target)} missing from ${code(lockName)}, expected it locked: run ${lockCommand}`)
    return
  }
  if (!entry.exists) {
    report(context, reference, missingReason(reference, entry, lock.ref))
    return
  }
  if (reference.lines && entry.kind === 'path') checkLines(context, reference, reference.lines, entry, lock.ref)
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
function checkLines(context: RuleContext, reference: Reference, lines: LineRange, entry: Extract<LockEntry, {kind: 'path'; exists: true}>, ref: string): void {
  const shown = code(lines.end === undefined ? `L${lines.start}` : `L${lines.start}-L${lines.end}`)
  if (entry.type === 'tree') {
    report(context, reference, `Unexpected line range ${shown} on folder ${code(reference.target)}, expected a file`)
    return
  }
  const end = lines.end ?? lines.start
  if (lines.start < 1 || end < lines.start) {
    report(context, reference, `Unexpected line range ${shown} for ${code(reference.target)}, expected a first line from 1 to the last line`)
  } else if (end > entry.lines) {
    report(context, reference, `Unexpected line range ${shown} for ${code(reference.target)}, expected lines within 1-${entry.lines} (its length at ${code(ref)})`)
  }
}

/**
 * Locks read in a run, by the run's document cache: each read again only when
 * the file changes, forgotten with the run. A run lints folder by folder, so
 * only the latest few are kept: a lock can be hundreds of kilobytes, and a run
 * over many doc sets held every set's lock until it ended.
 */
const locksByRun = new WeakMap<DocCache, LRUCache<string, {readonly stamp: string; readonly result: ReturnType<typeof readLock>}>>()

/** How many locks a run keeps (see `locksByRun`). */
const locksKeptPerRun = 4

/** The lock at `lockPath`, read once per run while its size and mtime stay the same. */
function lockOfRun(lockPath: string, docs: DocCache): ReturnType<typeof readLock> {
  let locks = locksByRun.get(docs)
  if (!locks) {
    locks = new LRUCache({max: locksKeptPerRun})
    locksByRun.set(docs, locks)
  }
  const stat = fs.statSync(lockPath, {throwIfNoEntry: false})
  const stamp = stat ? `${stat.size}:${stat.mtimeMs}` : 'missing'
  const known = locks.get(lockPath)
  if (known?.stamp === stamp) return known.result
  const result = readLock(lockPath)
  locks.set(lockPath, {stamp, result})
  return result
}

/** Add a message at a reference. */
function report(context: RuleContext, reference: Reference, reason: string): void {
  context.at(reason, reference.node, reference.ancestors)
}

/**
 * The lock of a file when no `lock` is named: the nearest `refs.lock.json`
 * from its folder up to the folder of its package; `undefined` when there is
 * none (the doc set has no lock: the rule is off) or the file has no path.
 */
function findLock(file: VFile): string | undefined {
  if (!file.path) return undefined
  for (let folder = path.dirname(path.resolve(file.cwd, file.path)); ; folder = path.dirname(folder)) {
    const candidate = path.join(folder, lockFileName)
    if (fs.existsSync(candidate)) return candidate
    if (fs.existsSync(path.join(folder, 'package.json')) || path.dirname(folder) === folder) return undefined
  }
}
