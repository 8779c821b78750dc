// Local only, not committed: the differential over /work/realdocs.
import {readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {compareDocument, pairs, parse, type Pair, type Tally} from './src/checks/refs-test-differential.ts'

const root = process.argv[2] ?? '/work/realdocs'
const options: Record<string, unknown[]> = {
  'no-undefined-references': [undefined, {allow: ['…']}, {allow: [{source: '^mer'}, 'venus']}, {allowShortcutLink: true}],
  'hard-break-spaces': [undefined, {allowSpaces: false}],
}
const optionsOf = (pair: Pair) => options[pair.check.name] ?? [undefined]
const files = readdirSync(root, {recursive: true, withFileTypes: true})
  .filter((entry) => entry.isFile() && entry.name.endsWith('.md'))
  .map((entry) => join(entry.parentPath, entry.name))
  .sort()
const tally: Tally = {messages: 0, runs: 0, mismatches: []}
const perRule = new Map<string, number>()
let bytes = 0
for (const path of files) {
  const value = readFileSync(path, 'utf8')
  bytes += value.length
  const tree = parse(value)
  for (const pair of pairs) {
    const before = tally.messages
    compareDocument(path, value, (candidate) => (candidate === pair ? optionsOf(pair) : []), tally, tree)
    perRule.set(pair.check.name, (perRule.get(pair.check.name) ?? 0) + tally.messages - before)
  }
}
console.log(JSON.stringify({files: files.length, chars: bytes, runs: tally.runs, messagesCompared: tally.messages, mismatches: tally.mismatches.length}))
console.log(JSON.stringify(Object.fromEntries(perRule)))
for (const mismatch of tally.mismatches.slice(0, 20)) console.log(mismatch)
