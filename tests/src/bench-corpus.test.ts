/**
 * The benchmark's corpus generator (`bench/corpus.ts`): the same seed gives
 * the same bytes, sizes land within 10 % of the size asked for, every file is
 * valid UTF-8, the indexes' tables agree with their folders (doc-lint reports
 * nothing on an index, while chapters carry their planted slips), and
 * check-links finds exactly the planted broken links. Speed is not tested
 * here: `pnpm bench` measures it.
 */
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {afterEach, describe, expect, it} from 'vitest'
import {writeCorpus} from '../../bench/corpus.ts'
import {runCheckLinks, runDocLint} from './harness.ts'

let folders: string[] = []
afterEach(() => {
  for (const folder of folders) fs.rmSync(folder, {recursive: true, force: true})
  folders = []
})

function tempFolder(): string {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-corpus-'))
  folders.push(folder)
  return folder
}

/** Every file under `folder` (relative path → SHA-256 of its bytes). */
function digest(folder: string): Map<string, string> {
  const files = fs.readdirSync(folder, {recursive: true, withFileTypes: true}).filter((entry) => entry.isFile())
  return new Map(files.map((entry) => {
    const file = path.join(entry.parentPath, entry.name)
    return [path.relative(folder, file), crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex')]
  }))
}

describe('bench corpus', () => {
  it('is the same for the same seed and different for another', () => {
    const [first, second, other] = [tempFolder(), tempFolder(), tempFolder()]
    writeCorpus(first, {megabytes: 0.5, seed: 7})
    writeCorpus(second, {megabytes: 0.5, seed: 7})
    writeCorpus(other, {megabytes: 0.5, seed: 8})
    expect(digest(second)).toEqual(digest(first))
    expect(digest(other)).not.toEqual(digest(first))
  })

  it.each([2, 4, 8])('writes %d MB of Markdown within a tenth of it, all valid UTF-8', (megabytes) => {
    const folder = tempFolder()
    const summary = writeCorpus(folder, {megabytes})
    const markdown = fs
      .readdirSync(folder, {recursive: true, withFileTypes: true})
      .filter((entry) => entry.isFile() && entry.name.endsWith('.md'))
      .map((entry) => fs.readFileSync(path.join(entry.parentPath, entry.name)))
    const bytes = markdown.reduce((sum, buffer) => sum + buffer.length, 0)
    expect(bytes).toBe(summary.bytes)
    expect(markdown).toHaveLength(summary.files)
    expect(Math.abs(bytes / (megabytes * 1e6) - 1)).toBeLessThan(0.1)
    const decoder = new TextDecoder('utf-8', {fatal: true})
    for (const buffer of markdown) expect(() => decoder.decode(buffer)).not.toThrow()
  })

  it('has consistent indexes: doc-lint reports the chapters’ planted slips and nothing on an index', () => {
    const folder = tempFolder()
    const summary = writeCorpus(folder, {megabytes: 0.6})
    expect(summary.sets).toBeGreaterThan(1)
    const run = runDocLint(folder, '.', '--format', 'json', '--jobs', '1')
    expect(run.status).toBe(1)
    const {findings} = JSON.parse(run.stdout) as {findings: {file: string; ruleId: string}[]}
    expect(findings.filter((finding) => path.basename(finding.file) === '00-总体说明.md')).toEqual([])
    const rules = new Set(findings.map((finding) => finding.ruleId))
    for (const rule of ['unordered-list-marker-style', 'fenced-code-flag', 'cjk-typography', 'no-undefined-references']) expect(rules).toContain(rule)
    // Under 30 findings per file on average: real documentation has about 10.
    expect(findings.length / summary.files).toBeLessThan(30)
  })

  it('plants broken links that check-links finds, and no other', () => {
    const folder = tempFolder()
    const summary = writeCorpus(folder, {megabytes: 0.6})
    expect(summary.brokenLinks.length).toBeGreaterThan(0)
    const report = path.join(tempFolder(), 'report.json')
    const run = runCheckLinks(folder, '.', '--root', '.', '--json', report)
    expect(run.status).toBe(1)
    const {broken} = JSON.parse(fs.readFileSync(report, 'utf8')) as {broken: {file: string; target: string}[]}
    const found = broken.map((link) => `${path.relative(folder, path.resolve(folder, link.file))} → ${link.target}`)
    expect(found.toSorted()).toEqual(summary.brokenLinks.toSorted())
  })
})
