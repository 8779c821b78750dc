/**
 * Calibration of the benchmark corpus against real documentation: for each
 * doc repository under a folder (each subfolder is one repository), for all
 * of them together and for a generated corpus, prints MB, files, the parse
 * floor in s/MB (remark-parse + remark-gfm in a process of its own, median of
 * interleaved rounds; "all" is byte-weighted: the sum of the repositories'
 * medians over their MB), findings per file under our preset, and the shape
 * statistics of `bench/shape.ts`, then the ratio generated ÷ real.
 *
 *   node --conditions=@moby-anatomy/source bench/calibrate.ts <real-docs-folder>
 *     [--megabytes 8] [--seed 1] [--rounds 3] [--no-findings]
 *
 * The real documents are only read; nothing of them is written anywhere.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {parseArgs} from 'node:util'
import {writeCorpus} from './corpus.ts'
import {markdownFiles} from './files.ts'
import {measureNode, median} from './measure.ts'
import {measureShape, shapeRows} from './shape.ts'

const {values, positionals} = parseArgs({
  allowPositionals: true,
  options: {
    megabytes: {type: 'string', default: '8'},
    seed: {type: 'string', default: '1'},
    rounds: {type: 'string', default: '3'},
    'no-findings': {type: 'boolean', default: false},
  },
})
const realRoot = positionals[0]
if (!realRoot || !fs.statSync(realRoot, {throwIfNoEntry: false})?.isDirectory()) {
  console.error('calibrate: Unexpected missing folder of real doc repositories, expected `bench/calibrate.ts <folder>` (each subfolder one repository)')
  process.exit(2)
}
const here = import.meta.dirname
const root = path.resolve(here, '..')
const generated = path.join(os.tmpdir(), 'moby-anatomy-calibrate')
writeCorpus(generated, {megabytes: Number(values.megabytes), seed: Number(values.seed)})
const repos = fs
  .readdirSync(realRoot, {withFileTypes: true})
  .filter((entry) => entry.isDirectory() && !entry.name.startsWith('.') && markdownFiles(path.join(realRoot, entry.name)).length > 0)
  .map((entry) => ({name: entry.name, folder: path.resolve(realRoot, entry.name)}))
const columns = [...repos, {name: 'generated', folder: generated}]

// Parse floor: every folder once per round, interleaved.
const rounds = Number(values.rounds)
const parseSeconds = new Map<string, number[]>()
for (let round = 1; round <= rounds; round++) {
  for (const {name, folder} of columns) {
    const sample = measureNode([path.join(here, 'parse-only.ts'), folder], root)
    if (sample.status !== 0) throw new Error(`parse-only ${folder} exited ${sample.status}: ${sample.stderr.slice(0, 1500)}`)
    parseSeconds.set(name, [...(parseSeconds.get(name) ?? []), sample.wall])
  }
  console.error(`calibrate: round ${round} of ${rounds} done`)
}

// Findings per file under our preset, as `doc-lint --format json --jobs 1` reports them.
const findings = new Map<string, number>()
if (!values['no-findings']) {
  for (const {name, folder} of columns) {
    const sample = measureNode([path.join(root, 'packages/cli/src/bin.ts'), folder, '--format', 'json', '--jobs', '1'], root)
    if (sample.status !== 0 && sample.status !== 1) throw new Error(`doc-lint ${folder} exited ${sample.status}: ${sample.stderr.slice(0, 1500)}`)
    findings.set(name, (JSON.parse(sample.stdout) as {findings: unknown[]}).findings.length)
  }
}

const shapes = new Map(columns.map(({name, folder}) => [name, measureShape(folder)]))
shapes.set('all', measureShape(path.resolve(realRoot)))
const realMB = repos.reduce((sum, repo) => sum + (shapes.get(repo.name)?.megabytes ?? 0), 0)
const floor = (name: string) => median(parseSeconds.get(name) ?? []) / (shapes.get(name)?.megabytes ?? Number.NaN)
const floorAll = repos.reduce((sum, repo) => sum + median(parseSeconds.get(repo.name) ?? []), 0) / realMB
const perFile = (name: string) => (findings.get(name) ?? Number.NaN) / (shapes.get(name)?.files ?? Number.NaN)
const findingsAll = repos.reduce((sum, repo) => sum + (findings.get(repo.name) ?? Number.NaN), 0) / (shapes.get('all')?.files ?? Number.NaN)

const names = [...repos.map((repo) => repo.name), 'all', 'generated']
const rows: [string, number[]][] = [
  ['parse floor (s/MB)', [...repos.map((repo) => floor(repo.name)), floorAll, floor('generated')]],
  ['findings per file', [...repos.map((repo) => perFile(repo.name)), findingsAll, perFile('generated')]],
]
const shapeTable = names.map((name) => shapeRows(shapes.get(name) ?? measureShape(generated)))
for (const [index, [label]] of (shapeTable[0] ?? []).entries()) rows.push([label, shapeTable.map((shape) => shape[index]?.[1] ?? Number.NaN)])

const format = (value: number) => (Number.isNaN(value) ? '–' : Number.isInteger(value) ? value.toLocaleString('en') : value < 0.1 ? value.toFixed(3) : value.toFixed(2))
console.log(`${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, Node ${process.version}, load average ${os.loadavg()[0]?.toFixed(1)}; parse floor: median of ${rounds} interleaved rounds`)
console.log('')
console.log(`| | ${names.join(' | ')} | generated ÷ all |`)
console.log(`| --- |${' --: |'.repeat(names.length + 1)}`)
for (const [label, cells] of rows) {
  const real = cells.at(-2) ?? Number.NaN
  const ratio = (cells.at(-1) ?? Number.NaN) / real
  console.log(`| ${label} | ${cells.map(format).join(' | ')} | ${real === 0 || Number.isNaN(ratio) ? '–' : ratio.toFixed(2)} |`)
}
