/**
 * Micro-benchmark of the term matcher: the same text (every handbook chapter's
 * prose) scanned with 40, 1,000 and 10,000 terms. Prints build time and the
 * median scan time of several rounds, and the ratio to the 40-term figure.
 * Run: `pnpm --filter @moby-anatomy/remark-lint-glossary-coverage bench`.
 */
import path from 'node:path'
import {defaultChapterPattern, DocCache, listChapters} from '@moby-anatomy/markdown-helpers'
import {glossary} from '@moby-anatomy/glossary'
import {createMatcher, type MatchableEntry} from '../src/matcher.ts'
import {proseSegments} from '../src/prose.ts'

const handbook = path.resolve(import.meta.dirname, '../../../content/handbook')
const docs = new DocCache()
const segments = listChapters(handbook, defaultChapterPattern).flatMap((chapter) => {
  const loaded = docs.load(path.join(handbook, chapter.name))
  return loaded.ok ? proseSegments(loaded.tree, new Set()) : []
})
const text = segments.join('\n')
const rounds = 9

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

/** `count` entries: the real glossary first, then synthetic CJK and Latin terms. */
function entries(count: number): MatchableEntry[] {
  const next = random(count)
  const list: MatchableEntry[] = glossary.slice(0, Math.min(count, glossary.length)).map((entry) => ({...entry}))
  while (list.length < count) {
    const length = 2 + Math.floor(next() * 5)
    const term = Array.from({length}, () => String.fromCodePoint(0x4e00 + Math.floor(next() * 0x5000))).join('')
    const english = Array.from({length: 2}, () => Array.from({length: 4 + Math.floor(next() * 6)}, () => String.fromCharCode(97 + Math.floor(next() * 26))).join('')).join(' ')
    list.push({term: `${term}${list.length}`, english: `${english} ${list.length}`})
  }
  return list.slice(0, count)
}

/** Median of numbers. */
function median(values: number[]): number {
  const sorted = values.toSorted((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)] ?? 0
}

console.log(`text: ${segments.length} prose segments, ${text.length} characters; ${rounds} rounds each, interleaved`)
const sizes = [40, 1000, 10_000]
const matchers = sizes.map((size) => {
  const list = entries(size)
  const start = performance.now()
  const matcher = createMatcher(list)
  return {size, matcher, build: performance.now() - start, times: [] as number[], matches: 0}
})
// One warm-up round (not counted) so the JIT has compiled the scan loop.
for (const subject of matchers) for (const segment of segments) subject.matcher.scan(segment)
for (let round = 0; round < rounds; round++) {
  for (const subject of matchers) {
    const start = performance.now()
    let matches = 0
    for (const segment of segments) matches += subject.matcher.scan(segment).length
    subject.times.push(performance.now() - start)
    subject.matches = matches
  }
}
const base = median(matchers[0]?.times ?? [1])
console.log('| terms | build (ms) | scan median (ms) | spread (ms) | matches | ratio to 40 terms |')
console.log('| --: | --: | --: | --: | --: | --: |')
for (const subject of matchers) {
  const scan = median(subject.times)
  const spread = Math.max(...subject.times) - Math.min(...subject.times)
  console.log(`| ${subject.size} | ${subject.build.toFixed(1)} | ${scan.toFixed(2)} | ${spread.toFixed(2)} | ${subject.matches} | ${(scan / base).toFixed(2)} |`)
}
