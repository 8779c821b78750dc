/**
 * The judge on any folders of Markdown, e.g. real documentation that is not
 * part of this repository:
 * `node --conditions=@moby-anatomy/source bench/differential.ts /path/to/docs …`.
 * Every `.md` file is compared with every rule and setting to try (with
 * positions); prints the messages compared per rule and every mismatch, and
 * exits 1 when there is any.
 */
import fs from 'node:fs'
import path from 'node:path'
import {compareAll, createTally, markdownFiles, messageCount} from '../src/differential-harness.ts'

const folders = process.argv.slice(2)
if (folders.length === 0) {
  console.error('Usage: bench/differential.ts <folder>… (folders of Markdown to compare on)')
  process.exit(2)
}
const tally = createTally()
let files = 0
let bytes = 0
for (const folder of folders) {
  for (const file of markdownFiles(path.resolve(folder))) {
    const value = fs.readFileSync(file, 'utf8')
    compareAll(tally, {name: file, value}, undefined, false)
    files++
    bytes += Buffer.byteLength(value)
  }
}
console.log(`${files} files, ${(bytes / 1e6).toFixed(1)} MB, ${tally.runs} runs (rule × setting × file)`)
for (const [rule, count] of [...tally.messages].sort()) console.log(`${String(count).padStart(9)} messages compared  ${rule}`)
console.log(`${String(messageCount(tally)).padStart(9)} messages compared  all rules`)
console.log(`${tally.mismatches.length} mismatches`)
for (const mismatch of tally.mismatches.slice(0, 5)) console.log(JSON.stringify(mismatch, null, 2))
process.exitCode = tally.mismatches.length > 0 ? 1 : 0
