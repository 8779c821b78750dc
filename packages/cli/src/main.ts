/**
 * The `doc-lint` command line: `lint` (default) and `fix`.
 * Exit codes: 0 clean, 1 findings, 2 usage error.
 */
import fs from 'node:fs'
import path from 'node:path'
import {parseArgs} from 'node:util'
import ignore from 'ignore'
import {fixFiles, fixersFor} from './fix.ts'
import {loadGlossary} from './glossary.ts'
import {markdownFiles, UsageError} from './files.ts'
import {lint} from './lint.ts'

const usage = `Usage: doc-lint [lint] [paths…] [--quiet] [--glossary <module>]
       doc-lint fix [paths…] [--glossary <module>]

Lint Markdown with the Moby Anatomy remark preset, or rewrite the tables that
mirror a truth (navigation tables; the glossary table with --glossary).
Paths default to the current folder; files listed in .remarkignore are skipped.

Options:
  --quiet              report only files with messages
  --glossary <module>  a package name or file whose \`glossary\` export is the
                       doc set's glossary: turns on glossary-coverage and the
                       glossary-table fix (e.g. --glossary @moby-anatomy/glossary)

Rules that need project data are off without it: glossary-coverage until
--glossary names a glossary; source-refs until a refs.lock.json sits beside the
files or in a parent folder up to their package (moby-refs lock writes one).
  --help      show this help
  --version   show the version

Exit codes: 0 clean, 1 findings, 2 usage error.`

/** Run the command line; resolves to the exit code. */
export async function main(argv: readonly string[], cwd = process.cwd()): Promise<number> {
  try {
    const {values, positionals} = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {quiet: {type: 'boolean'}, glossary: {type: 'string'}, help: {type: 'boolean'}, version: {type: 'boolean'}},
    })
    if (values.help) {
      console.log(usage)
      return 0
    }
    if (values.version) {
      const manifest = JSON.parse(fs.readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {version: string}
      console.log(manifest.version)
      return 0
    }
    const [command = 'lint', ...rest] = positionals
    const isCommand = command === 'lint' || command === 'fix'
    const paths = (isCommand ? rest : positionals).map((entry) => path.resolve(cwd, entry))
    if (paths.length === 0) paths.push(cwd)
    const glossary = values.glossary === undefined ? undefined : await loadGlossary(values.glossary, cwd)
    if (isCommand && command === 'fix') {
      const files = markdownFiles(paths, ignoredBy(cwd))
      const changed = fixFiles(files, fixersFor(glossary))
      for (const file of changed) console.log(`fixed ${path.relative(cwd, file)}`)
      console.log(`${changed.length} of ${files.length} files changed`)
      return 0
    }
    for (const entry of paths) {
      if (!fs.existsSync(entry)) throw new UsageError(`Unexpected path \`${path.relative(cwd, entry)}\` that does not exist, expected a Markdown file or a folder`)
    }
    return await lint({paths, cwd, quiet: values.quiet ?? false, preset: {glossaryCoverage: glossary ? {glossary} : false}})
  } catch (error) {
    if (error instanceof UsageError || (error as {code?: string}).code?.startsWith('ERR_PARSE_ARGS')) {
      console.error(`doc-lint: ${(error as Error).message}\n\n${usage}`)
      return 2
    }
    throw error
  }
}

/**
 * A matcher for the nearest `.remarkignore` from `cwd` up, read with the same
 * gitignore rules remark-cli applies (the `ignore` package, relative to the
 * ignore file's folder), so `lint` and `fix` skip the same files.
 */
function ignoredBy(cwd: string): (file: string) => boolean {
  for (let folder = cwd; ; folder = path.dirname(folder)) {
    const ignoreFile = path.join(folder, '.remarkignore')
    if (fs.existsSync(ignoreFile)) {
      const matcher = ignore().add(fs.readFileSync(ignoreFile, 'utf8'))
      return (file) => {
        const relative = path.relative(folder, file)
        return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative) && matcher.ignores(relative)
      }
    }
    if (path.dirname(folder) === folder) return () => false
  }
}
