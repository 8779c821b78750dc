/**
 * Where lint time goes: parse every Markdown file of a folder once (remark-parse,
 * remark-gfm and front matter, as the preset parses), then time each plugin of
 * the preset alone over all the trees (median of 3). The folder is an argument:
 * a `pnpm bench` corpus (`$TMPDIR/moby-anatomy-bench/16MB`) or real documentation.
 *
 *   node --conditions=@moby-anatomy/source bench/rule-costs.ts <folder>
 */
import fs from 'node:fs'
import {markdownParser} from '@moby-anatomy/markdown-helpers'
import {createPreset} from '@moby-anatomy/remark-preset'
import {remark} from 'remark'
import type {Pluggable} from 'unified'
import {VFile} from 'vfile'
import {markdownFiles} from './files.ts'

const corpus = process.argv[2]
if (!corpus || !fs.statSync(corpus, {throwIfNoEntry: false})?.isDirectory()) {
  console.error('rule-costs: Unexpected missing folder, expected `bench/rule-costs.ts <folder of Markdown files>`')
  process.exit(2)
}
const files = markdownFiles(corpus)
const parseStart = performance.now()
const docs = files.map((file) => {
  const value = fs.readFileSync(file, 'utf8')
  return {file, value, tree: markdownParser.parse(value)}
})
const parseMs = performance.now() - parseStart
console.log(`${files.length} files parsed in ${parseMs.toFixed(0)} ms`)
const plugins = createPreset({versionHistory: {now: '2026-11-29'}}).plugins ?? []
const rows: [string, number][] = []
for (const plugin of plugins) {
  const [attacher, options] = (Array.isArray(plugin) ? plugin : [plugin]) as [Pluggable, unknown]
  const name = (attacher as {name?: string}).name ?? '?'
  const times: number[] = []
  for (let round = 0; round < 3; round++) {
    // A fresh processor per round: a rule used alone gets a fresh document cache.
    const processor = remark().use(attacher as never, options)
    const start = performance.now()
    for (const doc of docs) await processor.run(doc.tree, new VFile({path: doc.file, value: doc.value}))
    times.push(performance.now() - start)
  }
  rows.push([name, times.toSorted((a, b) => a - b)[1] ?? 0])
}
let total = 0
for (const [name, ms] of rows.sort((a, b) => b[1] - a[1])) {
  total += ms
  console.log(`${ms.toFixed(0).padStart(6)} ms  ${(ms / parseMs * 100).toFixed(1).padStart(5)}% of parse  ${name}`)
}
console.log(`${total.toFixed(0).padStart(6)} ms  ${(total / parseMs * 100).toFixed(1).padStart(5)}% of parse  all plugins`)
