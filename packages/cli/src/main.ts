/**
 * The `doc-lint` command line: `lint` (default) and `fix`.
 * Exit codes: 0 clean, 1 findings, 2 usage error or a file that cannot be
 * read or written (one line each, never a stack trace).
 */
import fs from 'node:fs'
import path from 'node:path'
import {parseArgs} from 'node:util'
import {defaultLimits, exitCode, ignoredBy, listMarkdownFiles, oneLine, runCommand, shownPath, UsageError, type Limits} from '@moby-anatomy/doc-files'
import type {Change} from './changed.ts'
import type {fixersFor} from './fix.ts'
import {formats, type Format} from './formats.ts'
import {loadGlossary} from './glossary.ts'
import {lint} from './lint.ts'

const usage = `Usage: doc-lint [lint] [paths…] [--quiet] [--cache] [--format <name>] [--glossary <module>] [limits]
       doc-lint [lint] --changed [--verbose] [options]
       doc-lint fix [paths…] [--glossary <module>] [limits]

Lint Markdown with the Moby Anatomy remark preset, or rewrite the tables that
mirror a truth (navigation tables; the glossary table with --glossary).
Paths default to the current folder; files listed in .remarkignore are skipped.
Only regular files inside the paths given are read (symbolic links that lead
out are not followed); fix writes each file atomically and only inside them.

A folder is linted whole. Files given (of any kind) are linted with what
depends on them: a chapter whose H1 changed, or that was added or removed,
pulls in the navigation table beside it; a glossary change (--glossary) every
chapter; refs.lock.json every file citing Moby under its folder;
examples.lock.json every file with Go blocks under its folder; package.json or
CHANGELOG.md the package's version-history table.

Options:
  --changed            lint the files staged in git (git diff --cached) and
                       what depends on them (for a pre-commit hook)
  --verbose            say which files are linted and why (with --changed or
                       files), how many files the cache skipped, and which
                       files a worker ran out of heap on
  --cache              replay the findings of files unchanged since the last
                       run, from node_modules/.cache/doc-lint (a file is
                       re-linted when it, the options, the rules' versions or
                       what its rules read from other files changed)
  --no-cache           lint every file (the default; overrides --cache)
  --jobs <n>           lint in n worker threads (default: one per core, at
                       most one per 16 files, none below 16 files); the
                       report is the same for every n
  --format <name>      stylish (default, to stderr), or to stdout: json, sarif
                       (SARIF 2.1.0), github (workflow commands), summary
                       (a Markdown table for a job summary)
  --quiet              report only files with messages
  --glossary <module>  a package name or file (found from the current folder)
                       whose \`glossary\` export is the doc set's glossary: turns
                       on glossary-coverage and the glossary-table fix
                       (e.g. --glossary @moby-anatomy/glossary)
  --max-file-size <bytes>  largest file read (default: ${defaultLimits.maxBytes})
  --max-nesting <levels>   deepest block-quote/list nesting (default: ${defaultLimits.maxNesting})
  --help      show this help
  --version   show the version

Rules that need project data are off without it: glossary-coverage until
--glossary names a glossary; source-refs until a refs.lock.json sits beside the
files or in a parent folder up to their package (moby-refs lock writes one).

Exit codes: 0 clean, 1 findings, 2 usage error or a file that cannot be read or written.`

/** Run the command line; resolves to the exit code. */
export function main(argv: readonly string[], cwd = process.cwd()): Promise<number> {
  return runCommand({name: 'doc-lint', usage, cwd}, async () => {
    const {values, positionals} = parseArgs({
      args: [...argv],
      allowPositionals: true,
      allowNegative: true,
      options: {
        quiet: {type: 'boolean'},
        cache: {type: 'boolean'},
        changed: {type: 'boolean'},
        verbose: {type: 'boolean'},
        format: {type: 'string'},
        glossary: {type: 'string'},
        'max-file-size': {type: 'string'},
        'max-nesting': {type: 'string'},
        jobs: {type: 'string'},
        help: {type: 'boolean'},
        version: {type: 'boolean'},
      },
    })
    if (values.help) {
      console.log(usage)
      return exitCode.clean
    }
    if (values.version) {
      const manifest = JSON.parse(fs.readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {version: string}
      console.log(manifest.version)
      return exitCode.clean
    }
    const limits: Limits = {
      maxBytes: positiveInteger(values['max-file-size'], '--max-file-size', defaultLimits.maxBytes),
      maxNesting: positiveInteger(values['max-nesting'], '--max-nesting', defaultLimits.maxNesting),
    }
    const format = values.format ?? 'stylish'
    if (!isFormat(format)) throw new UsageError(`Unexpected \`--format ${format}\`, expected one of ${formats.map((name) => `\`${name}\``).join(', ')}`)
    const [command = 'lint', ...rest] = positionals
    const isCommand = command === 'lint' || command === 'fix'
    const given = (isCommand ? rest : positionals).map((entry) => path.resolve(cwd, entry))
    const changed = values.changed ?? false
    if (given.length === 0 && !changed) given.push(cwd)
    for (const entry of given) {
      if (!fs.existsSync(entry)) throw new UsageError(`Unexpected path \`${path.relative(cwd, entry)}\` that does not exist, expected a Markdown file or a folder`)
    }
    if (changed && command === 'fix') throw new UsageError('Unexpected `--changed` with `fix`, expected it with `lint` (fix the whole doc set: `doc-lint fix`)')
    const glossary = values.glossary === undefined ? undefined : await loadGlossary(values.glossary, cwd)
    // Imported when needed: a lint run's main thread loads no rule it does not run (workers do).
    if (isCommand && command === 'fix') {
      const {fixFiles, fixersFor} = await import('./fix.ts')
      return fix(given, cwd, fixersFor(glossary), limits, fixFiles)
    }
    const preset = {glossaryCoverage: glossary ? {glossary} : false} as const
    const quiet = values.quiet ?? false
    const cache = values.cache ?? false
    const verbose = values.verbose ?? false
    const jobs = values.jobs === undefined ? 'auto' : positiveInteger(values.jobs, '--jobs', 2)
    const folders = given.filter((entry) => fs.statSync(entry).isDirectory())
    const files = given.filter((entry) => !folders.includes(entry))
    if (!changed && files.length === 0) return lint({paths: folders, cwd, quiet, limits, format, preset, cache, verbose, jobs, tuneGc: true})
    // Files (or the staged changes): lint them and their dependents.
    const {lintTargets, stagedChanges} = await import('./changed.ts')
    const {glossaryDependency} = await import('./glossary.ts')
    const changes: Change[] = [...(changed ? stagedChanges(cwd) : []), ...files.map((file) => ({file, status: 'modified' as const}))]
    const targets = lintTargets(changes, {cwd, glossary: values.glossary === undefined ? undefined : glossaryDependency(values.glossary, cwd)})
    if (values.verbose) {
      for (const [file, reasons] of targets) console.error(`doc-lint: linting ${oneLine(shownPath(file, cwd))} (${reasons.join('; ')})`)
      if (targets.size === 0 && folders.length === 0) console.error('doc-lint: no Markdown file to lint for these changes')
    }
    return lint({paths: [...folders, ...targets.keys()], cwd, quiet, limits, format, preset, cache, verbose, jobs, tuneGc: true})
  })
}

/** Whether `name` is a report format. */
function isFormat(name: string): name is Format {
  return (formats as readonly string[]).includes(name)
}

/**
 * `fix`: every file is tried; says which were rewritten, which were left
 * alone and why. Exit 2 when a file could not be read or written, 1 when one
 * changed on disk meanwhile (run again), else 0.
 */
function fix(paths: readonly string[], cwd: string, fixers: ReturnType<typeof fixersFor>, limits: Limits, fixFiles: typeof import('./fix.ts').fixFiles): number {
  const listing = listMarkdownFiles(paths, {isIgnored: ignoredBy(cwd)})
  const shown = (file: string) => oneLine(shownPath(file, cwd))
  for (const skipped of listing.skipped) console.error(`doc-lint: ${shown(skipped.file)} ${skipped.reason}`)
  const result = fixFiles(listing.files, fixers, {rootOf: (file) => listing.roots.get(file) ?? path.dirname(file), limits})
  for (const file of result.rewritten) console.log(`fixed ${shown(file)}`)
  for (const error of [...result.changedMeanwhile, ...result.failed]) console.error(`doc-lint: ${oneLine(error.relativeTo(cwd))}`)
  console.log(`${result.rewritten.length} of ${listing.files.length} files changed`)
  if (result.failed.length > 0) return exitCode.error
  return result.changedMeanwhile.length > 0 ? exitCode.findings : exitCode.clean
}

/** A whole number > 0 from a flag's value, or the default when absent. */
function positiveInteger(value: string | undefined, flag: string, fallback: number): number {
  if (value === undefined) return fallback
  if (!/^\d+$/.test(value) || Number(value) < 1 || !Number.isSafeInteger(Number(value))) {
    throw new UsageError(`Unexpected \`${flag} ${value}\`, expected a whole number greater than 0 such as \`${fallback}\``)
  }
  return Number(value)
}
