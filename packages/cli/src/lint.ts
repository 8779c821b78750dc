/**
 * `doc-lint lint`: run the preset over Markdown files with unified-engine,
 * the engine behind remark-cli, so reports and ignore files work the same.
 *
 * The files are listed and read here, not by the engine: only regular files
 * inside the folders given (see `@moby-anatomy/doc-files`), each real file
 * once, one at a time (the engine would open every file at once and run out
 * of file descriptors), and each checked against the per-file limits first.
 */
import {defaultLimits, FileError, ignoredBy, LimitError, limitProblem, listMarkdownFiles, oneLine, readInside, type Limits} from '@moby-anatomy/doc-files'
import os from 'node:os'
import path from 'node:path'
import type {PresetOptions} from '@moby-anatomy/remark-preset'
import {Tinypool} from 'tinypool'
import type {PluggableList} from 'unified'
import {VFile} from 'vfile'
import {reporter as reporterDefault} from 'vfile-reporter'
import {isOptionError} from '@moby-anatomy/rule-kit'
import {LintCache} from './cache.ts'
import {formatReport, type Format} from './formats.ts'
import type {WorkerResult, WorkerTask} from './lint-worker.ts'
import {runEngine, type EngineOptions} from './run-engine.ts'
import {addStored} from './stored-message.ts'

/** How to lint. */
export interface LintOptions {
  readonly paths: readonly string[]
  readonly cwd?: string
  /** Only report files with messages. */
  readonly quiet?: boolean
  /** Colour the report (default: when the stream is a terminal). */
  readonly color?: boolean
  /** Options of the preset; by default the glossary rule is off (it needs a glossary). */
  readonly preset?: PresetOptions
  /** Plugins to run before the preset (instrumentation, extra syntax). */
  readonly plugins?: PluggableList
  /** Where the `stylish` report goes (default: stderr). */
  readonly streamError?: NodeJS.WritableStream
  /** Report format (default: `stylish`); see `formats.ts`. */
  readonly format?: Format
  /** Where the other formats go (default: stdout). */
  readonly streamOut?: NodeJS.WritableStream
  /** Per-file limits (default: `defaultLimits`). */
  readonly limits?: Limits
  /**
   * Replay the findings of files whose bytes and dependencies are unchanged
   * from `node_modules/.cache/doc-lint` under `cwd` (see `cache.ts`); ignored
   * when `plugins` are given (plugins cannot be fingerprinted).
   */
  readonly cache?: boolean
  /** Say how many files the cache skipped (on stderr). */
  readonly verbose?: boolean
  /**
   * Worker threads to lint in (default 1: this thread); `'auto'`: one per
   * core, but at most one per `filesPerAutoWorker` files to lint (a worker
   * loads the preset, ~0.3 s). Each lints a contiguous slice of the files; the
   * report is the same as with 1. Ignored (1) when `plugins` are given:
   * functions do not cross threads.
   */
  readonly jobs?: number | 'auto'
}

/** With `jobs: 'auto'`, a worker is started per this many files to lint. */
export const filesPerAutoWorker = 16

/** The source of the messages doc-lint itself adds (limits, files it will not read). */
const source = 'doc-lint'

/** Lint; resolves to the exit code: 0 clean, 1 findings, 2 a wrong rule option or a file that cannot be read. */
export async function lint(options: LintOptions): Promise<number> {
  const cwd = options.cwd ?? process.cwd()
  const limits = options.limits ?? defaultLimits
  const streamError = options.streamError ?? process.stderr
  const listing = listMarkdownFiles(options.paths, {isIgnored: ignoredBy(cwd)})
  const files: VFile[] = []
  const failures: FileError[] = []
  const refusedFiles: VFile[] = []
  const refused = (file: string, reason: string) => {
    const vfile = new VFile({path: path.relative(cwd, file), cwd})
    const message = vfile.message(reason, {ruleId: 'file', source})
    message.fatal = true
    refusedFiles.push(vfile)
  }
  for (const skipped of listing.skipped) refused(skipped.file, `Unexpected file that ${skipped.reason}, expected a regular Markdown file inside the doc set`)
  for (const file of listing.files) {
    let value: string
    try {
      value = readInside(file, {root: listing.roots.get(file) ?? cwd, maxBytes: limits.maxBytes}).bytes.toString('utf8')
    } catch (error) {
      if (error instanceof LimitError) refused(file, error.reason)
      else if (error instanceof FileError) failures.push(error)
      else throw error
      continue
    }
    const problem = limitProblem(0, value, limits)
    if (problem) refused(file, problem)
    else files.push(new VFile({path: file, cwd, value}))
  }

  const format = options.format ?? 'stylish'
  const reportOptions = {cwd, quiet: options.quiet ?? false, color: options.color ?? false}
  // Files refused before parsing are reported with the others: the engine never sees them.
  // The stylish report prints them first; the other formats print one report at the end.
  if (format === 'stylish' && refusedFiles.length > 0) streamError.write(`${reporterDefault(refusedFiles, {color: reportOptions.color})}\n`)
  const reportedFiles: VFile[] = [...refusedFiles]
  const finish = (code: number) => {
    if (format !== 'stylish') (options.streamOut ?? process.stdout).write(formatReport(format, reportedFiles, reportOptions))
    return reportFailures(failures, streamError, cwd, code)
  }
  const refusedCode = refusedFiles.length > 0 ? 1 : 0
  if (files.length === 0) return finish(refusedCode)

  const preset = options.preset ?? {glossaryCoverage: false}
  const warn = (line: string) => streamError.write(`${line}\n`)
  const cache = options.cache === true && !options.plugins ? new LintCache({cwd, preset, limits, warn}) : undefined
  const keys = new Map<VFile, string>()
  const replayed: VFile[] = []
  const toLint: VFile[] = []
  for (const file of files) {
    const key = cache?.keyOf(file.path, String(file.value))
    if (key !== undefined) keys.set(file, key)
    if (cache && key !== undefined && cache.replay(file, key)) {
      // As the engine names the files it reads (vfile-reporter sorts by path).
      const relative = path.relative(cwd, file.path)
      file.path = relative
      file.history = [relative]
      replayed.push(file)
    } else toLint.push(file)
  }
  const linted = await lintFiles(toLint, {cwd, preset, plugins: options.plugins, streamError}, options.plugins ? 1 : (options.jobs ?? 1))
  if (cache) {
    for (const file of linted) {
      const key = keys.get(file)
      if (key !== undefined) cache.record(file, key)
    }
    cache.save(warn)
    if (options.verbose) warn(`doc-lint: cache: ${cache.hits} of ${files.length} files unchanged (findings replayed), ${linted.length} linted`)
  }
  // One report in listing order, whether a file was linted or replayed.
  const order = new Map(files.map((file, index) => [file, index]))
  const reported = [...replayed, ...linted].sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0))
  const optionError = reported.some((file) => file.messages.some((message) => isOptionError(message)))
  if (format === 'stylish') {
    const report = reporterDefault(reported, reportOptions)
    if (report) streamError.write(report.endsWith('\n') ? report : `${report}\n`)
  } else reportedFiles.push(...reported)
  // `--frail`: a warning fails the run like an error; info messages do not.
  const failed = reported.some((file) => file.messages.some((message) => message.fatal === true || message.fatal === false))
  return finish(optionError ? 2 : Math.max(failed ? 1 : 0, refusedCode))
}

/**
 * Lint `files` here (`jobs` 1, or a single file) or in `jobs` worker threads,
 * each given a contiguous slice of the listing (siblings share its document
 * cache). Resolves to the reported files in the engine's naming.
 */
async function lintFiles(files: VFile[], options: EngineOptions, jobs: number | 'auto'): Promise<VFile[]> {
  if (files.length === 0) return []
  const workers = jobs === 'auto' ? Math.min(os.availableParallelism(), Math.floor(files.length / filesPerAutoWorker)) : Math.min(jobs, files.length)
  if (workers <= 1) return runEngine(files, options)
  const {docCache: _docCache, ...preset} = options.preset
  const size = Math.ceil(files.length / workers)
  const slices = Array.from({length: workers}, (_, index) => files.slice(index * size, (index + 1) * size)).filter((slice) => slice.length > 0)
  const filename = new URL(import.meta.url.endsWith('.ts') ? './lint-worker.ts' : './lint-worker.js', import.meta.url).href
  const pool = new Tinypool({filename, minThreads: slices.length, maxThreads: slices.length})
  try {
    const results = await Promise.all(
      slices.map((slice) => {
        const task: WorkerTask = {cwd: options.cwd, preset, files: slice.map((file) => ({path: file.path, value: String(file.value)}))}
        return pool.run(task) as Promise<WorkerResult[]>
      }),
    )
    const reported: VFile[] = []
    for (const [sliceIndex, result] of results.entries()) {
      const slice = slices[sliceIndex] ?? []
      for (const {index, messages} of result) {
        const file = slice[index]
        if (!file) continue
        // As the engine names the files it reads.
        const relative = path.relative(options.cwd, file.path)
        file.path = relative
        file.history = [relative]
        addStored(file, messages)
        reported.push(file)
      }
    }
    return reported
  } finally {
    await pool.destroy()
  }
}

/** Print one line per file that could not be read; any makes the exit code 2. */
function reportFailures(failures: readonly FileError[], streamError: NodeJS.WritableStream, cwd: string, code: number): number {
  for (const failure of failures) streamError.write(`doc-lint: ${oneLine(failure.relativeTo(cwd))}\n`)
  return failures.length > 0 ? 2 : code
}
