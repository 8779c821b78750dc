/**
 * Run one measured command: a Node script in its own process, with
 * `bench/rss.mjs` preloaded to report its peak RSS and CPU time (user +
 * system, worker threads included). Shared by `bench/lint.ts` and
 * `bench/calibrate.ts`.
 */
import {spawnSync} from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

export interface Sample {
  /** Wall time, seconds. */
  readonly wall: number
  /** User + system CPU time of the whole process, seconds. */
  readonly cpu: number
  /** Peak resident set size, MiB. */
  readonly rssMiB: number
  readonly status: number | null
  /** The signal that ended the process, if one did (e.g. `SIGKILL` from the out-of-memory killer). */
  readonly signal: NodeJS.Signals | null
  readonly stdout: string
  readonly stderr: string
}

const usageFile = path.join(os.tmpdir(), `moby-anatomy-bench-usage-${process.pid}.json`)

/** Run `node <script> …args` in `cwd`; `script` and its arguments as given (the CLIs as published: their built `dist/`). */
export function measureNode(args: readonly string[], cwd: string): Sample {
  fs.rmSync(usageFile, {force: true})
  const start = performance.now()
  const run = spawnSync(process.execPath, [`--import=${path.join(import.meta.dirname, 'rss.mjs')}`, ...args], {
    cwd,
    env: {...process.env, BENCH_USAGE_FILE: usageFile, NO_COLOR: '1', FORCE_COLOR: '0'},
    stdio: ['ignore', 'pipe', 'pipe'],
    encoding: 'utf8',
    maxBuffer: 1024 * 1024 * 1024,
  })
  const wall = (performance.now() - start) / 1000
  const usage = fs.existsSync(usageFile)
    ? (JSON.parse(fs.readFileSync(usageFile, 'utf8')) as {maxRSS: number; userCPUTime: number; systemCPUTime: number})
    : {maxRSS: Number.NaN, userCPUTime: Number.NaN, systemCPUTime: Number.NaN}
  fs.rmSync(usageFile, {force: true})
  return {wall, cpu: (usage.userCPUTime + usage.systemCPUTime) / 1e6, rssMiB: usage.maxRSS / 1024, status: run.status, signal: run.signal, stdout: run.stdout, stderr: run.stderr}
}

/** Median of numbers (the mean of the middle two for an even count). */
export function median(values: readonly number[]): number {
  const sorted = values.toSorted((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1 ? (sorted[middle] ?? Number.NaN) : ((sorted[middle - 1] ?? Number.NaN) + (sorted[middle] ?? Number.NaN)) / 2
}

/** Largest minus smallest. */
export function spread(values: readonly number[]): number {
  return values.length === 0 ? Number.NaN : Math.max(...values) - Math.min(...values)
}
