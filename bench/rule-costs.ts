/**
 * Where lint time goes: parse every file of the bench corpus once, then time
 * each plugin of the preset alone over all the trees (median of 3). Run after
 * `pnpm bench` has written the corpus: `node --conditions=@moby-anatomy/source bench/rule-costs.ts`.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {createPreset} from '@moby-anatomy/remark-preset'
import {remark} from 'remark'
import type {Pluggable} from 'unified'
import {VFile} from 'vfile'

const corpus = path.join(os.tmpdir(), 'moby-anatomy-bench')
const files = fs
  .readdirSync(corpus, {recursive: true, withFileTypes: true})
  .filter((entry) => entry.isFile() && entry.name.endsWith('.md'))
  .map((entry) => path.join(entry.parentPath, entry.name))
const parser = remark()
const parseStart = performance.now()
const docs = files.map((file) => {
  const value = fs.readFileSync(file, 'utf8')
  return {file, value, tree: parser.parse(value)}
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
