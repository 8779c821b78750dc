/**
 * Compare `autocorrect-node` with this package's fixer, for the decision in
 * the README: what each changes on a fixture of Markdown constructs and on
 * the handbook (changed lines, changes inside code, URLs or link targets),
 * and the median time of each over the handbook.
 *
 * autocorrect-node is not a dependency: install it aside and pass its folder,
 *
 *   npm install --prefix /tmp/ac autocorrect-node@2.14.0
 *   node --conditions=@moby-anatomy/source bench/compare-autocorrect.ts /tmp/ac/node_modules/autocorrect-node
 */
import fs from 'node:fs'
import {createRequire} from 'node:module'
import path from 'node:path'
import {glossary} from '@moby-anatomy/glossary'
import {parseMarkdown} from '@moby-anatomy/markdown-helpers'
import type {Nodes} from 'mdast'
import {visit} from 'unist-util-visit'
import {fixTypography} from '../src/fix.ts'
import remarkLintCjkTypography from '../src/rule.ts'

const [modulePath] = process.argv.slice(2)
if (!modulePath) {
  console.error('Usage: compare-autocorrect.ts <path to autocorrect-node>, e.g. /tmp/ac/node_modules/autocorrect-node')
  process.exit(2)
}
const autocorrect = createRequire(import.meta.url)(path.resolve(modulePath)) as {formatFor(text: string, filepath: string): string}
const settings = remarkLintCjkTypography.settings({glossary})
const engines = {
  'autocorrect-node': (text: string) => autocorrect.formatFor(text, 'doc.md'),
  'cjk-typography fixer': (text: string) => fixTypography(text, settings),
}

/** Source text of code, inline code, HTML, front matter and link targets: what no engine may touch. */
function protectedText(text: string): string[] {
  const kept: string[] = []
  visit(parseMarkdown(text), (node: Nodes) => {
    if (['code', 'inlineCode', 'html', 'yaml'].includes(node.type) && 'value' in node) kept.push(node.value)
    if (node.type === 'link' || node.type === 'definition') kept.push(node.url)
  })
  return kept
}

/** How many protected strings of `before` are missing from `after`. */
function damaged(before: string, after: string): number {
  const left = protectedText(after)
  return protectedText(before).filter((value) => !left.includes(value)).length
}

/** Lines that differ. */
function changedLines(before: string, after: string): number {
  const a = before.split('\n')
  const b = after.split('\n')
  return a.filter((line, index) => line !== b[index]).length
}

const fixture = fs.readFileSync(path.join(import.meta.dirname, '../test/fixtures/markdown-constructs.md'), 'utf8')
console.log('## Fixture (test/fixtures/markdown-constructs.md)\n')
for (const [name, run] of Object.entries(engines)) {
  const out = run(fixture)
  console.log(`### ${name}: ${changedLines(fixture, out)} lines changed, ${damaged(fixture, out)} code/HTML/URL values changed\n`)
  const a = fixture.split('\n')
  for (const [index, line] of out.split('\n').entries()) if (line !== a[index]) console.log(`- ${a[index]}\n+ ${line}`)
  console.log()
}

const folder = path.resolve(import.meta.dirname, '../../../content/handbook')
const chapters = fs.readdirSync(folder).filter((name) => /^\d\d-.*\.md$/.test(name)).map((name) => fs.readFileSync(path.join(folder, name), 'utf8'))
console.log(`## Handbook (${chapters.length} chapters, ${(chapters.join('').length / 1e6).toFixed(2)} M characters)\n`)
for (const [name, run] of Object.entries(engines)) {
  const times: number[] = []
  let lines = 0
  let broken = 0
  for (let round = 0; round < 5; round++) {
    const start = performance.now()
    const outputs = chapters.map((text) => run(text))
    times.push(performance.now() - start)
    if (round === 0) {
      lines = outputs.reduce((sum, out, index) => sum + changedLines(chapters[index] ?? '', out), 0)
      broken = outputs.reduce((sum, out, index) => sum + damaged(chapters[index] ?? '', out), 0)
    }
  }
  times.sort((a, b) => a - b)
  console.log(`- ${name}: median ${(times[2] ?? 0).toFixed(0)} ms over 5 runs; ${lines} lines changed; ${broken} code/HTML/URL values changed`)
}
