/**
 * Benchmark of an offline check: `check-links` (links resolved from the
 * parsed Markdown) against the plain linkinator CLI crawling the same files
 * (`linkinator '**\/*.md' --markdown --check-fragments --directory-listing`,
 * external URLs skipped), at three sizes of a generated doc set: CJK file
 * names and headings, 40 links per file (other files, their headings,
 * same-file headings, URL-encoded names, an image, a folder, external URLs)
 * and about 1 % planted broken links.
 *
 * Each round runs both commands once per size, interleaved, each under
 * `/usr/bin/time` for wall time and peak RSS; after a warm-up round, prints
 * medians and the ratios check-links ÷ linkinator. Not a test: no timing is
 * asserted. Run: `pnpm --filter @moby-anatomy/link-check bench`
 * (`BENCH_ROUNDS=5`, `BENCH_SIZES=250,500,1000` to change it).
 */
import {spawnSync} from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

const packageRoot = path.resolve(import.meta.dirname, '..')
const rounds = Number(process.env.BENCH_ROUNDS ?? 3)
const sizes = (process.env.BENCH_SIZES ?? '250,500,1000').split(',').map(Number)
const linksPerFile = 40
const linkinatorBin = path.join(packageRoot, 'node_modules/.bin/linkinator')
const checkLinksBin = path.join(packageRoot, 'src/bin.ts')

/** A deterministic pseudo-random generator (mulberry32), so runs compare. */
function random(seed: number): () => number {
  let state = seed
  return () => {
    state = (state + 0x6d2b79f5) | 0
    let value = Math.imul(state ^ (state >>> 15), 1 | state)
    value = (value + Math.imul(value ^ (value >>> 7), 61 | value)) ^ value
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296
  }
}

/** Write a doc set of `fileCount` files; returns its folder and the number of planted broken links. */
function generate(fileCount: number): {folder: string; planted: number} {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), `link-check-bench-${fileCount}-`))
  const next = random(42)
  const pick = (count: number) => Math.floor(next() * count)
  const name = (index: number) => `第${index}章-容器与镜像.md`
  const sections = ['概述', '安装（Linux）：步骤', '配置', '示例', '常见问题']
  const anchors = ['概述', '安装linux步骤', '配置', '示例', '常见问题']
  let planted = 0
  fs.mkdirSync(path.join(folder, 'images'))
  fs.writeFileSync(path.join(folder, 'images/图.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>\n')
  for (let index = 0; index < fileCount; index++) {
    const lines = [`# 第${index}章`, '']
    for (let link = 0; link < linksPerFile; link++) {
      if (link % 8 === 0) lines.push('', `## ${sections[(link / 8) % sections.length]}`, '')
      const roll = next()
      let target: string
      if (roll < 0.01) {
        target = `缺失-${index}-${link}.md`
        planted++
      } else if (roll < 0.35) target = `${name(pick(fileCount))}#${anchors[pick(anchors.length)]}`
      else if (roll < 0.55) target = name(pick(fileCount))
      else if (roll < 0.75) target = `#${anchors[pick(anchors.length)]}`
      else if (roll < 0.85) target = encodeURIComponent(name(pick(fileCount)))
      else if (roll < 0.88) target = 'images/图.svg'
      else if (roll < 0.9) target = 'images/'
      else target = `https://example.com/docs/${pick(200)}`
      lines.push(`- 见[链接${link}](${target})。`)
    }
    fs.writeFileSync(path.join(folder, name(index)), `${lines.join('\n')}\n`)
  }
  return {folder, planted}
}

interface Sample {
  readonly wall: number
  /** User + system CPU seconds: steadier than wall time on a shared machine. */
  readonly cpu: number
  readonly rssMiB: number
  readonly output: string
}

/** Run a command in `cwd` under GNU time: wall and CPU seconds, peak RSS. */
function measure(command: readonly string[], cwd: string): Sample {
  const timing = path.join(os.tmpdir(), `link-check-bench-time-${process.pid}`)
  const result = spawnSync('/usr/bin/time', ['-o', timing, '-f', '%e %U %S %M', ...command], {cwd, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024})
  const [wall = 'NaN', user = 'NaN', system = 'NaN', rss = 'NaN'] = fs.readFileSync(timing, 'utf8').trim().split('\n').at(-1)?.split(' ') ?? []
  fs.rmSync(timing, {force: true})
  return {wall: Number(wall), cpu: Number(user) + Number(system), rssMiB: Number(rss) / 1024, output: result.stdout}
}

/** Median of numbers. */
function median(values: readonly number[]): number {
  const sorted = values.toSorted((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1 ? (sorted[middle] ?? Number.NaN) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2
}

if (!fs.existsSync('/usr/bin/time')) {
  console.error('bench: /usr/bin/time (GNU time) is needed to measure peak RSS')
  process.exit(2)
}

const sets = sizes.map((size) => ({size, ...generate(size)}))
const samples = new Map<string, Sample[]>()
const tools = {
  'check-links': (folder: string) => [process.execPath, '--conditions=@moby-anatomy/source', checkLinksBin, folder, '--root', folder, '--json', path.join(os.tmpdir(), `link-check-bench-${process.pid}.json`)],
  linkinator: () => [linkinatorBin, '**/*.md', '--markdown', '--check-fragments', '--directory-listing', '--skip', String.raw`^https?://(?!127\.0\.0\.1[:/])`, '--format', 'json'],
} as const
for (let round = 0; round <= rounds; round++) {
  for (const {size, folder} of sets) {
    for (const [tool, command] of Object.entries(tools)) {
      const sample = measure(command(folder), folder)
      // Round 0 warms the file cache and the module cache; it is not counted.
      if (round > 0) samples.set(`${tool} ${size}`, [...(samples.get(`${tool} ${size}`) ?? []), sample])
    }
  }
}

console.log(`node ${process.version}, ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'unknown CPU'}, load average ${os.loadavg()[0]?.toFixed(1)}; ${rounds} rounds after a warm-up, medians`)
console.log('')
console.log('| files | links | wall: check-links / linkinator (ratio) | CPU: check-links / linkinator (ratio) | peak RSS: check-links / linkinator (ratio) | broken: planted / check-links / linkinator |')
console.log('| --: | --: | --: | --: | --: | --: |')
for (const {size, planted} of sets) {
  const ours = samples.get(`check-links ${size}`) ?? []
  const theirs = samples.get(`linkinator ${size}`) ?? []
  const ourBroken = Number(/^(\d+) broken links?/m.exec(ours[0]?.output ?? '')?.[1] ?? 0)
  const theirBroken = (JSON.parse(theirs[0]?.output || '{"links": []}') as {links: {state: string}[]}).links.filter((link) => link.state === 'BROKEN').length
  const pair = (pick: (sample: Sample) => number, unit: string, digits: number) => {
    const [a, b] = [median(ours.map(pick)), median(theirs.map(pick))]
    return `${a.toFixed(digits)} / ${b.toFixed(digits)} ${unit} (${(a / b).toFixed(2)})`
  }
  console.log(
    `| ${size} | ${size * linksPerFile} | ${pair((sample) => sample.wall, 's', 2)} | ${pair((sample) => sample.cpu, 's', 2)} | ${pair((sample) => sample.rssMiB, 'MiB', 0)} | ${planted} / ${ourBroken} / ${theirBroken} |`,
  )
  if (ourBroken !== planted) process.exitCode = 1
}
for (const {folder} of sets) fs.rmSync(folder, {recursive: true, force: true})
fs.rmSync(path.join(os.tmpdir(), `link-check-bench-${process.pid}.json`), {force: true})
