/**
 * Benchmark of an offline check: 500 generated Markdown files (CJK names and
 * headings) holding 20,000 links: other files, their headings, same-file
 * headings, images, folders, external URLs (skipped), and 1% broken ones.
 * One warm-up run, then 5 runs; prints the median and the spread.
 * Run: `pnpm --filter @moby-anatomy/link-check bench`.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {checkLinks} from '../src/check.ts'

const fileCount = 500
const linksPerFile = 40
const rounds = Number(process.env.BENCH_ROUNDS ?? 5)
const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'link-check-bench-'))

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
    else if (roll < 0.9) target = 'images/图.svg'
    else target = `https://example.com/docs/${pick(200)}`
    lines.push(`- 见[链接${link}](${target})。`)
  }
  fs.writeFileSync(path.join(folder, name(index)), `${lines.join('\n')}\n`)
}

/** Median of numbers. */
function median(values: number[]): number {
  const sorted = values.toSorted((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)] ?? 0
}

const times: number[] = []
let last: Awaited<ReturnType<typeof checkLinks>> | undefined
for (let round = 0; round <= rounds; round++) {
  const start = performance.now()
  last = await checkLinks({folder, root: folder})
  if (round > 0) times.push(performance.now() - start)
}
fs.rmSync(folder, {recursive: true, force: true})
console.log(`${fileCount} files, ${last?.links.total} links (${last?.links.external} external, skipped), ${planted} planted broken, ${last?.broken.length} reported`)
console.log(`offline check, ${rounds} runs after a warm-up: median ${(median(times) / 1000).toFixed(2)} s, spread ${((Math.max(...times) - Math.min(...times)) / 1000).toFixed(2)} s`)
console.log(`runs (s): ${times.map((time) => (time / 1000).toFixed(2)).join(', ')}`)
console.log(`node ${process.version}, ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'unknown CPU'}`)
if (last?.broken.length !== planted) process.exitCode = 1
