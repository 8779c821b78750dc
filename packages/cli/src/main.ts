/**
 * The `doc-lint` command line: `lint` (default) and `fix`.
 * Exit codes: 0 clean, 1 findings, 2 usage error or a file that cannot be
 * read or written (one line each, never a stack trace).
 */
import fs from 'node:fs'
import path from 'node:path'
import {parseArgs} from 'node:util'
import {defaultLimits, exitCode, ignoredBy, listMarkdownFiles, oneLine, runCommand, shownPath, UsageError, type Limits} from '@moby-anatomy/doc-files'
import {fixFiles, fixersFor} from './fix.ts'
import {loadGlossary} from './glossary.ts'
import {lint} from './lint.ts'

const usage = `Usage: doc-lint [lint] [paths…] [--quiet] [--glossary <module>] [limits]
       doc-lint fix [paths…] [--glossary <module>] [limits]

Lint Markdown with the Moby Anatomy remark preset, or rewrite the tables that
mirror a truth (navigation tables; the glossary table with --glossary).
Paths default to the current folder; files listed in .remarkignore are skipped.
Only regular files inside the paths given are read (symbolic links that lead
out are not followed); fix writes each file atomically and only inside them.

Options:
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
      options: {
        quiet: {type: 'boolean'},
        glossary: {type: 'string'},
        'max-file-size': {type: 'string'},
        'max-nesting': {type: 'string'},
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
    const [command = 'lint', ...rest] = positionals
    const isCommand = command === 'lint' || command === 'fix'
    const paths = (isCommand ? rest : positionals).map((entry) => path.resolve(cwd, entry))
    if (paths.length === 0) paths.push(cwd)
    for (const entry of paths) {
      if (!fs.existsSync(entry)) throw new UsageError(`Unexpected path \`${path.relative(cwd, entry)}\` that does not exist, expected a Markdown file or a folder`)
    }
    const glossary = values.glossary === undefined ? undefined : await loadGlossary(values.glossary, cwd)
    if (isCommand && command === 'fix') return fix(paths, cwd, fixersFor(glossary), limits)
    return lint({paths, cwd, quiet: values.quiet ?? false, limits, preset: {glossaryCoverage: glossary ? {glossary} : false}})
  })
}

/**
 * `fix`: every file is tried; says which were rewritten, which were left
 * alone and why. Exit 2 when a file could not be read or written, 1 when one
 * changed on disk meanwhile (run again), else 0.
 */
function fix(paths: readonly string[], cwd: string, fixers: ReturnType<typeof fixersFor>, limits: Limits): number {
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
