/**
 * One lint run parses each file once, although the navigation table reads
 * every chapter's H1 and glossary coverage reads every chapter's prose.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {Writable} from 'node:stream'
import {DocCache} from '@moby-anatomy/markdown-helpers'
import type {Processor} from 'unified'
import {describe, expect, it} from 'vitest'
import {lint} from './lint.ts'

const glossary = [{term: '容器', english: 'Container', description: '进程', related: ['容器']}]

/** A folder of `count` chapters whose index holds a navigation table and a glossary table. */
function docSet(count: number): string {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'parse-once-'))
  const rows = Array.from({length: count}, (_, index) => {
    const number = String(index).padStart(2, '0')
    if (index > 0) fs.writeFileSync(path.join(folder, `${number}-第${index}章.md`), `# Moby项目源码剖析 - 第${index}章\n\n容器。\n`)
    return index === 0 ? `| **00** | [总体说明](00-总体说明.md) | 概述 | ⭐ |` : `| **${number}** | [第${index}章](${number}-第${index}章.md) | 内容 | ⭐ |`
  })
  fs.writeFileSync(
    path.join(folder, '00-总体说明.md'),
    [
      '# Moby项目源码剖析 - 总体说明',
      '',
      '| 文档编号 | 文档标题 | 主要内容 | 技术难度 |',
      '| --- | --- | --- | --- |',
      ...rows,
      '',
      '| 术语 | 英文 | 说明 | 相关概念 |',
      '| --- | --- | --- | --- |',
      '| **容器** | Container | 进程 | 容器 |',
      '',
    ].join('\n'),
  )
  return folder
}

describe('one parse per file', () => {
  it('holds for a run with cross-file rules', async () => {
    const folder = docSet(12)
    const docCache = new DocCache()
    let engineParses = 0
    // Wraps the real parser before the preset does: counts every parse that uses it.
    function countParses(this: Processor): undefined {
      const inner = this.parser
      if (inner) this.parser = (document, file) => (engineParses++, inner(document, file))
    }
    let report = ''
    const sink = new Writable({write: (chunk, _encoding, done) => void ((report += String(chunk)), done())})
    // Typography is not what this run measures: the generated titles (`第1章`) stay as they are.
    const code = await lint({paths: [folder], cwd: folder, streamError: sink, plugins: [countParses], preset: {glossaryCoverage: {glossary}, docCache, cjkTypography: false}})
    expect(report).toMatch(/no issues found/)
    expect(code).toBe(0)
    expect(engineParses + docCache.parseCount).toBe(12)
    fs.rmSync(folder, {recursive: true, force: true})
  })
})
