import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {describe, expect, expectTypeOf, it} from 'vitest'
import * as cli from './index.ts'

describe('@moby-anatomy/doc-lint', () => {
  it('exports the command and its parts', () => {
    expect(Object.keys(cli).sort()).toEqual(['UsageError', 'findingsOf', 'fixFiles', 'fixersFor', 'formatReport', 'formats', 'lint', 'lintTargets', 'loadGlossary', 'main', 'stagedChanges'])
  })

  it('types its API', () => {
    expectTypeOf(cli.main).returns.toEqualTypeOf<Promise<number>>()
    expectTypeOf(cli.lint).parameter(0).toHaveProperty('paths').toEqualTypeOf<readonly string[]>()
    expectTypeOf(cli.fixersFor).returns.toEqualTypeOf<cli.Fixer[]>()
  })

  it('prints usage with --help and exits 0', async () => {
    const lines: string[] = []
    const log = console.log
    console.log = (line: string) => lines.push(line)
    try {
      expect(await cli.main(['--help'])).toBe(0)
    } finally {
      console.log = log
    }
    expect(lines.join('\n')).toMatch(/^Usage: doc-lint/)
  })
})

describe('doc-lint fix and .remarkignore', () => {
  it('skips what remark-cli skips: gitignore rules, at any depth', async () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'doc-lint-ignore-'))
    const table = '| 文档编号 | 文档标题 | 主要内容 | 技术难度 |\n| --- | --- | --- | --- |\n'
    fs.mkdirSync(path.join(folder, 'docs/fixtures'), {recursive: true})
    fs.writeFileSync(path.join(folder, '.remarkignore'), '# broken on purpose\nfixtures/\nCHANGELOG.md\n')
    for (const file of ['docs/00-总体说明.md', 'docs/fixtures/00-总体说明.md', 'docs/CHANGELOG.md']) fs.writeFileSync(path.join(folder, file), table)
    const log = console.log
    console.log = () => {}
    try {
      expect(await cli.main(['fix', 'docs'], folder)).toBe(0)
    } finally {
      console.log = log
    }
    expect(fs.readFileSync(path.join(folder, 'docs/00-总体说明.md'), 'utf8')).not.toBe(table)
    expect(fs.readFileSync(path.join(folder, 'docs/fixtures/00-总体说明.md'), 'utf8')).toBe(table)
    expect(fs.readFileSync(path.join(folder, 'docs/CHANGELOG.md'), 'utf8')).toBe(table)
    fs.rmSync(folder, {recursive: true, force: true})
  })
})

describe('doc-lint on another doc set', () => {
  it('leaves project-data rules off: no source-refs warning on ordinary inline code without a refs lock (regression: 24 % of files of other doc repositories warned)', async () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'doc-lint-other-'))
    fs.writeFileSync(path.join(folder, 'package.json'), '{"name": "other-docs"}\n')
    fs.writeFileSync(path.join(folder, 'guide.md'), '# Guide\n\nSet `Release.Name`, build `target.dockerfile`, call `now()` on `api.example.com`.\n')
    let report = ''
    const write = process.stderr.write.bind(process.stderr)
    process.stderr.write = ((chunk: string | Uint8Array, encoding?: unknown, done?: unknown) => {
      report += String(chunk)
      for (const callback of [encoding, done]) if (typeof callback === 'function') callback()
      return true
    }) as typeof process.stderr.write
    try {
      expect(await cli.main([folder], folder)).toBe(0)
    } finally {
      process.stderr.write = write
      fs.rmSync(folder, {recursive: true, force: true})
    }
    expect(report).not.toMatch(/source-refs/)
    expect(report).toMatch(/no issues found/)
  })
})
