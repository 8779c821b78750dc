// Local only, not committed: rough cost of the seven checks against the seven stock rules.
import {readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {remark} from 'remark'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import {VFile} from 'vfile'
import {pairs, parse} from './src/checks/refs-test-differential.ts'
import {runChecks} from './src/checks/refs-test-walk.ts'

const root = process.argv[2]!
const files = readdirSync(root, {recursive: true, withFileTypes: true}).filter((e) => e.isFile() && e.name.endsWith('.md')).map((e) => join(e.parentPath, e.name))
const docs = files.map((path) => {
  const value = readFileSync(path, 'utf8')
  return {value, tree: parse(value)}
})
const stock = pairs.reduce((p, pair) => p.use(pair.stock), remark().use(remarkGfm).use(remarkFrontmatter, ['yaml', 'toml'])).freeze()
const entries = pairs.map((pair) => ({check: pair.check}))
const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)]!
const time = (f: () => void) => { const t = performance.now(); f(); return performance.now() - t }
const s: number[] = [], c: number[] = []
for (let i = 0; i < 5; i++) {
  s.push(time(() => { for (const d of docs) stock.runSync(d.tree, new VFile({value: d.value})) }))
  c.push(time(() => { for (const d of docs) runChecks(d.tree, new VFile({value: d.value}), entries) }))
}
console.log({files: files.length, stockMs: median(s).toFixed(0), checksMs: median(c).toFixed(0), ratio: (median(c) / median(s)).toFixed(3)})
