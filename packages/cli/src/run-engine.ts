/**
 * One unified-engine run of the preset over files already read and checked
 * against the limits: the same settings whether it runs in the main thread
 * or in a worker of `--jobs` (see `lint-worker.ts`).
 */
import {oneLine} from '@moby-anatomy/doc-files'
import {createPreset, type PresetOptions} from '@moby-anatomy/remark-preset'
import {remark} from 'remark'
import type {PluggableList} from 'unified'
import {engine} from 'unified-engine'
import type {VFile} from 'vfile'

/** What the engine needs besides the files. */
export interface EngineOptions {
  readonly cwd: string
  readonly preset: PresetOptions
  /** Plugins to run before the preset (main thread only: functions do not cross threads). */
  readonly plugins?: PluggableList | undefined
  readonly streamError: NodeJS.WritableStream
}

/**
 * Lint `files`; resolves to the files the engine reported (not those a
 * `.remarkignore` ignores), named relative to `cwd` as the engine names them,
 * crash messages reduced to one line.
 */
export function runEngine(files: VFile[], options: EngineOptions): Promise<VFile[]> {
  let reported: VFile[] = []
  return new Promise<VFile[]>((resolve, reject) => {
    engine(
      {
        processor: remark(),
        files,
        cwd: options.cwd,
        extensions: ['md', 'markdown'],
        ignoreName: '.remarkignore',
        silentlyIgnore: true,
        detectConfig: false,
        plugins: [...(options.plugins ?? []), createPreset(options.preset)],
        frail: true,
        out: false,
        output: false,
        streamError: options.streamError,
        // The report is written once, by `lint`, with every file in place.
        reporter: (given: VFile[]) => {
          reported = given
          return ''
        },
      },
      (error) => {
        if (error) reject(error)
        else {
          for (const file of reported) for (const message of file.messages) withoutStack(message)
          resolve(reported)
        }
      },
    )
  })
}

/**
 * A crash inside the engine or a plugin (a stack overflow on input past the
 * limits) becomes a fatal message carrying the error: report its reason on
 * one line, not its stack trace.
 */
function withoutStack(message: {fatal?: boolean | null | undefined; stack?: string | null | undefined; cause?: unknown; reason: string}): void {
  if (message.fatal !== true) return
  message.stack = null
  if (message.cause instanceof Error) {
    message.reason = `Unexpected error while linting this file: ${oneLine(message.cause.message)}`
    message.cause = undefined
  }
}
