/**
 * `doc-lint --cache` through the real CLI on copies of the fixtures: a cached
 * run reports exactly what an uncached one does, skips the files that did not
 * change, and re-lints a file when anything its rules read from another file
 * changed (a sibling's H1, a glossary entry, the refs lock, the package's
 * version, its CHANGELOG).
 */
import fs from 'node:fs'
import path from 'node:path'
import {afterEach, describe, expect, it} from 'vitest'
import {copyFixture, runDocLint} from './harness.ts'

let folders: string[] = []
afterEach(() => {
  for (const folder of folders) fs.rmSync(folder, {recursive: true, force: true})
  folders = []
})

function docSet(name: string, options: {ownGlossary?: boolean} = {}): string {
  const folder = copyFixture(name, options)
  folders.push(folder)
  return folder
}

const cacheLine = /^doc-lint: cache: (\d+) of (\d+) files unchanged \(findings replayed\), (\d+) linted\n/m

/**
 * Lint `folder` with the cache and without it; the two reports must be the
 * same. Resolves to the report and how many files the cache skipped.
 */
function lintWithCache(folder: string, ...args: string[]): {report: string; status: number | null; skipped: number; total: number} {
  const cached = runDocLint(folder, '.', '--cache', '--verbose', ...args)
  const fresh = runDocLint(folder, '.', '--no-cache', ...args)
  const counts = cacheLine.exec(cached.stderr)
  expect(counts, cached.stderr).not.toBeNull()
  const report = cached.stderr.replace(cacheLine, '')
  expect(report).toBe(fresh.stderr)
  expect(cached.status).toBe(fresh.status)
  return {report, status: cached.status, skipped: Number(counts?.[1]), total: Number(counts?.[2])}
}

function edit(file: string, from: string | RegExp, to: string): void {
  const text = fs.readFileSync(file, 'utf8')
  const next = text.replace(from, to)
  expect(next).not.toBe(text)
  fs.writeFileSync(file, next)
}

describe('doc-lint --cache', () => {
  it('replays identical findings on a second run and skips every file', () => {
    const folder = docSet('broken-doc-set')
    const first = lintWithCache(folder)
    expect(first.skipped).toBe(0)
    expect(first.status).toBe(1)
    expect(first.report).toContain('nav-table')
    expect(fs.existsSync(path.join(folder, 'node_modules/.cache/doc-lint/lint.json'))).toBe(true)
    const second = lintWithCache(folder)
    expect(second.report).toBe(first.report)
    expect(second.skipped).toBe(second.total)
    // The other formats read the replayed messages too (rule, place, url, expected, severity).
    const json = runDocLint(folder, '.', '--cache', '--format', 'json')
    expect(json.stdout).toBe(runDocLint(folder, '.', '--no-cache', '--format', 'json').stdout)
    expect(json.stdout).toContain('"expected"')
  })

  it("re-lints the navigation table when a sibling's H1 changes", () => {
    const folder = docSet('broken-doc-set')
    lintWithCache(folder)
    edit(path.join(folder, '04-客户端SDK模块.md'), '# Moby项目源码剖析 - 客户端SDK模块', '# Moby项目源码剖析 - 客户端模块')
    const after = lintWithCache(folder)
    expect(after.report).toMatch(/Unexpected title `客户端SDK模块` for `04-客户端SDK模块\.md`, expected `客户端模块`/)
    // 04 itself and 00 (its table) were linted; the other four replayed.
    expect(after.skipped).toBe(after.total - 2)
  })

  it('re-lints the version-history table when package.json or CHANGELOG.md changes', () => {
    const folder = docSet('broken-doc-set')
    lintWithCache(folder)
    edit(path.join(folder, 'package.json'), '"version": "1.2.0"', '"version": "1.3.0"')
    const version = lintWithCache(folder)
    expect(version.report).toContain('expected `v1.3` from `package.json` (`1.3.0`)')
    expect(version.skipped).toBe(version.total - 1)

    fs.writeFileSync(path.join(folder, 'CHANGELOG.md'), '# broken-doc-set\n\n## 1.3.0\n\n## 1.0.0\n')
    const added = lintWithCache(folder)
    expect(added.report).not.toBe(version.report)
    edit(path.join(folder, 'CHANGELOG.md'), '## 1.0.0', '## 1.1.0\n\n## 1.0.0')
    const changed = lintWithCache(folder)
    expect(changed.report).not.toBe(added.report)
    // The CHANGELOG is Markdown itself: it and the table's file are linted.
    expect(changed.skipped).toBe(changed.total - 2)
  })

  it('re-lints when a glossary entry changes', () => {
    const folder = docSet('glossary-doc-set', {ownGlossary: true})
    const before = lintWithCache(folder, '--glossary', './glossary.js')
    expect(lintWithCache(folder, '--glossary', './glossary.js').skipped).toBe(before.total)
    edit(path.join(folder, 'glossary.js'), "english: 'Container'", "english: 'Containers'")
    const after = lintWithCache(folder, '--glossary', './glossary.js')
    expect(after.report).toContain('`Container`')
    expect(after.report).toContain('`Containers`')
    expect(after.skipped).toBe(0)
  })

  it("re-lints the glossary table when a chapter's prose starts using an entry", () => {
    const folder = docSet('glossary-doc-set', {ownGlossary: true})
    const before = lintWithCache(folder, '--glossary', './glossary.js')
    expect(before.report).toContain('Unexpected unused entry `快照器`')
    edit(path.join(folder, '01-镜像.md'), '还有一个组件只出现在代码里：`快照器`。', '还有一个组件叫快照器。')
    const after = lintWithCache(folder, '--glossary', './glossary.js')
    expect(after.report).not.toContain('Unexpected unused entry `快照器`')
    // 01 itself and 00 (its glossary table) were linted.
    expect(after.skipped).toBe(after.total - 2)
  })

  it('re-lints files citing Moby when the refs lock changes', () => {
    const folder = docSet('source-refs-doc-set')
    const lock = path.join(folder, 'refs.lock.json')
    fs.writeFileSync(lock, `${JSON.stringify({commit: '6a43e3d5afddf4111da0f864bbc7cae5d7e95001', lockfileVersion: 1, ref: 'docker-v29.7.2', repository: 'https://github.com/moby/moby', references: {}}, null, 2)}\n`)
    const before = lintWithCache(folder)
    expect(before.report).toContain('missing from `refs.lock.json`')
    expect(lintWithCache(folder).skipped).toBe(before.total)
    edit(lock, '"lockfileVersion": 1', '"lockfileVersion": 2')
    const after = lintWithCache(folder)
    expect(after.report).toContain('`lockfileVersion` is not `1`')
    expect(after.skipped).toBe(0)
  })

  it('--no-cache lints every file and leaves the cache alone', () => {
    const folder = docSet('broken-doc-set')
    lintWithCache(folder)
    const cacheFile = path.join(folder, 'node_modules/.cache/doc-lint/lint.json')
    const stored = fs.readFileSync(cacheFile, 'utf8')
    const run = runDocLint(folder, '.', '--cache', '--no-cache', '--verbose')
    expect(run.stderr).not.toMatch(cacheLine)
    expect(fs.readFileSync(cacheFile, 'utf8')).toBe(stored)
  })

  it('ignores a corrupt cache file with one line, then rewrites it', () => {
    const folder = docSet('broken-doc-set')
    const fresh = runDocLint(folder, '.', '--no-cache')
    const cacheFile = path.join(folder, 'node_modules/.cache/doc-lint/lint.json')
    for (const corrupt of ['{"version": 1, "run": "x", "files": {"a.md": {"key": 3}}}', '\u0000not json', '[]']) {
      fs.mkdirSync(path.dirname(cacheFile), {recursive: true})
      fs.writeFileSync(cacheFile, corrupt)
      const run = runDocLint(folder, '.', '--cache')
      expect(run.status).toBe(fresh.status)
      const lines = run.stderr.split('\n')
      expect(lines[0]).toBe('doc-lint: ignoring the cache node_modules/.cache/doc-lint/lint.json: not a doc-lint cache (it will be rewritten)')
      expect(lines.slice(1).join('\n')).toBe(fresh.stderr)
      expect(() => JSON.parse(fs.readFileSync(cacheFile, 'utf8')) as unknown).not.toThrow()
    }
  })
})
