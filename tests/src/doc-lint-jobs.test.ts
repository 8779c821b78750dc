/**
 * `doc-lint --jobs` through the real CLI: the report (stylish and JSON) and
 * the exit code are the same in this thread (`--jobs 1`) and in 2 worker threads, with and
 * without the cache (a first and a replaying run), on the fixture doc sets
 * with several files, and the handbook lints clean in workers. With workers
 * the main thread loads no rule, and a slice a worker runs out of heap on is
 * linted again in the main thread with the same findings.
 */
import {spawnSync} from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {afterEach, describe, expect, it} from 'vitest'
import {writeCorpus} from '../../bench/corpus.ts'
import {copyFixture, repoRoot, runDocLint} from './harness.ts'

/** doc-lint's `sliceLimits.files`: a corpus with more files than this gives both workers slices. */
const filesPerSlice = 64

let folders: string[] = []
afterEach(() => {
  for (const folder of folders) fs.rmSync(folder, {recursive: true, force: true})
  folders = []
})

const cases = [
  {name: 'broken-doc-set', args: [] as string[], ownGlossary: false},
  {name: 'glossary-doc-set', args: ['--glossary', './glossary.js'], ownGlossary: true},
]

/** The report of each way of running, keyed by how it ran. */
function reports(folder: string, args: readonly string[]): Map<string, string> {
  const runs = new Map<string, string>()
  for (const format of ['stylish', 'json']) {
    for (const jobs of ['1', '2']) {
      for (const cache of ['--no-cache', '--cache', '--cache']) {
        const run = runDocLint(folder, '.', '--format', format, '--jobs', jobs, cache, ...args)
        runs.set(`${format} --jobs ${jobs} ${cache}`, `exit ${String(run.status)}\n${run.stdout}${run.stderr}`)
      }
    }
  }
  return runs
}

describe('doc-lint --jobs', () => {
  for (const {name, args, ownGlossary} of cases) {
    it(`reports the same findings with 1 and 2 workers, with and without cache: ${name}`, () => {
      const folder = copyFixture(name, {ownGlossary})
      folders.push(folder)
      const runs = reports(folder, args)
      const reference = runs.get('stylish --jobs 1 --no-cache')
      const referenceJson = runs.get('json --jobs 1 --no-cache')
      expect(reference).toMatch(/^exit 1\n/)
      expect(referenceJson).toContain('"findings"')
      for (const [how, report] of runs) expect(report, how).toBe(how.startsWith('stylish') ? reference : referenceJson)
    })
  }

  it('reports the same with a file too large for a worker (linted in the main thread) among many small ones in several folders', () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'doc-lint-jobs-large-'))
    folders.push(folder)
    for (const part of ['a', 'b', 'c']) {
      fs.mkdirSync(path.join(folder, part))
      for (let index = 0; index < 24; index++) fs.writeFileSync(path.join(folder, part, `${String(index).padStart(2, '0')}.md`), `# ${part} ${index}\n\n* item _${index}_\n`)
    }
    // Past `mainThreadBytes` (256 KiB), with one finding at its end.
    const large = `${Array.from({length: 6000}, (_, index) => `Paragraph ${index} with **strong** text in it, and more text.\n`).join('\n')}\nLast _one_.\n`
    expect(Buffer.byteLength(large)).toBeGreaterThan(256 * 1024) // doc-lint's `mainThreadBytes`
    fs.writeFileSync(path.join(folder, 'b', '10.md'), `# large\n\n${large}`)
    const runs = new Map<string, string>()
    for (const jobs of ['1', '2']) {
      for (const cache of ['--no-cache', '--cache', '--cache']) {
        const run = runDocLint(folder, '.', '--jobs', jobs, cache)
        runs.set(`--jobs ${jobs} ${cache}`, `exit ${String(run.status)}\n${run.stdout}${run.stderr}`)
      }
    }
    const reference = runs.get('--jobs 1 --no-cache') ?? ''
    expect(reference).toMatch(/^exit 1\n/)
    // 71 small files with one list-marker and one emphasis finding each, one in the large file.
    expect(reference).toContain('143 warnings')
    expect(reference.indexOf('a/23.md')).toBeLessThan(reference.indexOf('b/10.md'))
    for (const [how, report] of runs) expect(report, how).toBe(reference)
  })

  it('lints again in the main thread, with the same findings, a slice whose document outruns a worker\'s heap', () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'doc-lint-jobs-heap-'))
    folders.push(folder)
    for (let index = 0; index < 3; index++) fs.writeFileSync(path.join(folder, `0${index}.md`), `# small ${index}\n\n* item _${index}_\n`)
    // Under \`mainThreadBytes\` (256 KiB), so a worker gets it; one dense table under one heading cannot be
    // parsed by sections and needs far more than a worker's 104 MiB old generation (about 600 MiB at 250 KB).
    const rows = Array.from({length: 4000}, (_, index) => `| x${index} | \`y${index}\` | [z](#h${index}) | **w** |`).join('\n')
    const table = `# dense\n\n| a | b | c | d |\n| --- | --- | --- | --- |\n${rows}\n\nLast _one_.\n`
    expect(Buffer.byteLength(table)).toBeLessThan(256 * 1024)
    fs.writeFileSync(path.join(folder, '03.md'), table)
    const inWorkers = runDocLint(folder, '.', '--format', 'json', '--jobs', '2', '--no-cache', '--verbose')
    const inThisThread = runDocLint(folder, '.', '--format', 'json', '--jobs', '1', '--no-cache')
    expect(inWorkers.stderr).toContain('doc-lint: a worker ran out of heap on 4 files of .; linted them again in the main thread')
    expect(inWorkers.status).toBe(1)
    expect(inThisThread.status).toBe(1)
    expect(inWorkers.stdout).toBe(inThisThread.stdout)
    expect(inWorkers.stdout).toContain('emphasis-marker')
  })

  it('reports the same on a generated benchmark corpus (several doc sets, English and Chinese) with 1 and 2 workers, with and without cache', () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'doc-lint-jobs-corpus-'))
    folders.push(folder)
    const corpus = writeCorpus(folder, {megabytes: 1.2, seed: 7})
    expect(corpus.files).toBeGreaterThan(filesPerSlice)
    const runs = new Map<string, string>()
    for (const jobs of ['1', '2']) {
      for (const cache of ['--no-cache', '--cache', '--cache']) {
        const run = runDocLint(folder, '.', '--format', 'json', '--jobs', jobs, cache)
        runs.set(`--jobs ${jobs} ${cache}`, `exit ${String(run.status)}\n${run.stdout}${run.stderr}`)
      }
    }
    const reference = runs.get('--jobs 1 --no-cache') ?? ''
    expect(reference).toMatch(/^exit 1\n/)
    const findings = (JSON.parse(reference.slice(reference.indexOf('\n') + 1)) as {findings: unknown[]}).findings
    expect(findings.length).toBeGreaterThan(corpus.files)
    for (const [how, report] of runs) expect(report, how).toBe(reference)
  })

  it('loads no rule, parser or vfile in the main thread when workers lint', () => {
    const folder = copyFixture('broken-doc-set')
    folders.push(folder)
    // Preloaded into every thread; the main thread records each module it resolves.
    const seen = path.join(folder, 'main-thread-modules.txt')
    const record = path.join(folder, 'record-modules.mjs')
    fs.writeFileSync(
      record,
      `import fs from 'node:fs'\nimport {registerHooks} from 'node:module'\nimport {isMainThread} from 'node:worker_threads'\n` +
        `if (isMainThread) {\n  const urls = []\n  registerHooks({resolve(specifier, context, next) {\n    const resolved = next(specifier, context)\n    urls.push(resolved.url)\n    return resolved\n  }})\n` +
        `  process.on('exit', () => fs.writeFileSync(${JSON.stringify(seen)}, urls.join('\\n')))\n}\n`,
    )
    const run = spawnSync(process.execPath, ['--conditions=@moby-anatomy/source', `--import=${record}`, path.join(repoRoot, 'packages/cli/src/bin.ts'), '.', '--jobs', '2', '--no-cache'], {cwd: folder, encoding: 'utf8'})
    expect(run.status, run.stderr).toBe(1)
    const urls = fs.readFileSync(seen, 'utf8').split('\n')
    expect(urls.some((url) => url.includes('/packages/cli/src/lint.ts'))).toBe(true)
    const heavy = urls.filter((url) => /\/(remark-preset|remark-lint[\w-]*|rule-kit|markdown-helpers|vfile|vfile-message|unified|micromark[\w-]*|mdast-util-[\w-]+)\//.test(url))
    expect(heavy).toEqual([])
  })

  it('lints the handbook clean in 2 workers', () => {
    const run = runDocLint(path.join(repoRoot, 'content/handbook'), '.', '--quiet', '--no-cache', '--jobs', '2', '--glossary', '@moby-anatomy/glossary')
    expect(run.stderr).toBe('')
    expect(run.status).toBe(0)
  })

  it('refuses --jobs 0 naming the option', () => {
    const folder = copyFixture('broken-doc-set')
    folders.push(folder)
    const run = runDocLint(folder, '.', '--jobs', '0')
    expect(run.status).toBe(2)
    expect(run.stderr).toContain('Unexpected `--jobs 0`, expected a whole number greater than 0')
  })
})
