/**
 * The broken fixture doc set through the real CLIs: remark-cli with the
 * preset, `doc-lint`, and `doc-lint fix` (what `pnpm fix` runs).
 */
import fs from 'node:fs'
import path from 'node:path'
import {afterEach, describe, expect, it} from 'vitest'
import {copyFixture, reportedLines, runDocLint, runRemark} from './harness.ts'

const index = '00-总体说明.md'
const expectedFindings = [
  `${index}:7:1 nav-table`, // 02-API接口详细分析.md is listed by no working row
  `${index}:7:1 nav-table`, // orphan chapter 05-孤立章节.md
  `${index}:10:12 nav-table`, // wrong title
  `${index}:11:12 nav-table`, // missing file, with "did you mean"
  `${index}:12:3 nav-table`, // number 04 for chapter 03
  `${index}:12:3 nav-table`, // numbers not consecutive
  `${index}:13:3 nav-table`, // duplicate number
  `${index}:13:48 nav-table`, // six stars
  `${index}:19:28 nav-table`, // wrong mermaid label
  `${index}:27:3 version-history`, // unsorted versions
  `${index}:27:10 version-history`, // 2026-02-30
  `${index}:28:3 version-history`, // last row differs from package.json
  `${index}:28:12 version-history`, // future date
].sort()

let folders: string[] = []
afterEach(() => {
  for (const folder of folders) fs.rmSync(folder, {recursive: true, force: true})
  folders = []
})

/** A fresh copy of the broken doc set. */
function brokenDocSet(): string {
  const folder = copyFixture('broken-doc-set')
  folders.push(folder)
  return folder
}

describe('remark-cli with the preset on the broken doc set', () => {
  it('reports every broken thing at its file:line:col and exits 1', () => {
    const run = runRemark(brokenDocSet())
    expect(run.status).toBe(1)
    expect(reportedLines(run.stderr)).toEqual(expectedFindings)
  })
})

describe('doc-lint', () => {
  it('lints a folder with the preset, without any config of its own, and exits 1', () => {
    const folder = brokenDocSet()
    fs.rmSync(path.join(folder, '.remarkrc.js'))
    const run = runDocLint(folder, 'lint', '.')
    expect(run.status).toBe(1)
    expect(reportedLines(run.stderr)).toEqual(expectedFindings)
  })

  it('exits 0 on a clean folder', () => {
    const folder = brokenDocSet()
    for (const name of fs.readdirSync(folder)) if (name.endsWith('.md')) fs.rmSync(path.join(folder, name))
    fs.writeFileSync(path.join(folder, 'README.md'), '# 说明\n\n一切正常。\n')
    const run = runDocLint(folder)
    expect(run.stderr).toBe('README.md: no issues found\n')
    expect(run.status).toBe(0)
  })

  it('exits 2 with usage on a path that does not exist', () => {
    const run = runDocLint(brokenDocSet(), 'nowhere')
    expect(run.status).toBe(2)
    expect(run.stderr).toMatch(/Unexpected path `nowhere` that does not exist/)
    expect(run.stderr).not.toMatch(/\n\s+at /)
  })

  it('exits 2 on an unknown flag', () => {
    const run = runDocLint(brokenDocSet(), '--frobnicate')
    expect(run.status).toBe(2)
    expect(run.stderr).toMatch(/Unknown option '--frobnicate'/)
  })
})

describe('doc-lint fix (pnpm fix)', () => {
  it('leaves no fixable navigation-table message, changes only the table, and is idempotent', () => {
    const folder = brokenDocSet()
    const file = path.join(folder, index)
    const before = fs.readFileSync(file, 'utf8')
    const others = new Map(fs.readdirSync(folder).filter((name) => name !== index).map((name) => [name, fs.readFileSync(path.join(folder, name))]))

    const first = runDocLint(folder, 'fix', '.')
    expect(first.status).toBe(0)
    expect(first.stdout).toContain(`fixed ${index}`)
    const after = fs.readFileSync(file, 'utf8')

    // Only the table body changed: everything before its first row and after its last row is byte-identical.
    const tableStart = before.indexOf('| **00**')
    const tableEnd = before.indexOf('\n', before.indexOf('| **04** | [客户端SDK模块]'))
    expect(after.slice(0, tableStart)).toBe(before.slice(0, tableStart))
    expect(after.slice(after.length - (before.length - tableEnd))).toBe(before.slice(tableEnd))
    expect(after.slice(tableStart, after.length - (before.length - tableEnd))).toBe(
      [
        '| **00** | [总体说明](00-总体说明.md) | 文档概述 | ⭐ |',
        '| **01** | [整体架构概述](01-整体架构概述.md) | 系统架构 | ⭐⭐ |',
        // The row linking the misspelt `02-API接口.md` names no chapter file exactly: it stays
        // as written (after the generated rows) and keeps its summary; 02 gets a new row (issue 12, item 2).
        '| **02** | [API接口详细分析](02-API接口详细分析.md) |  |  |',
        '| **03** | [守护进程核心模块](03-守护进程核心模块.md) | 生命周期 | ⭐⭐⭐⭐ |',
        '| **04** | [客户端SDK模块](04-客户端SDK模块.md) | 连接管理 | ⭐⭐⭐⭐⭐⭐ |',
        '| **05** | [孤立章节](05-孤立章节.md) |  |  |',
        '| **02** | [API接口详细分析](02-API接口.md) | REST API | ⭐⭐⭐ |',
      ].join('\n'),
    )
    for (const [name, bytes] of others) expect(fs.readFileSync(path.join(folder, name)), name).toEqual(bytes)

    // What is left is what a person must decide: summaries, difficulties, the diagram, the history.
    const lint = runRemark(folder)
    expect(reportedLines(lint.stderr)).toEqual(
      [
        `${index}:11:41 nav-table`, // new row for 02: empty summary
        `${index}:11:44 nav-table`, // new row for 02: no difficulty
        `${index}:13:48 nav-table`, // six stars, kept as written
        `${index}:14:31 nav-table`, // appended row: empty summary
        `${index}:14:34 nav-table`, // appended row: no difficulty
        `${index}:15:3 nav-table`, // the kept 02 row: its number is out of sequence
        `${index}:15:12 nav-table`, // the kept 02 row: link to a missing file, did you mean 02-API接口详细分析.md?
        `${index}:21:28 nav-table`, // mermaid label, not part of the table
        `${index}:29:3 version-history`,
        `${index}:29:10 version-history`,
        `${index}:30:3 version-history`,
        `${index}:30:12 version-history`,
      ].sort(),
    )

    const second = runDocLint(folder, 'fix', '.')
    expect(second.stdout).toContain('0 of 6 files changed')
    expect(fs.readFileSync(file, 'utf8')).toBe(after)
  })

  it('keeps CRLF line endings and a byte order mark', () => {
    const folder = brokenDocSet()
    const file = path.join(folder, index)
    const original = '\uFEFF' + fs.readFileSync(file, 'utf8').replaceAll('\n', '\r\n')
    fs.writeFileSync(file, original)
    runDocLint(folder, 'fix', '.')
    const after = fs.readFileSync(file, 'utf8')
    expect(after.startsWith('\uFEFF# Moby项目源码剖析 - 总体说明\r\n')).toBe(true)
    expect(after.replaceAll('\r\n', '')).not.toContain('\n')
    expect(after).toContain('| **05** | [孤立章节](05-孤立章节.md) |  |  |\r\n')
  })

  it('does not touch a file that is not UTF-8', () => {
    const folder = brokenDocSet()
    const file = path.join(folder, 'latin1.md')
    const bytes = Buffer.from('| 文档编号 | 文档标题 | 主要内容 | 技术难度 |\n| --- | --- | --- | --- |\n| caf\xe9 |\n', 'latin1')
    fs.writeFileSync(file, bytes)
    runDocLint(folder, 'fix', '.')
    expect(fs.readFileSync(file)).toEqual(bytes)
  })
})
