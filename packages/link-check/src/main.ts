/**
 * The `check-links` command line. Exit codes: 0 no broken links, 1 broken
 * links, 2 usage error or a check that could not run completely (a Markdown
 * file that cannot be read, a report that cannot be written).
 */
import fs from 'node:fs'
import path from 'node:path'
import {parseArgs} from 'node:util'
import {errorLine, exitCode, FileError, isParseArgsError, oneLine, shownPath, systemReason, writeInside} from '@moby-anatomy/doc-files'
import {checkLinks} from './check.ts'
import {configFileName, loadConfig, UsageError} from './config.ts'
import {formatAnnotations, formatJson, formatText} from './report.ts'

const usage = `Usage: check-links [folder] [--external] [--json <file>] [--config <file>] [--root <folder>]

Check every link of the Markdown files under a folder (default: the current
one): files, folders, images and heading anchors (slugged as GitHub does),
resolved from the Markdown without a server, never outside the root. External
http(s) URLs are skipped and counted unless --external (or the environment
variable CHECK_LINKS_EXTERNAL=1) is given; linkinator then requests them.

Options:
  --external       also request external URLs (timeout, retries and skip list
                   from ${configFileName} in the folder)
  --json <file>    where to write the JSON report (default:
                   <folder>/.link-check/report.json)
  --config <file>  settings file (default: <folder>/${configFileName})
  --root <folder>  where /-links resolve and what no link may leave (default:
                   the repository root)
  --help           show this help
  --version        show the version

Broken links print as \`file:line:col  broken link \\\`target\\\` (reason)\`; with
GITHUB_ACTIONS=true they are also GitHub Actions annotations.
Exit codes: 0 no broken links, 1 broken links, 2 usage error, a Markdown file
that cannot be read, or a report that cannot be written.`

/** Where the report goes. */
export interface MainIo {
  readonly stdout: (text: string) => void
  readonly stderr: (text: string) => void
  readonly env: NodeJS.ProcessEnv
}

const defaultIo: MainIo = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  env: process.env,
}

/** Run the command line; resolves to the exit code. */
export async function main(argv: readonly string[], cwd = process.cwd(), io: MainIo = defaultIo): Promise<number> {
  try {
    const {values, positionals} = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        external: {type: 'boolean'},
        json: {type: 'string'},
        config: {type: 'string'},
        root: {type: 'string'},
        help: {type: 'boolean'},
        version: {type: 'boolean'},
      },
    })
    if (values.help) {
      io.stdout(`${usage}\n`)
      return 0
    }
    if (values.version) {
      const manifest = JSON.parse(fs.readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {version: string}
      io.stdout(`${manifest.version}\n`)
      return 0
    }
    if (positionals.length > 1) throw new UsageError(`Unexpected ${positionals.length} folders, expected one doc set folder`)
    const folder = path.resolve(cwd, positionals[0] ?? '.')
    if (!fs.statSync(folder, {throwIfNoEntry: false})?.isDirectory()) {
      throw new UsageError(`Unexpected path \`${positionals[0]}\` that is not a folder, expected the folder of a doc set`)
    }
    const external = values.external ?? isOn(io.env.CHECK_LINKS_EXTERNAL)
    const config = loadConfig(folder, values.config === undefined ? undefined : path.resolve(cwd, values.config))
    const result = await checkLinks({
      folder,
      external,
      config,
      ...(values.root === undefined ? {} : {root: path.resolve(cwd, values.root)}),
      onRetry: (url, status, delay) => io.stderr(`retrying ${url} (${status === 0 ? 'no response' : status}) in ${Math.round(delay)} ms\n`),
    })
    io.stdout(formatText(result, cwd))
    for (const entry of result.unreadable) io.stderr(`check-links: ${oneLine(shownPath(entry.file, cwd))}: ${oneLine(entry.reason)}; not checked\n`)
    if (isOn(io.env.GITHUB_ACTIONS)) io.stdout(formatAnnotations(result, io.env.GITHUB_WORKSPACE ?? cwd))
    // The default report stays inside the doc set; `--json` is the caller's own choice of place.
    if (values.json === undefined) writeReport(path.join(folder, '.link-check/report.json'), formatJson(result, cwd), folder)
    else writeReport(path.resolve(cwd, values.json), formatJson(result, cwd), path.dirname(path.resolve(cwd, values.json)))
    if (result.unreadable.length > 0) return exitCode.error
    return result.broken.length === 0 ? exitCode.clean : exitCode.findings
  } catch (error) {
    if (error instanceof UsageError || isParseArgsError(error)) {
      io.stderr(`${errorLine({name: 'check-links', usage}, error)}\n`)
      return exitCode.error
    }
    // A report that cannot be written: one line naming it (its name may hold control characters).
    if (error instanceof FileError) {
      io.stderr(`check-links: ${oneLine(error.relativeTo(cwd))}\n`)
      return exitCode.error
    }
    // Anything else (a folder that cannot be listed, a file that vanished): one line, not a stack.
    io.stderr(`check-links: could not check links: ${oneLine((error as Error).message ?? String(error))}\n`)
    return exitCode.error
  }
}

/**
 * Write the JSON report atomically through doc-files (never through a symbolic
 * link, never to a folder that resolves outside `root`), creating its folder.
 */
function writeReport(file: string, content: string, root: string): void {
  try {
    fs.mkdirSync(path.dirname(file), {recursive: true})
  } catch (error) {
    throw new FileError(file, `cannot be written (${systemReason(error)})`, {cause: error})
  }
  writeInside(file, content, {root})
}

/** Whether an environment switch is on (`1`, `true`, `yes`). */
function isOn(value: string | undefined): boolean {
  return value !== undefined && /^(1|true|yes)$/i.test(value.trim())
}
