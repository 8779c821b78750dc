/**
 * `doc-lint fix`: rewrite the tables that mirror a truth. Each fixer returns
 * the whole text; a file is written only when a fixer changed something, and
 * then atomically (see `@moby-anatomy/doc-files`): a failed write leaves it as
 * it was, an edit saved meanwhile is not overwritten, and nothing is written
 * through a symbolic link or outside the doc set.
 */
import path from 'node:path'
import {ChangedError, FileError, limitProblem, readInside, writeInside, type Limits} from '@moby-anatomy/doc-files'
import {DocCache} from '@moby-anatomy/markdown-helpers'
import remarkLintCjkTypography from '@moby-anatomy/remark-lint-cjk-typography'
import {fixTypography} from '@moby-anatomy/remark-lint-cjk-typography/fix'
import remarkLintGlossaryCoverage, {type Entry} from '@moby-anatomy/remark-lint-glossary-coverage'
import {fixGlossaryTables} from '@moby-anatomy/remark-lint-glossary-coverage/fix'
import remarkLintNavTable from '@moby-anatomy/remark-lint-nav-table'
import {docSetDefaults} from '@moby-anatomy/remark-preset'
import {fixNavigationTables} from '@moby-anatomy/remark-lint-nav-table/fix'

/** A fixer: new text for a file, given its text and path. */
export type Fixer = (text: string, filePath: string) => string

/**
 * The fixers for a doc set, with the rules' default settings and one document
 * cache for the run: navigation tables always, the glossary table when a
 * glossary is given (`undefined`: none).
 */
export function fixersFor(glossary: readonly Entry[] | undefined): Fixer[] {
  const docs = new DocCache()
  const navTable = remarkLintNavTable.settings(undefined)
  const list: Fixer[] = [(text, filePath) => fixNavigationTables(text, filePath, navTable, docs)]
  if (glossary) {
    const settings = remarkLintGlossaryCoverage.settings({glossary})
    list.push((text) => fixGlossaryTables(text, settings, docs))
  }
  // Last: typography repairs prose only, after the tables are regenerated, with the preset's settings.
  const typography = remarkLintCjkTypography.settings(docSetDefaults.cjkTypography)
  list.push((text) => fixTypography(text, typography))
  return list
}

/** How to fix. */
export interface FixOptions {
  /** The doc set's folder of each file: nothing is written outside it. */
  readonly rootOf: (file: string) => string
  /** Per-file limits (`defaultLimits` unless the command line sets others). */
  readonly limits: Limits
}

/** What a fix run did, file by file. */
export interface FixResult {
  /** Files rewritten. */
  readonly rewritten: readonly string[]
  /** Files left alone because they changed on disk while the fixers ran. */
  readonly changedMeanwhile: readonly FileError[]
  /** Files that could not be read, fixed or written (each untouched). */
  readonly failed: readonly FileError[]
}

/** Apply every fixer to each file; one file's failure does not stop the others. */
export function fixFiles(files: readonly string[], fixerList: readonly Fixer[], options: FixOptions): FixResult {
  const rewritten = new Set<string>()
  const changedMeanwhile = new Map<string, FileError>()
  const failed = new Map<string, FileError>()
  // A fix in one file can change what a table in another mirrors (typography repairs a chapter's
  // H1 after the navigation table was rebuilt from it), so passes repeat until one rewrites
  // nothing: then a second `fix` is a no-op. Tables mirror one level deep, so this ends quickly.
  for (let pass = 0; pass < maximumPasses; pass++) {
    const before = rewritten.size
    let changed = false
    for (const file of files) {
      if (failed.has(file) || changedMeanwhile.has(file)) continue
      const outcome = fixFile(file, fixerList, options)
      if (outcome === 'rewritten') {
        changed = true
        rewritten.add(file)
      } else if (outcome instanceof ChangedError) changedMeanwhile.set(file, outcome)
      else if (outcome instanceof FileError) failed.set(file, outcome)
    }
    if (!changed && rewritten.size === before) break
  }
  return {rewritten: [...rewritten], changedMeanwhile: [...changedMeanwhile.values()], failed: [...failed.values()]}
}

/** Passes of `fixFiles` at most: one to fix, one for what the first changed in mirrors, one to spare. */
const maximumPasses = 3

/** Fix one file: `'rewritten'`, `'unchanged'`, or the error that stopped it (the file is then untouched). */
function fixFile(file: string, fixerList: readonly Fixer[], options: FixOptions): 'rewritten' | 'unchanged' | FileError {
  const root = options.rootOf(file)
  try {
    const read = readInside(file, {root, maxBytes: options.limits.maxBytes})
    const text = new TextDecoder('utf-8', {fatal: false, ignoreBOM: true}).decode(read.bytes)
    // A file that is not UTF-8 is left alone: rewriting it would lose bytes.
    if (!Buffer.from(text, 'utf8').equals(read.bytes)) return 'unchanged'
    const problem = limitProblem(read.bytes.length, text, options.limits)
    if (problem) throw new FileError(file, problem)
    const fixed = applyFixers(fixerList, text, file)
    if (fixed === text) return 'unchanged'
    writeInside(file, fixed, {root, expected: read.bytes})
    return 'rewritten'
  } catch (error) {
    if (error instanceof FileError) return error
    throw error
  }
}

/** Run the fixers in turn; a fixer that throws (a bug, a stack overflow) fails this file only. */
function applyFixers(fixerList: readonly Fixer[], text: string, file: string): string {
  try {
    return fixerList.reduce((current, fixer) => fixer(current, file), text)
  } catch (error) {
    throw new FileError(file, `cannot be fixed (${error instanceof Error ? error.message : String(error)}); the file is unchanged`, {cause: error})
  }
}
