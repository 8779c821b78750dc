/**
 * The `changesets-history` command line. Exit codes: 0 done, 1 the release
 * cannot go on (the message says why), 2 usage error or a file that cannot be
 * read or written.
 */
import path from 'node:path'
import {parseArgs} from 'node:util'
import {errorLine, exitCode, FileError, oneLine, UsageError} from '@moby-anatomy/doc-files'
import {ReleaseError} from './options.ts'
import {preview} from './preview.ts'
import {version} from './version.ts'

const usage = `Usage: changesets-history version [--cwd <dir>]
       changesets-history preview --since <git ref> [--cwd <dir>]

Run \`changeset version\`, then append one row to the version-history table of
every released package whose Markdown holds one: the new version, the release
date (today in UTC, or SOURCE_DATE_EPOCH), the changeset summaries and their
git authors (RELEASE_AUTHOR overrides).

Exit codes: 0 done, 1 the release cannot go on, 2 usage error or a file that
cannot be read or written (nothing is changed then).

\`preview\` prints Markdown (for a pull request's job summary): the changesets
added since the ref and the history rows the release would write for them,
or how to add a changeset. It changes no file.`

/** Run the command line; resolves to the exit code. */
export async function main(argv: readonly string[], cwd = process.cwd()): Promise<number> {
  let values: {cwd?: string | undefined; since?: string | undefined; help?: boolean | undefined}
  let positionals: string[]
  try {
    ;({values, positionals} = parseArgs({args: [...argv], allowPositionals: true, options: {cwd: {type: 'string'}, since: {type: 'string'}, help: {type: 'boolean'}}}))
  } catch (error) {
    console.error(errorLine({name: 'changesets-history', usage}, error))
    return exitCode.error
  }
  if (values.help) {
    console.log(usage)
    return 0
  }
  const command = positionals.length === 1 ? positionals[0] : undefined
  if (command !== 'version' && command !== 'preview') {
    const unexpected = new UsageError(`Unexpected command ${positionals.length === 0 ? 'none' : `\`${positionals.join(' ')}\``}, expected \`version\` or \`preview\``)
    console.error(errorLine({name: 'changesets-history', usage}, unexpected))
    return exitCode.error
  }
  if (command === 'preview' && !values.since) {
    console.error(errorLine({name: 'changesets-history', usage}, new UsageError('Unexpected `preview` without `--since <git ref>`, expected e.g. `--since origin/main`')))
    return exitCode.error
  }
  try {
    if (command === 'preview') {
      process.stdout.write(await preview({cwd: path.resolve(cwd, values.cwd ?? '.'), since: values.since ?? ''}))
      return 0
    }
    const result = await version({cwd: path.resolve(cwd, values.cwd ?? '.')})
    for (const {file, row} of result.rows) {
      console.log(`history: ${path.relative(cwd, file)}: | ${row.version} | ${row.date} | ${row.changes} | ${row.authors} |`)
    }
    if (result.rows.length === 0) console.log('history: no released package has a version-history table')
    return 0
  } catch (error) {
    // A ReleaseError teaches the fix (exit 1); a file that cannot be read or written is an
    // I/O error (exit 2); anything else (a workspace changesets cannot read) is still reported
    // as one line, never as a stack trace.
    if (error instanceof ReleaseError) {
      console.error(`changesets-history: ${error.message}`)
      return exitCode.findings
    }
    if (error instanceof FileError) {
      console.error(`changesets-history: ${oneLine(error.relativeTo(cwd))}`)
      return exitCode.error
    }
    console.error(`changesets-history: Unexpected failure of the release step: ${oneLine((error as Error).message ?? String(error))}`)
    return exitCode.findings
  }
}
