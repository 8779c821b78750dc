/**
 * `pnpm bench`: lint performance on a large generated doc set, against the
 * floor (parse only) and the peers. Interleaved rounds, median and spread,
 * files/s, MB/s and peak RSS per tool; ratios b/a and b/d; parses per file in
 * one run; a cached `pnpm lint`. Figures go to bench/results.json.
 *
 * Options: `--rounds N` (default 3), `--sets N` (default 100 doc sets of 15
 * chapters and an index: 1,600 files).
 */
import {spawnSync} from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {parseArgs} from 'node:util'
import {DocCache} from '@moby-anatomy/markdown-helpers'
import {lint} from '@moby-anatomy/doc-lint'
import {Writable} from 'node:stream'
import type {Processor} from 'unified'
import {writeCorpus} from './corpus.ts'

const {values} = parseArgs({options: {rounds: {type: 'string', default: '3'}, sets: {type: 'string', default: '100'}}})
const rounds = Number(values.rounds)
const sets = Number(values.sets)
const root = path.resolve(import.meta.dirname, '..')
const here = import.meta.dirname
const corpus = path.join(os.tmpdir(), 'moby-anatomy-bench')
const {files, bytes} = writeCorpus(corpus, sets, 15)
const megabytes = bytes / 1_000_000
console.log(`corpus: ${files} files, ${megabytes.toFixed(1)} MB in ${corpus}; ${rounds} interleaved rounds; ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, Node ${process.version}`)

const remarkCli = path.join(root, 'node_modules/remark-cli/cli.js')
const markdownlint = path.join(root, 'node_modules/markdownlint-cli2/markdownlint-cli2-bin.mjs')
const tools = [
  {key: 'a', label: 'floor: parse only (unified + remark-parse + remark-gfm)', args: [path.join(here, 'parse-only.ts'), corpus], cwd: root},
  {key: 'b', label: 'full preset through remark-cli', args: [remarkCli, corpus, '--rc-path', path.join(here, 'preset.remarkrc.js'), '--frail', '--quiet', '--no-stdout'], cwd: root},
  {key: 'c', label: 'remark-preset-lint-recommended through remark-cli', args: [remarkCli, corpus, '--rc-path', path.join(here, 'recommended.remarkrc.js'), '--frail', '--quiet', '--no-stdout'], cwd: root},
  {key: 'd', label: 'markdownlint-cli2 with its defaults', args: [markdownlint, '**/*.md'], cwd: corpus},
] as const

type Sample = {seconds: number; rssMiB: number; status: number | null}
const samples = new Map<string, Sample[]>(tools.map((tool) => [tool.key, []]))
const rssFile = path.join(os.tmpdir(), `bench-rss-${process.pid}`)
for (let round = 1; round <= rounds; round++) {
  for (const tool of tools) {
    const start = performance.now()
    const run = spawnSync(process.execPath, ['--conditions=@moby-anatomy/source', `--import=${path.join(here, 'rss.mjs')}`, '--stack-size=4000', ...tool.args], {
      cwd: tool.cwd,
      env: {...process.env, BENCH_RSS_FILE: rssFile, NO_COLOR: '1'},
      stdio: ['ignore', 'ignore', 'pipe'],
      maxBuffer: 512 * 1024 * 1024,
    })
    const seconds = (performance.now() - start) / 1000
    const rssMiB = Number(fs.readFileSync(rssFile, 'utf8')) / 1024
    // 1 is "findings" for the linters; the floor must exit 0; a crash or config error invalidates the figure.
    const failed = tool.key === 'a' ? run.status !== 0 : run.status !== 0 && run.status !== 1
    if (failed || /Error:|Cannot find|ERR_/.test(run.stderr.toString().slice(0, 4000))) {
      throw new Error(`(${tool.key}) did not run properly (exit ${run.status}): ${run.stderr.toString().slice(0, 1500)}`)
    }
    samples.get(tool.key)?.push({seconds, rssMiB, status: run.status})
    console.log(`round ${round} ${tool.key}: ${seconds.toFixed(2)} s, ${rssMiB.toFixed(0)} MiB, exit ${run.status}`)
  }
}

/** Median of numbers. */
const median = (list: number[]) => list.toSorted((x, y) => x - y)[Math.floor(list.length / 2)] ?? 0

const results = tools.map((tool) => {
  const list = samples.get(tool.key) ?? []
  const seconds = median(list.map((sample) => sample.seconds))
  return {
    key: tool.key,
    label: tool.label,
    medianSeconds: Number(seconds.toFixed(3)),
    spreadSeconds: Number((Math.max(...list.map((s) => s.seconds)) - Math.min(...list.map((s) => s.seconds))).toFixed(3)),
    filesPerSecond: Math.round(files / seconds),
    megabytesPerSecond: Number((megabytes / seconds).toFixed(2)),
    peakRssMiB: Math.round(Math.max(...list.map((sample) => sample.rssMiB))),
  }
})
const byKey = Object.fromEntries(results.map((result) => [result.key, result]))
const ratio = (x: string, y: string) => Number(((byKey[x]?.medianSeconds ?? 0) / (byKey[y]?.medianSeconds ?? 1)).toFixed(2))

// Parses per file in one run, counted at the parser itself (in-process, same preset).
const docCache = new DocCache()
let engineParses = 0
function countParses(this: Processor): undefined {
  const inner = this.parser
  if (inner) this.parser = (document, file) => (engineParses++, inner(document, file))
}
const sink = new Writable({write: (_chunk, _encoding, done) => done()})
await lint({paths: [corpus], cwd: corpus, quiet: true, streamError: sink, plugins: [countParses], preset: {versionHistory: {now: '2026-11-29'}, docCache}})
const parsesPerFile = Number(((engineParses + docCache.parseCount) / files).toFixed(3))

// A cached `pnpm lint` with nothing changed (turbo replays the result).
const pnpm = (args: string[]) => spawnSync('pnpm', args, {cwd: root, stdio: 'ignore', env: {...process.env, TURBO_TELEMETRY_DISABLED: '1'}})
pnpm(['lint'])
const cachedStart = performance.now()
const cached = pnpm(['lint'])
const cachedLintSeconds = Number(((performance.now() - cachedStart) / 1000).toFixed(2))

const summary = {
  date: new Date().toISOString(),
  machine: `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, ${os.platform()} ${os.release()}, Node ${process.version}`,
  corpus: {files, megabytes: Number(megabytes.toFixed(1))},
  rounds,
  results,
  ratios: {bOverA: ratio('b', 'a'), bOverD: ratio('b', 'd'), cOverA: ratio('c', 'a')},
  parsesPerFile,
  cachedLintSeconds,
  cachedLintExit: cached.status,
}
fs.writeFileSync(path.join(here, 'results.json'), JSON.stringify(summary, null, 2) + '\n')
console.log('\n| tool | median (s) | spread (s) | files/s | MB/s | peak RSS (MiB) |')
console.log('| --- | --: | --: | --: | --: | --: |')
for (const result of results) {
  console.log(`| (${result.key}) ${result.label} | ${result.medianSeconds} | ${result.spreadSeconds} | ${result.filesPerSecond} | ${result.megabytesPerSecond} | ${result.peakRssMiB} |`)
}
console.log(`\nb/a = ${summary.ratios.bOverA} (target ≤ 1.3); b/d = ${summary.ratios.bOverD} (target ≤ 1); c/a = ${summary.ratios.cOverA}`)
console.log(`parses per file in one run: ${parsesPerFile} (must be 1); cached pnpm lint: ${cachedLintSeconds} s (target < 1 s)`)
console.log(`written to ${path.relative(process.cwd(), path.join(here, 'results.json'))}`)
