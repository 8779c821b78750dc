/**
 * `go-examples verify` and `go-examples drift` (the root `pnpm examples:verify`
 * and `pnpm examples:drift`). Exit codes: 0 done / clean, 1 findings (a
 * failing example, drift rows, a stale lock under `--check`), 2 usage or
 * setup error (one line each, the convention of `@moby-anatomy/doc-files`).
 */
import fs from 'node:fs'
import path from 'node:path'
import {errorLine, exitCode, parseSubcommand, readInside, UsageError, writeInside} from '@moby-anatomy/doc-files'
import {readLock, serializeLock, type ExamplesLock} from '@moby-anatomy/remark-lint-go-examples/lock'
import type {GoSetup} from './build.ts'
import {findToolchainScript, goVersion, gopathFor, installGo, resolveCommit} from './toolchain.ts'
import {collectExamples, createLock, summarize, verifyAll, type Pin, type VerifiedProgram} from './verify.ts'

const lockFileName = 'examples.lock.json'

const usage = `Usage:
  go-examples verify --moby <git dir> [--docs <folder>] [--ref <tag>] [--go <goroot>] [--cache <folder>] [--out <file>] [--check] [--force]
  go-examples drift  --moby <git dir> --to <newer ref> [--docs <folder>] [--go <goroot>] [--cache <folder>] [--lock <file>]

verify  build every complete Go program of the chapters of --docs (default: the
        working directory) against client/ and api/ of the Moby clone at --ref
        (default: the ref of the existing lock, else of refs.lock.json), vet it,
        run it when it states its output, run its test files; write the lock
        (default: <docs>/${lockFileName}). A program whose blocks the lock shows
        passing, unchanged, with the same Go and commit, is not built again
        (--force builds everything). --check writes nothing and exits 1 when
        the lock is not up to date.
drift   build the same programs at --to and list, as a Markdown table, those
        that stop building, vetting or passing there.

Without --go, Go 1.24 comes from the shared script ${'shared/tools/go-toolchain.sh'}
(found beside the repository or above it, or named by $GO_TOOLCHAIN_SCRIPT),
installed once into <cache>/go-toolchain. The GOPATH tree is made with
\`git archive\` once per commit and kept in <cache>/<commit> (default cache:
node_modules/.cache/go-examples), as is Go's build cache, so a second run
takes seconds. No network besides what the shared script fetches.`

type Output = (text: string) => void

/** Run the command line; return the exit code. */
export function main(argv: readonly string[], out: Output = (text) => process.stdout.write(text), err: Output = (text) => process.stderr.write(text)): number {
  const {help, command, values} = parseSubcommand(argv, ['verify', 'drift'], {
    moby: 'string',
    docs: 'string',
    ref: 'string',
    to: 'string',
    go: 'string',
    cache: 'string',
    out: 'string',
    lock: 'string',
    check: 'boolean',
    force: 'boolean',
  })
  if (help) {
    out(usage + '\n')
    return 0
  }
  const text = (name: keyof typeof values): string | undefined => (typeof values[name] === 'string' ? values[name] : undefined)
  const moby = text('moby')
  if (!moby) throw new UsageError('Missing `--moby`, expected the Moby git directory or checkout, such as `--moby ~/src/moby`')
  if (!fs.existsSync(moby)) throw new UsageError(`Unexpected \`--moby ${moby}\`: no such folder, expected the Moby git directory or checkout`)
  const docs = path.resolve(text('docs') ?? '.')
  if (!fs.existsSync(docs) || !fs.statSync(docs).isDirectory()) throw new UsageError(`Unexpected \`--docs ${text('docs') ?? '.'}\`: no such folder, expected the folder of the chapters`)
  const lockPath = path.resolve(text('out') ?? text('lock') ?? path.join(docs, lockFileName))
  const existing = readLock(lockPath)
  const cache = path.resolve(text('cache') ?? 'node_modules/.cache/go-examples')

  const examples = collectExamples(docs)
  if (examples.problems.length > 0) {
    err(examples.problems.map((problem) => `go-examples: ${problem}\n`).join(''))
    throw new UsageError('Unexpected Go blocks the grammar does not accept (above), expected them fixed before verifying: see the handbook README')
  }

  if (command === 'verify') {
    const ref = text('ref') ?? (existing.ok ? existing.lock.ref : pinnedRef(docs))
    if (!ref) throw new UsageError(`Missing \`--ref\`, expected the tag to build against, such as \`--ref docker-v29.7.2\` (no lock at \`${lockPath}\` to take it from)`)
    const {setup, pin} = prepare(moby, ref, cache, text('go'), err)
    const previous = existing.ok && !values['force'] ? existing.lock : undefined
    const verified = verifyAll(setup, pin, examples.programs, {previous, onProgram: (program) => out(formatProgram(program))})
    const lock = createLock(pin, verified)
    const summary = summarize(pin, verified, examples.fragments)
    const failed = verified.some(({result}) => !result.ok)
    const shown = path.relative(process.cwd(), lockPath)
    if (values['check']) {
      const current = fs.existsSync(lockPath) ? readInside(lockPath, {root: path.dirname(lockPath)}).bytes.toString('utf8') : ''
      const upToDate = current === serializeLock(lock)
      out(`${shown} is ${upToDate ? 'up to date' : 'not up to date: run `pnpm examples:verify --moby <git dir>`'}: ${summary}\n`)
      return upToDate && !failed ? 0 : 1
    }
    // Atomic, and never through a symbolic link: the lock is replaced whole or not at all.
    writeInside(lockPath, serializeLock(lock), {root: path.dirname(lockPath)})
    out(`Wrote ${shown}: ${summary}\n`)
    return failed ? 1 : 0
  }

  const to = text('to')
  if (!to) throw new UsageError('Missing `--to`, expected the newer ref to build against, such as `--to docker-v29.8.0`')
  if (!existing.ok) throw new UsageError(`Unexpected lock \`${lockPath}\` (${existing.detail}), expected one written by \`go-examples verify\``)
  const {setup, pin} = prepare(moby, to, cache, text('go'), err)
  const verified = verifyAll(setup, pin, examples.programs, {onProgram: (program) => err(formatProgram(program))})
  out(formatDrift(existing.lock, pin, verified))
  return verified.some(({result}) => !result.ok) ? 1 : 0
}

/** Go, the GOPATH for `ref` and the build cache. */
function prepare(moby: string, ref: string, cache: string, goOption: string | undefined, err: Output): {setup: GoSetup; pin: Pin} {
  let goroot = goOption
  if (!goroot) {
    const script = findToolchainScript(process.cwd())
    if (!script) throw new UsageError('Missing `--go`, expected a Go 1.24 GOROOT, or the shared `shared/tools/go-toolchain.sh` beside the repository (or `$GO_TOOLCHAIN_SCRIPT`) to get one')
    const destination = path.join(cache, 'go-toolchain')
    err(`go-examples: no --go given: getting Go with \`${script}\` into \`${path.relative(process.cwd(), destination)}\`\n`)
    goroot = installGo(script, destination)
  }
  const go = goVersion(goroot)
  const commit = resolveCommit(moby, ref)
  const started = Date.now()
  const {gopath, cached} = gopathFor(moby, commit, cache)
  err(`go-examples: ${go}, GOPATH ${path.relative(process.cwd(), gopath)} (${cached ? 'cached' : `made from \`git archive ${ref}\` in ${Date.now() - started} ms`})\n`)
  return {setup: {goroot, gopath, buildCache: path.join(cache, 'go-build'), workFolder: path.join(cache, 'work')}, pin: {ref, commit, go}}
}

/** The pinned ref of the refs lock beside the chapters, if any. */
function pinnedRef(docs: string): string | undefined {
  const file = path.join(docs, 'refs.lock.json')
  if (!fs.existsSync(file)) return undefined
  const value = JSON.parse(fs.readFileSync(file, 'utf8')) as {ref?: unknown}
  return typeof value.ref === 'string' ? value.ref : undefined
}

/** One line per program; a failure with Go's report below it. */
function formatProgram({chapter, program, result, reused}: VerifiedProgram): string {
  const [head] = program.files
  const parts = `${program.files.length} file${program.files.length === 1 ? '' : 's'}${program.tests.length > 0 ? `, ${program.tests.length} test file${program.tests.length === 1 ? '' : 's'}` : ''}`
  const line = `${result.ok ? 'ok  ' : 'FAIL'} ${chapter}:${head?.line ?? 1} (${parts}): ${result.checked.join(', ')}${reused ? ' (unchanged, from the lock)' : ''}\n`
  return result.ok ? line : `${line}${(result.report ?? result.reason ?? '').replace(/^/gm, '     ')}\n`
}

/** The drift table: programs that fail at the newer ref, with their state at the pin. */
export function formatDrift(lock: ExamplesLock, newer: Pin, verified: readonly VerifiedProgram[]): string {
  const failing = verified.filter(({result}) => !result.ok)
  const head = `Go examples at \`${newer.ref}\` (${newer.commit.slice(0, 12)}, ${newer.go}) against the lock at \`${lock.ref}\` (${lock.commit.slice(0, 12)})`
  if (failing.length === 0) return `${head}: all ${verified.length} programs build, vet and pass.\n`
  const atPin = (hash: string) => {
    const entries = lock.examples.filter((entry) => entry.program === hash)
    if (entries.length === 0) return 'not verified'
    return entries.every((entry) => entry.result === 'ok') ? 'ok' : 'failed'
  }
  const rows = failing.map(({chapter, program, result}) => `| ${chapter}:${program.files[0]?.line ?? 1} | ${atPin(program.hash)} | ${(result.reason ?? '').replaceAll('|', '\\|')} |`)
  return `${head}: ${failing.length} of ${verified.length} programs fail.\n\n| example | at \`${lock.ref}\` | at \`${newer.ref}\` |\n| --- | --- | --- |\n${rows.join('\n')}\n`
}

/** Run `main`; any error (usage, setup, a file) prints as one line, exit code 2. */
export function run(argv: readonly string[]): number {
  try {
    return main(argv)
  } catch (error) {
    process.stderr.write(`${errorLine({name: 'go-examples', usage}, error)}\n`)
    return exitCode.error
  }
}

