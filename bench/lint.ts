/**
 * `pnpm bench`: lint and link-check performance on generated doc sets that
 * cost per megabyte what real documentation costs (`bench/corpus.ts`,
 * calibrated with `bench/calibrate.ts`), at several sizes, against the parse
 * floor and the peers. Each tool runs as a command in its own process, in
 * interleaved rounds; wall time, CPU time (user + system, worker threads
 * included) and peak RSS come from `bench/rss.mjs`. Prints medians, spreads
 * and issue 20's ratios with their targets, and writes them to
 * `bench/results.json`. Not a test: nothing here fails on a slow figure; a
 * tool that crashes or exits other than 0 or 1 aborts the bench.
 *
 * Options: `--rounds N` (default 5), `--sizes 4,8,16` (MB of Markdown),
 * `--seed N` (default 1), `--no-cache-step`, `--no-links` (skip the cached
 * re-lint or the link check, both at the largest size), `--out <file>`
 * (default `bench/results.json`).
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {parseArgs} from 'node:util'
import {writeCorpus, type CorpusSummary} from './corpus.ts'
import {measureNode, median, spread, type Sample} from './measure.ts'

const {values} = parseArgs({
  options: {
    rounds: {type: 'string', default: '5'},
    sizes: {type: 'string', default: '4,8,16'},
    seed: {type: 'string', default: '1'},
    'no-cache-step': {type: 'boolean', default: false},
    'no-links': {type: 'boolean', default: false},
    out: {type: 'string', default: path.join(import.meta.dirname, 'results.json')},
  },
})
const rounds = Number(values.rounds)
const sizes = values.sizes.split(',').map(Number)
const seed = Number(values.seed)
for (const [name, ok] of [
  ['--rounds', Number.isInteger(rounds) && rounds > 0],
  ['--sizes', sizes.length > 0 && sizes.every((size) => size > 0)],
  ['--seed', Number.isInteger(seed)],
] as const) {
  if (!ok) {
    console.error(`bench: Unexpected value of \`${name}\`, expected a positive number (--sizes: a comma-separated list of MB)`)
    process.exit(2)
  }
}
sizes.sort((a, b) => a - b)

const here = import.meta.dirname
const root = path.resolve(here, '..')
// The CLIs as users run them: built (`pnpm bench` builds them first), not type-stripped from source in every worker.
const docLint = path.join(root, 'packages/cli/dist/bin.js')
const checkLinks = path.join(root, 'packages/link-check/dist/bin.js')
const remarkCli = path.join(root, 'node_modules/remark-cli/cli.js')
const markdownlint = path.join(root, 'node_modules/markdownlint-cli2/markdownlint-cli2-bin.mjs')
const linkinator = path.join(root, 'packages/link-check/node_modules/linkinator/build/src/cli.js')
// The working folder of every run: the corpora are its subfolders, doc-lint's cache goes here.
const benchRoot = path.join(os.tmpdir(), 'moby-anatomy-bench')
fs.rmSync(benchRoot, {recursive: true, force: true})

const loadAtStart = os.loadavg()
const corpora = sizes.map((megabytes) => {
  const folder = path.join(benchRoot, `${megabytes}MB`)
  const summary = writeCorpus(folder, {megabytes, seed})
  console.log(`corpus ${megabytes} MB: ${summary.files} files, ${(summary.bytes / 1e6).toFixed(2)} MB, ${summary.sets} doc sets, ${summary.brokenLinks.length} planted broken links, in ${folder}`)
  return {megabytes, folder, summary}
})
const largest = corpora.at(-1) as (typeof corpora)[number]
console.log(`${rounds} interleaved rounds; ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, Node ${process.version}, load average ${loadAtStart.map((load) => load.toFixed(1)).join(' ')}`)

interface Tool {
  readonly key: string
  readonly label: string
  /** Arguments of `node` for the corpus folder; run in its folder when `inCorpus`. */
  readonly args: (folder: string) => string[]
  readonly inCorpus?: boolean
  /** Exit codes that are a completed run (a linter's 1 is "findings"). */
  readonly ok: readonly number[]
}
const lintTools: readonly Tool[] = [
  {key: 'a', label: 'parse floor (remark-parse + remark-gfm, one process)', args: (folder) => [path.join(here, 'parse-only.ts'), folder], ok: [0]},
  {key: 'b', label: '`doc-lint --jobs 1`', args: (folder) => [docLint, folder, '--jobs', '1'], ok: [0, 1]},
  {key: 'c', label: '`doc-lint` (default jobs)', args: (folder) => [docLint, folder], ok: [0, 1]},
  {key: 'd', label: 'remark-cli + remark-preset-lint-recommended (+ gfm)', args: (folder) => [remarkCli, folder, '--rc-path', path.join(here, 'recommended.remarkrc.js'), '--quiet', '--no-stdout'], ok: [0, 1]},
  {key: 'e', label: 'markdownlint-cli2 (defaults)', args: () => [markdownlint, '**/*.md'], inCorpus: true, ok: [0, 1]},
]
const linksReport = path.join(benchRoot, 'check-links.json')
const linkTools: readonly Tool[] = [
  {key: 'links', label: '`check-links` (offline)', args: (folder) => [checkLinks, folder, '--root', folder, '--json', linksReport], ok: [0, 1]},
  {key: 'linkinator', label: 'linkinator CLI (`--markdown --check-fragments --directory-listing`, external skipped)', args: () => [linkinator, '**/*.md', '--markdown', '--check-fragments', '--directory-listing', '--skip', String.raw`^https?://(?!127\.0\.0\.1[:/])`, '--format', 'json'], inCorpus: true, ok: [0, 1]},
]

/** Run a tool on a corpus; abort the bench with its stderr when it did not complete. */
function run(tool: Tool, folder: string): Sample {
  const sample = measureNode(tool.args(folder), tool.inCorpus ? folder : benchRoot)
  if (sample.status === null || !tool.ok.includes(sample.status) || Number.isNaN(sample.rssMiB)) {
    // The end of stderr: an error comes after whatever report was written before it.
    console.error(`bench: (${tool.key}) ${tool.label} did not complete on ${folder} (${sample.signal ? `killed by ${sample.signal}` : `exit ${sample.status}`}):\n${sample.stderr.slice(-3000)}`)
    process.exit(1)
  }
  return sample
}

const started = performance.now()
// Cached re-lint at the largest size: one cold `--cache` run, then three runs each after a
// different chapter had a sentence appended (restored afterwards).
let cache: {firstRunSeconds: number; relintSeconds: number[]; relintMedianSeconds: number} | undefined
if (!values['no-cache-step']) {
  console.log(`doc-lint --cache on ${largest.megabytes} MB: a first run, then three re-lints after one chapter changed`)
  const cached: Tool = {key: 'cache', label: '`doc-lint --cache`', args: (folder) => [docLint, folder, '--cache'], ok: [0, 1]}
  fs.rmSync(path.join(benchRoot, 'node_modules/.cache/doc-lint'), {recursive: true, force: true})
  const first = run(cached, largest.folder)
  const relint: number[] = []
  for (let change = 0; change < 3; change++) {
    const chapter = path.join(largest.folder, largest.summary.chapters[(change * 7) % largest.summary.chapters.length] ?? '')
    const original = fs.readFileSync(chapter)
    fs.appendFileSync(chapter, `\nOne more sentence, number ${change + 1}, for the cached re-lint.\n`)
    relint.push(run(cached, largest.folder).wall)
    fs.writeFileSync(chapter, original)
  }
  cache = {firstRunSeconds: Number(first.wall.toFixed(3)), relintSeconds: relint.map((seconds) => Number(seconds.toFixed(3))), relintMedianSeconds: Number(median(relint).toFixed(3))}
}

const samples = new Map<string, Sample[]>()
const record = (key: string, sample: Sample) => samples.set(key, [...(samples.get(key) ?? []), sample])
for (let round = 1; round <= rounds; round++) {
  for (const corpus of corpora) {
    for (const tool of lintTools) {
      const sample = run(tool, corpus.folder)
      record(`${tool.key} ${corpus.megabytes}`, sample)
      console.log(`round ${round} ${corpus.megabytes} MB (${tool.key}): ${sample.wall.toFixed(2)} s wall, ${sample.cpu.toFixed(2)} s CPU, ${sample.rssMiB.toFixed(0)} MiB, exit ${sample.status}`)
    }
  }
  if (!values['no-links']) {
    for (const tool of linkTools) {
      const sample = run(tool, largest.folder)
      record(tool.key, sample)
      console.log(`round ${round} ${largest.megabytes} MB (${tool.key}): ${sample.wall.toFixed(2)} s wall, ${sample.rssMiB.toFixed(0)} MiB, exit ${sample.status}`)
    }
  }
  // Written after every round, so an interrupted run keeps its figures so far.
  report(round, round === rounds)
}

/** Summarise the rounds done so far into `--out`; print the tables after the last. */
function report(roundsDone: number, final: boolean): void {
  /** Medians and spreads of one tool's samples. */
  function summarise(list: readonly Sample[]) {
    const round3 = (value: number) => Number(value.toFixed(3))
    return {
      wallSeconds: round3(median(list.map((sample) => sample.wall))),
      wallSpread: round3(spread(list.map((sample) => sample.wall))),
      cpuSeconds: round3(median(list.map((sample) => sample.cpu))),
      cpuSpread: round3(spread(list.map((sample) => sample.cpu))),
      peakRssMiB: Math.round(median(list.map((sample) => sample.rssMiB))),
      peakRssSpread: Math.round(spread(list.map((sample) => sample.rssMiB))),
    }
  }
  type Summary = ReturnType<typeof summarise>
  const bySize = corpora.map((corpus) => ({
    megabytes: corpus.megabytes,
    files: corpus.summary.files,
    bytes: corpus.summary.bytes,
    tools: Object.fromEntries(lintTools.map((tool) => [tool.key, {label: tool.label, ...summarise(samples.get(`${tool.key} ${corpus.megabytes}`) ?? [])}])) as Record<string, Summary & {label: string}>,
  }))
  const at = (size: (typeof bySize)[number] | undefined, key: string) => size?.tools[key] as Summary
  const smallestSize = bySize[0]
  const largestSize = bySize.at(-1)

  interface Ratio {
    readonly name: string
    readonly value: number
    readonly target: string
    readonly pass: boolean
  }
  const ratio = (name: string, value: number, limit: number, strict = false): Ratio => ({
    name,
    value: Number(value.toFixed(2)),
    target: `${strict ? '<' : '≤'} ${limit}`,
    pass: strict ? value < limit : value <= limit,
  })
  const ratios: Ratio[] = [
    ratio(`wall (c) ÷ wall (e), ${largest.megabytes} MB`, at(largestSize, 'c').wallSeconds / at(largestSize, 'e').wallSeconds, 0.6),
    ratio(`wall (b) ÷ wall (e), ${largest.megabytes} MB`, at(largestSize, 'b').wallSeconds / at(largestSize, 'e').wallSeconds, 1.0),
    ratio(`CPU (c) ÷ CPU (a), ${largest.megabytes} MB`, at(largestSize, 'c').cpuSeconds / at(largestSize, 'a').cpuSeconds, 1.6),
    ratio(`CPU (b) ÷ CPU (a), ${largest.megabytes} MB`, at(largestSize, 'b').cpuSeconds / at(largestSize, 'a').cpuSeconds, 1.6),
    ratio(`peak RSS (c) ÷ peak RSS (e), ${largest.megabytes} MB`, at(largestSize, 'c').peakRssMiB / at(largestSize, 'e').peakRssMiB, 1.0),
    ratio(`peak RSS (b) ÷ peak RSS (e), ${largest.megabytes} MB`, at(largestSize, 'b').peakRssMiB / at(largestSize, 'e').peakRssMiB, 1.0),
  ]
  if (bySize.length > 1) {
    const growth = (key: string) => at(largestSize, key).peakRssMiB / at(smallestSize, key).peakRssMiB - 1
    ratios.push(ratio(`peak RSS growth of (c), ${smallestSize?.megabytes} → ${largest.megabytes} MB`, growth('c'), 0.2, true))
    ratios.push(ratio(`peak RSS growth of (b), ${smallestSize?.megabytes} → ${largest.megabytes} MB`, growth('b'), 0.2, true))
  }

  // Link check at the largest size: medians, and the broken links each reports.
  let links: {files: number; planted: number; checkLinks: Summary & {broken: number}; linkinator: Summary & {broken: number}; sameSet: boolean; onlyCheckLinks: string[]; onlyLinkinator: string[]} | undefined
  if (!values['no-links']) {
    // check-links' JSON report and linkinator's JSON output, as `file → target` pairs.
    const ours = brokenFromCheckLinks(linksReport, largest.folder)
    const theirs = brokenFromLinkinator(samples.get('linkinator')?.[0]?.stdout ?? '')
    const checkLinksSummary = summarise(samples.get('links') ?? [])
    const linkinatorSummary = summarise(samples.get('linkinator') ?? [])
    links = {
      files: largest.summary.files,
      planted: largest.summary.brokenLinks.length,
      checkLinks: {...checkLinksSummary, broken: ours.size},
      linkinator: {...linkinatorSummary, broken: theirs.size},
      sameSet: ours.size === theirs.size && [...ours].every((link) => theirs.has(link)),
      onlyCheckLinks: [...ours].filter((link) => !theirs.has(link)).slice(0, 20),
      onlyLinkinator: [...theirs].filter((link) => !ours.has(link)).slice(0, 20),
    }
    ratios.push(ratio(`check-links wall ÷ linkinator wall, ${largest.megabytes} MB`, checkLinksSummary.wallSeconds / linkinatorSummary.wallSeconds, 1.0))
    ratios.push(ratio(`check-links peak RSS ÷ linkinator peak RSS, ${largest.megabytes} MB`, checkLinksSummary.peakRssMiB / linkinatorSummary.peakRssMiB, 1.0))
  }

  /** Broken links in check-links' JSON report (files relative to the run's folder), as `file → target` relative to `folder`. */
  function brokenFromCheckLinks(report: string, folder: string): Set<string> {
    const json = JSON.parse(fs.readFileSync(report, 'utf8')) as {broken: {file: string; target: string}[]}
    return new Set(json.broken.map((link) => `${path.relative(folder, path.resolve(benchRoot, link.file))} → ${link.target}`))
  }

  /** Broken links in linkinator's JSON output (URL-encoded paths relative to `folder`), as `file → target`. */
  function brokenFromLinkinator(output: string): Set<string> {
    const json = JSON.parse(output || '{"links": []}') as {links: {state: string; url: string; parent?: string}[]}
    const local = (url: string) => decodeURIComponent(url.replace(/^[a-z]+:\/\/[^/]+\//, ''))
    return new Set(
      json.links
        .filter((link) => link.state === 'BROKEN')
        .map((link) => {
          const parent = local(link.parent ?? '')
          const [target = '', hash] = local(link.url).split('#')
          return `${parent} → ${path.posix.relative(path.posix.dirname(parent), target)}${hash === undefined ? '' : `#${hash}`}`
        }),
    )
  }

  if (cache) ratios.push({name: `cached re-lint, one chapter changed, ${largest.megabytes} MB (s)`, value: cache.relintMedianSeconds, target: '< 1', pass: cache.relintMedianSeconds < 1})

  const results = {
    date: new Date().toISOString(),
    machine: `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, ${os.platform()} ${os.release()}, Node ${process.version}`,
    loadAverage: {start: loadAtStart.map((load) => Number(load.toFixed(2))), end: os.loadavg().map((load) => Number(load.toFixed(2)))},
    benchMinutes: Number(((performance.now() - started) / 60_000).toFixed(1)),
    options: {rounds, sizes, seed},
    roundsDone,
    sizes: bySize,
    ratios,
    links,
    cache,
  }
  fs.writeFileSync(values.out, `${JSON.stringify(results, null, 2)}\n`)
  if (!final) return

  const mb = (size: (typeof bySize)[number]) => `${size.megabytes} MB (${size.files} files)`
  console.log('\n| size | tool | wall (s) | spread | CPU (s) | peak RSS (MiB) | wall ÷ (a) | wall ÷ (e) |')
  console.log('| --- | --- | --: | --: | --: | --: | --: | --: |')
  for (const size of bySize) {
    for (const tool of lintTools) {
      const summary = at(size, tool.key)
      console.log(`| ${mb(size)} | (${tool.key}) ${tool.label} | ${summary.wallSeconds.toFixed(2)} | ${summary.wallSpread.toFixed(2)} | ${summary.cpuSeconds.toFixed(2)} | ${summary.peakRssMiB} | ${(summary.wallSeconds / at(size, 'a').wallSeconds).toFixed(2)} | ${(summary.wallSeconds / at(size, 'e').wallSeconds).toFixed(2)} |`)
    }
  }
  if (links) {
    console.log(`\ncheck-links vs linkinator, ${largest.megabytes} MB (${links.files} files, ${links.planted} planted broken links):`)
    console.log(`  check-links: ${links.checkLinks.wallSeconds} s (spread ${links.checkLinks.wallSpread}), ${links.checkLinks.peakRssMiB} MiB, ${links.checkLinks.broken} broken`)
    console.log(`  linkinator:  ${links.linkinator.wallSeconds} s (spread ${links.linkinator.wallSpread}), ${links.linkinator.peakRssMiB} MiB, ${links.linkinator.broken} broken`)
    console.log(`  same set of broken links: ${links.sameSet ? 'yes' : 'no'}`)
  }
  if (cache) console.log(`\ndoc-lint --cache, ${largest.megabytes} MB: first run ${cache.firstRunSeconds} s; re-lint with one chapter changed ${cache.relintSeconds.join(', ')} s (median ${cache.relintMedianSeconds})`)
  console.log('\n| ratio | value | target | met |')
  console.log('| --- | --: | --: | --- |')
  for (const entry of ratios) console.log(`| ${entry.name} | ${entry.value} | ${entry.target} | ${entry.pass ? 'yes' : 'no'} |`)
  console.log(`\nload average at start ${loadAtStart.map((load) => load.toFixed(1)).join(' ')}, at end ${os.loadavg().map((load) => load.toFixed(1)).join(' ')}; ${results.benchMinutes} min; written to ${path.relative(process.cwd(), values.out)}`)
}
