/**
 * Print, for each example of a rule package, the messages it really produces
 * against the ones its docs expect (` + ` extra, ` - ` missing):
 * `node --conditions=@moby-anatomy/source src/compare-examples.ts ../remark-lint-nav-table`.
 */
import path from 'node:path'
import {readRuleDocs, toCases, runCase} from './index.ts'
const dir = path.resolve(process.argv[2] ?? '.')
const docs = readRuleDocs(path.join(dir, 'src/index.ts'))
const rule = (await import(path.join(dir, 'src/index.ts'))).default
for (const c of toCases(docs)) {
  const r = await runCase(rule, c)
  const exp = c.expected
  if (JSON.stringify(r.lines) === JSON.stringify(exp)) { console.log(`== ${c.name}: OK`); continue }
  if (JSON.stringify(r.lines.toSorted()) === JSON.stringify(exp.toSorted())) { console.log(`== ${c.name}: ORDER (same messages, not in position order)`); continue }
  console.log(`== ${c.name}: DIFF`)
  for (const l of r.lines) console.log((exp.includes(l) ? '   ' : ' + ') + l)
  for (const l of exp) if (!r.lines.includes(l)) console.log(' - ' + l)
}

// `--update`: write the real messages into the output examples (review the diff!).
// Examples are matched by order: the n-th `@example` block is docs.examples[n].
if (process.argv.includes('--update')) {
  const fs = await import('node:fs')
  const file = path.join(dir, 'src/index.ts')
  const source = fs.readFileSync(file, 'utf8')
  const commentEnd = source.indexOf('\n */')
  const starts: number[] = []
  for (let at = source.indexOf(' * @example\n'); at !== -1 && at < commentEnd; at = source.indexOf(' * @example\n', at + 1)) starts.push(at)
  const pieces: string[] = [source.slice(0, starts[0] ?? commentEnd)]
  for (const [index, start] of starts.entries()) {
    const end = starts[index + 1] ?? commentEnd + 1
    const example = docs.examples[index]
    const input = docs.examples[index - 1]
    if (example?.config.label === 'output' && input?.config.label === 'input') {
      const result = await runCase(rule, {name: input.config.name, config: input.config, input: input.body, expected: []})
      const head = source.slice(start, source.indexOf('\n', source.indexOf('\n', start) + 1) + 1)
      pieces.push(head + ' *\n' + result.lines.map((line) => ` *   ${line}\n`).join('') + (starts[index + 1] === undefined ? '' : ' *\n'))
    } else pieces.push(source.slice(start, end))
  }
  pieces.push(source.slice(commentEnd + 1))
  fs.writeFileSync(file, pieces.join(''))
}
