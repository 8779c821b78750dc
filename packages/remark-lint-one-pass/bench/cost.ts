/**
 * What the stock rules cost against the one-pass plugin, on trees parsed once:
 * `node --conditions=@moby-anatomy/source bench/cost.ts <folder>`.
 *
 * Every `.md` under the folder is parsed (remark + GFM + front matter, as the
 * preset parses; median of 3 rounds: the parse floor), and the trees kept. Then, median of 5 rounds over all the trees: the stock
 * rules, each its own plugin in the preset's order with the preset's options
 * (as the preset runs them today); the one-pass plugin with the same rules and
 * options; and, for scale, one empty `visitParents` walk and one plain
 * recursive walk.
 */
import fs from 'node:fs'
import path from 'node:path'
import type {Nodes, Root} from 'mdast'
import {remark} from 'remark'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import type {Processor} from 'unified'
import {visitParents} from 'unist-util-visit-parents'
import {VFile} from 'vfile'
import {checks} from '../src/checks/index.ts'
import {markdownFiles, presetSettings, stockRules} from '../src/differential-harness.ts'
import remarkLintOnePass, {type Options} from '../src/index.ts'

const folder = process.argv[2]
const rounds = 5
if (!folder) {
  console.error('Usage: bench/cost.ts <folder> (a folder of Markdown files)')
  process.exit(2)
}

const parser = remark().use(remarkGfm).use(remarkFrontmatter, ['yaml', 'toml'])
const files = markdownFiles(path.resolve(folder))
const sources = files.map((file) => ({file, value: fs.readFileSync(file, 'utf8')}))
// The parse floor: median of 3 parses of everything (the trees of the last one are kept).
const parseTimes: number[] = []
let docs: {file: string; value: string; tree: Root}[] = []
for (let round = 0; round < 3; round++) {
  const start = performance.now()
  docs = sources.map((source) => ({...source, tree: parser.parse(source.value)}))
  parseTimes.push(performance.now() - start)
}
const parseMs = parseTimes.toSorted((a, b) => a - b)[1] ?? 0
const megabytes = docs.reduce((sum, doc) => sum + Buffer.byteLength(doc.value), 0) / 1e6

// The same rules both ways, in the preset's order, with the preset's options.
const names = checks.map((check) => check.name)
let stock = remark().use(remarkGfm).use(remarkFrontmatter, ['yaml', 'toml']) as unknown as Processor<Root, Root, Root>
for (const name of names) stock = stock.use(stockRules[name] as never, presetSettings[name]) as never
const options = Object.fromEntries(names.map((name) => [name, presetSettings[name] ?? true])) as Options
const onePass = remark().use(remarkGfm).use(remarkFrontmatter, ['yaml', 'toml']).use(remarkLintOnePass, options) as unknown as Processor<Root, Root, Root>

/** Median milliseconds of `rounds` runs of `work` over every tree; also the messages of the last round. */
function time(work: (tree: Root, file: VFile) => void): {ms: number; messages: number} {
  const times: number[] = []
  let messages = 0
  for (let round = 0; round < rounds; round++) {
    messages = 0
    const start = performance.now()
    for (const doc of docs) {
      const file = new VFile({path: doc.file, value: doc.value})
      work(doc.tree, file)
      messages += file.messages.length
    }
    times.push(performance.now() - start)
  }
  return {ms: times.toSorted((a, b) => a - b)[Math.floor(rounds / 2)] ?? 0, messages}
}

/** A walk that does nothing but recurse. */
function plainWalk(node: Nodes, depth: number): number {
  let count = depth
  if ('children' in node) for (const child of node.children) count += plainWalk(child, depth + 1)
  return count
}

const rows: [string, {ms: number; messages: number}][] = [
  [`${names.length} stock rules, one plugin each`, time((tree, file) => stock.runSync(tree, file))],
  [`one-pass plugin, the same ${names.length} rules`, time((tree, file) => onePass.runSync(tree, file))],
  ['one empty visitParents walk', time((tree) => visitParents(tree, () => undefined))],
  ['one plain recursive walk', time((tree) => void plainWalk(tree, 0))],
]
console.log(`${docs.length} files, ${megabytes.toFixed(1)} MB; parse ${parseMs.toFixed(0)} ms (median of 3); rules: median of ${rounds} rounds`)
console.log('| work | ms | vs parse | messages |')
console.log('| --- | ---: | ---: | ---: |')
for (const [label, result] of rows) {
  console.log(`| ${label} | ${result.ms.toFixed(0)} | ${((result.ms / parseMs) * 100).toFixed(1)} % | ${result.messages} |`)
}
const [stockRow, onePassRow] = rows
console.log(`one-pass / stock: ${((onePassRow?.[1].ms ?? 0) / (stockRow?.[1].ms ?? 1)).toFixed(3)}`)
