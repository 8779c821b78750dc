/**
 * `moby-refs lock` and `moby-refs drift` (the root `pnpm refs:lock` and
 * `pnpm refs:drift`). Exit codes: 0 done / clean, 1 findings (drift rows,
 * a stale lock under `--check`), 2 usage error, a file that cannot be read or
 * written, a malformed lock (one line each, never a stack trace).
 */
import fs from 'node:fs'
import path from 'node:path'
import {errorLine, exitCode, FileError, parseSubcommand, readInside, UsageError, writeInside} from '@moby-anatomy/doc-files'
import {DocCache} from '@moby-anatomy/markdown-helpers'
import {lockFileName, readLock, serializeLock} from '@moby-anatomy/remark-lint-source-refs/lock'
import {collectCitations, collectReferences, createLock, docFiles, drift, formatDrift} from './commands.ts'

const usage = `Usage:
  moby-refs lock  --moby <git dir or checkout> [--ref <tag>] [--docs <folder>] [--out <file>] [--check]
  moby-refs drift --moby <git dir or checkout> --to <newer ref> [--docs <folder>] [--lock <file>]

lock   resolve every path, line range and Go symbol the Markdown files of --docs
       (default: the working directory) cite, at --ref (default: the ref of the
       existing lock), and write the lock (default: <docs>/${lockFileName}).
       --check writes nothing and exits 1 when the lock is not up to date.
drift  list the locked references that break, move or whose file changed
       between the pinned ref and --to, as a Markdown table with where each is
       cited in the Markdown files of --docs.`

/** Run the command line; resolve to the exit code. */
export function main(argv: readonly string[], out: (text: string) => void = (text) => process.stdout.write(text)): number {
  const {help, command, values} = parseSubcommand(argv, ['lock', 'drift'], {
    moby: 'string',
    ref: 'string',
    to: 'string',
    docs: 'string',
    out: 'string',
    lock: 'string',
    check: 'boolean',
  })
  if (help) {
    out(usage + '\n')
    return 0
  }
  const moby = values.moby
  if (typeof moby !== 'string' || moby === '') throw new UsageError('Missing `--moby`, expected the Moby git directory or checkout, such as `--moby ~/src/moby`')
  if (!fs.existsSync(moby)) throw new UsageError(`Unexpected \`--moby ${moby}\`: no such folder, expected the Moby git directory or checkout`)
  const docs = path.resolve(typeof values.docs === 'string' ? values.docs : '.')
  if (!fs.existsSync(docs) || !fs.statSync(docs).isDirectory()) throw new UsageError(`Unexpected \`--docs ${String(values.docs)}\`: no such folder, expected the folder of the Markdown files`)
  const lockPath = path.resolve(typeof values.out === 'string' ? values.out : typeof values.lock === 'string' ? values.lock : path.join(docs, lockFileName))
  const existing = readLock(lockPath)

  if (command === 'lock') {
    const ref = typeof values.ref === 'string' ? values.ref : existing.ok ? existing.lock.ref : undefined
    if (!ref) throw new UsageError(`Missing \`--ref\`, expected the tag to pin, such as \`--ref docker-v29.7.2\` (there is no lock at \`${lockPath}\` to take it from)`)
    const references = collectReferences(docFiles(docs), new DocCache())
    const lock = createLock(moby, ref, references)
    const text = serializeLock(lock)
    const entries = Object.values(lock.references)
    const missing = Object.entries(lock.references).filter(([, entry]) => !entry.exists).map(([key]) => key)
    const summary = `${entries.length} references at \`${lock.ref}\` (${lock.commit.slice(0, 12)}): ${entries.filter((entry) => entry.kind === 'path').length} paths, ${entries.filter((entry) => entry.kind === 'symbol').length} symbols, ${missing.length} missing${missing.length > 0 ? ` (${missing.join(', ')})` : ''}`
    if (values.check) {
      const current = fs.existsSync(lockPath) ? readInside(lockPath, {root: path.dirname(lockPath)}).bytes.toString('utf8') : ''
      if (current === text) {
        out(`${path.relative(process.cwd(), lockPath)} is up to date: ${summary}\n`)
        return 0
      }
      out(`${path.relative(process.cwd(), lockPath)} is not up to date: run \`pnpm refs:lock --moby <git dir>\` (${summary})\n`)
      return 1
    }
    // Atomic, and never through a symbolic link: the lock is replaced whole or not at all.
    writeInside(lockPath, text, {root: typeof values.out === 'string' ? path.dirname(lockPath) : docs})
    out(`Wrote ${path.relative(process.cwd(), lockPath)}: ${summary}\n`)
    return 0
  }

  const to = values.to
  if (typeof to !== 'string' || to === '') throw new UsageError('Missing `--to`, expected the newer ref to compare with, such as `--to docker-v29.8.0`')
  if (!existing.ok && existing.reason === 'invalid') {
    throw new FileError(lockPath, `Unexpected lock content (${existing.detail}), expected the JSON that \`moby-refs lock\` writes`)
  }
  if (!existing.ok) throw new UsageError(`Unexpected lock \`${lockPath}\` (${existing.detail}), expected one written by \`moby-refs lock\``)
  const result = drift(existing.lock, moby, to)
  out(formatDrift(existing.lock, to, result.commit, result.rows, collectCitations(docFiles(docs), new DocCache())))
  return result.rows.length > 0 ? 1 : 0
}

/** Run `main`; any error (usage, git, a file, a malformed lock) prints as one line, exit code 2. */
export function run(argv: readonly string[]): number {
  try {
    return main(argv)
  } catch (error) {
    process.stderr.write(`${errorLine({name: 'moby-refs', usage}, error)}\n`)
    return exitCode.error
  }
}

