/**
 * `node --conditions=@moby-anatomy/source bench/cjk-typography.ts`: what the
 * `cjk-typography` rule adds to the preset's lint time, on the handbook and
 * on a generated doc set of about 25 MB (the corpus of `pnpm bench`).
 *
 * Two measures, medians of interleaved rounds:
 * - end to end: `doc-lint`'s `lint()` with the preset, with and without the
 *   rule (`cjkTypography: false`); ratio with/without;
 * - the rule alone: its check over every file's tree (parsed once, outside
 *   the timing), as a share of the preset's time.
 *
 * Options: `--rounds N` (default 3; the handbook gets at least 9),
 * `--megabytes N` (default 25).
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {Writable} from 'node:stream'
import {parseArgs} from 'node:util'
import {lint} from '@moby-anatomy/doc-lint'
import {glossary} from '@moby-anatomy/glossary'
import {indexTree, parseMarkdown} from '@moby-anatomy/markdown-helpers'
import remarkLintCjkTypography from '@moby-anatomy/remark-lint-cjk-typography'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {writeCorpus} from './corpus.ts'

const {values} = parseArgs({options: {rounds: {type: 'string', default: '3'}, megabytes: {type: 'string', default: '25'}}})
const rounds = Number(values.rounds)
// The handbook lints in about a second: more rounds steady its median.
const handbookRounds = Math.max(rounds, 9)
const megabytes = Number(values.megabytes)
const root = path.resolve(import.meta.dirname, '..')
const corpus = path.join(os.tmpdir(), 'moby-anatomy-bench-cjk')

const written = writeCorpus(corpus, {megabytes})
const targets = [
  {label: 'handbook', folder: path.join(root, 'content/handbook'), bytes: folderBytes(path.join(root, 'content/handbook')), rounds: handbookRounds},
  {label: `generated doc set (${written.sets} sets, ${written.files} files)`, folder: corpus, bytes: written.bytes, rounds},
]
console.log(`${rounds} interleaved rounds; ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, Node ${process.version}\n`)

const silent = new Writable({write: (_chunk, _encoding, done) => done()})
const ruleAlone = unified().use(remarkLintCjkTypography, {glossary}).freeze()
const median = (list: number[]) => list.toSorted((a, b) => a - b)[Math.floor(list.length / 2)] ?? 0

for (const target of targets) {
  const times = {without: [] as number[], with: [] as number[], rule: [] as number[]}
  const files = fs.readdirSync(target.folder, {recursive: true, withFileTypes: true}).filter((entry) => entry.isFile() && entry.name.endsWith('.md') && !entry.parentPath.includes('node_modules'))
  for (let round = 0; round < target.rounds; round++) {
    for (const key of ['without', 'with'] as const) {
      const start = performance.now()
      await lint({paths: [target.folder], cwd: target.folder, quiet: true, streamError: silent, preset: {glossaryCoverage: {glossary}, ...(key === 'without' ? {cjkTypography: false} : {})}})
      times[key].push(performance.now() - start)
    }
    let rule = 0
    for (const entry of files) {
      const text = fs.readFileSync(path.join(entry.parentPath, entry.name), 'utf8')
      const tree = parseMarkdown(text)
      // The tree index is built once per file for all the project rules: not this rule's cost.
      indexTree(tree)
      const start = performance.now()
      ruleAlone.runSync(tree, new VFile({path: entry.name, value: text}))
      rule += performance.now() - start
    }
    times.rule.push(rule)
  }
  const without = median(times.without)
  const withRule = median(times.with)
  const rule = median(times.rule)
  console.log(`## ${target.label}, ${(target.bytes / 1e6).toFixed(1)} MB`)
  console.log(`- preset without the rule: median ${(without / 1000).toFixed(2)} s (runs: ${times.without.map((ms) => (ms / 1000).toFixed(2)).join(', ')})`)
  console.log(`- preset with the rule:    median ${(withRule / 1000).toFixed(2)} s (runs: ${times.with.map((ms) => (ms / 1000).toFixed(2)).join(', ')})`)
  console.log(`- ratio with/without: ${(withRule / without).toFixed(3)} (${((withRule / without - 1) * 100).toFixed(1)} %)`)
  console.log(`- the rule's check alone: median ${(rule / 1000).toFixed(2)} s = ${((rule / without) * 100).toFixed(1)} % of the preset without it\n`)
}
fs.rmSync(corpus, {recursive: true, force: true})

/** Bytes of the Markdown files in a folder (not in node_modules). */
function folderBytes(folder: string): number {
  return fs
    .readdirSync(folder, {recursive: true, withFileTypes: true})
    .filter((entry) => entry.isFile() && entry.name.endsWith('.md') && !entry.parentPath.includes('node_modules'))
    .reduce((sum, entry) => sum + fs.statSync(path.join(entry.parentPath, entry.name)).size, 0)
}
