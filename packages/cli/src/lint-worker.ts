/**
 * A worker thread of `doc-lint --jobs`: lints the slices of the listing the
 * pool hands it, one file at a time, and returns each file's findings encoded
 * (`encodeFindings`), to be decoded when the file is reported. The preset is
 * built once per worker (the first slice's options are the run's); the
 * documents read for cross-file rules are released after each slice, so a
 * worker's memory is bounded by a slice.
 */
import {FileLinter, type FileToLint} from './lint-file.ts'
import {encodeFindings} from './encoded-findings.ts'
import type {PresetOptions} from '@moby-anatomy/remark-preset'

/** A slice to lint: files read (and checked) by the main thread, in listing order. */
export interface WorkerTask {
  readonly cwd: string
  readonly preset: PresetOptions
  readonly files: readonly FileToLint[]
}

let linter: FileLinter | undefined

/** The findings of each file of the slice, in the slice's order, encoded. */
export default async function lintSlice(task: WorkerTask): Promise<Uint8Array[]> {
  linter ??= new FileLinter({cwd: task.cwd, preset: task.preset})
  const results: Uint8Array[] = []
  try {
    for (const file of task.files) results.push(encodeFindings(await linter.lint(file)))
  } finally {
    linter.release()
  }
  return results
}
