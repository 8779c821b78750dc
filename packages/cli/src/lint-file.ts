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

/** A file read and checked against the limits, ready to lint. */
export interface FileToLint {
  /** Absolute path. */
  readonly path: string
  readonly value: string
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
    const vfile = new VFile({path: file.path, cwd: this.#cwd, value: file.value})
    try {
      const tree = this.#processor.parse(vfile)
      await this.#processor.run(tree, vfile)
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error)
      const message = vfile.message(`Unexpected error while linting this file: ${oneLine(reason)}`)
      message.fatal = true
    }
    return vfile.messages.sort(compareMessage).map((message) => toStored(message))
  }

  /**
   * Forget the documents the cross-file rules read (between slices of a run),
   * so memory is bounded by a slice, not by the doc set.
   */
  release(): void {
    this.#docCache.release()
  }
}
