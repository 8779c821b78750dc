/**
 * One lint run parses each file whole once, although glossary coverage reads
 * every chapter's prose; the navigation table, which needs only the chapters'
 * H1s, parses each chapter's lines up to its H1, never a whole chapter again.
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
    const parsed: string[] = []
    // Wraps the real parser before the preset does: records every document it parses.
    function countParses(this: Processor): undefined {
      const inner = this.parser
      if (inner) this.parser = (document, file) => (parsed.push(document), inner(document, file))
    }
    let report = ''
    const sink = new Writable({write: (chunk, _encoding, done) => void ((report += String(chunk)), done())})
    // Typography is not what this run measures: the generated titles (`第1章`) stay as they are.
    const code = await lint({paths: [folder], cwd: folder, streamError: sink, plugins: [countParses], preset: {glossaryCoverage: {glossary}, docCache, cjkTypography: false}})
    expect(report).toMatch(/no issues found/)
    expect(code).toBe(0)
    const texts = fs.readdirSync(folder).map((name) => fs.readFileSync(path.join(folder, name), 'utf8'))
    expect(docCache.parseCount).toBe(0)
    // Every file whole, once.
    for (const text of texts) expect(parsed.filter((document) => document === text)).toHaveLength(1)
    // Anything else parsed is the beginning of a chapter, through its H1 line.
    const beginnings = parsed.filter((document) => !texts.includes(document))
    for (const beginning of beginnings) expect(texts.some((text) => text.startsWith(beginning) && /^# .*$/m.test(beginning))).toBe(true)
    fs.rmSync(folder, {recursive: true, force: true})
  })
})
