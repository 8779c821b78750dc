/**
 * The V8 settings the executables make for themselves (`limitHeapGrowth`,
 * `scavengeAlone` of `@moby-anatomy/doc-files`), seen through the real
 * commands: a preloaded module reports each `v8.setFlagsFromString` call, and
 * another the resource limits of each doc-lint worker.
 * Parallel scavenging goes off only when doc-lint's workers fill every core.
 */
import {spawnSync} from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {repoRoot} from './harness.ts'

const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'v8-settings-'))
afterAll(() => fs.rmSync(folder, {recursive: true, force: true}))
const preload = path.join(folder, 'report-flags.mjs')
fs.writeFileSync(preload, "import v8 from 'node:v8'\nconst set = v8.setFlagsFromString\nv8.setFlagsFromString = (flags) => {\n  process.stderr.write(`v8 flags: ${flags}\\n`)\n  set(flags)\n}\n")
// Each worker thread writes its resource limits here (a preload runs in workers too).
const workerLimits = path.join(folder, 'worker-limits.jsonl')
const reportLimits = path.join(folder, 'report-limits.mjs')
fs.writeFileSync(reportLimits, `import fs from 'node:fs'\nimport {isMainThread, resourceLimits} from 'node:worker_threads'\nif (!isMainThread) fs.appendFileSync(${JSON.stringify(workerLimits)}, JSON.stringify(resourceLimits) + '\\n')\n`)
const docs = path.join(folder, 'docs')
fs.mkdirSync(docs)
// Enough files for one worker per core by default (one per 16 files).
const files = 16 * os.availableParallelism()
for (let index = 0; index < files; index++) fs.writeFileSync(path.join(docs, `${String(index).padStart(3, '0')}.md`), `# Page ${index}\n\nText.\n`)

function flagsOf(bin: string, ...args: string[]): string[] {
  const run = spawnSync(process.execPath, ['--conditions=@moby-anatomy/source', `--import=${preload}`, path.join(repoRoot, bin), ...args], {cwd: folder, encoding: 'utf8'})
  expect(run.status, run.stderr).toBe(0)
  return [...run.stderr.matchAll(/^v8 flags: (.*)$/gm)].map((match) => match[1] ?? '')
}

describe('V8 settings of the executables', () => {
  it('doc-lint: heap growth 150 %, and scavenges alone when its workers fill every core', () => {
    expect(flagsOf('packages/cli/src/bin.ts', 'docs')).toEqual(['--heap-growing-percent=150', '--no-parallel-scavenge'])
    expect(flagsOf('packages/cli/src/bin.ts', 'docs', '--jobs', String(os.availableParallelism()))).toEqual(['--heap-growing-percent=150', '--no-parallel-scavenge'])
  })

  // On one core a single worker fills it, and the setting is then expected: nothing to check.
  it.skipIf(os.availableParallelism() < 2)('doc-lint: keeps parallel scavenges when a core is left (--jobs 1)', () => {
    expect(flagsOf('packages/cli/src/bin.ts', 'docs', '--jobs', '1')).toEqual(['--heap-growing-percent=150'])
  })

  it('doc-lint: each worker has a 48 MiB young generation and an old one capped at 104 MiB', () => {
    fs.rmSync(workerLimits, {force: true})
    const run = spawnSync(process.execPath, ['--conditions=@moby-anatomy/source', `--import=${reportLimits}`, path.join(repoRoot, 'packages/cli/src/bin.ts'), 'docs', '--jobs', '2'], {cwd: folder, encoding: 'utf8'})
    expect(run.status, run.stderr).toBe(0)
    const limits = fs.readFileSync(workerLimits, 'utf8').trim().split('\n').map((line) => JSON.parse(line) as Record<string, number>)
    expect(limits).toHaveLength(2)
    for (const limit of limits) expect(limit).toMatchObject({maxYoungGenerationSizeMb: 48, maxOldGenerationSizeMb: 104})
  })

  it('check-links: heap growth 100 %', () => {
    expect(flagsOf('packages/link-check/src/bin.ts', 'docs', '--root', 'docs')).toEqual(['--heap-growing-percent=100'])
  })
})
