/**
 * `doc-lint lint`: run the preset over Markdown files with unified-engine,
 * the engine behind remark-cli, so reports and ignore files work the same.
 */
import {createPreset, type PresetOptions} from '@moby-anatomy/remark-preset'
import {remark} from 'remark'
import type {PluggableList} from 'unified'
import {engine} from 'unified-engine'
import type {VFile} from 'vfile'
import {reporter as reporterDefault, type Options} from 'vfile-reporter'
import {isOptionError} from '@moby-anatomy/rule-kit'

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
  /** Where the report goes (default: stderr). */
  readonly streamError?: NodeJS.WritableStream
}

/** Lint; resolves to the exit code: 0 clean, 1 findings, 2 a wrong rule option. */
export function lint(options: LintOptions): Promise<number> {
  let optionError = false
  const reporter = (files: VFile[], settings: Options) => {
    optionError ||= files.some((file) => file.messages.some((message) => isOptionError(message)))
    return reporterDefault(files, settings)
  }
  return new Promise((resolve, reject) => {
    engine(
      {
        processor: remark(),
        files: [...options.paths],
        cwd: options.cwd ?? process.cwd(),
        extensions: ['md', 'markdown'],
        ignoreName: '.remarkignore',
        detectConfig: false,
        plugins: [...(options.plugins ?? []), createPreset(options.preset ?? {glossaryCoverage: false})],
        frail: true,
        quiet: options.quiet ?? false,
        color: options.color ?? false,
        out: false,
        output: false,
        streamError: options.streamError ?? process.stderr,
        reporter,
      },
      (error, code) => (error ? reject(error) : resolve(optionError ? 2 : (code ?? 0))),
    )
  })
}
