/**
 * A worker of `doc-lint --jobs`: lints a contiguous slice of the listing (so
 * siblings share the worker's document cache) and returns each reported
 * file's findings as plain data, in the slice's order.
 */
import type {PresetOptions} from '@moby-anatomy/remark-preset'
import {VFile} from 'vfile'
import {runEngine} from './run-engine.ts'
import {toStored, type StoredMessage} from './stored-message.ts'

/** A slice to lint: absolute paths and the text read (and checked) by the main thread. */
export interface WorkerTask {
  readonly cwd: string
  readonly preset: PresetOptions
  readonly files: readonly {readonly path: string; readonly value: string}[]
}

/** A reported file: its index in the slice and its findings. */
export interface WorkerResult {
  readonly index: number
  readonly messages: readonly StoredMessage[]
}

export default async function lintSlice(task: WorkerTask): Promise<WorkerResult[]> {
  const files = task.files.map((file) => new VFile({path: file.path, cwd: task.cwd, value: file.value}))
  const order = new Map(files.map((file, index) => [file, index]))
  const reported = await runEngine(files, {cwd: task.cwd, preset: task.preset, streamError: process.stderr})
  return reported.map((file) => ({index: order.get(file) ?? -1, messages: file.messages.map((message) => toStored(message))}))
}
