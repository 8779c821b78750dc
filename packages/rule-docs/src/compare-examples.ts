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
  const exp = [...c.expected].sort()
  if (JSON.stringify(r.lines) === JSON.stringify(exp)) { console.log(`== ${c.name}: OK`); continue }
  console.log(`== ${c.name}: DIFF`)
  for (const l of r.lines) console.log((exp.includes(l) ? '   ' : ' + ') + l)
  for (const l of exp) if (!r.lines.includes(l)) console.log(' - ' + l)
}

// `--update`: write the real messages into the output examples (review the diff!).
if (process.argv.includes('--update')) {
  const fs = await import('node:fs')
  const file = path.join(dir, 'src/index.ts')
  let source = fs.readFileSync(file, 'utf8')
  let cursor = 0
  for (const c of toCases(docs)) {
    if (c.config.label !== 'input') continue
    const r = await runCase(rule, c)
    const marker = ` *   {"name": ${JSON.stringify(c.name)}, "label": "output"}\n *\n`
    const start = source.indexOf(marker, source.indexOf(`"label": "input"`, cursor))
    const end = source.indexOf('\n *\n * @example', start + marker.length)
    const stop = end === -1 ? source.indexOf('\n */', start + marker.length) : end
    source = source.slice(0, start + marker.length) + r.lines.map((line) => ` *   ${line}`).join('\n') + source.slice(stop)
    cursor = start + marker.length
  }
  fs.writeFileSync(file, source)
}
