/**
 * `--changed`: in a temporary git repository, each kind of change lints the
 * changed files, the files that depend on them, and nothing else.
 */
import {execFileSync} from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {afterEach, beforeEach, describe, expect, it, vi} from 'vitest'
import {lintTargets, stagedChanges} from './changed.ts'
import {main} from './main.ts'

const navTable = '| 文档编号 | 文档标题 | 主要内容 | 技术难度 |\n| --- | --- | --- | --- |\n| **00** | [总体说明](00-总体说明.md) | 概述 | ⭐ |\n| **01** | [第一章](01-一.md) | 一 | ⭐ |\n| **02** | [第二章](02-二.md) | 二 | ⭐ |\n'
const historyTable = '| 版本 | 日期 | 主要变更 | 作者 |\n| --- | --- | --- | --- |\n| v1.0 | 2026-11-01 | 初版 | 张三 |\n'

const files: Record<string, string> = {
  '.remarkignore': 'CHANGELOG.md\n',
  'README.md': '# Docs\n\nNo tables here.\n',
  'docs/package.json': '{"name": "docs", "version": "1.0.0"}\n',
  'docs/CHANGELOG.md': '# docs\n\n## 1.0.0\n',
  'docs/HISTORY.md': `# 版本历史\n\n${historyTable}`,
  'docs/00-总体说明.md': `# Moby项目源码剖析 - 总体说明\n\n${navTable}`,
  'docs/01-一.md': '# Moby项目源码剖析 - 第一章\n\n见 `daemon/create.go`。\n',
  'docs/02-二.md': '# Moby项目源码剖析 - 第二章\n\n```go\npackage main\n```\n',
  'docs/refs.lock.json': '{}\n',
  'docs/examples.lock.json': '{}\n',
  'glossary/package.json': '{"name": "glossary", "version": "1.0.0", "type": "module", "main": "src/index.js"}\n',
  'glossary/src/index.js': 'export const glossary = []\n',
  'glossary/README.md': '# Glossary\n',
}

let repo: string

function git(...args: string[]): string {
  return execFileSync('git', args, {cwd: repo, encoding: 'utf8'})
}

function write(file: string, text: string): void {
  fs.mkdirSync(path.dirname(path.join(repo, file)), {recursive: true})
  fs.writeFileSync(path.join(repo, file), text)
}

/** The files `--changed` lints now, relative to the repository. */
function linted(): string[] {
  const targets = lintTargets(stagedChanges(repo), {cwd: repo, glossary: path.join(repo, 'glossary')})
  return [...targets.keys()].map((file) => path.relative(repo, file))
}

beforeEach(() => {
  repo = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'doc-lint-changed-')))
  git('init', '--quiet', '--initial-branch=main')
  git('config', 'user.name', 'Test')
  git('config', 'user.email', 'test@example.com')
  for (const [file, text] of Object.entries(files)) write(file, text)
  git('add', '.')
  git('commit', '--quiet', '-m', 'initial')
})

afterEach(() => {
  fs.rmSync(repo, {recursive: true, force: true})
})

describe('doc-lint --changed: what each kind of change lints, and nothing else', () => {
  it('a chapter whose body changed: that chapter only', () => {
    write('docs/01-一.md', '# Moby项目源码剖析 - 第一章\n\n见 `daemon/start.go`。\n')
    git('add', '.')
    expect(linted()).toEqual(['docs/01-一.md'])
  })

  it('a chapter whose H1 changed: that chapter and the navigation table beside it', () => {
    write('docs/01-一.md', '# Moby项目源码剖析 - 第一章（新）\n\n见 `daemon/create.go`。\n')
    git('add', '.')
    expect(linted()).toEqual(['docs/00-总体说明.md', 'docs/01-一.md'])
  })

  it('a chapter added: that chapter and the navigation table', () => {
    write('docs/03-三.md', '# Moby项目源码剖析 - 第三章\n')
    git('add', '.')
    expect(linted()).toEqual(['docs/00-总体说明.md', 'docs/03-三.md'])
  })

  it('a chapter removed: the navigation table', () => {
    git('rm', '--quiet', 'docs/02-二.md')
    expect(linted()).toEqual(['docs/00-总体说明.md'])
  })

  it('a chapter renamed: the new name and the navigation table', () => {
    git('mv', 'docs/02-二.md', 'docs/03-三.md')
    expect(linted()).toEqual(['docs/00-总体说明.md', 'docs/03-三.md'])
  })

  it('the glossary data: every chapter (not the other Markdown files)', () => {
    write('glossary/src/index.js', "export const glossary = [{term: '容器', english: 'Container', description: '进程', related: []}]\n")
    git('add', '.')
    expect(linted()).toEqual(['docs/00-总体说明.md', 'docs/01-一.md', 'docs/02-二.md'])
  })

  it("the glossary's README: that file only", () => {
    write('glossary/README.md', '# Glossary\n\nMore.\n')
    git('add', '.')
    expect(linted()).toEqual(['glossary/README.md'])
  })

  it('refs.lock.json: every file under its folder that cites Moby', () => {
    write('docs/refs.lock.json', '{"version": 2}\n')
    git('add', '.')
    expect(linted()).toEqual(['docs/01-一.md'])
  })

  it('examples.lock.json: every file under its folder with a Go block', () => {
    write('docs/examples.lock.json', '{"version": 2}\n')
    git('add', '.')
    expect(linted()).toEqual(['docs/02-二.md'])
  })

  it("a content package's package.json: its version-history table", () => {
    write('docs/package.json', '{"name": "docs", "version": "1.1.0"}\n')
    git('add', '.')
    expect(linted()).toEqual(['docs/HISTORY.md'])
  })

  it("a content package's CHANGELOG.md: its version-history table (the changelog itself is ignored)", () => {
    write('docs/CHANGELOG.md', '# docs\n\n## 1.1.0\n\n## 1.0.0\n')
    git('add', '.')
    expect(linted()).toEqual(['docs/HISTORY.md'])
  })

  it('unstaged changes: nothing', () => {
    write('docs/01-一.md', '# Moby项目源码剖析 - 第一章（新）\n')
    expect(linted()).toEqual([])
  })

  it('says which files it lints and why with --verbose, and lints exactly those', async () => {
    write('docs/01-一.md', '# Moby项目源码剖析 - 第一章（新）\n\n见 `daemon/create.go`。\n')
    git('add', '.')
    const lines: string[] = []
    const error = vi.spyOn(console, 'error').mockImplementation((line: string) => void lines.push(line))
    const out: string[] = []
    const stdout = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => (out.push(String(chunk)), true))
    try {
      await main(['--changed', '--verbose', '--format', 'json'], repo)
    } finally {
      error.mockRestore()
      stdout.mockRestore()
    }
    expect(lines).toEqual([
      'doc-lint: linting docs/00-总体说明.md (navigation table: docs/01-一.md has a new H1)',
      'doc-lint: linting docs/01-一.md (changed)',
    ])
    const report = JSON.parse(out.join('')) as {findings: {file: string; ruleId: string}[]}
    // The stale navigation table is found; no other file than the two is reported on.
    expect(report.findings.map((finding) => [finding.file, finding.ruleId])).toContainEqual(['docs/00-总体说明.md', 'nav-table'])
    expect([...new Set(report.findings.map((finding) => finding.file))].sort()).toEqual(['docs/00-总体说明.md', 'docs/01-一.md'])
  })

  it('outside a git repository: one line naming --changed', async () => {
    fs.rmSync(path.join(repo, '.git'), {recursive: true})
    const lines: string[] = []
    const stderr = vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => (lines.push(String(chunk)), true))
    try {
      expect(await main(['--changed'], repo)).toBe(2)
    } finally {
      stderr.mockRestore()
    }
    expect(lines.join('')).toMatch(/^doc-lint: Unexpected `--changed` where git fails .*, expected a git repository/)
  })
})
