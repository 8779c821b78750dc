/**
 * What to lint for a change (`doc-lint --changed`, `doc-lint <files…>`): the
 * changed Markdown files plus the files whose findings can change with them.
 *
 * - a chapter whose H1 differs from `HEAD` (or a chapter added, removed or
 *   renamed) → the files beside it holding the navigation table;
 * - the glossary (any non-Markdown file of the `--glossary` package, or the
 *   glossary file) → every chapter;
 * - `refs.lock.json` → every file under its folder with inline code or a
 *   `moby/moby` link (what source-refs reads);
 * - `examples.lock.json` → every file under its folder with a Go code block;
 * - `package.json` or `CHANGELOG.md` → the files of that package holding the
 *   version-history table.
 *
 * Dependents are found cheaply: one listing of the doc set (the same one
 * `doc-lint` lints), a text test for table headers and citations, and a parse
 * of the H1 only for the chapters that changed.
 */
import {spawnSync} from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import {ignoredBy, isInside, listMarkdownFiles, UsageError} from '@moby-anatomy/doc-files'
import {defaultChapterPattern, firstHeading, parseChapterName, parseMarkdown} from '@moby-anatomy/markdown-helpers'
import remarkLintNavTable from '@moby-anatomy/remark-lint-nav-table'
import remarkLintVersionHistory from '@moby-anatomy/remark-lint-version-history'

/** A changed path and how it changed (a rename is the old path removed and the new one added). */
export interface Change {
  /** Absolute path. */
  readonly file: string
  readonly status: 'added' | 'modified' | 'removed'
}

/** The files to lint, each with why (a file can have several reasons). */
export type LintTargets = ReadonlyMap<string, readonly string[]>

/** Where the project data lives. */
export interface DependencyOptions {
  /** The working folder: the doc set searched for dependents, and the base of the shown paths. */
  readonly cwd: string
  /** The glossary's package folder or file (`--glossary`); `undefined`: glossary changes pull in nothing. */
  readonly glossary?: string | undefined
}

const isMarkdown = (file: string) => /\.(md|markdown)$/i.test(file)

/** The Markdown files to lint for `changes`, and why, sorted by path. */
export function lintTargets(changes: readonly Change[], options: DependencyOptions): LintTargets {
  const {cwd} = options
  const shown = (file: string) => path.relative(cwd, file).split(path.sep).join('/')
  const targets = new Map<string, string[]>()
  const add = (file: string, reason: string) => {
    const reasons = targets.get(file) ?? []
    if (!reasons.includes(reason)) reasons.push(reason)
    targets.set(file, reasons)
  }
  let listed: readonly string[] | undefined
  const docSet = () => (listed ??= listMarkdownFiles([cwd], {isIgnored: ignoredBy(cwd)}).files)
  const under = (folder: string, test: (text: string) => boolean) => docSet().filter((file) => isInside(folder, file) && test(readText(file)))
  const navHeader = remarkLintNavTable.settings(undefined).header
  const historyHeader = remarkLintVersionHistory.settings(undefined).header

  for (const change of changes) {
    const name = path.basename(change.file)
    const folder = path.dirname(change.file)
    if (isMarkdown(name) && change.status !== 'removed' && docSet().includes(change.file)) add(change.file, 'changed')

    if (isMarkdown(name) && parseChapterName(name, defaultChapterPattern)) {
      const why = chapterChange(change, cwd)
      if (why) {
        for (const file of docSet().filter((entry) => path.dirname(entry) === folder)) {
          if (hasTableHeader(readText(file), navHeader)) add(file, `navigation table: ${shown(change.file)} ${why}`)
        }
      }
    }
    if (options.glossary && isInside(options.glossary, change.file) && !isMarkdown(name)) {
      for (const file of docSet()) if (parseChapterName(path.basename(file), defaultChapterPattern)) add(file, `glossary: ${shown(change.file)} changed`)
    }
    if (name === 'refs.lock.json') {
      for (const file of under(folder, (text) => /`[^`\n]+`|github\.com\/moby\/moby\//.test(text))) add(file, `cites Moby: ${shown(change.file)} changed`)
    }
    if (name === 'examples.lock.json') {
      for (const file of under(folder, (text) => /^ {0,3}(`{3,}|~{3,})\s*go\b/m.test(text))) add(file, `has Go examples: ${shown(change.file)} changed`)
    }
    if (name === 'package.json' || name === 'CHANGELOG.md') {
      for (const file of under(folder, (text) => hasTableHeader(text, historyHeader))) add(file, `version history: ${shown(change.file)} changed`)
    }
  }
  return new Map([...targets].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
}

/**
 * Why a chapter's change matters to the navigation table: it was added or
 * removed, or its H1 differs from the one at `HEAD`; `undefined` when not.
 * Outside a git repository every chapter given counts as changed.
 */
function chapterChange(change: Change, cwd: string): string | undefined {
  if (change.status === 'added') return 'was added'
  if (change.status === 'removed') return 'was removed'
  const before = spawnSync('git', ['show', `HEAD:./${path.relative(cwd, change.file).split(path.sep).join('/')}`], {cwd, encoding: 'utf8'})
  if (before.status !== 0) return 'is new to git'
  const now = heading(readText(change.file))
  return heading(before.stdout) === now ? undefined : 'has a new H1'
}

/** The text of a chapter's H1, or '' without one. */
function heading(text: string): string {
  return firstHeading(parseMarkdown(text))?.text ?? ''
}

/** Whether a line of `text` is a table header row with exactly `header`'s cells. */
function hasTableHeader(text: string, header: readonly string[]): boolean {
  return text.split(/\r?\n/).some((line) => {
    const trimmed = line.trim()
    if (!trimmed.startsWith('|')) return false
    const cells = trimmed.replace(/^\||\|$/g, '').split('|').map((cell) => cell.trim())
    return cells.length === header.length && cells.every((cell, index) => cell === header[index])
  })
}

/** A file's text, or '' when it cannot be read (the lint run reports that file itself). */
function readText(file: string): string {
  try {
    return fs.readFileSync(file, 'utf8')
  } catch {
    return ''
  }
}

/**
 * The changes staged in git (`git diff --cached`), renames split into a
 * removal and an addition. Throws when `cwd` is not in a git repository.
 */
export function stagedChanges(cwd: string): Change[] {
  const top = git(cwd, ['rev-parse', '--show-toplevel']).trim()
  const output = git(cwd, ['diff', '--cached', '--name-status', '-z', '--no-renames', '--diff-filter=ACMRD'])
  const fields = output.split('\0').filter((field) => field !== '')
  const changes: Change[] = []
  for (let index = 0; index + 1 < fields.length; index += 2) {
    const status = fields[index] ?? ''
    const file = path.join(top, fields[index + 1] ?? '')
    changes.push({file, status: status.startsWith('A') ? 'added' : status.startsWith('D') ? 'removed' : 'modified'})
  }
  return changes
}

/** Run git; a failure (no repository, no git) is a usage error naming `--changed`. */
function git(cwd: string, args: readonly string[]): string {
  const result = spawnSync('git', args, {cwd, encoding: 'utf8'})
  if (result.status !== 0) {
    const reason = result.error?.message ?? (result.stderr.trim().split('\n')[0] || `git ${args[0] ?? ''} failed`)
    throw new UsageError(`Unexpected \`--changed\` where git fails (${reason}), expected a git repository (or give the files to lint)`)
  }
  return result.stdout
}
