/**
 * The `changesets-history` command line. Exit codes: 0 done, 1 the release
 * cannot go on (the message says why), 2 usage error.
 */
import path from 'node:path'
import {parseArgs} from 'node:util'
import {ReleaseError} from './options.ts'
import {version} from './version.ts'

const usage = `Usage: changesets-history version [--cwd <dir>]

Run \`changeset version\`, then append one row to the version-history table of
every released package whose Markdown holds one: the new version, the release
date (today in UTC, or SOURCE_DATE_EPOCH), the changeset summaries and their
git authors (RELEASE_AUTHOR overrides).

Exit codes: 0 done, 1 the release cannot go on, 2 usage error.`

/** Run the command line; resolves to the exit code. */
export async function main(argv: readonly string[], cwd = process.cwd()): Promise<number> {
  let values: {cwd?: string | undefined; help?: boolean | undefined}
  let positionals: string[]
  try {
    ;({values, positionals} = parseArgs({args: [...argv], allowPositionals: true, options: {cwd: {type: 'string'}, help: {type: 'boolean'}}}))
  } catch (error) {
    console.error(`changesets-history: ${(error as Error).message}\n\n${usage}`)
    return 2
  }
  if (values.help) {
    console.log(usage)
    return 0
  }
  if (positionals.length !== 1 || positionals[0] !== 'version') {
    console.error(`changesets-history: Unexpected command ${positionals.length === 0 ? 'none' : `\`${positionals.join(' ')}\``}, expected \`version\`\n\n${usage}`)
    return 2
  }
  try {
    const result = await version({cwd: path.resolve(cwd, values.cwd ?? '.')})
    for (const {file, row} of result.rows) {
      console.log(`history: ${path.relative(cwd, file)}: | ${row.version} | ${row.date} | ${row.changes} | ${row.authors} |`)
    }
    if (result.rows.length === 0) console.log('history: no released package has a version-history table')
    return 0
  } catch (error) {
    // A ReleaseError teaches the fix; anything else (a workspace changesets cannot read) is
    // still reported as one line, never as a stack trace.
    const reason = error instanceof ReleaseError ? error.message : `Unexpected failure of the release step: ${(error as Error).message ?? String(error)}`
    console.error(`changesets-history: ${reason}`)
    return 1
  }
}
