/**
 * `doc-lint lint`: run the preset over Markdown files and report as files
 * finish, in listing order.
 *
 * The listing is cut into slices (contiguous files of one folder, so the
 * siblings a cross-file rule reads are at hand). Each slice is read here —
 * only regular files inside the folders given (see `@moby-anatomy/doc-files`),
 * each checked against the per-file limits — then replayed from the cache or
 * linted: here with `--jobs 1`, else in a pool of worker threads. A few
 * slices are in flight at once and reported in order, so memory is bounded by
 * the slices in flight and the largest file, not by the doc set: no tree
 * outlives its file, and no text outlives its slice.
 */
import {defaultLimits, FileError, ignoredBy, LimitError, limitProblem, listMarkdownFiles, oneLine, readInside, scavengeAlone, type Limits} from '@moby-anatomy/doc-files'
import os from 'node:os'
import path from 'node:path'
import type {PresetOptions} from '@moby-anatomy/remark-preset'
import {Tinypool} from 'tinypool'
import type {PluggableList} from 'unified'
import type {LintCache} from './cache.ts'
import {formatReport, type Format} from './formats.ts'
import type {FileLinter, FileToLint} from './lint-file.ts'
import type {WorkerTask} from './lint-worker.ts'
import {decodeFindings} from './encoded-findings.ts'
import type {StoredMessage} from './stored-message.ts'
import {StylishReport, type ReportedFile} from './stylish.ts'

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
  /** Say how many files the cache skipped, and which slices a worker ran out of heap on (on stderr). */
  readonly verbose?: boolean
  /**
   * Worker threads to lint in: a number, or `'auto'`: one per core, but at
   * most one per `filesPerAutoWorker` files to lint, and none below that (a
   * worker loads the preset, ~0.3 s). Default (and with `plugins`, whose
   * functions do not cross threads): none, lint in this thread. The report is
   * the same whatever the number; only workers have a set young generation.
   */
  readonly jobs?: number | 'auto'
  /**
   * Let `lint` set V8's collector for the whole process when its workers fill
   * every core (`scavengeAlone` of `@moby-anatomy/doc-files`). The CLI does;
   * off by default, so a program calling `lint` keeps its process as it is.
   */
  readonly tuneGc?: boolean
}

/** With `jobs: 'auto'`, a worker is started per this many files. */
export const filesPerAutoWorker = 16

/**
 * A slice holds at most this many files and (once read) about this many
 * bytes: enough to keep a folder's siblings together for the cross-file
 * rules and to make a worker's round trip cheap, small enough that the
 * slices in flight hold little memory.
 */
export const sliceLimits = {files: 64, bytes: 2 * 1024 * 1024} as const

/** Slices in flight per worker: one being linted, one read and waiting. */
const slicesPerWorker = 2

/** The source of the messages doc-lint itself adds (limits, files it will not read). */
const source = 'doc-lint'

/** Lint; resolves to the exit code: 0 clean, 1 findings, 2 a wrong rule option or a file that cannot be read. */
export async function lint(options: LintOptions): Promise<number> {
  const cwd = options.cwd ?? process.cwd()
  const limits = options.limits ?? defaultLimits
  const streamError = options.streamError ?? process.stderr
  const format = options.format ?? 'stylish'
  const preset = options.preset ?? {glossaryCoverage: false}
  const warn = (line: string) => streamError.write(`${line}\n`)
  const listing = listMarkdownFiles(options.paths, {isIgnored: ignoredBy(cwd)})
  const shown = (file: string) => path.relative(cwd, file)

  const stylish = format === 'stylish' ? new StylishReport({quiet: options.quiet ?? false, color: options.color ?? false}) : undefined
  const collected: ReportedFile[] = []
  let anyFinding = false
  let optionError = false
  const report = (file: ReportedFile) => {
    for (const message of file.messages) {
      if (message.fatal === true || message.fatal === false) anyFinding = true
      if (message.optionError) optionError = true
    }
    if (stylish) {
      const text = stylish.file(file)
      if (text) streamError.write(text)
    } else collected.push(file)
  }
  const refused = (file: string, reason: string): ReportedFile => ({path: shown(file), messages: [{reason, ruleId: 'file', source, fatal: true}]})

  for (const skipped of listing.skipped) report(refused(skipped.file, `Unexpected file that ${skipped.reason}, expected a regular Markdown file inside the doc set`))

  // The cache and the linter are imported when needed: with workers, the main thread loads no rule.
  const cache: LintCache | undefined = options.cache === true && !options.plugins ? new (await import('./cache.ts')).LintCache({cwd, preset, limits, warn}) : undefined
  const failures: FileError[] = []
  /** A file's bytes, or why it is not linted. */
  const read = (file: string): {bytes: Buffer} | {refused: string} | {failure: FileError} => {
    let bytes: Buffer
    try {
      bytes = readInside(file, {root: listing.roots.get(file) ?? cwd, maxBytes: limits.maxBytes}).bytes
    } catch (error) {
      if (error instanceof LimitError) return {refused: error.reason}
      if (error instanceof FileError) return {failure: error}
      throw error
    }
    // Measured on the bytes: this thread decodes a file only for the cache's key.
    const problem = limitProblem(0, bytes, limits)
    return problem ? {refused: problem} : {bytes}
  }
  const keyOf = (file: string, bytes: Buffer) => cache?.keyOf(file, bytes.toString('utf8'))

  // With the cache, first find what it replays (texts are hashed, not kept): how many
  // workers to start depends on what is left, and a run that replays everything starts none.
  const replays = new Map<string, StoredMessage[]>()
  if (cache) {
    for (const file of listing.files) {
      const contents = read(file)
      const key = 'bytes' in contents ? keyOf(file, contents.bytes) : undefined
      const replayed = key === undefined ? undefined : cache.replay(file, key)
      if (replayed) replays.set(file, replayed)
    }
  }
  const workers = options.plugins ? 0 : workerCount(options.jobs ?? 0, listing.files.length - replays.size)
  if (options.tuneGc && workers >= os.availableParallelism()) scavengeAlone()
  let runner: Runner | undefined
  let linted = 0

  /** With `verbose`, name the folder of each slice a worker ran out of heap on. */
  const ranOutOfHeap = (files: readonly FileToLint[]) => {
    if (options.verbose) warn(`doc-lint: a worker ran out of heap on ${files.length} files of ${shown(path.dirname(files[0]?.path ?? cwd)) || '.'}; linted them again in the main thread`)
  }

  /** Read a slice and lint what the cache does not replay; its files in listing order, findings still encoded. */
  const runSlice = async (slice: readonly string[]): Promise<PendingFile[]> => {
    const entries: (ReportedFile | {read: FileToLint; key: string | undefined})[] = []
    for (const file of slice) {
      const replayed = replays.get(file)
      if (replayed) {
        replays.delete(file)
        entries.push({path: shown(file), messages: replayed})
        continue
      }
      const contents = read(file)
      if ('refused' in contents) entries.push(refused(file, contents.refused))
      else if ('failure' in contents) failures.push(contents.failure)
      // Only the bytes wait for a worker (see `FileToLint`); with the cache, the text is hashed here and dropped.
      else entries.push({read: {path: file, bytes: contents.bytes}, key: keyOf(file, contents.bytes)})
    }
    const toLint = entries.flatMap((entry) => ('read' in entry ? [entry.read] : []))
    if (toLint.length > 0) runner ??= workers > 0 ? new PoolRunner(workers, cwd, preset, ranOutOfHeap) : await LocalRunner.create({cwd, preset, plugins: options.plugins})
    const results = runner && toLint.length > 0 ? await runner.lint(toLint) : []
    linted += toLint.length
    let next = 0
    return entries.map((entry) => ('read' in entry ? {file: entry.read.path, key: entry.key, findings: results[next++] ?? []} : entry))
  }

  /** Report a file, decoding its findings (and recording them in the cache) only now. */
  const settle = (pending: PendingFile) => {
    if (!('findings' in pending)) return report(pending)
    const messages = pending.findings instanceof Uint8Array ? decodeFindings(pending.findings) : pending.findings
    if (pending.key !== undefined) cache?.record(pending.file, pending.key, messages)
    report({path: shown(pending.file), messages})
  }

  try {
    // Slices start in order and are reported in order; at most `window` are in flight.
    const window = workers > 0 ? workers * slicesPerWorker : 1
    const inFlight: Promise<PendingFile[]>[] = []
    for (const slice of slicesOf(listing.files)) {
      inFlight.push(runSlice(slice))
      if (inFlight.length >= window) for (const pending of await (inFlight.shift() as Promise<PendingFile[]>)) settle(pending)
    }
    for (const slice of inFlight) for (const pending of await slice) settle(pending)
  } finally {
    await runner?.close()
  }

  if (cache) {
    cache.save(warn)
    if (options.verbose) warn(`doc-lint: cache: ${cache.hits} of ${cache.hits + linted} files unchanged (findings replayed), ${linted} linted`)
  }
  if (stylish) {
    const tally = stylish.end()
    if (tally) streamError.write(tally)
  } else (options.streamOut ?? process.stdout).write(formatReport(format, collected, {cwd, quiet: options.quiet ?? false, color: options.color ?? false}))
  for (const failure of failures) streamError.write(`doc-lint: ${oneLine(failure.relativeTo(cwd))}\n`)
  if (failures.length > 0 || optionError) return 2
  return anyFinding ? 1 : 0
}

/** Worker threads for `jobs` over `files` files to lint (0: lint in this thread). */
function workerCount(jobs: number | 'auto', files: number): number {
  if (jobs === 'auto') return Math.min(os.availableParallelism(), Math.floor(files / filesPerAutoWorker))
  return Math.max(0, Math.min(jobs, files))
}

/**
 * The listing cut into slices: contiguous files of one folder, at most
 * `sliceLimits.files` each (bytes are not known before reading; the file
 * limit keeps a slice near `sliceLimits.bytes` for documents of usual size).
 */
function* slicesOf(files: readonly string[]): Generator<string[]> {
  let slice: string[] = []
  for (const file of files) {
    const last = slice.at(-1)
    if (last !== undefined && (slice.length >= sliceLimits.files || path.dirname(last) !== path.dirname(file))) {
      yield slice
      slice = []
    }
    slice.push(file)
  }
  if (slice.length > 0) yield slice
}

/** A file's findings: as stored, or encoded by a worker (`encodeFindings`). */
type Findings = StoredMessage[] | Uint8Array

/** A file linted, its findings not yet decoded; or a file reported as it is (replayed, refused). */
type PendingFile = ReportedFile | {readonly file: string; readonly key: string | undefined; readonly findings: Findings}

/** Lints slices: in this thread, or in a pool of workers. */
interface Runner {
  lint(files: readonly FileToLint[]): Promise<Findings[]>
  close(): Promise<void>
}

/** No workers (a small run, `plugins`): this thread, one slice at a time. */
class LocalRunner implements Runner {
  readonly #linter: FileLinter

  private constructor(linter: FileLinter) {
    this.#linter = linter
  }

  static async create(options: ConstructorParameters<typeof FileLinter>[0]): Promise<LocalRunner> {
    const {FileLinter} = await import('./lint-file.ts')
    return new LocalRunner(new FileLinter(options))
  }

  async lint(files: readonly FileToLint[]): Promise<StoredMessage[][]> {
    const results: StoredMessage[][] = []
    try {
      for (const file of files) results.push(await this.#linter.lint(file))
    } finally {
      this.#linter.release()
    }
    return results
  }

  async close(): Promise<void> {}
}

/**
 * A worker's V8 heap: the young generation set to 48 MiB (V8's own default is
 * several times larger, held by each worker), the old one capped at 104 MiB.
 * A worker keeps little alive (one slice, one tree at a time: 15–45 MiB), but
 * V8 lets the heap grow to 2.5 times what was alive at the last full
 * collection (`limitHeapGrowth`), so a collection that fell in the middle of a
 * large chapter set a high limit, and the peak grew with the length of the run.
 * Under a cap V8 sets each limit at most halfway between what is alive and the
 * cap. Interleaved runs on the 4 and 16 MB corpora (medians of 6), with the
 * slices' bytes moved to the workers: capped at 128 MiB, peak RSS 288 and 334
 * MiB (+16 %); at 104, 286 and 320 MiB (+12 %) for 2–3 % more CPU time than at
 * 128; at 96, 284 and 315 MiB for 4 %. Before documents were parsed by
 * sections a cap cost a third more CPU time: a worker then held a whole
 * chapter's parser events. Files past `mainThreadBytes` are linted in the main
 * thread, and a slice that runs out of a worker's heap is linted again there.
 */
export const workerHeap = {maxYoungGenerationSizeMb: 48, maxOldGenerationSizeMb: 104} as const
export const mainThreadBytes = 256 * 1024

/** `--jobs N`: a tinypool of N worker threads, each linting whole slices (`lint-worker.ts`). */
class PoolRunner implements Runner {
  readonly #pool: Tinypool
  readonly #cwd: string
  readonly #preset: PresetOptions
  readonly #ranOutOfHeap: (files: readonly FileToLint[]) => void
  #mainThread: Promise<LocalRunner> | undefined

  /** `ranOutOfHeap` hears of each slice a worker could not finish, before the main thread lints it. */
  constructor(workers: number, cwd: string, preset: PresetOptions, ranOutOfHeap: (files: readonly FileToLint[]) => void) {
    const {docCache: _docCache, ...transferable} = preset
    this.#cwd = cwd
    this.#preset = transferable
    this.#ranOutOfHeap = ranOutOfHeap
    const filename = new URL(import.meta.url.endsWith('.ts') ? './lint-worker.ts' : './lint-worker.js', import.meta.url).href
    this.#pool = new Tinypool({filename, minThreads: workers, maxThreads: workers, resourceLimits: workerHeap})
  }

  async lint(files: readonly FileToLint[]): Promise<Findings[]> {
    const large = files.filter((file) => file.bytes.byteLength > mainThreadBytes)
    if (large.length > 0) {
      // Lint the large files here, the rest in a worker, and put the findings back in order.
      const small = files.filter((file) => file.bytes.byteLength <= mainThreadBytes)
      const [ofSmall, ofLarge] = await Promise.all([small.length > 0 ? this.lint(small) : [], this.#inMainThread(large)])
      let nextSmall = 0
      let nextLarge = 0
      return files.map((file) => (file.bytes.byteLength > mainThreadBytes ? ofLarge[nextLarge++] : ofSmall[nextSmall++]) ?? [])
    }
    // Each file's bytes are copied into an ArrayBuffer of their own and moved to the worker, not
    // serialized into the message: a slice in one message took a malloc of megabytes, glibc then
    // raised its thresholds for returning memory to that size, and every thread's arena kept
    // megabytes of freed memory (peak RSS on the 16 MB corpus about 11 MiB higher). `files` keep
    // their bytes, for the main thread to lint them should the worker run out of heap.
    const moved = files.map((file) => ({path: file.path, bytes: new Uint8Array(file.bytes)}))
    const task: WorkerTask = {cwd: this.#cwd, preset: this.#preset, files: moved}
    try {
      // tinypool's type for the list takes the options overload of `postMessage`; it passes the list itself.
      const transferList = moved.map((file) => file.bytes.buffer) as unknown as NonNullable<Parameters<Tinypool['run']>[1]>['transferList']
      return (await this.#pool.run(task, {transferList})) as Uint8Array[]
    } catch (error) {
      if ((error as {code?: unknown}).code !== 'ERR_WORKER_OUT_OF_MEMORY') throw error
      this.#ranOutOfHeap(files)
      return this.#inMainThread(files)
    }
  }

  async #inMainThread(files: readonly FileToLint[]): Promise<Findings[]> {
    this.#mainThread ??= LocalRunner.create({cwd: this.#cwd, preset: this.#preset})
    return (await this.#mainThread).lint(files)
  }

  close(): Promise<void> {
    return this.#pool.destroy()
  }
}
