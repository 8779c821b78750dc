/**
 * Lint one file at a time with the preset: parse, run the plugins, keep the
 * findings as plain data (sorted as a report shows them) and drop the tree.
 * The same linter runs in the main thread (`--jobs 1`) and in each worker of
 * `--jobs`, so the findings are the same whichever runs a file.
 *
 * This is what unified-engine did for `doc-lint` until 0.x, minus what the
 * engine does for all files at once: it holds every file's tree until the
 * last one is done (memory grew with the doc set) and its reporter measured
 * every message's width (a fifth of a run on real documentation).
 */
import {oneLine} from '@moby-anatomy/doc-files'
import {DocCache} from '@moby-anatomy/markdown-helpers'
import {createPreset, type PresetOptions} from '@moby-anatomy/remark-preset'
import {remark} from 'remark'
import type {PluggableList} from 'unified'
import {VFile} from 'vfile'
import {compareMessage} from 'vfile-sort'
import {toStored, type StoredMessage} from './stored-message.ts'

/**
 * A file read and checked against the limits, ready to lint: its bytes, not
 * its text. The main thread reads ahead of the workers; holding the texts
 * there made them survive collection after collection, and V8 grows a
 * thread's young generation with what survives (on 16 MB of documents the
 * main thread's heap went from 27 to 78 MB). Bytes are outside the heap (see
 * `PoolRunner#lint` for how they reach a worker); the text is decoded where
 * the file is linted.
 */
export interface FileToLint {
  /** Absolute path. */
  readonly path: string
  readonly bytes: Uint8Array
}

/** The text of a file read as bytes: UTF-8, as `Buffer#toString` decodes it (the main thread checks the same bytes). */
export function textOf(file: FileToLint): string {
  return Buffer.from(file.bytes.buffer, file.bytes.byteOffset, file.bytes.byteLength).toString('utf8')
}

/** How to lint. */
export interface FileLinterOptions {
  readonly cwd: string
  readonly preset: PresetOptions
  /** Plugins to run before the preset (main thread only: functions do not cross threads). */
  readonly plugins?: PluggableList | undefined
}

/** The preset, built once, linting files one by one. */
export class FileLinter {
  readonly #cwd: string
  readonly #docCache: DocCache
  readonly #processor: ReturnType<typeof remark>

  constructor(options: FileLinterOptions) {
    this.#cwd = options.cwd
    this.#docCache = options.preset.docCache ?? new DocCache()
    this.#processor = remark()
      .use(options.plugins ?? [])
      .use(createPreset({...options.preset, docCache: this.#docCache}))
      .freeze() as unknown as ReturnType<typeof remark>
  }

  /**
   * The findings of `file`, sorted by place. A crash of the parser or of a
   * plugin (a stack overflow on input past the limits) is one fatal finding
   * with its reason on one line, never a stack trace.
   */
  async lint(file: FileToLint): Promise<StoredMessage[]> {
    const vfile = new VFile({path: file.path, cwd: this.#cwd, value: textOf(file)})
    // A finding is a vfile-message, which is an Error: V8 would capture a stack for each
    // (a percent or two of a run) that nothing reads; findings are kept as data, and a
    // crash is reported by its message alone.
    const stackTraceLimit = Error.stackTraceLimit
    Error.stackTraceLimit = 0
    try {
      const tree = this.#processor.parse(vfile)
      await this.#processor.run(tree, vfile)
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error)
      const message = vfile.message(`Unexpected error while linting this file: ${oneLine(reason)}`)
      message.fatal = true
    } finally {
      Error.stackTraceLimit = stackTraceLimit
    }
    const messages = vfile.messages.sort(compareMessage).map((message) => toStored(message))
    // End the job before the next file: V8 keeps every object a WeakRef was made for (the
    // document cache's trees) alive until the current job ends, and a chain of awaited
    // promises is one job, so without this a slice's trees all lived until the slice ended
    // (on 16 MB of documents: 880 MB peak instead of 400).
    await new Promise((resolve) => setImmediate(resolve))
    return messages
  }

  /**
   * Forget the documents the cross-file rules read (between slices of a run),
   * so memory is bounded by a slice, not by the doc set.
   */
  release(): void {
    this.#docCache.release()
  }
}
